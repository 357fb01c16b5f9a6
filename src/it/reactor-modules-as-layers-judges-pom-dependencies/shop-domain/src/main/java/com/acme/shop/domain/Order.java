package com.acme.shop.domain;

public record Order(String id) {
}
