"""A deal's buying group: who of the account decides, evaluates, uses, guides or buys, what
each wants, and how they stand toward us. Every change is logged in the deal's event log."""

from __future__ import annotations

import dataclasses

from planner.domain import messages, rules
from planner.domain.buying import group_gaps
from planner.domain.errors import InvalidInput, RuleViolation
from planner.domain.model import Attitude, BuyingRole, Contact, Deal, DealContact, Gap, Influence
from planner.services.accounts import clean_contact
from planner.services.changes import Changes, Part
from planner.services.noun import Noun, not_found

# what a member's edit may change, with the event each change is logged as
EDITABLE = ("role", "attitude", "influence", "wants")


class BuyingGroups(Noun):
    def of(self, deal_id: int) -> list[DealContact]:
        """The deal's buying group, in the order people were added."""
        return self.store.deal_contacts(deal_id)

    def get(self, member_id: int) -> DealContact:
        found = self.store.deal_contact(member_id)
        if found is None:
            raise not_found("contact")
        return found

    def gaps(self, deal_id: int) -> tuple[Gap, ...]:
        """What the deal's buying group leaves open (planner.domain.buying.gaps)."""
        return group_gaps(self.of(deal_id))

    def _open_deal(self, deal_id: int) -> Deal:
        deal = self.planner.deals.get(deal_id)
        rules.require_open(deal)
        return deal

    def add(self, deal_id: int, contact_id: int, *, role: BuyingRole | None = None,
            attitude: Attitude | None = None, influence: Influence | None = None, wants: str = "") -> int:
        """Put a contact of the deal's account into its buying group. Role, attitude and influence
        default to the contact's own (the account's view of them), as they are for this deal
        until changed; returns the member's id."""
        deal = self._open_deal(deal_id)
        contact = self.store.contact(contact_id)
        if contact is None:
            raise not_found("contact")
        if contact.account_id != deal.account_id:
            raise RuleViolation(messages.GROUP_ACCOUNT.says)
        if any(m.contact_id == contact_id for m in self.of(deal_id)):
            raise InvalidInput(messages.IN_GROUP_ALREADY, name=contact.name)
        member = DealContact(deal_id, contact_id, role or contact.role, attitude or contact.attitude,
                             influence or contact.influence, rules.check_text(wants.strip()))
        with self.write() as changes:
            member_id = self.store.insert_deal_contact(member)
            self.store.log(deal_id, "person_added", str(contact_id), "", contact.name)
            changes.deal(deal_id, Part.PEOPLE)
        return member_id

    def add_new(self, deal_id: int, contact: Contact, wants: str = "") -> tuple[int, int]:
        """A new contact of the deal's account, put straight into its buying group with the
        role, attitude and influence given to the contact; one transaction. Returns (contact
        id, member id)."""
        deal = self._open_deal(deal_id)
        contact = clean_contact(dataclasses.replace(contact, account_id=deal.account_id, id=None))
        with self.write():
            contact_id = self.planner.contacts.add(contact)
            member_id = self.add(deal_id, contact_id, wants=wants)
        return contact_id, member_id

    def update(self, member: DealContact) -> Changes:
        """Change a member's role, attitude, influence or what they want; each change logged."""
        assert member.id is not None
        old = self.get(member.id)
        self._open_deal(old.deal_id)
        new = dataclasses.replace(member, wants=rules.check_text(member.wants.strip()))
        diff = {f: getattr(new, f) for f in EDITABLE if getattr(new, f) != getattr(old, f)}
        if not diff:
            return Changes()
        with self.write() as changes:
            self.store.update_deal_contact(member.id, {f: str(v) for f, v in diff.items()})
            for f, v in diff.items():
                self.store.log(old.deal_id, f"person_{f}", str(old.contact_id), getattr(old, f), v)
            changes.deal(old.deal_id, Part.PEOPLE)
        return changes.frozen()

    def remove(self, member_id: int, delete_contact: bool = False) -> DealContact:
        """Take a person out of the buying group (the contact stays with the account, unless
        ``delete_contact``: the undo of ``add_new``). Returns the member, for ``restore``."""
        member = self.get(member_id)
        self._open_deal(member.deal_id)
        with self.write() as changes:
            self.store.delete_deal_contact(member_id)
            self.store.log(member.deal_id, "person_removed", str(member.contact_id), member.name, "")
            changes.deal(member.deal_id, Part.PEOPLE)
            if delete_contact:
                self.planner.contacts.delete(member.contact_id)
        return member

    def restore(self, member: DealContact, contact: Contact | None = None) -> int:
        """Put a removed member back under its old id (undo); with ``contact``, that deleted
        contact first, under its old id too."""
        self._open_deal(member.deal_id)
        with self.write() as changes:
            if contact is not None:
                self.planner.contacts.restore(contact)
            member_id = self.store.insert_deal_contact(member, keep_id=member.id is not None)
            self.store.log(member.deal_id, "person_added", str(member.contact_id), "", member.name)
            changes.deal(member.deal_id, Part.PEOPLE)
        return member_id
