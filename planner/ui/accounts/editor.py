"""One account's editor: its fields and its contacts, each saved (undoably) when its editing finishes."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from planner import APP_NAME
from planner.domain.model import Account
from planner.services import Planner
from planner.ui.kit import undo
from planner.ui.kit.contacts import ContactsPanel
from planner.ui.kit.formats import same_name
from planner.ui.kit.widgets import InlineError, NoteEdit
from planner.ui.session import Session


class AccountEditor(QWidget):
    """One account's fields; each saved (undoably) when its editing finishes."""

    TEXT_FIELDS = ("name", "industry", "size", "kind", "relationship")

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.account: Account | None = None
        self.edits: dict[str, QLineEdit] = {f: QLineEdit(self) for f in self.TEXT_FIELDS}
        self.edits["industry"].setPlaceholderText(self.tr("e.g. machine tools, logistics"))
        self.edits["size"].setPlaceholderText(self.tr("e.g. 1,200 staff"))
        self.edits["kind"].setPlaceholderText(self.tr("e.g. group enterprise, key account, small shop"))
        self.edits["relationship"].setPlaceholderText(self.tr("e.g. trusted for three years; new customer"))
        self.notes = NoteEdit(self, min_lines=4, max_lines=12)
        self.notes.setPlaceholderText(self.tr("How they buy, who approves, what matters to them"))
        self.archived = QCheckBox(self.tr("Archived (hidden when choosing an account for a new deal)"), self)
        # a name another account has too: allowed (two branches of a group), said in place
        self.twin = InlineError(self, warning=True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Name:"), self.edits["name"])
        form.addRow("", self.twin)
        self._form = form
        form.addRow(self.tr("&Industry:"), self.edits["industry"])
        form.addRow(self.tr("Si&ze:"), self.edits["size"])
        form.addRow(self.tr("&Kind of customer:"), self.edits["kind"])
        form.addRow(self.tr("&Relationship:"), self.edits["relationship"])
        form.addRow(self.tr("N&otes:"), self.notes)
        form.addRow("", self.archived)
        contacts_title = QLabel(self.tr("Contacts"), self)
        bold = contacts_title.font()
        bold.setBold(True)
        contacts_title.setFont(bold)
        self.contacts = ContactsPanel(session, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(contacts_title)
        layout.addWidget(self.contacts)
        layout.addStretch(1)
        for field, edit in self.edits.items():
            edit.editingFinished.connect(lambda f=field: self._field_done(f))
        self.edits["name"].textEdited.connect(lambda _t: self._say_twin())
        self.notes.committed.connect(lambda text, _session: self._commit("notes", text))
        self.archived.toggled.connect(lambda on: self._commit("archived", on))

    @property
    def planner(self) -> Planner:
        return self.session.planner

    @property
    def stack(self) -> QUndoStack:
        return self.session.undo_stack

    def set_account(self, account: Account | None) -> None:
        self.account = account
        for field, edit in self.edits.items():
            if not (edit.hasFocus() and edit.isModified()):
                edit.setText(getattr(account, field) if account else "")
                edit.setModified(False)
        self.notes.set_text(account.notes if account else "")
        self.archived.blockSignals(True)
        self.archived.setChecked(bool(account and account.archived))
        self.archived.blockSignals(False)
        self.contacts.set_account(account.id if account else None)
        self._say_twin()

    def _say_twin(self) -> None:
        """Whether another account has the name typed (or shown): the lists then tell them
        apart by industry and number, and this says so."""
        twin = None
        if self.account is not None:
            twin = same_name(self.edits["name"].text(), self.planner.accounts.all(include_archived=True),
                             but=self.account.id)
        text = self.tr("Another account is also named “{name}”; lists tell them apart by industry "
                       "and number (#{id}). A name of their own is clearer.").format(
            name=twin.name, id=twin.id) if twin is not None else ""
        self.twin.show_message(text)
        self._form.setRowVisible(self.twin, bool(text))

    def flush(self) -> None:
        for edit in self.edits.values():
            if edit.hasFocus():
                edit.editingFinished.emit()
        self.notes.commit()

    def _field_done(self, field: str) -> None:
        edit = self.edits[field]
        edit.setModified(False)  # saved (or refused): the file's text may show again
        text = edit.text()
        self._commit(field, " ".join(text.split()) if field == "name" else text.strip())

    def _commit(self, field: str, value: Any) -> None:
        old = self.account
        if old is None or getattr(old, field) == value:
            return
        if field == "name" and not value:
            QMessageBox.warning(self, APP_NAME, self.tr("An account needs a name; the previous one is kept."))
            self.edits["name"].setText(old.name)
            return
        undo.push(self.stack, undo.EditAccount(self.planner, old, dataclasses.replace(old, **{field: value})))
