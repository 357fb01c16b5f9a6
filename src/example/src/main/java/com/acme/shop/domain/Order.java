package com.acme.shop.domain;

import com.acme.shop.infrastructure.OrderRepository;

public class Order {
    private OrderRepository repository;
}
