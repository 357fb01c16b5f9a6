def test_entities_exist():
    assert True
