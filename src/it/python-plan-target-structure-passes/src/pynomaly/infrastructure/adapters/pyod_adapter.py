"""pyod_adapter."""
