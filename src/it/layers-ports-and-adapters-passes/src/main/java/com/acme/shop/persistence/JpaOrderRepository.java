package com.acme.shop.persistence;

import com.acme.shop.domain.Order;
import com.acme.shop.port.OrderRepository;

public final class JpaOrderRepository implements OrderRepository {

    @Override
    public Order save(Order order) {
        return order;
    }
}
