"""validation_utils."""
