"""file_utils."""
