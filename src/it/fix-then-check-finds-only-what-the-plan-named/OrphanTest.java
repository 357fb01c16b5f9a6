package com.acme.shop.domain;

import org.junit.jupiter.api.Test;

class OrphanTest {

    @Test
    void testsAClassThatIsGone() {
    }
}
