package com.acme.shop.domain;

import com.acme.shop.infrastructure.OrderRepository;
import java.util.List;

/**
 * An order. Not saved through {@link com.acme.shop.infrastructure.OrderRepository} here: comments are not code.
 */
public class Order {

    // import com.acme.shop.infrastructure.OrderRepository;
    private static final String NOTE = "see com.acme.shop.infrastructure.OrderRepository";
    private static final String SQL = """
            import com.acme.shop.application.OrderService; -- a text block, not code
            """;
    private static final char QUOTE = '"';

    private com.acme.shop.application.OrderService service;

    List<String> lines() {
        return List.of(NOTE, SQL, String.valueOf(QUOTE));
    }
}
