"""The wizard's question pages: one per reference stage, keep it or drop it (and why)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QButtonGroup, QFrame, QGridLayout, QRadioButton, QVBoxLayout, QWidget

from planner.domain.model import Answer
from planner.domain.reference import STAGE_KEYS, reference_stage
from planner.ui.processes.strip import entries_for
from planner.ui.processes.widgets import body, caption, heading, scrolled
from planner.ui.processes.wizard_page import TailoringPage


class QuestionPage(TailoringPage):
    """One reference stage: what it is for, what it protects, and the question."""

    def __init__(self, key: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        ref = reference_stage(key)
        number = STAGE_KEYS.index(key) + 1
        self.setTitle(self.tr("Stage {number} of {total}: {name}").format(
            number=number, total=len(STAGE_KEYS), name=ref.text("name", lang)))
        self.setSubTitle(ref.text("purpose", lang))

        milestone_box = QFrame()
        milestone_box.setFrameShape(QFrame.Shape.StyledPanel)
        milestone_box.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        milestone_box.setAutoFillBackground(True)
        mb = QVBoxLayout(milestone_box)
        mb.setContentsMargins(10, 8, 10, 8)
        mb.setSpacing(2)
        mb.addWidget(caption(self.tr("MILESTONE THIS STAGE PROTECTS")))
        self.milestone = heading("◆ " + ref.text("milestone", lang))
        mb.addWidget(self.milestone)
        mb.addWidget(body(self.tr("Once it has happened it cannot be undone; work that should "
                                  "have come before it can no longer be made up.")))

        self.question = heading(ref.text("question", lang), 1.15)
        conditions = QGridLayout()
        conditions.setHorizontalSpacing(18)
        conditions.setVerticalSpacing(2)
        conditions.addWidget(caption(self.tr("KEEP IT WHEN")), 0, 0)
        conditions.addWidget(caption(self.tr("DROP IT WHEN")), 0, 1)
        conditions.addWidget(body(ref.text("keep_when", lang)), 1, 0, Qt.AlignmentFlag.AlignTop)
        conditions.addWidget(body(ref.text("drop_when", lang)), 1, 1, Qt.AlignmentFlag.AlignTop)
        conditions.setColumnStretch(0, 1)
        conditions.setColumnStretch(1, 1)
        example = body(self.tr("For example: {example}").format(example=ref.text("example", lang)))
        font = example.font()
        font.setItalic(True)
        example.setFont(font)

        self.keep = QRadioButton(self.tr("&Keep this stage"))
        self.drop = QRadioButton(self.tr("&Drop it: this does not happen in our sales"))
        self.no_influence = QRadioButton(
            # not "&neither": Alt+N is the wizard's Next
            self.tr("Drop it: we can neither take part in nor &influence this step"))
        self.no_influence.setToolTip(self.tr(
            "A step of the customer's that you cannot take part in or influence is treated as "
            "if it did not exist. It is dropped and recorded as such."))
        self.group = QButtonGroup(self)
        for answer, button in ((Answer.KEEP, self.keep), (Answer.DROP, self.drop),
                               (Answer.NO_INFLUENCE, self.no_influence)):
            self.group.addButton(button)
            button.toggled.connect(lambda on, a=answer: self._answered(a) if on else None)
        answers = QVBoxLayout()
        answers.setSpacing(4)
        for button in (self.keep, self.drop, self.no_influence):
            answers.addWidget(button)

        self.why_box = QFrame()
        self.why_box.setFrameShape(QFrame.Shape.StyledPanel)
        why = QVBoxLayout(self.why_box)
        why.setContentsMargins(10, 6, 10, 6)
        why.setSpacing(2)
        self.why_title = caption("")
        self.why = body()
        why.addWidget(self.why_title)
        why.addWidget(self.why)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(8)
        layout.addWidget(milestone_box)
        layout.addSpacing(4)
        layout.addWidget(self.question)
        layout.addLayout(conditions)
        layout.addWidget(example)
        layout.addSpacing(2)
        layout.addLayout(answers)
        layout.addWidget(self.why_box)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolled(content))

    def _answered(self, answer: Answer) -> None:
        if self.draft.answer(self.key) == answer:
            return
        self.draft.set_answer(self.key, answer)
        self.tailoring.mark_dirty()
        self.refresh_strip()
        self.completeChanged.emit()

    def refresh_strip(self) -> None:
        self.tailoring.show_strip(entries_for(self.draft, current_key=self.key))

    def initializePage(self) -> None:  # noqa: N802
        answer = self.draft.answer(self.key)
        button = {Answer.KEEP: self.keep, Answer.DROP: self.drop,
                  Answer.NO_INFLUENCE: self.no_influence}.get(answer)  # type: ignore[arg-type]  # unanswered (None): no button
        self.group.setExclusive(False)  # an unanswered question shows no choice at all
        for b in self.group.buttons():
            b.blockSignals(True)
            b.setChecked(b is button)
            b.blockSignals(False)
        self.group.setExclusive(True)
        (button or self.keep).setFocus()  # arrows pick the answer, Enter goes on
        # the milestone as this start has it: a preset may word it for its business
        # (a shop's sale ends with the payment, not a signed contract)
        self.milestone.setText("◆ " + self.draft.draft_of(self.key).milestone)
        chosen = self.draft.preset
        reason = chosen.why_text(self.key, self.draft.lang) if chosen else ""
        if chosen and reason:
            suggested = {Answer.KEEP: self.tr("keep"), Answer.DROP: self.tr("drop"),
                         Answer.NO_INFLUENCE: self.tr("drop: no influence")}[chosen.answers[self.key]]
            self.why_title.setText(self.tr("Why “{preset}” suggests: {answer}").format(
                preset=chosen.text("name", self.draft.lang), answer=suggested))
            self.why.setText(reason)
        self.why_box.setVisible(bool(chosen and reason))
        self.refresh_strip()
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.wizard() is not None and self.draft.answer(self.key) is not None
