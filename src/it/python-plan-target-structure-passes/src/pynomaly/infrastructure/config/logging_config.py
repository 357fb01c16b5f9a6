"""logging_config."""
