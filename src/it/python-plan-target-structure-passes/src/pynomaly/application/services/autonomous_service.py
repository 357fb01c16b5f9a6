"""autonomous_service."""
