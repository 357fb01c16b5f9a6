import shop.application.orders as orders
from shop.domain import model


class App:
    def run(self) -> model.Order:
        return orders.place()
