package com.acme.shop.application;

import com.acme.shop.domain.Order;
import com.acme.shop.infrastructure.JdbcOrders;

public class PlaceOrder {
    private final JdbcOrders orders = new JdbcOrders();

    public void place(String id) {
        orders.save(new Order(id));
    }
}
