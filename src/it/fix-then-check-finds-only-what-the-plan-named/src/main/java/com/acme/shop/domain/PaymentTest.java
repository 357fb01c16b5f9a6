package com.acme.shop.domain;

import org.junit.jupiter.api.Test;

class PaymentTest {

    @Test
    void pays() {
    }
}
