"""data_utils."""
