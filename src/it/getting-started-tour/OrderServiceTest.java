package com.acme.shop.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OrderServiceTest {

    @Test
    void placesAnOrderForTheItem() {
        assertEquals("book", new OrderService().place("book").item());
    }
}
