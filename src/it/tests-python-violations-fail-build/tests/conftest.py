import pytest


@pytest.fixture
def order():
    return None
