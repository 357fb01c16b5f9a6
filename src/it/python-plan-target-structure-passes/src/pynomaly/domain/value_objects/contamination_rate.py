"""contamination_rate."""
