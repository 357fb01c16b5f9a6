"""detector_protocol."""
