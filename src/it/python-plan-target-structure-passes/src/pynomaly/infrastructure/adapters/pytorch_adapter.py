"""pytorch_adapter."""
