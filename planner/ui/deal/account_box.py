"""The deal's account in the panel: its name, what kind of customer it is, the relationship,
and the people at it (the kit's contacts panel).

Its texts keep the ``DealWorkspace`` translation context: they are the panel's own words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from planner.domain.model import Account
from planner.ui.kit import plain
from planner.ui.kit.contacts import ContactsPanel
from planner.ui.kit.widgets import muted
from planner.ui.session import Session

translate = QCoreApplication.translate


class AccountBox(QWidget):
    """An account's own fields, read-only here, with its contacts (edited in place)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = plain.label(QLabel(self))
        bold = QFont(self.name.font())
        bold.setBold(True)
        self.name.setFont(bold)
        self.name.setWordWrap(True)
        self.details = muted(plain.label(QLabel(self)))
        self.details.setWordWrap(True)
        self.notes = plain.label(QLabel(self))
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton(self)
        self.contacts_title = QLabel(self)
        self.contacts_title.setFont(bold)
        self.contacts = ContactsPanel(session, self)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.name, 1)
        row.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.details)
        layout.addWidget(self.notes)
        layout.addSpacing(4)
        layout.addWidget(self.contacts_title)
        layout.addWidget(self.contacts)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit_button.setText(translate("DealWorkspace", "Edit account…"))
        self.contacts_title.setText(translate("DealWorkspace", "Contacts"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_account(self, account: Account, read_only: bool) -> None:
        self.name.setText(account.name)
        details = " · ".join(x for x in (account.industry, account.size, account.kind) if x.strip())
        self.details.setText(details)
        self.details.setVisible(bool(details))
        notes = "\n".join(x for x in (account.relationship, account.notes) if x.strip())
        self.notes.setText(notes)
        self.notes.setVisible(bool(notes))
        self.edit_button.setVisible(not read_only)
        if self.contacts.account_id != account.id:  # its own changes reach it through the session
            self.contacts.set_account(account.id)
