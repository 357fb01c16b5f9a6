"""detection_request."""
