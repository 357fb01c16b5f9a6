"""training_request."""
