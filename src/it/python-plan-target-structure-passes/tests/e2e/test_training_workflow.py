"""training_workflow."""
