package com.acme.shop.application;

import com.acme.shop.domain.Order;

public class PlaceOrder {
    public Order place() {
        return new Order();
    }
}
