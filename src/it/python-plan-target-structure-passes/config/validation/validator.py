"""Validates configuration."""
