package com.acme.shop.domain;

import org.junit.jupiter.api.Test;

/** The totals of Order, split out of OrderTest as a library splits the tests of a large class by feature. */
class OrderTotalsTest {
    @Test
    void addsItsLines() {
    }
}
