"""Kept only for the tailoring draft while it moves to planner.domain.tailoring."""
