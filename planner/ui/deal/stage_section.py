"""One stage of a deal as a section that folds: its milestone, its tasks and deliverables,
its notes, and, once frozen, the confirmation that froze it with its correction notes."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from planner.domain import formats
from planner.domain.model import ItemKind, ItemTemplate, Stage, StageState
from planner.i18n import current_language
from planner.services import DealWork
from planner.ui.deal.confirmation_box import ConfirmationBox
from planner.ui.deal.stage_map import Segment
from planner.ui.deal.work_items import ItemList, StageEditor
from planner.ui.kit import plain, undo
from planner.ui.kit.glyphs import (
    draw_cross,
    draw_dot,
    draw_lock,
    draw_ring,
    draw_stop,
    icon,
    negative,
)
from planner.ui.kit.widgets import NoteEdit, Section, read_only_look


def state_icon(seg: Segment, palette: QPalette) -> QIcon:
    text = palette.color(QPalette.ColorRole.WindowText)
    if seg.state == StageState.FROZEN:
        return icon(draw_cross, negative(palette)) if seg.against else icon(draw_lock, text)
    if seg.state == StageState.CURRENT:
        return icon(draw_dot, palette.color(QPalette.ColorRole.Highlight))
    if seg.stopped:
        return icon(draw_stop, text)
    return icon(draw_ring, palette.color(QPalette.ColorRole.PlaceholderText))


class StageSection(Section):
    """One stage of the deal, folded or open."""

    def __init__(self, editor: StageEditor, parent: QWidget | None = None) -> None:
        self.body_widget = QWidget()
        super().__init__("", self.body_widget, parent, expanded=False)
        self.editor = editor
        self.segment: Segment | None = None
        self.stage: Stage | None = None
        self.deal_id = 0
        self._work: DealWork | None = None  # what the texts are drawn from, again on a language change
        self._note_text = ""
        body = QVBoxLayout(self.body_widget)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(8)
        self.milestone = plain.label(QLabel(self.body_widget))
        self.milestone.setWordWrap(True)
        self.confirmation = ConfirmationBox(editor, self.body_widget)
        self.tasks = ItemList(ItemKind.TASK, "", editor, self.body_widget)
        self.deliverables = ItemList(ItemKind.DELIVERABLE, "", editor, self.body_widget)
        self.templates = plain.label(QLabel(self.body_widget))
        self.templates.setWordWrap(True)
        self.templates.setEnabled(False)  # greyed: what the stage will ask for, not yet the deal's
        self.notes_title = QLabel(self.body_widget)
        font = self.notes_title.font()
        font.setBold(True)
        self.notes_title.setFont(font)
        self.notes = NoteEdit(self.body_widget, min_lines=2, max_lines=12)
        self.notes.committed.connect(self._save_note)
        for w in (self.milestone, self.confirmation, self.tasks, self.deliverables, self.templates,
                  self.notes_title, self.notes):
            body.addWidget(w)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the current language, from the stage it shows (nothing is read again)."""
        self.tasks.set_title(self.tr("Tasks"))
        self.deliverables.set_title(self.tr("Deliverables"))
        self.notes_title.setText(self.tr("Stage notes"))
        self.notes.setPlaceholderText(self.tr("What happened in this stage, what to remember…"))
        self.notes.setAccessibleName(self.tr("Stage notes"))
        if self._work is not None and self.segment is not None and self.stage is not None:
            self._show_texts(self._work, self.segment, self.stage)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_stage(self, work: DealWork, seg: Segment) -> None:
        self.segment = seg
        self._work = work
        stage = work.process.stage(seg.stage_id)
        self.stage = stage
        assert work.deal.id is not None
        self.deal_id = work.deal.id
        self.set_title(f"{seg.number}. {stage.name}")
        self.header.set_icon(state_icon(seg, self.palette()))
        editable = work.editable(seg.stage_id) and seg.state == StageState.CURRENT
        reached = seg.state in (StageState.FROZEN, StageState.CURRENT) or seg.stopped
        milestone = work.milestone_for(seg.stage_id)
        self.confirmation.setVisible(milestone is not None)
        if milestone is not None:
            self.confirmation.set_milestone(milestone, stage)
        self.tasks.setVisible(reached)
        self.deliverables.setVisible(reached)
        if reached:
            self.tasks.set_items(self.deal_id, seg.stage_id, work.stage_tasks(seg.stage_id), editable)
            self.deliverables.set_items(self.deal_id, seg.stage_id, work.stage_deliverables(seg.stage_id),
                                        editable)
        self.templates.setVisible(not reached)
        self._show_texts(work, seg, stage)
        note = work.notes.get(seg.stage_id, "")
        self._note_text = note  # the file's text: what an undo of the next save goes back to
        self.notes.setReadOnly(not editable)
        read_only_look(self.notes, not editable)
        self.notes.set_text(note)
        show_notes = reached and (editable or bool(note))
        self.notes.setVisible(show_notes)
        self.notes_title.setVisible(show_notes)

    def _show_texts(self, work: DealWork, seg: Segment, stage: Stage) -> None:
        """The texts that mix words with the stage's data."""
        self.header.note.setText(self._note(work, seg))
        self.milestone.setText(self.tr("Milestone: {milestone}").format(milestone=stage.milestone))
        if not self.templates.isHidden():
            self.templates.setText(self._templates(stage.tasks, stage.deliverables))

    def _note(self, work: DealWork, seg: Segment) -> str:
        if seg.milestone is not None:
            return formats.medium_date(seg.milestone.confirmed_on, current_language())
        if seg.state == StageState.CURRENT:
            tasks = work.stage_tasks(seg.stage_id)
            return self.tr("current · {done}/{total}").format(
                done=sum(1 for t in tasks if t.done), total=len(tasks))
        if seg.stopped:
            return self.tr("closed here")
        return ""

    def _templates(self, tasks: list[ItemTemplate], deliverables: list[ItemTemplate]) -> str:
        if not tasks and not deliverables:
            return self.tr("Not reached yet. This stage has no tasks or deliverables.")
        lines = [self.tr("Not reached yet. When the deal gets here, it brings:")]
        if tasks:
            lines.append(self.tr("Tasks"))
            lines += [f"  • {t.text}" for t in tasks]
        if deliverables:
            lines.append(self.tr("Deliverables"))
            lines += [f"  • {d.text}" for d in deliverables]
        return "\n".join(lines)

    def _save_note(self, text: str, session: int) -> None:
        if self.stage is None or self.stage.id is None:
            return
        old, self._note_text = self._note_text, text
        self.editor.push(undo.SetStageNote(
            self.editor.planner, self.deal_id, self.stage.id, self.stage.name,
            old, text, session))
