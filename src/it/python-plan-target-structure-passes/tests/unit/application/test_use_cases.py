"""use_cases."""
