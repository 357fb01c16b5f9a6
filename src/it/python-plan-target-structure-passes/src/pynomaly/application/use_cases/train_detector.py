"""train_detector."""
