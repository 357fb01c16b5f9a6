from shop.domain.order import Order


def test_total():
    assert Order([1, 2]).total() == 3
