"""Asking when a task or deliverable should be done by: a date, or none."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from planner.ui.kit import plain
from planner.ui.kit.widgets import DateField


class DueDateDialog(QDialog):
    """One date field with OK and Cancel; "No date" (its clear button) takes the date away."""

    def __init__(self, item: str, due: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Due Date"))
        self.question = plain.label(QLabel(self))
        self.question.setWordWrap(True)
        self.question.setText(self.tr("When should “{item}” be done? The agenda lists it from then on "
                                      "until it is ticked.").format(item=item))
        self.field = DateField(self)
        self.field.set_date(due)
        self.field.warn_if_past(lambda: self.tr("This date has passed: the agenda shows it as overdue."))
        self.question.setBuddy(self.field.edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.field)
        layout.addWidget(buttons)
        self.field.setFocus()
        self.resize(360, self.sizeHint().height())

    def date(self) -> date | None:
        return self.field.date()


def ask_due(parent: QWidget, item: str, due: date | None) -> tuple[bool, date | None]:
    """(chosen, the date or None) for ``item``; (False, None) when cancelled."""
    dialog = DueDateDialog(item, due, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False, None
    return True, dialog.date()
