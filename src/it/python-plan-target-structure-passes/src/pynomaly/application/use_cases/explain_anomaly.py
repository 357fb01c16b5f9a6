"""explain_anomaly."""
