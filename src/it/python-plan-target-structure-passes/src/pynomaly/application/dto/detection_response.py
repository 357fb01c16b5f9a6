"""detection_response."""
