def price(order):
    return 0
