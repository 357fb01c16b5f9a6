package com.shop.application;

public interface Checkout {
}
