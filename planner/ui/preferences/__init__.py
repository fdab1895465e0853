"""Preferences and the shortcuts list."""
