from shop.domain.order import Order


class TestOrder:
    def test_total(self):
        assert Order().total() == 0


class OrderTests:
    def test_total_again(self):
        assert Order().total() == 0


class OrderCase(unittest.TestCase):
    def test_total_in_unittest(self):
        self.assertEqual(Order().total(), 0)
