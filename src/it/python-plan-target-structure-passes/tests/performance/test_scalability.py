"""scalability."""
