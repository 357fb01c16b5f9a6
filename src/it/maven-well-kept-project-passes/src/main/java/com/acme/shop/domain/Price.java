package com.acme.shop.domain;

public record Price(long cents) {
}
