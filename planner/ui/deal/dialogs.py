"""The workspace's two irreversible acts: giving a deal up, and correcting a confirmed milestone."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain import formats
from planner.domain.model import Milestone
from planner.domain.reasons import ReasonCategory
from planner.i18n import current_language
from planner.ui.kit import plain
from planner.ui.kit.labels import outcome_label
from planner.ui.kit.reasons import CategoryBox
from planner.ui.kit.widgets import InlineError, muted


class _TextDialog(QDialog):
    """An explanation, a required text, and a button that stays off until the text is there."""

    def __init__(self, title: str, intro: str, prompt: str, ok_text: str, warning: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        intro_label = plain.label(QLabel(intro, self))
        intro_label.setWordWrap(True)
        prompt_label = QLabel(prompt, self)
        prompt_label.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 14)
        prompt_label.setBuddy(self.text)
        warning_label = muted(QLabel(warning, self))
        warning_label.setWordWrap(True)
        self.error = InlineError(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok_text)
        self.ok.setEnabled(False)
        # the safe choice is the default: Enter in the dialog must not commit an irreversible act
        self.ok.setAutoDefault(False)
        self.ok.setDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(lambda: self.ok.setEnabled(bool(self.value())))
        self._layout = QVBoxLayout(self)
        for widget in (intro_label, prompt_label, self.text, warning_label, self.error, self.buttons):
            self._layout.addWidget(widget)
        self.text.setFocus()

    def add_row(self, label: str, field: QWidget) -> None:
        """A labelled field below the text, above the warning."""
        row = QFormLayout()
        row.setContentsMargins(0, 4, 0, 4)
        caption = QLabel(label, self)
        caption.setBuddy(field)
        row.addRow(caption, field)
        self._layout.insertLayout(3, row)

    def value(self) -> str:
        return self.text.toPlainText().strip()

    def accept(self) -> None:
        if not self.value():
            self.error.show_message(self.tr("Give a reason."))
            return
        super().accept()


class AbandonDialog(_TextDialog):
    """Give a deal up in time, with the reason (the method's 及時放棄) and, if the user
    chooses one, its reason category (``categories`` as ``planner.reasons`` lists them)."""

    def __init__(self, deal_title: str, categories: Sequence[ReasonCategory] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Abandon deal"),
            self.tr("Giving up in time frees your effort for deals you can win. "
                    "“{title}” will be closed as abandoned.").format(title=deal_title),
            self.tr("&Why are you giving it up?"),
            self.tr("Abandon deal"),
            self.tr("This cannot be undone: an abandoned deal stays closed. Its history is kept, "
                    "and you can later start a follow-up deal."),
            parent)
        self.category = CategoryBox(self)
        self.category.fill(categories)
        self.add_row(self.tr("Reason &category:"), self.category)
        self.setTabOrder(self.text, self.category)


class CorrectionDialog(_TextDialog):
    """Append a dated note to a confirmed milestone; the confirmation itself never changes."""

    def __init__(self, milestone: Milestone, stage_name: str, parent: QWidget | None = None) -> None:
        summary = self.tr("{stage}: confirmed on {date} ({outcome}). Evidence: {evidence}").format(
            stage=stage_name, date=formats.medium_date(milestone.confirmed_on, current_language()),
            outcome=outcome_label(milestone.outcome), evidence=milestone.evidence)
        super().__init__(
            self.tr("Add correction note"),
            summary,
            self.tr("&What was wrong, and what is right?"),
            self.tr("Add note"),
            self.tr("Correction notes are permanent: they are dated today and cannot be edited, "
                    "removed or undone. The confirmation stays as it was."),
            parent)
