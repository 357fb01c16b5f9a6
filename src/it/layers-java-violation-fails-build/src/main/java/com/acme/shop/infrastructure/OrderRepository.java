package com.acme.shop.infrastructure;

import com.acme.shop.application.OrderService;
import com.acme.shop.domain.Order;

public class OrderRepository {

    public Order save(OrderService service) {
        return service.place();
    }
}
