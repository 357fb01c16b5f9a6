package com.acme.shop.presentation;

import com.acme.shop.application.Checkout;

public class ShopController {
    private final Checkout checkout = new Checkout();
}
