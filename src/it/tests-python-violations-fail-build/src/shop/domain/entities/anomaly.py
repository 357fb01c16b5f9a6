class Anomaly:
    pass
