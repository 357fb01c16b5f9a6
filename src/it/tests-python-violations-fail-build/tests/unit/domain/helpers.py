"""Builders for tests.

def test_looks_like_a_test_but_is_in_a_docstring():
"""


def make_order():
    return None
