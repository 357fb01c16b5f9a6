package com.acme.shop.infrastructure;

import com.acme.shop.domain.Order;

public class OrderStore {
    public void save(Order order) {
    }
}
