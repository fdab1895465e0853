"""Between the deal's fields and the file: shows a deal in :class:`DealFields` and saves each
finished edit as an undo command, keeping what the user is typing while the deal refreshes.

Its texts keep the ``DealWorkspace`` translation context: they are the panel's own words.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication

from planner.domain import formats
from planner.domain.errors import PlannerError
from planner.domain.model import Account
from planner.services import DealWork, Planner
from planner.ui.deal.fields import DealFields
from planner.ui.kit import undo
from planner.ui.kit.widgets import read_only_look

translate = QCoreApplication.translate


class FieldsOwner(Protocol):
    """What the binding needs from the panel."""

    read_only: bool  # the file is open read-only

    @property
    def planner(self) -> Planner: ...

    @property
    def loading(self) -> bool: ...  # the panel is showing the file's state: no edit to save

    def work(self) -> DealWork | None: ...

    def push(self, command: undo.PlannerCommand) -> bool: ...


class FieldBinding:
    """Shows a deal's own row in the fields and turns each finished edit into an undo command."""

    def __init__(self, fields: DealFields, owner: FieldsOwner) -> None:
        self.fields = fields
        self.owner = owner
        self._value_shown: float | None = None  # the value field's value when the deal was shown
        f = fields
        f.title.editingFinished.connect(self._title_done)
        f.account.activated.connect(lambda _i: self._commit("account_id", f.account.currentData()))
        f.value.editingFinished.connect(self._value_done)
        f.currency.lineEdit().editingFinished.connect(self._currency_done)  # type: ignore[union-attr]  # editable box
        f.currency.activated.connect(lambda _i: self._currency_done())
        f.expected_close.committed.connect(lambda: self._commit("expected_close", f.expected_close.date()))
        f.next_target.committed.connect(lambda: self._commit("next_target", f.next_target.date()))
        f.risks.committed.connect(lambda text, session: self._commit("risks", text, session))
        f.notes.committed.connect(lambda text, session: self._commit("notes", text, session))

    # ------------------------------------------------------------------ showing
    def show(self, work: DealWork, accounts: list[Account], read_only: bool) -> None:
        """The deal's fields as the file has them, except what the user is typing right now."""
        f = self.fields
        deal = work.deal
        read_only = not deal.is_open or read_only
        if not (f.title.hasFocus() and f.title.isModified()):
            f.title.setText(deal.title)
            f.title.setModified(False)
        f.title.setReadOnly(read_only)
        f.account.blockSignals(True)
        f.account.clear()
        for a in accounts:
            if not a.archived or a.id == deal.account_id:
                f.account.addItem(a.name, a.id)
        f.account.setCurrentIndex(f.account.findData(deal.account_id))
        f.account.blockSignals(False)
        f.account.setEnabled(not read_only)
        if not f.value.hasFocus():
            f.value.setDecimals(formats.edit_decimals(deal.value, deal.currency))
            f.value.setValue(deal.value)
            self._value_shown = f.value.value()  # as the field shows it: rounded to its decimals
        f.value.setReadOnly(read_only)
        if not f.currency.lineEdit().hasFocus():  # type: ignore[union-attr]  # an editable box has a line edit
            f.currency.setCurrentText(deal.currency)
        f.currency.setEnabled(not read_only)
        f.expected_close.set_date(deal.expected_close)
        f.expected_close.set_read_only(read_only)
        f.next_target.set_date(deal.next_target)
        f.next_target.set_read_only(read_only)
        for note, text in ((f.risks, deal.risks), (f.notes, deal.notes)):
            note.setReadOnly(read_only)
            note.set_text(text)
            f.set_row_visible(note, not (read_only and not text.strip()))  # no empty boxes to stare at
        for editor in (f.title, f.value, f.expected_close.edit, f.next_target.edit, f.risks, f.notes):
            read_only_look(editor, read_only)
        f.reason.setText(deal.close_reason)
        f.set_row_visible(f.status, read_only)
        f.set_row_visible(f.reason, read_only and bool(deal.close_reason))
        follows = ""
        if deal.follow_up_of:
            try:
                follows = self.owner.planner.deals.get(deal.follow_up_of).title
            except PlannerError:
                follows = ""
        f.show_state(deal.status, follows, read_only)
        f.set_row_visible(f.follows, bool(follows))
        f.error.show_message("")

    # ------------------------------------------------------------------ saving
    def flush(self) -> None:
        """Save what is typed but not yet saved in the deal's own fields (focus still in one)."""
        f = self.fields
        if f.title.hasFocus():
            self._title_done()
        if f.value.hasFocus():
            self._value_done()
        if f.currency.lineEdit().hasFocus():  # type: ignore[union-attr]  # an editable box has a line edit
            self._currency_done()
        for note in (f.risks, f.notes):
            note.commit()

    def _commit(self, field: str, new: Any, session: int | None = None) -> None:
        work = self.owner.work()
        if self.owner.loading or work is None or work.deal.id is None:
            return
        old = getattr(work.deal, field)
        if new == old or not work.deal.is_open or self.owner.read_only:
            return
        self.fields.error.show_message("")
        self.owner.push(undo.EditDealField(self.owner.planner, work.deal.id, field, old, new, session))

    def _value_done(self) -> None:
        typed = float(self.fields.value.value())
        if typed != self._value_shown:  # a value passed through unchanged keeps its every digit
            self._commit("value", typed)

    def _title_done(self) -> None:
        f = self.fields
        if not f.title.isModified():
            return  # passed through: the title stays as the file has it, spacing and all
        text = " ".join(f.title.text().split())
        work = self.owner.work()
        if not text and work is not None:
            f.error.show_message(translate("DealWorkspace", "A deal needs a title; the previous one is kept."))
            f.title.setText(work.deal.title)
            return
        f.title.setModified(False)
        self._commit("title", text)

    def _currency_done(self) -> None:
        code = self.fields.currency.currentText().strip().upper()
        work = self.owner.work()
        if len(code) != 3 and work is not None:
            self.fields.error.show_message(
                translate("DealWorkspace", "A currency is a three-letter code such as TWD or USD."))
            self.fields.currency.setCurrentText(work.deal.currency)
            return
        self._commit("currency", code)
