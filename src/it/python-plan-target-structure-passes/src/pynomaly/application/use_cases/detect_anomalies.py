"""detect_anomalies."""
