"""repository_protocol."""
