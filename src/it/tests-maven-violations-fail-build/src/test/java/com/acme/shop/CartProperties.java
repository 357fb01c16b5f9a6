package com.acme.shop;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class CartProperties {

    @Property
    boolean totalIsNeverNegative(@ForAll int items) {
        return true;
    }
}
