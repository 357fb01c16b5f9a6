package com.acme.shop.application;

import com.acme.shop.domain.Order;
import com.acme.shop.port.OrderRepository;
import com.acme.shop.port.PlaceOrderUseCase;

public final class PlaceOrder implements PlaceOrderUseCase {

    private final OrderRepository orders;

    public PlaceOrder(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public Order place() {
        return orders.save(new Order("1"));
    }
}
