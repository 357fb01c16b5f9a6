"""notification."""
