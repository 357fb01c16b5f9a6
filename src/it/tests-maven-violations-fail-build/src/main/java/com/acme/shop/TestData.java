package com.acme.shop;

/** Sample data for tests of code that uses this library; not a test itself ({@code @Test} is in javadoc). */
public class TestData {

    public static final String ANNOTATION = "@Test";
}
