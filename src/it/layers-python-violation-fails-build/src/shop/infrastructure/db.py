from shop.application import orders
from ..domain.model import Order


class Session:
    def add(self, order: Order) -> Order:
        return order
