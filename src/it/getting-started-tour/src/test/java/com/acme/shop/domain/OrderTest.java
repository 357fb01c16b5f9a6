package com.acme.shop.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OrderTest {

    @Test
    void keepsItsItem() {
        assertEquals("book", new Order("book").item());
    }
}
