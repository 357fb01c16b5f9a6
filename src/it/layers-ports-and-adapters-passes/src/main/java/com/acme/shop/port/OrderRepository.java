package com.acme.shop.port;

import com.acme.shop.domain.Order;

public interface OrderRepository {

    Order save(Order order);
}
