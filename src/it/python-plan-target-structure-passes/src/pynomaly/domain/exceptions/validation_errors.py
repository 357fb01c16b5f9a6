"""validation_errors."""
