package com.acme.shop;

import org.junit.jupiter.api.Test;

/** Starts the whole shop: it tests the application, not one class. */
class ShopIntegrationTest {
    @Test
    void startsUp() {
    }
}
