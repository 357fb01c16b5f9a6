"""responsive_design."""
