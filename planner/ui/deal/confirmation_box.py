"""How a frozen stage's milestone was confirmed (date, outcome, evidence, the customer's
decision), the dated notes correcting it, and the button that adds one."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from planner.domain import formats
from planner.domain.model import Milestone, Outcome, Stage
from planner.i18n import current_language
from planner.ui.deal.work_items import StageEditor, open_link
from planner.ui.kit import plain
from planner.ui.kit.glyphs import negative
from planner.ui.kit.labels import outcome_label, role_labels


class ConfirmationBox(QFrame):
    """How a frozen stage's milestone was confirmed, and the notes correcting it."""

    def __init__(self, editor: StageEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAutoFillBackground(True)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 6, 8, 8)
        self._layout.setSpacing(4)
        self._milestone: Milestone | None = None
        self._stage: Stage | None = None

    def changeEvent(self, event: QEvent) -> None:
        # its labels mix words and data: drawn again from the milestone it holds
        if event.type() == QEvent.Type.LanguageChange and self._milestone is not None and self._stage is not None:
            self.set_milestone(self._milestone, self._stage)
        super().changeEvent(event)

    def set_milestone(self, milestone: Milestone, stage: Stage) -> None:
        self._milestone, self._stage = milestone, stage
        while self._layout.count():
            item = self._layout.takeAt(0)
            child = item.widget() if item is not None else None
            if child is not None:
                child.deleteLater()
        when = formats.medium_date(milestone.confirmed_on, current_language())
        head = QLabel(self.tr("Confirmed on {date}: {outcome}").format(
            date=when, outcome=outcome_label(milestone.outcome)), self)
        font = head.font()
        font.setBold(True)
        head.setFont(font)
        head.setWordWrap(True)
        if milestone.outcome == Outcome.AGAINST:
            pal = head.palette()
            pal.setColor(QPalette.ColorRole.WindowText, negative(pal))
            head.setPalette(pal)
        self._layout.addWidget(head)
        self._layout.addWidget(self._pair(self.tr("Evidence"), milestone.evidence))
        if milestone.evidence_link:
            link = QLabel(f'<a href="{_attr(milestone.evidence_link)}">{_html(milestone.evidence_link)}</a>', self)
            link.setTextFormat(Qt.TextFormat.RichText)
            link.setWordWrap(True)
            link.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                         | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
            link.linkActivated.connect(open_link)
            link.setToolTip(self.tr("Open the evidence"))
            self._layout.addWidget(link)
        if milestone.decision.strip():
            self._layout.addWidget(self._pair(self.tr("Customer decision"), milestone.decision))
        if milestone.people:
            roles = role_labels()
            names = self.tr(", ").join(self.tr("{name} ({role})").format(name=p.name, role=roles[p.role])
                                       for p in milestone.people)
            self._layout.addWidget(self._pair(self.tr("Confirmed or decided by"), names))
        if milestone.corrections:
            title = QLabel(self.tr("Correction notes"), self)
            title.setFont(font)
            self._layout.addWidget(title)
            for c in milestone.corrections:
                written = formats.medium_date(c.written_on, current_language())
                note = plain.label(QLabel(self.tr("{date}: {text}").format(date=written, text=c.text),
                                          self))
                note.setWordWrap(True)
                note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                note.setObjectName("correction")
                self._layout.addWidget(note)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add correction note…"), self)
        self.add_button.setToolTip(self.tr(
            "A confirmed milestone cannot change. If something in it was wrong, add a dated note."))
        self.add_button.clicked.connect(lambda: self.editor.add_correction(milestone, stage))
        self.add_button.setVisible(not self.editor.read_only)
        row.addWidget(self.add_button)
        row.addStretch(1)
        box = QWidget(self)
        box.setLayout(row)
        row.setContentsMargins(0, 2, 0, 0)
        self._layout.addWidget(box)

    def _pair(self, label: str, text: str) -> QLabel:
        out = QLabel(f"<b>{_html(label)}:</b> {_html(text)}", self)
        out.setTextFormat(Qt.TextFormat.RichText)
        out.setWordWrap(True)
        out.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return out


def _html(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def _attr(text: str) -> str:
    return escape(QUrl.fromUserInput(text).toString(), quote=True)
