package com.acme.shop.domain;

/** An order; stored by com.acme.shop.persistence.JpaOrderRepository, which the core never names in code. */
public record Order(String id) {
}
