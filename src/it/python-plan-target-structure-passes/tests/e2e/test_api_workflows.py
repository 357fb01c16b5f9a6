"""api_workflows."""
