package org.acme.core;

public class Order {
}
