from shop.domain.order import Order


def place(lines):
    return Order(lines)
