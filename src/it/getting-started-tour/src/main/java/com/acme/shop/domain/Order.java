package com.acme.shop.domain;

import com.acme.shop.infrastructure.OrderRepository;

public record Order(String item) {

    public void save(OrderRepository repository) {
        repository.store(item);
    }
}
