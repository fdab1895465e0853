"""The planner file itself: its properties and the restore-from-snapshot dialog."""
