def test_homepage_loads():
    assert True


def test_search_works():
    assert True
