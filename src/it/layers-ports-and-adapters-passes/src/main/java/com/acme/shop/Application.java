package com.acme.shop;

import com.acme.shop.config.Wiring;

public final class Application {

    public static void main(String[] args) {
        new Wiring().orderController().place();
    }
}
