package com.acme.shop;

import org.junit.jupiter.api.Test;

class CartChecks {

    @Test
    void addsItems() {
    }

    @Test
    void removesItems() {
    }
}
