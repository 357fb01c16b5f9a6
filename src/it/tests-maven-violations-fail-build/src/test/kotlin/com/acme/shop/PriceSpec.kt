package com.acme.shop

import org.junit.jupiter.api.Test

class PriceSpec {

    @Test
    fun `formats ${"money"}`() {
    }
}
