package com.acme.shop;

public class Order {
}
