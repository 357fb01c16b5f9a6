package com.acme.shop.port;

import com.acme.shop.domain.Order;

public interface PlaceOrderUseCase {

    Order place();
}
