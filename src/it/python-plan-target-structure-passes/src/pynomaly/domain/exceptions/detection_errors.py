"""detection_errors."""
