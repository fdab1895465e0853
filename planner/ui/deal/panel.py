"""The deal workspace: everything about one deal in a side panel that scrolls.

It is put together from parts, each in its own module: the header that stays in view
(``header``), the deal's own fields and how edits reach the file (``fields``,
``field_binding``), one folding section per stage (``stage_section``), the account and its
contacts (``account_box``), the history (``event_log``), and the acts on the deal as a whole
(``actions``). Every edit is written to the file when it is made (as an undo command, through
the services); the session then says what changed and the panel re-reads only that.
Milestones, corrections and abandoning are the irreversible acts: they are never undo
commands, and the UI says so. A language change re-words every part in place.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.domain.model import Account, Milestone, Stage, StageState
from planner.domain.reasons import ReasonCategory
from planner.services import Changes, DealWork, Part, Planner
from planner.services.reasons import CHANGED as REASON_CATEGORIES
from planner.ui.deal.account_box import AccountBox
from planner.ui.deal.actions import DealActions
from planner.ui.deal.buying_group import BuyingGroupBox
from planner.ui.deal.event_log import EventLogModel, EventLogView
from planner.ui.deal.field_binding import FieldBinding
from planner.ui.deal.fields import DealFields
from planner.ui.deal.header import DealHeader
from planner.ui.deal.next_step import NextStepSection
from planner.ui.deal.stage_map import Segment, segments
from planner.ui.deal.stage_section import StageSection
from planner.ui.kit import icons, theme, undo
from planner.ui.kit.widgets import Section, muted
from planner.ui.session import Session


class DealWorkspace(QWidget):
    """One deal: fields, stage map, each stage's work, account and contacts, history."""

    confirmRequested = Signal(int)
    dealCreated = Signal(int)
    accountRequested = Signal(int)  # the deal's account, for the accounts dialog
    scroll: QScrollArea  # type: ignore[assignment]  # hides QWidget.scroll(), which nothing here calls

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._deal_id: int | None = None
        self._work: DealWork | None = None
        self._sections: list[StageSection] = []
        self._current_stage: int | None = None
        self._loading = False
        self.read_only = False  # the file is open read-only (see set_read_only)
        self._accounts: list[Account] | None = None  # the account box and the log; read again when they change
        self._categories: list[ReasonCategory] | None = None  # reason categories, likewise
        self.deal_actions = DealActions(self, self)
        session.changed.connect(self._changed)
        session.planner_switched.connect(self._planner_switched)
        self.setMinimumWidth(340)

        self._pages = QStackedLayout(self)
        self._pages.addWidget(self._build_empty())
        self._pages.addWidget(self._build_deal())
        self.retranslate()
        self.show_deal(None)

    # ------------------------------------------------------------------ building
    def _build_empty(self) -> QWidget:
        page = QWidget(self)
        self.empty_title = QLabel(page)
        font = self.empty_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.empty_title.setFont(font)
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint = muted(QLabel(page))
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.empty_title)
        layout.addWidget(self.empty_hint)
        layout.addStretch(2)
        layout.setContentsMargins(24, 24, 24, 24)
        return page

    def _build_deal(self) -> QWidget:
        page = QWidget(self)
        self.header = DealHeader(page)
        h = self.header
        # the header's parts, by the names the window and the tests know them
        self.title, self.banner, self.strip = h.title, h.banner, h.strip
        self.confirm_button, self.abandon_button = h.confirm_button, h.abandon_button
        self.follow_button = h.follow_button
        self.archive_action, self.delete_action = h.archive_action, h.delete_action
        self.strip.stageClicked.connect(self.reveal_stage)
        self.close_category = h.close_category
        self.close_category.chosen.connect(self.set_close_category)
        self.confirm_button.clicked.connect(self._confirm)
        self.abandon_button.clicked.connect(self.abandon)
        self.follow_button.clicked.connect(self.follow_up)
        self.archive_action.triggered.connect(self.toggle_archive)
        self.delete_action.triggered.connect(self.delete)

        # --- the scrolling body
        self.fields = DealFields()
        self.binding = FieldBinding(self.fields, self)
        self.next_step = NextStepSection(self)  # first in the body: what to do next on the deal
        self.deal_section = Section("", self.fields, expanded=True, indent=8)
        self.stages_body = QWidget()
        self.stages_layout = QVBoxLayout(self.stages_body)
        self.stages_layout.setContentsMargins(0, 0, 0, 0)
        self.stages_layout.setSpacing(2)
        self.stages_section = Section("", self.stages_body, expanded=True, indent=0)
        self.buying_box = BuyingGroupBox(self.session)
        self.buying_section = Section("", self.buying_box, expanded=True, indent=8)
        self.account_box = AccountBox(self.session)
        self.account_box.edit_button.clicked.connect(self.edit_account)
        self.contacts = self.account_box.contacts
        self.account_section = Section("", self.account_box, expanded=True, indent=8)
        self.history_model = EventLogModel(self)
        self.history = EventLogView()
        self.history.setModel(self.history_model)
        self.history_section = Section("", self.history, expanded=False, indent=8)

        inner = QWidget()
        body = QVBoxLayout(inner)
        body.setContentsMargins(8, 4, 10, 12)
        body.setSpacing(6)
        for s in (self.deal_section, self.stages_section, self.buying_section, self.account_section,
                  self.history_section):
            body.addWidget(s)
        body.addStretch(1)
        body.insertWidget(0, self.next_step)
        self.scroll = QScrollArea(page)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(inner)
        line = QFrame(page)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(line)
        layout.addWidget(self.scroll, 1)
        return page

    # ------------------------------------------------------------------ language
    def retranslate(self) -> None:
        """The panel's own texts; each part re-words itself on the same language change."""
        self.empty_title.setText(self.tr("Select a deal…"))
        self.empty_hint.setText(self.tr(
            "Pick a deal on the board to see its stages, tasks, contacts and history here."))
        self.deal_section.set_title(self.tr("Deal"))
        self.stages_section.set_title(self.tr("Stages"))
        self.buying_section.set_title(self.tr("Buying group"))
        self.account_section.set_title(self.tr("Account and contacts"))
        self.history_section.set_title(self.tr("History"))
        self.history.setAccessibleName(self.tr("History"))
        self._mark_gaps()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ public API
    def deal_id(self) -> int | None:
        return self._deal_id

    def work(self) -> DealWork | None:
        return self._work

    @property
    def loading(self) -> bool:
        """Showing what the file says: a field changed now is not the user's edit."""
        return self._loading

    def show_deal(self, deal_id: int | None) -> None:
        if deal_id != self._deal_id:
            self.flush()
        new = deal_id != self._deal_id
        self._deal_id = deal_id
        if deal_id is None:
            self._work = None
            self._pages.setCurrentIndex(0)
            return
        self.reload(new_deal=new)

    def set_read_only(self, read_only: bool) -> None:
        """A file open read-only: the deal shows as a closed one does, nothing to edit."""
        if read_only == self.read_only:
            return
        self.flush()
        self.read_only = read_only
        self.contacts.set_read_only(read_only)
        if self._deal_id is not None:
            self.reload()

    @property
    def planner(self) -> Planner:
        return self.session.planner

    @property
    def stack(self) -> QUndoStack:
        return self.session.undo_stack

    def _planner_switched(self, _planner: Planner) -> None:
        self._accounts = None
        self._categories = None
        self._deal_id = None
        self._work = None
        self._clear_sections()
        self.show_deal(None)

    def flush(self) -> None:
        """Save what is typed but not yet saved (focus still in a field)."""
        if self._work is None:
            return
        self.binding.flush()
        self.next_step.flush()
        for section in self._sections:
            section.notes.commit()

    def push(self, command: undo.PlannerCommand) -> bool:
        """Run an undoable edit (stage sections and the fields call this)."""
        return undo.push(self.stack, command)

    # ------------------------------------------------------------------ loading
    def reload(self, new_deal: bool = False) -> None:
        if self._deal_id is None:
            return
        try:
            work = self.planner.work.get(self._deal_id)
        except PlannerError:
            # deleted meanwhile (or another file): nothing to show
            self._deal_id = None
            self._work = None
            self._pages.setCurrentIndex(0)
            return
        self._show(work, new_deal)
        self._pages.setCurrentIndex(1)

    def _show(self, work: DealWork, new_deal: bool) -> None:
        self._work = work
        self._loading = True
        try:
            segs = segments(work.process, work.deal, work.milestones)
            self.header.show_work(work, segs, self.read_only, self._all_categories())
            self.binding.show(work, self._all_accounts(), self.read_only)
            self.next_step.show_work(work, self.read_only)
            # read-only: every stage as a frozen one, shown but not editable
            self._apply_stages(dataclasses.replace(work, frozen={s.stage_id for s in segs}) if self.read_only
                               else work, segs, new_deal)
            self.buying_box.show_group(work, self.read_only)
            self._mark_gaps()
            self.account_box.show_account(work.account, self.read_only)
            self._apply_history(work)
            if new_deal:
                self.scroll.verticalScrollBar().setValue(0)
        finally:
            self._loading = False

    def _mark_gaps(self) -> None:
        """The buying group's header warns of its gaps even while folded."""
        count = self.buying_box.gap_count()
        self.buying_section.header.set_icon(icons.icon("accounts", theme.warning(self.palette())) if count
                                            else None)
        self.buying_section.header.note.setText(self.tr("%n gap(s)", "", count) if count else "")

    def _apply_stages(self, work: DealWork, segs: list[Segment], new_deal: bool) -> None:
        ids = [s.stage_id for s in segs]
        if new_deal or ids != [s.segment.stage_id for s in self._sections if s.segment]:
            self._clear_sections()
            for _ in segs:
                section = StageSection(self, self.stages_body)
                self.stages_layout.addWidget(section)
                self._sections.append(section)
        for section, seg in zip(self._sections, segs, strict=False):
            section.set_stage(work, seg)
        current = next((s.stage_id for s in segs if s.state == StageState.CURRENT), None)
        if new_deal:
            # open the stage the user works in: the current one, or where a closed deal ended
            focus = current if current is not None else work.deal.stage_id
            for section, seg in zip(self._sections, segs, strict=False):
                section.set_expanded(seg.stage_id == focus)
        elif current != self._current_stage and current is not None:
            for section, seg in zip(self._sections, segs, strict=False):
                if seg.stage_id == current:
                    section.set_expanded(True)
        self._current_stage = current

    def _clear_sections(self) -> None:
        for section in self._sections:
            section.hide()
            self.stages_layout.removeWidget(section)
            section.deleteLater()  # not now: the click that led here may still be on its stack
        self._sections = []

    def _apply_history(self, work: DealWork) -> None:
        assert work.deal.id is not None
        stage_names = {s.id: s.name for s in work.process.stages if s.id is not None}
        milestone_stages = {m.id: stage_names.get(m.stage_id, "") for m in work.milestones if m.id is not None}
        names = {a.id: a.name for a in self._all_accounts() if a.id is not None}
        # the account's people by id (and those of the group and of its milestones, if moved since)
        people = {c.id: c.name for c in self.planner.contacts.of(work.account.id or 0) if c.id is not None}
        people |= {p.contact_id: p.name for p in work.people}
        people |= {p.contact_id: p.name for m in work.milestones for p in m.people}
        self.history_model.set_events(self.planner.deals.events(work.deal.id), stage_names, milestone_stages, names,
                                      self._all_categories(), people)

    def _all_accounts(self) -> list[Account]:
        if self._accounts is None:
            self._accounts = self.planner.accounts.all(include_archived=True)
        return self._accounts

    def _all_categories(self) -> list[ReasonCategory]:
        if self._categories is None:
            self._categories = self.planner.reasons.all(include_retired=True)
        return self._categories

    # ------------------------------------------------------------------ notifications
    def _changed(self, changes: Changes) -> None:
        """Refresh from what a write changed: only this deal's touched parts are read again."""
        if changes.accounts:
            self._accounts = None
        work = self._work
        if REASON_CATEGORIES in changes.settings:
            self._categories = None  # renamed, added, retired: the category row and the log follow
            if work is not None and self._deal_id is not None:
                self._show(work, new_deal=False)
        if work is None or self._deal_id is None:
            return
        parts = changes.deal(self._deal_id)
        if work.account.id in changes.contacts_of:
            parts = parts | {Part.PEOPLE}  # a person's name or title, as the group shows it
        if Part.DELETED in parts:
            self.show_deal(None)
            return
        if work.process.id in changes.processes or work.account.id in changes.accounts:
            self.reload()  # the stages or the account's own fields: read it all again
        elif parts:
            try:
                fresh = self.planner.work.refreshed(work, parts)
            except PlannerError:
                self.reload()  # gone or unreadable now: reload says so
                return
            self._show(fresh, new_deal=False)

    # ------------------------------------------------------------------ stages
    def reveal_stage(self, stage_id: int) -> None:
        self.stages_section.set_expanded(True)
        for section in self._sections:
            if section.segment is not None and section.segment.stage_id == stage_id:
                section.set_expanded(True)
                section.header.arrow.setFocus()
                QTimer.singleShot(0, lambda s=section: self.scroll.ensureWidgetVisible(s.header, 0, 40))

    def section_for(self, stage_id: int) -> StageSection | None:
        return next((s for s in self._sections if s.segment and s.segment.stage_id == stage_id), None)

    # ------------------------------------------------------------------ the deal's acts (see actions.py)
    def _confirm(self) -> None:
        if self._deal_id is not None:
            self.flush()
            self.confirmRequested.emit(self._deal_id)

    def abandon(self) -> None:
        self.deal_actions.abandon()

    def follow_up(self) -> None:
        self.deal_actions.follow_up()

    def toggle_archive(self) -> None:
        self.deal_actions.toggle_archive()

    def delete(self) -> None:
        self.deal_actions.delete()

    def add_correction(self, milestone: Milestone, stage: Stage) -> None:
        self.deal_actions.add_correction(milestone, stage)

    def set_close_category(self, category_id: int | None) -> None:
        """File the closed deal under another reason category: an undoable edit."""
        work = self._work
        if work is None or work.deal.id is None or self.read_only or category_id == work.deal.close_category:
            return
        self.push(undo.SetCloseCategory(self.planner, work.deal.id, work.deal.close_category, category_id))

    def deal_created(self, deal_id: int) -> None:
        self.dealCreated.emit(deal_id)

    def edit_account(self) -> None:
        """Ask the window for the accounts dialog on this deal's account (another feature)."""
        if self._work is not None:
            self.accountRequested.emit(self._work.account.id)


__all__ = ["DealWorkspace"]
