package com.acme.shop.application;

import com.acme.shop.domain.Order;

public class OrderService {

    public Order place(String item) {
        return new Order(item);
    }
}
