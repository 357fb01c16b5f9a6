"""Builders the tests share."""
from shop.domain.order import Order


def an_order(*lines):
    return Order(list(lines))
