"""detection_service."""
