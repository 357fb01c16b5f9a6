def test_in_the_root():
    pass
