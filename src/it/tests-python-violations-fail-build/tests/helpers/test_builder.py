def test_builder():
    assert True
