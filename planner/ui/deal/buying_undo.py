"""Undoable edits of a deal's buying group, in the pattern of ``planner.ui.kit.undo``: each
command calls one service to apply and one to revert; redo after undo puts the same rows back
under their ids. A closed deal's group is read-only: the file refuses, the command says why and
drops out of the stack."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication

from planner.domain.model import Attitude, BuyingRole, Contact, DealContact, Influence
from planner.services import Planner
from planner.ui.kit.undo import PlannerCommand, _short


class AddMember(PlannerCommand):
    """A contact of the account put into the deal's buying group."""

    def __init__(self, planner: Planner, deal_id: int, contact_id: int, name: str, role: BuyingRole,
                 attitude: Attitude, influence: Influence, wants: str = "") -> None:
        super().__init__(planner, QCoreApplication.translate("UndoCommands", "Add “{name}” to the buying group").format(
            name=_short(name)))
        self.deal_id, self.contact_id = deal_id, contact_id
        self.role, self.attitude, self.influence, self.wants = role, attitude, influence, wants
        self.member_id: int | None = None
        self._removed: DealContact | None = None

    def apply(self) -> None:
        if self._removed is None:
            self.member_id = self.planner.buying_group.add(
                self.deal_id, self.contact_id, role=self.role, attitude=self.attitude, influence=self.influence,
                wants=self.wants)
        else:
            self.planner.buying_group.restore(self._removed)

    def revert(self) -> None:
        assert self.member_id is not None
        self._removed = self.planner.buying_group.remove(self.member_id)


class AddNewMember(PlannerCommand):
    """A new contact of the account, in the deal's buying group at once; undo takes both away."""

    def __init__(self, planner: Planner, deal_id: int, contact: Contact, wants: str = "") -> None:
        super().__init__(planner, QCoreApplication.translate("UndoCommands", "Add “{name}” to the buying group").format(
            name=_short(contact.name)))
        self.deal_id, self.contact, self.wants = deal_id, contact, wants
        self.member_id: int | None = None
        self.contact_id: int | None = None
        self._removed: DealContact | None = None

    def apply(self) -> None:
        if self._removed is None:
            self.contact_id, self.member_id = self.planner.buying_group.add_new(self.deal_id, self.contact, self.wants)
            stored = next(c for c in self.planner.contacts.of(self.planner.deals.get(self.deal_id).account_id)
                          if c.id == self.contact_id)
            self.contact = stored  # as the file has it, to put back under its id
        else:
            self.planner.buying_group.restore(self._removed, self.contact)

    def revert(self) -> None:
        assert self.member_id is not None
        self._removed = self.planner.buying_group.remove(self.member_id, delete_contact=True)


class EditMember(PlannerCommand):
    """A person's role, attitude, influence or what they want, in this deal."""

    def __init__(self, planner: Planner, old: DealContact, new: DealContact) -> None:
        super().__init__(planner, QCoreApplication.translate(
            "UndoCommands", "Edit “{name}” in the buying group").format(name=_short(old.name)))
        self.old, self.new = old, new

    def apply(self) -> None:
        self.planner.buying_group.update(self.new)

    def revert(self) -> None:
        self.planner.buying_group.update(self.old)


class RemoveMember(PlannerCommand):
    """A person taken out of the deal's buying group (the contact stays with the account)."""

    def __init__(self, planner: Planner, member: DealContact) -> None:
        super().__init__(planner, QCoreApplication.translate(
            "UndoCommands", "Remove “{name}” from the buying group").format(name=_short(member.name)))
        self.member = member

    def apply(self) -> None:
        assert self.member.id is not None
        self.member = self.planner.buying_group.remove(self.member.id)

    def revert(self) -> None:
        self.planner.buying_group.restore(dataclasses.replace(self.member))
