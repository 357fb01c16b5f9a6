"""detection_performance."""
