package com.acme.shop;

final class OrderMother {

    static Order anOrder() {
        return new Order();
    }
}
