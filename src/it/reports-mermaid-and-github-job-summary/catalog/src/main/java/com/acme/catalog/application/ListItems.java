package com.acme.catalog.application;

import com.acme.catalog.domain.Item;

public class ListItems {
    Item item;
}
