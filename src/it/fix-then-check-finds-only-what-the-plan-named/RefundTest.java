package com.acme.shop.domain;

import org.junit.jupiter.api.Test;

class RefundTest {

    @Test
    void refunds() {
    }
}
