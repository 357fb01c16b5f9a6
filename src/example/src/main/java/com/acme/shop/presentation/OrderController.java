package com.acme.shop.presentation;

import com.acme.shop.application.PlaceOrder;

public class OrderController {
    private final PlaceOrder placeOrder = new PlaceOrder();
}
