package com.acme.shop;

/** Shared test data. Not a test: // @Test is in a comment, and "@Test" in a string. */
final class Fixtures {

    // @Test void notATest() {}
    static final String SNIPPET = "@Test void notATest() {}";
}
