package com.acme.shop;

import org.junit.jupiter.api.Test;

class OrderTest {

    @Test
    void totals() {
    }
}
