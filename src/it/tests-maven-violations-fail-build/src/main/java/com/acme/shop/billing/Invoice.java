package com.acme.shop.billing;

public class Invoice {
}
