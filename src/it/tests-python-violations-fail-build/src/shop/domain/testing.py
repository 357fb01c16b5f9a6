"""Test doubles the application ships for its users; a module, not a test (def test_ in a docstring)."""


def fake_order():
    return None
