"""The deal workspace: everything about one deal in a side panel that scrolls.

Every edit is written to the file when it is made (as an undo command, through the
services); the panel then reloads what the file says. Milestones, corrections and
abandoning are the irreversible acts: they are never undo commands, and the UI says so.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPalette, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from planner import APP_NAME
from planner.domain import formats
from planner.domain.errors import PlannerError
from planner.domain.model import Account, DealStatus, Milestone, Stage, StageState
from planner.i18n import current_language, error_text
from planner.services import Changes, DealWork, Part, Planner
from planner.ui.deal.dialogs import AbandonDialog, CorrectionDialog
from planner.ui.deal.event_log import EventLogModel, EventLogView
from planner.ui.deal.fields import DealFields
from planner.ui.deal.stage_map import Segment, StageMapStrip, segments
from planner.ui.deal.stage_work import StageSection
from planner.ui.kit import plain, undo
from planner.ui.kit.contacts import ContactsPanel
from planner.ui.kit.glyphs import negative, positive
from planner.ui.kit.labels import status_label
from planner.ui.kit.widgets import (
    Section,
    muted,
    read_only_look,
)
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
        session.changed.connect(self._changed)
        session.planner_switched.connect(self._planner_switched)
        self.setMinimumWidth(340)

        self._pages = QStackedLayout(self)
        self._pages.addWidget(self._build_empty())
        self._pages.addWidget(self._build_deal())
        self.show_deal(None)

    # ------------------------------------------------------------------ building
    def _build_empty(self) -> QWidget:
        page = QWidget(self)
        title = QLabel(self.tr("Select a deal…"), page)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint = muted(QLabel(self.tr(
            "Pick a deal on the board to see its stages, tasks, contacts and history here."), page))
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(self.empty_hint)
        layout.addStretch(2)
        layout.setContentsMargins(24, 24, 24, 24)
        self.empty_title = title
        return page

    def _build_deal(self) -> QWidget:
        page = QWidget(self)
        # --- header: who, where, what next (stays in view while the rest scrolls)
        self.title = plain.label(QLabel(page))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = muted(plain.label(QLabel(page)))
        self.subtitle.setWordWrap(True)
        self.banner = plain.label(QLabel(page))
        self.banner.setWordWrap(True)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setAutoFillBackground(True)
        self.banner.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.banner.setMargin(6)
        self.strip = StageMapStrip(page)
        self.strip.stageClicked.connect(self.reveal_stage)
        self.caption = plain.label(QLabel(page))
        self.caption.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("Confirm milestone…"), page)
        self.confirm_button.setToolTip(self.tr(
            "Confirm the current stage's milestone. This freezes the stage and every stage before it; "
            "it cannot be undone."))
        self.confirm_button.clicked.connect(self._confirm)
        self.abandon_button = QPushButton(self.tr("Abandon…"), page)
        self.abandon_button.setToolTip(self.tr("Give this deal up, with a reason. It cannot be undone."))
        self.abandon_button.clicked.connect(self.abandon)
        self.follow_button = QPushButton(self.tr("Follow-up deal…"), page)
        self.follow_button.setToolTip(self.tr("Start a new deal for what comes after this one, linked to it."))
        self.follow_button.clicked.connect(self.follow_up)
        self.more_button = QPushButton(self.tr("More"), page)
        menu = QMenu(self.more_button)
        self.archive_action = menu.addAction(self.tr("Archive"), self.toggle_archive)
        menu.addSeparator()
        self.delete_action = menu.addAction(self.tr("Delete deal…"), self.delete)
        self.more_button.setMenu(menu)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(6)
        for b in (self.confirm_button, self.abandon_button, self.follow_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.more_button)
        header = QVBoxLayout()
        header.setContentsMargins(10, 8, 10, 6)
        header.setSpacing(5)
        header.addWidget(self.title)
        header.addWidget(self.subtitle)
        header.addWidget(self.banner)
        header.addWidget(self.strip)
        header.addWidget(self.caption)
        header.addLayout(buttons)

        # --- the scrolling body
        self.fields = DealFields()
        self.deal_section = Section(self.tr("Deal"), self.fields, expanded=True, indent=8)
        self.stages_body = QWidget()
        self.stages_layout = QVBoxLayout(self.stages_body)
        self.stages_layout.setContentsMargins(0, 0, 0, 0)
        self.stages_layout.setSpacing(2)
        self.stages_section = Section(self.tr("Stages"), self.stages_body, expanded=True, indent=0)
        self.account_body = QWidget()
        self.account_name = plain.label(QLabel(self.account_body))
        bold = QFont(self.account_name.font())
        bold.setBold(True)
        self.account_name.setFont(bold)
        self.account_name.setWordWrap(True)
        self.account_details = muted(plain.label(QLabel(self.account_body)))
        self.account_details.setWordWrap(True)
        self.account_notes = plain.label(QLabel(self.account_body))
        self.account_notes.setWordWrap(True)
        self.account_notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_account_button = QPushButton(self.tr("Edit account…"), self.account_body)
        self.edit_account_button.clicked.connect(self.edit_account)
        contacts_title = QLabel(self.tr("Contacts"), self.account_body)
        contacts_title.setFont(bold)
        self.contacts = ContactsPanel(self.session, self.account_body)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.account_name, 1)
        row.addWidget(self.edit_account_button, 0, Qt.AlignmentFlag.AlignTop)
        account_layout = QVBoxLayout(self.account_body)
        account_layout.setContentsMargins(0, 0, 0, 0)
        account_layout.setSpacing(4)
        account_layout.addLayout(row)
        account_layout.addWidget(self.account_details)
        account_layout.addWidget(self.account_notes)
        account_layout.addSpacing(4)
        account_layout.addWidget(contacts_title)
        account_layout.addWidget(self.contacts)
        self.account_section = Section(self.tr("Account and contacts"), self.account_body, expanded=True,
                                       indent=8)
        self.history_model = EventLogModel(self)
        self.history = EventLogView()
        self.history.setModel(self.history_model)
        self.history.setAccessibleName(self.tr("History"))
        self.history_section = Section(self.tr("History"), self.history, expanded=False, indent=8)

        inner = QWidget()
        body = QVBoxLayout(inner)
        body.setContentsMargins(8, 4, 10, 12)
        body.setSpacing(6)
        for s in (self.deal_section, self.stages_section, self.account_section, self.history_section):
            body.addWidget(s)
        body.addStretch(1)
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
        layout.addLayout(header)
        layout.addWidget(line)
        layout.addWidget(self.scroll, 1)
        self._connect_fields()
        return page

    def _connect_fields(self) -> None:
        f = self.fields
        f.title.editingFinished.connect(self._title_done)
        f.account.activated.connect(lambda _i: self._commit("account_id", f.account.currentData()))
        f.value.editingFinished.connect(lambda: self._commit("value", float(f.value.value())))
        f.currency.lineEdit().editingFinished.connect(self._currency_done)  # type: ignore[union-attr]  # editable box
        f.currency.activated.connect(lambda _i: self._currency_done())
        f.expected_close.committed.connect(lambda: self._commit("expected_close", f.expected_close.date()))
        f.next_target.committed.connect(lambda: self._commit("next_target", f.next_target.date()))
        f.risks.committed.connect(lambda text, session: self._commit("risks", text, session))
        f.notes.committed.connect(lambda text, session: self._commit("notes", text, session))

    # ------------------------------------------------------------------ public API
    def deal_id(self) -> int | None:
        return self._deal_id

    def work(self) -> DealWork | None:
        return self._work

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
        self._deal_id = None
        self._work = None
        self._clear_sections()
        self.show_deal(None)

    def flush(self) -> None:
        """Save what is typed but not yet saved (focus still in a field)."""
        if self._work is None:
            return
        f = self.fields
        if f.title.hasFocus():
            self._title_done()
        if f.value.hasFocus():
            self._commit("value", float(f.value.value()))
        if f.currency.lineEdit().hasFocus():  # type: ignore[union-attr]  # an editable box has a line edit
            self._currency_done()
        for note in (f.risks, f.notes, *(s.notes for s in self._sections)):
            note.commit()

    def push(self, command: undo.PlannerCommand) -> bool:
        """Run an undoable edit (stage sections call this)."""
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
        self._work = work
        self._loading = True
        try:
            self._apply(work, new_deal)
        finally:
            self._loading = False
        self._pages.setCurrentIndex(1)

    def _apply(self, work: DealWork, new_deal: bool) -> None:
        deal = work.deal
        is_open = deal.is_open and not self.read_only
        segs = segments(work.process, deal, work.milestones)
        self.title.setText(deal.title)
        self.subtitle.setText(self.tr("{account} · {process}").format(
            account=work.account.name, process=work.process.name))
        self.strip.set_deal(work.process, deal, work.milestones)
        self._apply_banner(work)
        self._apply_caption(work, segs)
        self.confirm_button.setVisible(is_open)
        self.abandon_button.setVisible(is_open)
        self.follow_button.setVisible(not deal.is_open and not self.read_only)
        self.more_button.setVisible(not self.read_only)
        self.edit_account_button.setVisible(not self.read_only)
        self.archive_action.setText(self.tr("Take out of the archive") if deal.archived else self.tr("Archive"))
        self._apply_fields(work)
        # read-only: every stage as a frozen one, shown but not editable
        self._apply_stages(dataclasses.replace(work, frozen={s.stage_id for s in segs}) if self.read_only else work,
                           segs, new_deal)
        self._apply_account(work)
        self._apply_history(work)
        if new_deal:
            self.scroll.verticalScrollBar().setValue(0)

    def _apply_banner(self, work: DealWork) -> None:
        deal = work.deal
        texts = []
        color = None
        if deal.status == DealStatus.WON:
            last = max((m.confirmed_on for m in work.milestones), default=None)
            texts.append(self.tr("Won on {date}").format(date=formats.medium_date(last, current_language())) if last
                         else self.tr("Won"))
            color = positive(self.palette())
        elif deal.status == DealStatus.LOST:
            texts.append(self.tr("Lost: {reason}").format(reason=deal.close_reason))
            color = negative(self.palette())
        elif deal.status == DealStatus.ABANDONED:
            texts.append(self.tr("Abandoned: {reason}").format(reason=deal.close_reason))
        if deal.archived:
            texts.append(self.tr("Archived: hidden from the board."))
        if not deal.is_open:
            texts.append(self.tr("A closed deal is read-only."))
        self.banner.setVisible(bool(texts))
        self.banner.setText("\n".join(texts))
        pal = self.palette()
        if color is not None:
            pal.setColor(QPalette.ColorRole.WindowText, color)
        self.banner.setPalette(pal)

    def _apply_caption(self, work: DealWork, segs: list[Segment]) -> None:
        deal = work.deal
        current = next((s for s in segs if s.state == StageState.CURRENT), None)
        if current is None:
            self.caption.hide()
            return
        stage = work.process.stage(current.stage_id)
        lines = [self.tr("Stage {n} of {total}: {name}").format(
            n=current.number, total=len(segs), name=stage.name)]
        target = ""
        if deal.next_target:
            target = self.tr(" · target {date}").format(date=formats.medium_date(deal.next_target, current_language()))
            if deal.next_target < date.today():
                target += self.tr(" (overdue)")
        lines.append(self.tr("Next milestone: {milestone}").format(milestone=stage.milestone) + target)
        self.caption.setText("\n".join(lines))
        self.caption.show()

    def _apply_fields(self, work: DealWork) -> None:
        f = self.fields
        deal = work.deal
        read_only = not deal.is_open or self.read_only
        if not (f.title.hasFocus() and f.title.isModified()):
            f.title.setText(deal.title)
            f.title.setModified(False)
        f.title.setReadOnly(read_only)
        f.account.blockSignals(True)
        f.account.clear()
        for a in self._all_accounts():
            if not a.archived or a.id == deal.account_id:
                f.account.addItem(a.name, a.id)
        f.account.setCurrentIndex(f.account.findData(deal.account_id))
        f.account.blockSignals(False)
        f.account.setEnabled(not read_only)
        if not f.value.hasFocus():
            f.value.setDecimals(formats.edit_decimals(deal.value, deal.currency))
            f.value.setValue(deal.value)
        f.value.setReadOnly(read_only)
        if not f.currency.lineEdit().hasFocus():  # type: ignore[union-attr]  # an editable box has a line edit
            f.currency.setCurrentText(deal.currency)
        f.currency.setEnabled(not read_only)
        f.expected_close.set_date(deal.expected_close)
        f.expected_close.set_read_only(read_only)
        f.next_target.set_date(deal.next_target)
        f.next_target.set_read_only(read_only)
        for note, text, hint in ((f.risks, deal.risks, self.tr("What could stop this deal?")),
                                 (f.notes, deal.notes, self.tr("Anything worth remembering about this deal"))):
            note.setReadOnly(read_only)
            note.setPlaceholderText("" if read_only else hint)
            note.set_text(text)
            f.set_row_visible(note, not (read_only and not text.strip()))  # no empty boxes to stare at
        for editor in (f.title, f.value, f.expected_close.edit, f.next_target.edit, f.risks, f.notes):
            read_only_look(editor, read_only)
        f.status.setText(status_label(deal.status))
        f.reason.setText(deal.close_reason)
        f.set_row_visible(f.status, read_only)
        f.set_row_visible(f.reason, read_only and bool(deal.close_reason))
        follows = ""
        if deal.follow_up_of:
            try:
                follows = self.tr("Follow-up of “{title}”.").format(
                    title=self.planner.deals.get(deal.follow_up_of).title)
            except PlannerError:
                follows = ""
        f.follows.setText(follows)
        f.set_row_visible(f.follows, bool(follows))
        f.error.show_message("")

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

    def _apply_account(self, work: DealWork) -> None:
        a = work.account
        self.account_name.setText(a.name)
        details = " · ".join(x for x in (a.industry, a.size, a.kind) if x.strip())
        self.account_details.setText(details)
        self.account_details.setVisible(bool(details))
        notes = "\n".join(x for x in (a.relationship, a.notes) if x.strip())
        self.account_notes.setText(notes)
        self.account_notes.setVisible(bool(notes))
        if self.contacts.account_id != a.id:  # its own changes reach it through the session
            self.contacts.set_account(a.id)

    def _apply_history(self, work: DealWork) -> None:
        assert work.deal.id is not None
        stage_names = {s.id: s.name for s in work.process.stages if s.id is not None}
        milestone_stages = {m.id: stage_names.get(m.stage_id, "") for m in work.milestones if m.id is not None}
        names = {a.id: a.name for a in self._all_accounts() if a.id is not None}
        self.history_model.set_events(self.planner.deals.events(work.deal.id), stage_names, milestone_stages, names)

    def _all_accounts(self) -> list[Account]:
        if self._accounts is None:
            self._accounts = self.planner.accounts.all(include_archived=True)
        return self._accounts

    # ------------------------------------------------------------------ notifications
    def _changed(self, changes: Changes) -> None:
        """Refresh from what a write changed: only this deal's touched parts are read again."""
        if changes.accounts:
            self._accounts = None
        work = self._work
        if work is None or self._deal_id is None:
            return
        parts = changes.deal(self._deal_id)
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
            self._work = fresh
            self._loading = True
            try:
                self._apply(fresh, new_deal=False)
            finally:
                self._loading = False

    # ------------------------------------------------------------------ field edits
    def _commit(self, field: str, new: Any, session: int | None = None) -> None:
        if self._loading or self._work is None or self._deal_id is None:
            return
        old = getattr(self._work.deal, field)
        if new == old or not self._work.deal.is_open or self.read_only:
            return
        self.fields.error.show_message("")
        self.push(undo.EditDealField(self.planner, self._deal_id, field, old, new, session))

    def _title_done(self) -> None:
        f = self.fields
        text = " ".join(f.title.text().split())
        if not text and self._work is not None:
            f.error.show_message(self.tr("A deal needs a title; the previous one is kept."))
            f.title.setText(self._work.deal.title)
            return
        f.title.setModified(False)
        self._commit("title", text)

    def _currency_done(self) -> None:
        code = self.fields.currency.currentText().strip().upper()
        if len(code) != 3 and self._work is not None:
            self.fields.error.show_message(self.tr("A currency is a three-letter code such as TWD or USD."))
            self.fields.currency.setCurrentText(self._work.deal.currency)
            return
        self._commit("currency", code)

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

    def add_correction(self, milestone: Milestone, stage: Stage) -> None:
        if self.read_only:
            return
        dialog = CorrectionDialog(milestone, stage.name, self)
        if dialog.exec() != CorrectionDialog.DialogCode.Accepted or milestone.id is None:
            return
        self._irreversible(lambda: self.planner.milestones.correct(milestone.id, dialog.value()))

    # ------------------------------------------------------------------ deal actions
    def _confirm(self) -> None:
        if self._deal_id is not None:
            self.flush()
            self.confirmRequested.emit(self._deal_id)

    def abandon(self) -> None:
        if self._work is None:
            return
        self.flush()
        dialog = AbandonDialog(self._work.deal.title, self)
        if dialog.exec() == AbandonDialog.DialogCode.Accepted:
            deal_id = self._deal_id
            assert deal_id is not None
            self._irreversible(lambda: self.planner.deals.abandon(deal_id, dialog.value()))

    def follow_up(self) -> None:
        if self._work is None or self._deal_id is None:
            return
        old_id = self._deal_id
        title, ok = QInputDialog.getText(
            self, self.tr("Follow-up deal"),
            self.tr("A new open deal for the same account and process, linked to this one.\nTitle:"),
            QLineEdit.EchoMode.Normal, self.tr("{title} (follow-up)").format(title=self._work.deal.title))
        if not ok:
            return
        try:
            new_id = self.planner.deals.follow_up(old_id, title.strip() or None)
        except PlannerError as e:
            self._refuse(e)
            return
        self.dealCreated.emit(new_id)
        self.show_deal(new_id)

    def toggle_archive(self) -> None:
        if self._work is None:
            return
        archived = not self._work.deal.archived
        deal_id = self._work.deal.id
        assert deal_id is not None
        self._irreversible(lambda: self.planner.deals.archive(deal_id, archived))

    def delete(self) -> None:
        if self._work is None or self._deal_id is None:
            return
        deal_id = self._deal_id
        if self._work.milestones:
            # history is never rewritten: say why before asking anything
            QMessageBox.information(self, self.tr("Delete deal"), self.tr(
                "A deal with confirmed milestones cannot be deleted; archive it instead."))
            return
        answer = QMessageBox.question(self, self.tr("Delete deal"), plain.html(self.tr(
            "Delete “{title}” with its tasks, deliverables and notes? This cannot be undone.").format(
                title=self._work.deal.title)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.planner.deals.delete(deal_id)
        except PlannerError as e:
            self._refuse(e)
            return
        self.show_deal(None)

    def edit_account(self) -> None:
        """Ask the window for the accounts dialog on this deal's account (another feature)."""
        if self._work is not None:
            self.accountRequested.emit(self._work.account.id)

    def _irreversible(self, action: Any) -> None:
        """Run a non-undoable service call and show a refusal; what it changed comes back
        through the session like every other write."""
        try:
            action()
        except PlannerError as e:
            self._refuse(e)

    def _refuse(self, error: PlannerError) -> None:
        QMessageBox.warning(self, APP_NAME, plain.html(error_text(error)))


__all__ = ["DealWorkspace"]
