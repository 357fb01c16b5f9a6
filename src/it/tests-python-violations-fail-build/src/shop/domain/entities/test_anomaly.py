def test_anomaly_is_created():
    assert True
