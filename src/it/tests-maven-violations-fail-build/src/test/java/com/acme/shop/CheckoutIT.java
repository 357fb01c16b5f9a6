package com.acme.shop;

import org.junit.jupiter.api.Test;

class CheckoutIT {

    @Test
    void checksOut() {
    }
}
