"""ensemble_service."""
