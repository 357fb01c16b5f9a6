package com.acme.shop.domain;

import org.junit.jupiter.api.Test;

class OrderTest {
    @Test
    void keepsItsTotal() {
    }
}
