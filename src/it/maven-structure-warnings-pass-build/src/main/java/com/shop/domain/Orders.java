package com.shop.domain;

/** Orders. */
public class OrderService {
}
