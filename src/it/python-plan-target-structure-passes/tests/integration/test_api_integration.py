"""api_integration."""
