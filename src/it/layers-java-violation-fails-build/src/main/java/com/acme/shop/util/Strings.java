package com.acme.shop.util;

public final class Strings {

    private Strings() {
    }
}
