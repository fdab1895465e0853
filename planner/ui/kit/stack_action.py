"""Undo and Redo as actions that speak the language of the moment.

Kept apart from the kit's widgets: the window builds these two before its first paint, and
this module loads nothing more than QtCore and QtGui.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QUndoStack


class StackAction(QAction):
    """Undo (or Redo) of an undo stack, worded in the language of the moment: Qt's own stack
    actions keep the words of the language they were made in, so after a switch the Edit menu
    said "復原 …" in English. ``word()`` again on a language change."""

    def __init__(self, stack: QUndoStack, redo: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.redo = redo
        self._edit = stack.redoText() if redo else stack.undoText()  # what the stack would undo or redo
        self.setEnabled(stack.canRedo() if redo else stack.canUndo())
        (stack.canRedoChanged if redo else stack.canUndoChanged).connect(self.setEnabled)
        (stack.redoTextChanged if redo else stack.undoTextChanged).connect(self._stack_said)
        self.triggered.connect(stack.redo if redo else stack.undo)
        self.word()

    def _stack_said(self, edit: str) -> None:
        self._edit = edit
        self.word()

    def word(self) -> None:
        # Qt's own words for these (qtbase's catalogue has them in every language it ships)
        if self._edit:
            self.setText(QCoreApplication.translate("QUndoStack", "Redo %1" if self.redo else "Undo %1")
                         .replace("%1", self._edit))
        else:
            self.setText(QCoreApplication.translate(
                "QUndoStack", "Redo" if self.redo else "Undo",
                "Default text for redo action" if self.redo else "Default text for undo action"))
