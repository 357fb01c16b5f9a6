package com.acme.catalog.domain;

public class Item {
}
