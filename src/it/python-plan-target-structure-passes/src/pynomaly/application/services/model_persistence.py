"""model_persistence."""
