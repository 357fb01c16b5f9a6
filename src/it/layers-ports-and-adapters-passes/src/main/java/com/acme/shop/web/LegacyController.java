package com.acme.shop.web;

import com.acme.shop.application.PlaceOrder;

public final class LegacyController {

    private final PlaceOrder placeOrder;

    public LegacyController(PlaceOrder placeOrder) {
        this.placeOrder = placeOrder;
    }
}
