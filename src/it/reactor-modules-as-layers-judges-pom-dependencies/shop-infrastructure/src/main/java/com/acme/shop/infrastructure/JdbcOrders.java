package com.acme.shop.infrastructure;

import com.acme.shop.domain.Order;
import com.acme.shop.domain.Orders;

public class JdbcOrders implements Orders {
    @Override
    public void save(Order order) {
    }
}
