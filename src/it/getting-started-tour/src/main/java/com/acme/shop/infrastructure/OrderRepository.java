package com.acme.shop.infrastructure;

import java.util.ArrayList;
import java.util.List;

public class OrderRepository {

    private final List<String> items = new ArrayList<>();

    public void store(String item) {
        items.add(item);
    }
}
