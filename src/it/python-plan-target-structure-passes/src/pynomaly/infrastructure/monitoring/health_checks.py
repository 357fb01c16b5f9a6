"""health_checks."""
