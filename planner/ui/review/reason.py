"""Asks why a stalled deal is given up, and shows the file's refusal in place."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from planner.domain.errors import PlannerError
from planner.domain.reasons import ReasonCategory
from planner.i18n import error_text
from planner.ui.kit import plain
from planner.ui.kit.reasons import CategoryBox
from planner.ui.kit.widgets import InlineError, muted


class ReasonDialog(QDialog):
    """A required reason and an optional reason category; Abandon stays off until there is a
    reason and is never the default.

    ``act`` gives the deal up with the reason and the category (or None); if the file refuses, the dialog stays open
    and says why (the deal may have been closed meanwhile, the file may be read-only)."""

    def __init__(self, deal_title: str, why_stalled: str, act: Callable[[str, int | None], object],
                 categories: Sequence[ReasonCategory] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._act = act
        self.setWindowTitle(self.tr("Abandon stalled deal"))
        self.setMinimumWidth(440)
        intro = plain.label(QLabel(self.tr("“{title}”: {why}.").format(title=deal_title, why=why_stalled), self))
        intro.setWordWrap(True)
        prompt = QLabel(self.tr("&Why are you giving it up?"), self)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        prompt.setBuddy(self.text)
        self.category = CategoryBox(self)
        self.category.fill(categories)
        category_label = QLabel(self.tr("Reason &category:"), self)
        category_label.setBuddy(self.category)
        category_row = QFormLayout()
        category_row.addRow(category_label, self.category)
        warning = muted(QLabel(self.tr("An abandoned deal stays closed; its history is kept and you can "
                                       "start a follow-up deal later."), self))
        warning.setWordWrap(True)
        self.error = InlineError(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Abandon deal"))
        self.ok.setEnabled(False)
        self.ok.setAutoDefault(False)  # Enter must not commit an act that cannot be undone
        self.ok.setDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(lambda: self.ok.setEnabled(bool(self.value())))
        layout = QVBoxLayout(self)
        for widget in (intro, prompt, self.text, warning, self.error, self.buttons):
            layout.addWidget(widget)
        layout.insertLayout(3, category_row)
        self.text.setFocus()

    def value(self) -> str:
        return self.text.toPlainText().strip()

    def accept(self) -> None:
        if not self.value():
            self.error.show_message(self.tr("Give a reason."))
            return
        try:
            self._act(self.value(), self.category.value())
        except PlannerError as e:  # said here, with what was typed kept: the user may cancel
            self.error.show_message(error_text(e))
            return
        super().accept()
