"""validation_service."""
