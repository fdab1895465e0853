"""The agenda: what is due across every open deal, by when it is due.

A line is a deal's next step, a task or deliverable of the stage it is in that carries a
due date and is not done yet, or the target date of its next milestone. Lines fall into
groups by their date seen from ``today``: overdue (before today), today, within a week (the
next seven days), later; a next step without a date has a group of its own, last, so that
no step planned is out of sight. Ticking a line is ticking the step itself (the services'
``deals.complete_next_step`` and ``work.set_done``); a milestone's target is not ticked
here: a milestone is confirmed, with its evidence, in the deal.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from enum import StrEnum
from typing import NamedTuple

WEEK = 7  # "within a week": the days after today up to this many days ahead


class LineKind(StrEnum):
    NEXT_STEP = "next_step"
    TASK = "task"
    DELIVERABLE = "deliverable"
    MILESTONE = "milestone"  # the target date of the deal's next milestone


class When(StrEnum):
    OVERDUE = "overdue"
    TODAY = "today"
    WEEK = "week"
    LATER = "later"
    UNDATED = "undated"  # a next step without a date


WHEN_ORDER = (When.OVERDUE, When.TODAY, When.WEEK, When.LATER, When.UNDATED)
_KIND_ORDER = {k: i for i, k in enumerate(LineKind)}


class AgendaLine(NamedTuple):
    """One thing due on one deal."""

    kind: LineKind
    due: date | None  # None only for a next step without a date
    text: str  # the step, the task, the deliverable, or the milestone to reach
    deal_id: int
    title: str  # the deal's
    account: str
    process: str
    stage: str  # the stage the deal is in
    item_id: int | None = None  # the task's or deliverable's id

    @property
    def tickable(self) -> bool:
        """Whether ticking the line does the step (a milestone is confirmed in the deal)."""
        return self.kind != LineKind.MILESTONE

    def when(self, today: date) -> When:
        return when(self.due, today)


def when(due: date | None, today: date) -> When:
    if due is None:
        return When.UNDATED
    if due < today:
        return When.OVERDUE
    if due == today:
        return When.TODAY
    return When.WEEK if due <= today + timedelta(days=WEEK) else When.LATER


def _order(line: AgendaLine) -> tuple[date, int, str, int, int]:
    return (line.due or date.max, _KIND_ORDER[line.kind], line.title.casefold(), line.deal_id, line.item_id or 0)


def grouped(lines: Iterable[AgendaLine], today: date) -> list[tuple[When, list[AgendaLine]]]:
    """The groups that have lines, in ``WHEN_ORDER``; in each, the soonest first (then next
    steps before tasks, deliverables and milestones, then by deal)."""
    groups: dict[When, list[AgendaLine]] = {w: [] for w in WHEN_ORDER}
    for line in lines:
        groups[line.when(today)].append(line)
    return [(w, sorted(groups[w], key=_order)) for w in WHEN_ORDER if groups[w]]


def overdue(lines: Iterable[AgendaLine], today: date) -> list[AgendaLine]:
    """The lines whose date has passed, the oldest first."""
    return sorted((line for line in lines if line.when(today) == When.OVERDUE), key=_order)
