"""sklearn_adapter."""
