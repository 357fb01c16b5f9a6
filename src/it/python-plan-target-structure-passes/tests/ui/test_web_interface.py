"""web_interface."""
