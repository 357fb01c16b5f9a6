package com.acme.shop.domain;

public class Order {
}
