package org.acme.core;

import org.junit.jupiter.api.Test;

class OrderTest {
    @Test
    void isAnOrder() {
    }
}
