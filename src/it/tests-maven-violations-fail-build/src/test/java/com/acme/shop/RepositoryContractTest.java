package com.acme.shop;

import org.junit.jupiter.api.Test;

class RepositoryContractTest {

    @Test
    void everyRepositorySavesAndLoads() {
    }
}
