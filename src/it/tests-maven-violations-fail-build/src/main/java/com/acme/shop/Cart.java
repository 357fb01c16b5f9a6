package com.acme.shop;

public class Cart {
}
