"""adapter_integration."""
