"""Adding someone to a deal's buying group, or changing the part they play in it.

Adding offers the account's contacts not in the group yet, or a new person (who becomes a
contact of the account too); their role, attitude and influence start as the account knows
them and may differ in this deal. What they want from the deal is a note of its own.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.model import Attitude, BuyingRole, Contact, DealContact, Influence
from planner.ui.kit import plain
from planner.ui.kit.contacts import enum_combo
from planner.ui.kit.labels import attitude_labels, influence_labels, role_labels
from planner.ui.kit.widgets import InlineError, muted

NEW_PERSON = -1  # the person chooser's last entry: someone not yet a contact of the account


class MemberDialog(QDialog):
    """Add a person to the buying group (``member`` None) or edit one (``member`` given)."""

    def __init__(self, candidates: list[Contact], member: DealContact | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.candidates = candidates
        self.member = member
        self.setWindowTitle(self.tr("Edit Person in the Buying Group") if member
                            else self.tr("Add Person to the Buying Group"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.person = QComboBox(self)
        self.person_name = plain.label(QLabel(self))
        bold = QFont(self.person_name.font())
        bold.setBold(True)
        self.person_name.setFont(bold)
        self.person_name.setWordWrap(True)
        self.name = QLineEdit(self)
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("e.g. CFO, head of IT"))
        start = member or (candidates[0] if candidates else None)
        self.role = enum_combo(role_labels(), start.role if start else BuyingRole.OTHER, self)
        self.attitude = enum_combo(attitude_labels(), start.attitude if start else Attitude.UNKNOWN, self)
        self.influence = enum_combo(influence_labels(), start.influence if start else Influence.MEDIUM, self)
        self.wants = QPlainTextEdit(member.wants if member else "", self)
        self.wants.setTabChangesFocus(True)
        self.wants.setPlaceholderText(self.tr("What this person wants from the deal, e.g. a payback "
                                              "within two years, less manual work"))
        self.wants.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        if member is None:
            for c in candidates:
                self.person.addItem(f"{c.name} · {c.title}" if c.title else c.name, c.id)
            self.person.addItem(self.tr("New person…"), NEW_PERSON)
            form.addRow(self.tr("&Person:"), self.person)
            form.addRow(self.tr("&Name:"), self.name)
            form.addRow(self.tr("&Job title:"), self.title_edit)
            self.person.currentIndexChanged.connect(self._person_chosen)
        else:
            self.person_name.setText(f"{member.name} · {member.title}" if member.title else member.name)
            form.addRow(self.tr("Person:"), self.person_name)
        form.addRow(self.tr("Buying &role:"), self.role)
        form.addRow(self.tr("&Attitude:"), self.attitude)
        form.addRow(self.tr("&Influence:"), self.influence)
        form.addRow(self.tr("&Wants:"), self.wants)
        self.form = form
        self.hint = muted(plain.label(QLabel(self.tr(
            "Role, attitude and influence start as the account knows this person; here they are this deal's."), self)))
        self.hint.setWordWrap(True)
        self.error = InlineError(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        if member is None:
            self._person_chosen()

    def chosen(self) -> int:
        """The contact chosen, or ``NEW_PERSON``."""
        return int(self.person.currentData()) if self.member is None else self.member.contact_id

    def _person_chosen(self) -> None:
        new = self.chosen() == NEW_PERSON
        self.form.setRowVisible(self.name, new)
        self.form.setRowVisible(self.title_edit, new)
        contact = next((c for c in self.candidates if c.id == self.chosen()), None)
        if contact is not None:  # the account's view of them, as this deal's start
            for combo, value in ((self.role, contact.role), (self.attitude, contact.attitude),
                                 (self.influence, contact.influence)):
                combo.setCurrentIndex(max(0, combo.findData(str(value))))
        if new:
            self.name.setFocus()

    def role_value(self) -> BuyingRole:
        return BuyingRole(self.role.currentData())

    def attitude_value(self) -> Attitude:
        return Attitude(self.attitude.currentData())

    def influence_value(self) -> Influence:
        return Influence(self.influence.currentData())

    def wants_value(self) -> str:
        return self.wants.toPlainText().strip()

    def new_contact(self, account_id: int) -> Contact:
        """The new person, as a contact of the account, with the part chosen for them."""
        return Contact(account_id, " ".join(self.name.text().split()), title=self.title_edit.text().strip(),
                       role=self.role_value(), attitude=self.attitude_value(), influence=self.influence_value())

    def edited(self) -> DealContact:
        assert self.member is not None
        return dataclasses.replace(self.member, role=self.role_value(), attitude=self.attitude_value(),
                                   influence=self.influence_value(), wants=self.wants_value())

    def accept(self) -> None:
        if self.member is None and self.chosen() == NEW_PERSON and not self.name.text().strip():
            self.error.show_message(self.tr("Enter the person's name."))
            self.name.setFocus()
            return
        super().accept()


__all__ = ["NEW_PERSON", "MemberDialog"]
