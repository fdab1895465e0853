"""What a write changed, so that every view refreshes only that (Anki's ``OpChanges``).

Every use case runs inside :meth:`Planner.write`, which collects a :class:`Changes` as the
use case touches the file and hands it, once the transaction has committed, to every
subscriber (the UI's session turns it into one ``changed`` signal). Undoable or not, from a
dialog, a command or the CLI, a write is reported the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Part(StrEnum):
    """Which part of a deal a write touched: a view holding the rest need not re-read it."""

    FIELDS = "fields"  # the deal's own row: title, value, dates, notes, status, stage
    WORK = "work"  # tasks and deliverables
    NOTES = "notes"  # stage notes
    MILESTONES = "milestones"  # milestones and their corrections (the stage moves too)
    PEOPLE = "people"  # the deal's buying group
    CREATED = "created"
    DELETED = "deleted"


@dataclass(frozen=True)
class Changes:
    """Ids of what one use case changed; empty when it changed nothing."""

    deals: dict[int, frozenset[Part]] = field(default_factory=dict)
    accounts: frozenset[int] = frozenset()  # the account's own fields, or its existence
    contacts_of: frozenset[int] = frozenset()  # accounts whose contacts changed
    processes: frozenset[int] = frozenset()
    settings: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.deals or self.accounts or self.contacts_of or self.processes or self.settings)

    def deal(self, deal_id: int) -> frozenset[Part]:
        """What changed of one deal (empty: nothing)."""
        return self.deals.get(deal_id, frozenset())


@dataclass
class ChangeSet:
    """Collects the changes of the use case running now (see ``Planner.write``)."""

    deals: dict[int, set[Part]] = field(default_factory=dict)
    accounts: set[int] = field(default_factory=set)
    contacts_of: set[int] = field(default_factory=set)
    processes: set[int] = field(default_factory=set)
    settings: set[str] = field(default_factory=set)

    def deal(self, deal_id: int, *parts: Part) -> None:
        self.deals.setdefault(deal_id, set()).update(parts or (Part.FIELDS,))

    def frozen(self) -> Changes:
        return Changes(deals={d: frozenset(p) for d, p in self.deals.items()},
                       accounts=frozenset(self.accounts), contacts_of=frozenset(self.contacts_of),
                       processes=frozenset(self.processes), settings=frozenset(self.settings))
