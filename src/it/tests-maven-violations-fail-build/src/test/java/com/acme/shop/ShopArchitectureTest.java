package com.acme.shop;

import org.junit.jupiter.api.Test;

class ShopArchitectureTest {

    @Test
    void layersAreRespected() {
    }
}
