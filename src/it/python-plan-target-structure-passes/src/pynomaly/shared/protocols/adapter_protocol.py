"""adapter_protocol."""
