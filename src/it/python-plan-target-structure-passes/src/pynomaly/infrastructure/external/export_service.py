"""export_service."""
