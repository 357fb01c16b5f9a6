package com.acme.shop.infrastructure;

import com.acme.shop.domain.Order;

public class OrderRepository {
    public void save(Order order) {
    }
}
