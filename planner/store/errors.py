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
TABLES_CHANGED = QT_TRANSLATE_NOOP(
    "errors", "Cannot read {path}: its tables are not those Deal Planner writes (another program changed "
              "them; “deal-planner check” lists how).")


class Unreadable(PlannerError):
    """A row, or a table, no screen can show (a legacy file, or one edited around the rules)."""

# the file's rules: a trigger's message, and what the user reads of it
_RULES: dict[str, str] = {rule.raised: rule.says for rule in messages.RULES}


def rule_violation(message: str) -> PlannerError:
    """The domain error for one of the file's rules (a trigger message of ``triggers``)."""
    return RuleViolation(_RULES[message])


# why SQLite refused, by its primary result code, in words a user can read (and translate);
# its own text ("unable to open database file") is English whatever the user's language
_REASONS: dict[int, str] = {
    sqlite3.SQLITE_CANTOPEN: QT_TRANSLATE_NOOP("errors", "the file cannot be opened or made there"),
    sqlite3.SQLITE_FULL: QT_TRANSLATE_NOOP("errors", "the disk is full"),
    sqlite3.SQLITE_IOERR: QT_TRANSLATE_NOOP("errors", "an input/output error occurred"),
    sqlite3.SQLITE_PERM: QT_TRANSLATE_NOOP("errors", "permission denied"),
    sqlite3.SQLITE_READONLY: QT_TRANSLATE_NOOP("errors", "the file or its folder can only be read"),
    sqlite3.SQLITE_BUSY: QT_TRANSLATE_NOOP("errors", "another program is using the file"),
    sqlite3.SQLITE_LOCKED: QT_TRANSLATE_NOOP("errors", "another program is using the file"),
    sqlite3.SQLITE_CORRUPT: QT_TRANSLATE_NOOP("errors", "the file is damaged"),
    sqlite3.SQLITE_NOTADB: QT_TRANSLATE_NOOP("errors", "the file is damaged"),
    sqlite3.SQLITE_NOMEM: QT_TRANSLATE_NOOP("errors", "the computer ran out of memory"),
}


def reason(error: sqlite3.Error) -> str:
    """Why SQLite refused, as a marked reason where its result code says (else its own text)."""
    code = getattr(error, "sqlite_errorcode", None)
    found = _REASONS.get(code & 0xFF) if isinstance(code, int) else None
    return found if found is not None else str(error)


def translate(error: sqlite3.Error, path: str = "") -> PlannerError:
    text = str(error)
    if text in _RULES:
        return RuleViolation(_RULES[text])
    if isinstance(error, sqlite3.IntegrityError):
        return RuleViolation(QT_TRANSLATE_NOOP("errors", "The planner file refused a value that breaks its rules."))
    return WriteFailed(
        QT_TRANSLATE_NOOP("errors", "Cannot save to {path}: {reason}"), path=path, reason=reason(error)
    )
