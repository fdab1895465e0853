"""Turn SQLite's refusals into domain errors the user can read in their language."""

from __future__ import annotations

import sqlite3

from planner.domain import messages
from planner.domain.errors import (
    QT_TRANSLATE_NOOP,
    PlannerError,
    RuleViolation,
    WriteFailed,
)

READ_ONLY = QT_TRANSLATE_NOOP("errors", "This file is open read-only: {path} cannot be changed here.")
UNREADABLE = QT_TRANSLATE_NOOP(
    "errors", "Table {table}, row {row}: column {column} holds a value Deal Planner cannot show.")


class FileReadOnly(PlannerError):
    """A write on a planner file opened only for reading."""


CANNOT_READ = QT_TRANSLATE_NOOP("errors", "Cannot read {path}: {reason}")


class Unreadable(PlannerError):
    """A row, or a table, no screen can show (a legacy file, or one edited around the rules)."""

# the file's rules: a trigger's message, and what the user reads of it
_RULES: dict[str, str] = {rule.raised: rule.says for rule in messages.RULES}


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
