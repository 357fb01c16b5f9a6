"""detection_workflow."""
