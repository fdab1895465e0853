"""Undoable edits: each command calls one service to apply and one to revert.

Commands write to the file at once (redo on push), so nothing waits for "save".
When the file refuses an undo or redo (the stage was frozen by a milestone in the
meantime, the deal was closed...), the command shows why and makes itself obsolete:
Qt then drops it from the stack, so the stack never claims a state the file lacks.

What a command changed reaches the views the way every write does: the services report
it and the session emits ``changed`` (planner/ui/session.py); commands notify nobody.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox

from planner import APP_NAME
from planner.domain.errors import PlannerError
from planner.domain.model import Account, Contact, ItemKind
from planner.i18n import error_text
from planner.services import Planner
from planner.ui.kit import plain

CONTEXT = "UndoCommands"  # spelled out in each translate() call: lupdate reads literals only

# ids for QUndoCommand.id(): only commands of the same kind may merge
_NOTE_MERGE_ID = 4301
_FIELD_MERGE_ID = 4302


def show_failure(message: str) -> None:
    """Why the file refused an edit, an undo or a redo."""
    QMessageBox.warning(QApplication.activeWindow(), APP_NAME, plain.html(message))


def push(stack: QUndoStack, command: PlannerCommand) -> bool:
    """Run ``command`` and keep it on ``stack``; False (and a message) if the file refused it."""
    stack.push(command)
    return not command.failed


class PlannerCommand(QUndoCommand):
    """A reversible edit through the services; subclasses give ``apply`` and ``revert``."""

    def __init__(self, planner: Planner, text: str) -> None:
        super().__init__(text)
        self.planner = planner
        self.failed = False
        self.error: PlannerError | None = None

    # subclasses
    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    # Qt
    def redo(self) -> None:
        self._run(self.apply)

    def undo(self) -> None:
        self._run(self.revert)

    def _run(self, action: Callable[[], None]) -> None:
        try:
            action()
        except PlannerError as e:
            # the file is unchanged (one transaction per service call): drop the command
            self.failed = True
            self.error = e
            self.setObsolete(True)
            show_failure(error_text(e))


# ----------------------------------------------------------------- deal fields
def field_label(field: str) -> str:
    labels = {
        "account_id": QCoreApplication.translate("UndoCommands", "account"),
        "title": QCoreApplication.translate("UndoCommands", "title"),
        "value": QCoreApplication.translate("UndoCommands", "value"),
        "currency": QCoreApplication.translate("UndoCommands", "currency"),
        "expected_close": QCoreApplication.translate("UndoCommands", "expected close"),
        "next_target": QCoreApplication.translate("UndoCommands", "next milestone target"),
        "notes": QCoreApplication.translate("UndoCommands", "notes"),
        "risks": QCoreApplication.translate("UndoCommands", "risks"),
        "close_category": QCoreApplication.translate("UndoCommands", "reason category"),
        "next_step": QCoreApplication.translate("UndoCommands", "next step"),
        "next_step_due": QCoreApplication.translate("UndoCommands", "next step's date"),
    }
    return labels.get(field, field)


class EditDealField(PlannerCommand):
    """One of the deal's own fields, old value to new.

    Text typed into a note is saved while typing (so a crash loses nothing);
    commands of one typing ``session`` merge so that one undo reverts it all.
    """

    def __init__(self, planner: Planner, deal_id: int, field: str, old: Any, new: Any,
                 session: int | None = None) -> None:
        super().__init__(planner, QCoreApplication.translate("UndoCommands", "Edit {field}").format(
            field=field_label(field)))
        self.deal_id = deal_id
        self.field = field
        self.old = old
        self.new = new
        self.session = session

    def apply(self) -> None:
        self.planner.deals.update(self.deal_id, **{self.field: self.new})

    def revert(self) -> None:
        self.planner.deals.update(self.deal_id, **{self.field: self.old})


    def id(self) -> int:
        return _FIELD_MERGE_ID if self.session is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, EditDealField) and other.session is not None
                and other.session == self.session and other.deal_id == self.deal_id
                and other.field == self.field and not other.failed):
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True


class SetCloseCategory(PlannerCommand):
    """File a lost or abandoned deal under another reason category (None: none). Closing the
    deal cannot be undone; filing it can, as it is an edit of what the record says about it."""

    def __init__(self, planner: Planner, deal_id: int, old: int | None, new: int | None) -> None:
        super().__init__(planner, QCoreApplication.translate("UndoCommands", "Edit {field}").format(
            field=field_label("close_category")))
        self.deal_id, self.old, self.new = deal_id, old, new

    def apply(self) -> None:
        self.planner.deals.set_close_category(self.deal_id, self.new)

    def revert(self) -> None:
        self.planner.deals.set_close_category(self.deal_id, self.old)


# ------------------------------------------------------------------ next steps
class SetNextStep(PlannerCommand):
    """The deal's next step and its date, written together (a date needs its step)."""

    def __init__(self, planner: Planner, deal_id: int, old: tuple[str, date | None],
                 new: tuple[str, date | None]) -> None:
        super().__init__(planner, QCoreApplication.translate("UndoCommands", "Next step “{step}”").format(
            step=_short(new[0])) if new[0] else QCoreApplication.translate("UndoCommands", "Clear the next step"))
        self.deal_id, self.old, self.new = deal_id, old, new

    def apply(self) -> None:
        self.planner.deals.set_next_step(self.deal_id, *self.new)

    def revert(self) -> None:
        self.planner.deals.set_next_step(self.deal_id, *self.old)


class CompleteNextStep(PlannerCommand):
    """Tick the deal's next step: done, it leaves the deal; undo brings it back."""

    def __init__(self, planner: Planner, deal_id: int, step: str, due: date | None) -> None:
        super().__init__(planner, QCoreApplication.translate("UndoCommands", "Tick “{item}”").format(
            item=_short(step)))
        self.deal_id, self.step, self.due = deal_id, step, due

    def apply(self) -> None:
        self.planner.deals.complete_next_step(self.deal_id)

    def revert(self) -> None:
        self.planner.deals.reopen_next_step(self.deal_id, self.step, self.due)


# ----------------------------------------------------------- tasks, deliverables
def _kind(table: ItemKind) -> str:
    return (QCoreApplication.translate("UndoCommands", "task") if table == ItemKind.TASK
            else QCoreApplication.translate("UndoCommands", "deliverable"))


class SetDone(PlannerCommand):
    """Tick or untick a task or deliverable."""

    def __init__(self, planner: Planner, deal_id: int, table: ItemKind, item_id: int, text: str,
                 done: bool) -> None:
        label = (QCoreApplication.translate("UndoCommands", "Tick “{item}”") if done
                 else QCoreApplication.translate("UndoCommands", "Untick “{item}”"))
        super().__init__(planner, label.format(item=_short(text)))
        self.deal_id, self.table, self.item_id, self.done = deal_id, table, item_id, done

    def apply(self) -> None:
        self.planner.work.set_done(self.table, self.item_id, self.done)

    def revert(self) -> None:
        self.planner.work.set_done(self.table, self.item_id, not self.done)


class SetItemDue(PlannerCommand):
    """When a task or deliverable should be done by (None: no date)."""

    def __init__(self, planner: Planner, deal_id: int, table: ItemKind, item_id: int, text: str,
                 old: date | None, new: date | None) -> None:
        label = (QCoreApplication.translate("UndoCommands", "Set the due date of “{item}”") if new
                 else QCoreApplication.translate("UndoCommands", "Clear the due date of “{item}”"))
        super().__init__(planner, label.format(item=_short(text)))
        self.deal_id, self.table, self.item_id, self.old, self.new = deal_id, table, item_id, old, new

    def apply(self) -> None:
        self.planner.work.set_due(self.table, self.item_id, self.new)

    def revert(self) -> None:
        self.planner.work.set_due(self.table, self.item_id, self.old)


class AddItem(PlannerCommand):
    """A task or deliverable added to a stage; redo after undo restores the same row."""

    def __init__(self, planner: Planner, deal_id: int, stage_id: int, table: ItemKind, text: str,
                 link: str = "") -> None:
        super().__init__(planner, QCoreApplication.translate("UndoCommands", "Add {kind} “{item}”").format(
            kind=_kind(table), item=_short(text)))
        # not self.text: that would hide QUndoCommand.text()
        self.deal_id, self.stage_id, self.table, self.item_text, self.link = (
            deal_id, stage_id, table, text, link)
        self.item_id: int | None = None
        self._row: dict[str, Any] | None = None

    def apply(self) -> None:
        if self._row is None:
            self.item_id = self.planner.work.add(self.table, self.deal_id, self.stage_id, self.item_text,
                                                 link=self.link)
        else:
            self.planner.work.restore(self.table, self._row)

    def revert(self) -> None:
        assert self.item_id is not None
        self._row = self.planner.work.remove(self.table, self.item_id)


class RemoveItem(PlannerCommand):
    def __init__(self, planner: Planner, deal_id: int, table: ItemKind, item_id: int, text: str) -> None:
        super().__init__(planner, QCoreApplication.translate("UndoCommands", "Remove {kind} “{item}”").format(
            kind=_kind(table), item=_short(text)))
        self.deal_id, self.table, self.item_id = deal_id, table, item_id
        self._row: dict[str, Any] | None = None

    def apply(self) -> None:
        self._row = self.planner.work.remove(self.table, self.item_id)

    def revert(self) -> None:
        assert self._row is not None
        self.planner.work.restore(self.table, self._row)


class EditItem(PlannerCommand):
    """A task's or deliverable's text, or a deliverable's link."""

    def __init__(self, planner: Planner, deal_id: int, table: ItemKind, item_id: int, field: str,
                 old: str, new: str) -> None:
        assert field in ("text", "link")
        label = (QCoreApplication.translate("UndoCommands", "Rename {kind} “{item}”") if field == "text"
                 else QCoreApplication.translate("UndoCommands", "Change the link of “{item}”"))
        super().__init__(planner, label.format(kind=_kind(table), item=_short(old if field == "text" else new)))
        self.deal_id, self.table, self.item_id, self.field, self.old, self.new = (
            deal_id, table, item_id, field, old, new)

    def apply(self) -> None:
        self.planner.work.edit(self.table, self.item_id, **{self.field: self.new})

    def revert(self) -> None:
        self.planner.work.edit(self.table, self.item_id, **{self.field: self.old})


class SetStageNote(PlannerCommand):
    """A deal's note for one stage; typing sessions merge like deal notes."""

    def __init__(self, planner: Planner, deal_id: int, stage_id: int, stage_name: str, old: str,
                 new: str, session: int | None = None) -> None:
        super().__init__(planner, QCoreApplication.translate(
            "UndoCommands", "Edit the note of “{stage}”").format(stage=_short(stage_name)))
        self.deal_id, self.stage_id, self.old, self.new, self.session = (
            deal_id, stage_id, old, new, session)

    def apply(self) -> None:
        self.planner.work.set_note(self.deal_id, self.stage_id, self.new)

    def revert(self) -> None:
        self.planner.work.set_note(self.deal_id, self.stage_id, self.old)


    def id(self) -> int:
        return _NOTE_MERGE_ID if self.session is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, SetStageNote) and other.session is not None
                and other.session == self.session and other.deal_id == self.deal_id
                and other.stage_id == self.stage_id and not other.failed):
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True


# ------------------------------------------------------------ contacts, accounts
class AddContact(PlannerCommand):
    def __init__(self, planner: Planner, contact: Contact) -> None:
        super().__init__(planner, QCoreApplication.translate("UndoCommands", "Add contact “{name}”").format(
            name=_short(contact.name)))
        self.contact = contact
        self.contact_id: int | None = None

    def apply(self) -> None:
        if self.contact_id is None:
            self.contact_id = self.planner.contacts.add(self.contact)
        else:
            self.planner.contacts.restore(dataclasses.replace(self.contact, id=self.contact_id))

    def revert(self) -> None:
        assert self.contact_id is not None
        self.planner.contacts.delete(self.contact_id)


class EditContact(PlannerCommand):
    def __init__(self, planner: Planner, old: Contact, new: Contact) -> None:
        super().__init__(planner, QCoreApplication.translate("UndoCommands", "Edit contact “{name}”").format(
            name=_short(old.name)))
        self.old, self.new = old, new

    def apply(self) -> None:
        self.planner.contacts.update(self.new)

    def revert(self) -> None:
        self.planner.contacts.update(self.old)


class DeleteContact(PlannerCommand):
    def __init__(self, planner: Planner, contact: Contact) -> None:
        super().__init__(planner, QCoreApplication.translate("UndoCommands", "Remove contact “{name}”").format(
            name=_short(contact.name)))
        self.contact = contact

    def apply(self) -> None:
        assert self.contact.id is not None
        self.contact = self.planner.contacts.delete(self.contact.id)

    def revert(self) -> None:
        self.planner.contacts.restore(self.contact)


class EditAccount(PlannerCommand):
    def __init__(self, planner: Planner, old: Account, new: Account) -> None:
        super().__init__(planner, QCoreApplication.translate("UndoCommands", "Edit account “{name}”").format(
            name=_short(old.name)))
        self.old, self.new = old, new

    def apply(self) -> None:
        self.planner.accounts.update(self.new)

    def revert(self) -> None:
        self.planner.accounts.update(self.old)


class CreateAccount(PlannerCommand):
    def __init__(self, planner: Planner, account: Account) -> None:
        super().__init__(planner, QCoreApplication.translate("UndoCommands", "New account “{name}”").format(
            name=_short(account.name)))
        self.account = account
        self.account_id: int | None = None

    def apply(self) -> None:
        if self.account_id is None:
            self.account_id = self.planner.accounts.create(self.account)
            self.account = self.planner.accounts.get(self.account_id)
        else:
            self.planner.accounts.restore(self.account, [])

    def revert(self) -> None:
        assert self.account_id is not None
        self.planner.accounts.delete(self.account_id)


class DeleteAccount(PlannerCommand):
    def __init__(self, planner: Planner, account: Account) -> None:
        super().__init__(planner, QCoreApplication.translate("UndoCommands", "Delete account “{name}”").format(
            name=_short(account.name)))
        self.account = account
        self.contacts: list[Contact] = []

    def apply(self) -> None:
        assert self.account.id is not None
        self.account, self.contacts = self.planner.accounts.delete(self.account.id)

    def revert(self) -> None:
        self.planner.accounts.restore(self.account, self.contacts)


def _short(text: str, limit: int = 40) -> str:
    """User text in a command's name: one line, at most ``limit`` characters, its "&"
    doubled (the Edit menu would read a single one as a shortcut mark)."""
    text = " ".join(str(text).split())
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return text.replace("&", "&&")

