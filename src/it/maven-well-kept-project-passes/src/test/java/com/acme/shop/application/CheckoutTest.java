package com.acme.shop.application;

import org.junit.jupiter.api.Test;

class CheckoutTest {
    @Test
    void placesAnOrder() {
    }
}
