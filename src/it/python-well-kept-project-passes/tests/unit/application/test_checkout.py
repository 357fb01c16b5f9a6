from shop.application.checkout import place


def test_place():
    assert place([1]).lines == [1]
