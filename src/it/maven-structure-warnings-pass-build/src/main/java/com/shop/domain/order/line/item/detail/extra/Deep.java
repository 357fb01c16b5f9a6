package com.shop.domain.order.line.item.detail.extra;

class Deep {
}
