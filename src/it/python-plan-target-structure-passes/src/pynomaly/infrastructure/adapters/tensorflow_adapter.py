"""tensorflow_adapter."""
