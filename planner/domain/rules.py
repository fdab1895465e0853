"""The method's rules as pure functions over domain objects."""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable, Sequence
from datetime import date

from planner.domain.errors import QT_TRANSLATE_NOOP, InvalidInput, RuleViolation
from planner.domain.model import (
    Deal,
    Deliverable,
    Milestone,
    Outcome,
    Process,
    Stage,
    StageMapEntry,
    StageState,
    Task,
)

MAX_TEXT = 100_000  # a note longer than this is almost certainly a paste accident
MAX_NAME = 300
CURRENCY = re.compile(r"^[A-Z]{3}$")


def weighted(value: float, win_rate: int) -> float:
    return value * win_rate / 100.0


def frozen_stage_ids(process: Process, milestones: Iterable[Milestone]) -> set[int]:
    """Stages a confirmation has frozen: the confirmed ones and all before them."""
    confirmed = {m.stage_id for m in milestones}
    last = max((i for i, s in enumerate(process.stages) if s.id in confirmed), default=-1)
    return {s.id for s in process.stages[: last + 1] if s.id is not None}


def stage_map(process: Process, deal: Deal, milestones: Sequence[Milestone]) -> list[StageMapEntry]:
    by_stage: dict[int | None, Milestone] = {m.stage_id: m for m in milestones}
    frozen = frozen_stage_ids(process, milestones)
    entries = []
    for stage in process.stages:
        if stage.id in frozen:
            state = StageState.FROZEN
        elif stage.id == deal.stage_id and deal.is_open:
            state = StageState.CURRENT
        else:
            state = StageState.FUTURE
        entries.append(StageMapEntry(stage, state, by_stage.get(stage.id)))
    return entries


def next_stage(process: Process, stage_id: int) -> Stage | None:
    i = process.index_of(stage_id)
    return process.stages[i + 1] if i + 1 < len(process.stages) else None


def stages_to_cross(process: Process, deal: Deal, target_stage_id: int | None) -> list[Stage]:
    """The stages whose milestones must be confirmed, in order, to reach the target.

    ``None`` as target means past the last stage: winning the deal.
    """
    require_open(deal)
    assert deal.stage_id is not None
    start = process.index_of(deal.stage_id)
    if target_stage_id is None:
        return process.stages[start:]
    try:
        end = process.index_of(target_stage_id)
    except StopIteration:
        raise RuleViolation(QT_TRANSLATE_NOOP("errors", "That stage belongs to another process.")) from None
    if end < start:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "errors",
                "A deal never moves back: the stage “{stage}” is frozen by a confirmed milestone.",
            ),
            stage=process.stages[end].name,
        )
    return process.stages[start:end]


def require_open(deal: Deal) -> None:
    if not deal.is_open:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("errors", "This deal is closed and can no longer be changed.")
        )


def blocking_items(tasks: Iterable[Task], deliverables: Iterable[Deliverable]) -> list[str]:
    """Required tasks not done and required deliverables not there."""
    return [t.text for t in tasks if t.required and not t.done] + [
        d.text for d in deliverables if d.required and not d.done
    ]


def check_confirmation(
    outcome: Outcome,
    confirmed_on: date,
    evidence: str,
    today: date,
    previous: date | None,
    blocking: Sequence[str],
) -> None:
    if confirmed_on > today:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A milestone cannot be confirmed in the future."))
    if previous is not None and confirmed_on < previous:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "The date cannot be earlier than the previous milestone ({date})."
            ),
            date=previous,  # a date: each reader writes it in its own language
        )
    if not evidence.strip():
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Describe the evidence for this milestone."))
    check_text(evidence)
    if outcome == Outcome.REACHED and blocking:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("errors", "Required work is missing: {items}."),
            items="; ".join(blocking),
        )


def check_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The name cannot be empty."))
    if len(name) > MAX_NAME:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The name is too long (at most {n} characters)."), n=MAX_NAME
        )
    return name


def check_text(text: str) -> str:
    if len(text) > MAX_TEXT:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The text is too long (at most {n} characters)."), n=MAX_TEXT
        )
    return text


def check_value(value: float) -> float:
    if not isinstance(value, (int, float)) or math.isnan(value) or math.isinf(value):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The value must be a number."))
    if value < 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The value cannot be negative."))
    if value > 1e15:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The value is too large."))
    return float(value)


def check_currency(code: str) -> str:
    code = code.strip().upper()
    if not CURRENCY.match(code):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The currency must be a three-letter code such as TWD or USD.")
        )
    return code


def check_win_rate(rate: int) -> int:
    if not isinstance(rate, int) or not 0 <= rate <= 100:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A win rate is a whole number from 0 to 100."))
    return rate


def check_reason(reason: str) -> str:
    reason = reason.strip()
    if not reason:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Give a reason."))
    return check_text(reason)


def check_process(process: Process) -> None:
    check_name(process.name)
    if not process.stages:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A process needs at least one stage."))
    for stage in process.stages:
        check_name(stage.name)
        if not stage.milestone.strip():
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "The stage “{stage}” needs a milestone."), stage=stage.name
            )
        check_win_rate(stage.win_rate)


def falling_win_rates(stages: Sequence[Stage]) -> list[Stage]:
    """Stages whose win rate does not rise above the one before: worth a warning."""
    return [b for a, b in itertools.pairwise(stages) if b.win_rate <= a.win_rate]


def check_process_edit(old: Process, new: Process, used_stage_ids: set[int]) -> None:
    """History is never rewritten: a stage a deal sits in or passed keeps its place."""
    new_ids = [s.id for s in new.stages if s.id is not None]
    old_used = [s for s in old.stages if s.id in used_stage_ids]
    for stage in old_used:
        if stage.id not in new_ids:
            raise RuleViolation(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The stage “{stage}” cannot be removed: deals are in it or have passed it.",
                ),
                stage=stage.name,
            )
    old_pos = {s.id: i for i, s in enumerate(old.stages)}
    new_pos: dict[int | None, int] = {s.id: i for i, s in enumerate(new.stages) if s.id is not None}
    for stage in old_used:
        if new_pos[stage.id] != old_pos[stage.id]:
            raise RuleViolation(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The stage “{stage}” cannot be moved: deals are in it or have passed it.",
                ),
                stage=stage.name,
            )
