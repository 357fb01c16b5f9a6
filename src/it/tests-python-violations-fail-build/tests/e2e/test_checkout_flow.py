def test_flow():
    assert True
