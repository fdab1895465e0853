"""Turn SQLite's refusals into domain errors the user can read in their language."""

from __future__ import annotations

import sqlite3

from planner.domain.errors import (
    QT_TRANSLATE_NOOP,
    PlannerError,
    RuleViolation,
    WriteFailed,
)
from planner.store import triggers as t

READ_ONLY = QT_TRANSLATE_NOOP("errors", "This file is open read-only: {path} cannot be changed here.")
UNREADABLE = QT_TRANSLATE_NOOP(
    "errors", "Table {table}, row {row}: column {column} holds a value Deal Planner cannot show.")


class FileReadOnly(PlannerError):
    """A write on a planner file opened only for reading."""


CANNOT_READ = QT_TRANSLATE_NOOP("errors", "Cannot read {path}: {reason}")


class Unreadable(PlannerError):
    """A row, or a table, no screen can show (a legacy file, or one edited around the rules)."""

_RULES: dict[str, str] = {
    t.MILESTONE_FINAL: QT_TRANSLATE_NOOP(
        "errors", "A confirmed milestone cannot be changed or deleted. Add a correction note instead."),
    t.MILESTONE_TWICE: QT_TRANSLATE_NOOP("errors", "This milestone is already confirmed and cannot be replaced."),
    t.MILESTONE_ORDER: QT_TRANSLATE_NOOP(
        "errors", "Milestones are confirmed in order: only the current stage's milestone can be confirmed now."),
    t.MILESTONE_BLOCKED: QT_TRANSLATE_NOOP("errors", "Required tasks or deliverables of this stage are still missing."),
    t.STAGE_FROZEN: QT_TRANSLATE_NOOP("errors", "This stage is frozen by a confirmed milestone and is read-only."),
    t.MOVE_BACK: QT_TRANSLATE_NOOP("errors", "A deal never moves back into a frozen stage."),
    t.MOVE_SKIP: QT_TRANSLATE_NOOP("errors", "A deal leaves a stage only by confirming its milestone."),
    t.WRONG_PROCESS: QT_TRANSLATE_NOOP("errors", "That stage belongs to another process."),
    t.DEAL_CLOSED: QT_TRANSLATE_NOOP("errors", "This deal is closed and can no longer be changed."),
    t.DEAL_START: QT_TRANSLATE_NOOP("errors", "A new deal starts open, in the first stage of its process."),
    t.DEAL_WON: QT_TRANSLATE_NOOP("errors", "A deal is won only by confirming the last milestone."),
    t.DEAL_LOST: QT_TRANSLATE_NOOP("errors", "A deal is lost only through a milestone that went against us."),
    t.DEAL_REASON: QT_TRANSLATE_NOOP("errors", "Give a reason."),
    t.DEAL_KEEP: QT_TRANSLATE_NOOP("errors", "A deal with confirmed milestones cannot be deleted. Archive it instead."),
    t.PROCESS_FIXED: QT_TRANSLATE_NOOP("errors", "A deal cannot change its process."),
    t.LOG_FINAL: QT_TRANSLATE_NOOP("errors", "The event log cannot be changed."),
    t.CORRECTION_FINAL: QT_TRANSLATE_NOOP("errors", "A correction note cannot be changed or deleted."),
    t.STAGE_HISTORY: QT_TRANSLATE_NOOP(
        "errors", "A stage that deals are in or have passed cannot be removed or moved."),
    t.IN_USE: QT_TRANSLATE_NOOP("errors", "It cannot be deleted while deals use it."),
    t.REQUIRED_STAYS: QT_TRANSLATE_NOOP(
        "errors", "Required work cannot be removed: the stage's milestone depends on it."),
    t.MILESTONE_FUTURE: QT_TRANSLATE_NOOP("errors", "A milestone cannot be confirmed in the future."),
    t.MILESTONE_DATED: QT_TRANSLATE_NOOP("errors", "A milestone cannot be dated before the deal's previous milestone."),
    t.WORK_CURRENT: QT_TRANSLATE_NOOP("errors", "Work can be added only to the current stage."),
    t.KEY_TAKEN: QT_TRANSLATE_NOOP("errors", "A row with this id already exists and cannot be replaced."),
    t.ID_FIXED: QT_TRANSLATE_NOOP("errors", "The id of a row cannot be changed."),
}


def rule_violation(message: str) -> PlannerError:
    """The domain error for one of the file's rules (a trigger message of ``triggers``)."""
    return RuleViolation(_RULES[message])


def translate(error: sqlite3.Error, path: str = "") -> PlannerError:
    text = str(error)
    if text in _RULES:
        return RuleViolation(_RULES[text])
    if isinstance(error, sqlite3.IntegrityError):
        return RuleViolation(QT_TRANSLATE_NOOP("errors", "The planner file refused a value that breaks its rules."))
    return WriteFailed(
        QT_TRANSLATE_NOOP("errors", "Cannot save to {path}: {reason}"), path=path, reason=text
    )
