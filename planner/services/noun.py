"""What every noun of the services shares: the open file and the one way to write to it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.domain.errors import QT_TRANSLATE_NOOP, NotFound
from planner.store.errors import UNREADABLE, Unreadable

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from planner.services.changes import ChangeSet
    from planner.services.facade import Planner
    from planner.store.repository import Store

NOT_FOUND = {
    "process": QT_TRANSLATE_NOOP("errors", "The process was not found."),
    "stage": QT_TRANSLATE_NOOP("errors", "The stage was not found."),
    "account": QT_TRANSLATE_NOOP("errors", "The account was not found."),
    "contact": QT_TRANSLATE_NOOP("errors", "The contact was not found."),
    "deal": QT_TRANSLATE_NOOP("errors", "The deal was not found."),
    "milestone": QT_TRANSLATE_NOOP("errors", "The milestone was not found."),
    "task": QT_TRANSLATE_NOOP("errors", "The task was not found."),
    "deliverable": QT_TRANSLATE_NOOP("errors", "The deliverable was not found."),
    "reason_category": QT_TRANSLATE_NOOP("errors", "The reason category was not found."),
}


def not_found(what: str) -> NotFound:
    return NotFound(NOT_FOUND[what])


def unreadable(table: str, row: int | None, column: str) -> Unreadable:
    return Unreadable(UNREADABLE, table=table, row=str(row), column=column)


class Noun:
    """One noun's use cases over the planner's open file."""

    def __init__(self, planner: Planner) -> None:
        self.planner = planner

    @property
    def store(self) -> Store:
        return self.planner.store

    def write(self) -> AbstractContextManager[ChangeSet]:
        return self.planner.write()
