package com.acme.shop.domain;

import org.junit.jupiter.api.Test;

class PriceCheck {
    @Test
    void isInCents() {
    }
}
