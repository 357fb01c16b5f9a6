def new_id() -> str:
    return "from shop.domain import model"
