package com.acme.shop.application;

class OrderServiceTest {
}
