from shop.application.checkout import place


def main():
    print(place([1, 2]).total())
