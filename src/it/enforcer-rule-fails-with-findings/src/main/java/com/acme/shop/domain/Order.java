package com.acme.shop.domain;

import com.acme.shop.infrastructure.OrderStore;

public class Order {
    OrderStore store;
}
