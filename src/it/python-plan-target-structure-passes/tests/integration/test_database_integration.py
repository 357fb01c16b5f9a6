"""database_integration."""
