package com.acme.shop.boot;

import com.acme.shop.application.PlaceOrder;

public final class ShopApplication {
    public static void main(String[] args) {
        new PlaceOrder().place(args[0]);
    }
}
