"""The deal workspace: a side panel with everything about one deal."""

from planner.ui.workspace.panel import DealWorkspace

__all__ = ["DealWorkspace"]
