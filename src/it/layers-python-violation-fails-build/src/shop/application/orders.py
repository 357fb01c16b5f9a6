from ..domain.model import Order
from shop import domain, shared


def place() -> Order:
    from shop import infrastructure  # a lazy import of an outer layer

    return infrastructure.db.Session().add(Order())
