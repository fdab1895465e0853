"""Accounts (the customers) and their contacts."""

from __future__ import annotations

import dataclasses

from planner.domain import messages, rules
from planner.domain.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, RuleViolation
from planner.domain.model import Account, Contact
from planner.services.changes import Changes
from planner.services.noun import Noun, not_found


class Accounts(Noun):
    def all(self, include_archived: bool = False) -> list[Account]:
        return self.store.accounts(include_archived)

    def get(self, account_id: int) -> Account:
        a = self.store.account(account_id)
        if a is None:
            raise not_found("account")
        return a

    def find(self, id_or_name: str) -> Account:
        """An account by id or by exact name (ignoring case), for the CLI."""
        number = rules.row_id(id_or_name)
        if number is not None:
            a = self.store.account(number)
            if a is not None:
                return a
        found = self.store.accounts_named(rules.one_line(id_or_name))
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "Several accounts are named “{name}”: give the id."),
                name=id_or_name)
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No account “{name}”."), name=id_or_name)

    def create(self, account: Account) -> int:
        account = clean_account(account)
        with self.write() as changes:
            account_id = self.store.insert_account(account)
            changes.accounts.add(account_id)
        return account_id

    def update(self, account: Account) -> Changes:
        assert account.id is not None
        account_id = account.id
        self.get(account_id)
        account = clean_account(account)
        with self.write() as changes:
            self.store.update_account(account)
            changes.accounts.add(account_id)
        return changes.frozen()

    def delete(self, account_id: int) -> tuple[Account, list[Contact]]:
        """Delete an account no deal uses, with its contacts; both are returned so that an
        undo can put them back (``restore``). The file refuses while a deal uses it."""
        account = self.get(account_id)
        contacts = self.store.contacts(account_id)
        with self.write() as changes:
            for c in contacts:
                self.store.delete_contact(c.id)  # type: ignore[arg-type]  # a stored row has its id
            self.store.delete_account(account_id)
            changes.accounts.add(account_id)
            changes.contacts_of.add(account_id)
        return account, contacts

    def restore(self, account: Account, contacts: list[Contact]) -> int:
        """Put back a deleted account under its old id, with its contacts (undo)."""
        with self.write() as changes:
            account_id = self.store.insert_account(clean_account(account), keep_id=True)
            for c in contacts:
                self.store.insert_contact(clean_contact(c), keep_id=True)
            changes.accounts.add(account_id)
            changes.contacts_of.add(account_id)
        return account_id


class Contacts(Noun):
    def of(self, account_id: int) -> list[Contact]:
        return self.store.contacts(account_id)

    def add(self, contact: Contact) -> int:
        self.planner.accounts.get(contact.account_id)
        contact = clean_contact(contact)
        with self.write() as changes:
            contact_id = self.store.insert_contact(contact)
            changes.contacts_of.add(contact.account_id)
        return contact_id

    def update(self, contact: Contact) -> Changes:
        assert contact.id is not None
        old = self.store.contact(contact.id)
        if old is None:
            raise not_found("contact")
        if contact.account_id != old.account_id and self.store.contact_in_use(contact.id):
            raise RuleViolation(messages.GROUP_ACCOUNT.says)  # deals name them as people of this account
        contact = clean_contact(contact)
        with self.write() as changes:
            self.store.update_contact(contact)
            changes.contacts_of.update({old.account_id, contact.account_id})
        return changes.frozen()

    def delete(self, contact_id: int) -> Contact:
        c = self.store.contact(contact_id)
        if c is None:
            raise not_found("contact")
        if self.store.contact_in_use(contact_id):
            raise RuleViolation(messages.CONTACT_IN_USE.says)
        with self.write() as changes:
            self.store.delete_contact(contact_id)
            changes.contacts_of.add(c.account_id)
        return c

    def restore(self, contact: Contact) -> int:
        """Put back a deleted contact under its old id (undo)."""
        with self.write() as changes:
            contact_id = self.store.insert_contact(clean_contact(contact), keep_id=True)
            changes.contacts_of.add(contact.account_id)
        return contact_id


def clean_account(a: Account) -> Account:
    return dataclasses.replace(
        a, name=rules.check_name(a.name), notes=rules.check_text(a.notes),
        industry=rules.check_text(a.industry), size=rules.check_text(a.size),
        kind=rules.check_text(a.kind), relationship=rules.check_text(a.relationship))


def clean_contact(c: Contact) -> Contact:
    return dataclasses.replace(c, name=rules.check_name(c.name), title=rules.check_line(c.title),
                               email=rules.check_line(c.email), phone=rules.check_line(c.phone),
                               notes=rules.check_text(c.notes))
