def test_checkout():
    assert True
