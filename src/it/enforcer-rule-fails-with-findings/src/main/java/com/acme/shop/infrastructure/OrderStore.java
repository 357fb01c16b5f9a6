package com.acme.shop.infrastructure;

public class OrderStore {
}
