package com.acme.shop;

import org.junit.jupiter.api.Test;

abstract class AbstractRepositoryTest {

    @Test
    void savesAndLoads() {
    }
}
