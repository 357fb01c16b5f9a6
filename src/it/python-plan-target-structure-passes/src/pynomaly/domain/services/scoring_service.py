"""scoring_service."""
