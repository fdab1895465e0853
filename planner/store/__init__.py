"""The only code that touches SQLite: the planner file, its rules and queries."""
