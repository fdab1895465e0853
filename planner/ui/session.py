"""The open planner as the UI sees it: the file, its undo stack, and one change signal.

Every write, undoable or not, from a dialog, the deal panel, the board or Edit > Undo,
goes through the services, which report what it changed (``planner.services.Changes``);
the session turns each report into one ``changed`` signal. Views subscribe once and
refresh only what a report names, from what they already hold.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from planner.services import Changes, Planner

UNDO_LIMIT = 200  # steps kept per file: plenty for a day's work, bounded memory


class Session(QObject):
    changed = Signal(object)  # Changes, after every write that changed something
    planner_switched = Signal(object)  # Planner: another file is open now (the stack is empty)

    def __init__(self, planner: Planner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.planner = planner
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)  # set once, while the stack is empty
        planner.subscribe(self._changed)

    def _changed(self, changes: Changes) -> None:
        self.changed.emit(changes)

    def switch_to(self, planner: Planner) -> None:
        """Another file: its own history starts empty (edits of the old one cannot be undone here)."""
        self.planner.unsubscribe(self._changed)
        self.undo_stack.clear()
        self.planner = planner
        planner.subscribe(self._changed)
        self.planner_switched.emit(planner)

    def close(self) -> None:
        self.planner.unsubscribe(self._changed)
