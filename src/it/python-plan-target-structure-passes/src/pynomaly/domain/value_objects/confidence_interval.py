"""confidence_interval."""
