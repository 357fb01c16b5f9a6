package com.acme.shop

import org.junit.jupiter.api.Test

class PriceTest {

    @Test
    fun `adds cents`() {
    }
}
