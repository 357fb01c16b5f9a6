"""value_objects."""
