"""anomaly_score."""
