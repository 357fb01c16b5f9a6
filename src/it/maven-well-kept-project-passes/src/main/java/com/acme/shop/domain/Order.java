package com.acme.shop.domain;

public record Order(long total) {
}
