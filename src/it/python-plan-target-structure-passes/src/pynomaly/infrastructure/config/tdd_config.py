"""tdd_config."""
