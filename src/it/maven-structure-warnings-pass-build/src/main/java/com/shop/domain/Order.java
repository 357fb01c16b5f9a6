package com.shop.domain;

public record Order(int id) {
}
