package com.acme.shop.presentation;

import com.acme.shop.application.OrderService;

public class OrderController {

    private final OrderService orders = new OrderService();

    public String post(String item) {
        return orders.place(item).item();
    }
}
