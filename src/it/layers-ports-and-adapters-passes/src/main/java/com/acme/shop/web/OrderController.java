package com.acme.shop.web;

import com.acme.shop.domain.Order;
import com.acme.shop.port.PlaceOrderUseCase;

public final class OrderController {

    private final PlaceOrderUseCase placeOrder;

    public OrderController(PlaceOrderUseCase placeOrder) {
        this.placeOrder = placeOrder;
    }

    public Order place() {
        return placeOrder.place();
    }
}
