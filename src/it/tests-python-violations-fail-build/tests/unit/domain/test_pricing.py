def test_price():
    assert True
