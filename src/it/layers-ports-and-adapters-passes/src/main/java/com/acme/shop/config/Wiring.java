package com.acme.shop.config;

import com.acme.shop.application.PlaceOrder;
import com.acme.shop.persistence.JpaOrderRepository;
import com.acme.shop.web.OrderController;

public final class Wiring {

    public OrderController orderController() {
        return new OrderController(new PlaceOrder(new JpaOrderRepository()));
    }
}
