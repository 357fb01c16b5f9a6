package com.acme.shop;

import org.junit.jupiter.api.Test;

class PaymentTest {

    @Test
    void pays() {
    }
}
