package com.acme.shop;

import org.junit.jupiter.api.Test;

class InvoiceTest {

    @Test
    void bills() {
    }
}
