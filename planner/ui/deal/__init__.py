"""The deal: its side panel (fields, stage work, stage map, event log) and its dialogs
(new deal, milestone confirmation)."""

from planner.ui.deal.panel import DealWorkspace

__all__ = ["DealWorkspace"]
