"""evaluate_model."""
