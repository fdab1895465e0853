"""The deal's next step in the panel: what is done next and by when, and a button to tick it.

A section of its own at the top of the panel, so the step is the first thing read about a
deal. The step and its date are written together (a date needs its step: clearing the step
clears its date too), each change an undo command; ticking it (Done) takes it off the deal
and the agenda, logged, and Undo brings it back. A closed deal shows its last step, read-only.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from planner.domain import formats
from planner.domain.rules import MAX_NAME
from planner.i18n import current_language
from planner.services import DealWork
from planner.ui.deal.field_binding import FieldsOwner
from planner.ui.kit import icons, plain, theme, undo
from planner.ui.kit.widgets import DateField, InlineError, Section, read_only_look


class NextStepSection(Section):
    """What the seller does next on the deal, by when; Done ticks it."""

    def __init__(self, owner: FieldsOwner, parent: QWidget | None = None) -> None:
        self.body_widget = QWidget()
        super().__init__("", self.body_widget, parent, expanded=True, indent=8)
        self.owner = owner
        self._work: DealWork | None = None
        self._read_only = False
        self.step = QLineEdit(self.body_widget)
        self.step.setMaxLength(MAX_NAME)
        self.due = DateField(self.body_widget)
        # said in place while the date has passed, never in a box
        self.due.warn_if_past(lambda: self.tr("This date has passed: the step is overdue."))
        self.done_button = QPushButton(self.body_widget)
        self.done_button.setIcon(icons.icon("check"))
        self.step_label = QLabel(self.body_widget)
        self.step_label.setBuddy(self.step)
        self.due_label = QLabel(self.body_widget)
        self.due_label.setBuddy(self.due.edit)
        self.error = InlineError(self.body_widget)
        when = QHBoxLayout()
        when.setContentsMargins(0, 0, 0, 0)
        when.setSpacing(6)
        when.addWidget(self.due, 1)
        when.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignTop)
        form = QFormLayout(self.body_widget)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.step_label, self.step)
        form.addRow(self.due_label, when)
        form.addRow(self.error)
        self.step.editingFinished.connect(self.commit)
        self.step.textChanged.connect(lambda _text: self._enable_date())
        self.due.committed.connect(self.commit)
        self.done_button.clicked.connect(self.complete)
        self.retranslate()

    # ------------------------------------------------------------------ language
    def retranslate(self) -> None:
        self.set_title(self.tr("Next step"))
        self.step_label.setText(self.tr("Ne&xt step:"))
        self.due_label.setText(self.tr("B&y:"))
        self.step.setPlaceholderText("" if self._read_only else self.tr("What will you do next? e.g. Call the CFO"))
        self.step.setAccessibleName(self.tr("Next step"))
        self.due.edit.setAccessibleName(self.tr("Next step's date"))
        self.done_button.setText(self.tr("Done"))
        self.done_button.setToolTip(self.tr("Tick the step as done: it leaves the deal and the agenda "
                                            "(Undo brings it back); then write the step after it"))
        self._show_note()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ showing
    def show_work(self, work: DealWork, read_only: bool) -> None:
        """The deal's step as the file has it, except what is being typed right now."""
        self._work = work
        deal = work.deal
        self._read_only = read_only or not deal.is_open
        if not (self.step.hasFocus() and self.step.isModified()):
            self.step.setText(deal.next_step)
            self.step.setCursorPosition(0)  # a long step shows its beginning, not its end
            self.step.setModified(False)
        self.step.setToolTip(plain.html(deal.next_step))  # the whole step, however narrow the panel
        self.due.set_date(deal.next_step_due)
        self.step.setReadOnly(self._read_only)
        self.due.set_read_only(self._read_only)
        for editor in (self.step, self.due.edit):
            read_only_look(editor, self._read_only)
        self.done_button.setVisible(not self._read_only)
        self._enable_date()
        self.error.show_message("")
        self.setVisible(not self._read_only or bool(deal.next_step))  # a closed deal without one: nothing to show
        self.retranslate()

    def _enable_date(self) -> None:
        has_step = bool(self.step.text().strip())
        self.due.setEnabled(has_step or self._read_only)
        self.done_button.setEnabled(has_step and not self._read_only and self._work is not None
                                    and bool(self._work.deal.next_step))

    def _show_note(self) -> None:
        """The date beside the title, in the warning colour once it has passed: read while folded."""
        work = self._work
        due = work.deal.next_step_due if work is not None and work.deal.next_step else None
        note = self.header.note
        note.setText(formats.card_date(due, date.today(), current_language()) if due else "")
        late = due is not None and due < date.today() and work is not None and work.deal.is_open
        palette = note.palette()
        palette.setColor(note.foregroundRole(), theme.danger(self.palette()) if late
                         else self.palette().color(note.foregroundRole()))
        note.setPalette(palette)

    # ------------------------------------------------------------------ saving
    def flush(self) -> None:
        """Save what is typed but not yet saved (focus still in the field)."""
        if self.step.hasFocus() and self.step.isModified():
            self.commit()

    def commit(self) -> None:
        work = self.owner.work()
        if self.owner.loading or work is None or work.deal.id is None or self._read_only:
            return
        text = " ".join(self.step.text().split())
        new = (text, self.due.date() if text else None)  # no step, no date
        old = (work.deal.next_step, work.deal.next_step_due)
        self.step.setModified(False)
        if new == old:
            return
        self.error.show_message("")
        if not self.owner.push(undo.SetNextStep(self.owner.planner, work.deal.id, old, new)):
            self.step.setText(work.deal.next_step)  # refused: the file's step again
            self.due.set_date(work.deal.next_step_due)

    def complete(self) -> None:
        self.flush()
        work = self.owner.work()
        if work is None or work.deal.id is None or self._read_only or not work.deal.next_step:
            return
        if self.owner.push(undo.CompleteNextStep(self.owner.planner, work.deal.id, work.deal.next_step,
                                                 work.deal.next_step_due)):
            self.step.setFocus()  # the step after it is the next thing to write
