"""What an import says about each row, in words the user's language has.

A ``Message`` is English source text with its parameters, marked for translation in the
"transfer" context and translated only when shown (``text``), so a dry run reads the same
in the wizard, in the terminal and in a test, each in its own language. A parameter may be
a message itself (a field's label), translated in turn.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

from planner.domain.errors import QT_TRANSLATE_NOOP, PlannerError

CONTEXT = "transfer"


class Message(NamedTuple):
    source: str
    params: Mapping[str, Any] = {}


def say(english: str, /, **params: Any) -> Message:
    return Message(english, params)


def text(message: Message | PlannerError) -> str:
    """The message in the installed language (a domain error in its own "errors" context)."""
    from PySide6.QtCore import QCoreApplication

    from planner.i18n import error_text, shown

    if isinstance(message, PlannerError):
        return error_text(message)
    params = {k: text(v) if isinstance(v, (Message, PlannerError)) else
              QCoreApplication.translate(CONTEXT, v) if k == "label" else shown(v)
              for k, v in message.params.items()}
    translated = QCoreApplication.translate(CONTEXT, message.source)
    try:
        return translated.format(**params)
    except (KeyError, IndexError, ValueError):
        return message.source.format(**params)


class ImportRefused(PlannerError):
    """The import cannot be done as it stands: nothing was written."""


# ---------------------------------------------------------------- what is wrong with a row
MISSING = QT_TRANSLATE_NOOP("transfer", "{label} is missing.")
MISSING_ORGANIZATION = QT_TRANSLATE_NOOP("transfer", "The organization is missing: a deal or a person "
                                                     "needs the account it belongs to.")
MISSING_NAME = QT_TRANSLATE_NOOP("transfer", "The name is missing.")
BAD_DATE = QT_TRANSLATE_NOOP("transfer", "{label} “{value}” is not a date.")
BAD_NUMBER = QT_TRANSLATE_NOOP("transfer", "{label} “{value}” is not an amount.")
UNKNOWN_CURRENCY = QT_TRANSLATE_NOOP("transfer", "Unknown currency “{value}”: use a three-letter code such as "
                                                 "TWD, USD or EUR.")
TWO_CURRENCIES = QT_TRANSLATE_NOOP("transfer", "The value is in {marked} but the currency column says {column}.")
UNKNOWN_STATUS = QT_TRANSLATE_NOOP("transfer", "Unknown status “{value}”: use open, won, lost or abandoned.")
DELETED = QT_TRANSLATE_NOOP("transfer", "The deal was deleted there: take the row out of the file to go on.")
TOO_LONG = QT_TRANSLATE_NOOP("transfer", "{label} is too long ({n} characters at most).")
TOO_LARGE = QT_TRANSLATE_NOOP("transfer", "The value is too large.")

# ---------------------------------------------------------------- worth knowing, not wrong
EMPTY_ROW = QT_TRANSLATE_NOOP("transfer", "Empty row: nothing to import.")
DOLLAR = QT_TRANSLATE_NOOP("transfer", "“{marker}” read as {currency}.")
NO_CURRENCY = QT_TRANSLATE_NOOP("transfer", "No currency given: {currency}, the file's home currency.")
NO_REASON = QT_TRANSLATE_NOOP("transfer", "No reason was given there; the deal comes in with “{reason}”.")
SAME_DEAL = QT_TRANSLATE_NOOP("transfer", "A deal with this title is already at this account.")
SAME_CONTACT = QT_TRANSLATE_NOOP("transfer", "{name} is already a contact of {account}: kept as it is.")
SAME_ORGANIZATION = QT_TRANSLATE_NOOP("transfer", "{account} is already in this file: kept as it is.")
REPEATED_ORGANIZATION = QT_TRANSLATE_NOOP("transfer", "Same organization as line {line}: that row's details count.")
AWAITS = QT_TRANSLATE_NOOP("transfer", "The account for “{name}” waits for your answer about names that differ "
                                       "only in case or spacing.")
STAGE_GUESSED = QT_TRANSLATE_NOOP("transfer", "Stage “{theirs}” placed at “{ours}” (a guess: check it).")

# ---------------------------------------------------------------- what will happen
NEW_ACCOUNT = QT_TRANSLATE_NOOP("transfer", "New account {account}.")
NEW_CONTACT = QT_TRANSLATE_NOOP("transfer", "New contact {name} at {account}.")
DEAL_OPEN = QT_TRANSLATE_NOOP("transfer", "New deal “{title}” for {account}, open in “{stage}”.")
DEAL_LATER = QT_TRANSLATE_NOOP("transfer", "New deal “{title}” for {account}, open in “{stage}”; "
                                           "milestones before it recorded as imported: {n}.")
DEAL_WON = QT_TRANSLATE_NOOP("transfer", "New deal “{title}” for {account}, won; every milestone recorded as imported.")
DEAL_LOST = QT_TRANSLATE_NOOP("transfer", "New deal “{title}” for {account}, lost at “{stage}”: {reason}")
DEAL_ABANDONED = QT_TRANSLATE_NOOP("transfer", "New deal “{title}” for {account}, abandoned in “{stage}”: {reason}")

# ---------------------------------------------------------------- refusals of the whole import
HAS_ERRORS = QT_TRANSLATE_NOOP("transfer", "Nothing was imported: a problem in {n} of the rows (see the dry run).")
NO_PROCESS = QT_TRANSLATE_NOOP("transfer", "This file has no process to put deals in: tailor one first "
                                           "(Tools › New Process…).")
WHICH_PROCESS = QT_TRANSLATE_NOOP("transfer", "Choose the process the deals go into ({names}).")
UNKNOWN_PROCESS = QT_TRANSLATE_NOOP("transfer", "No process “{name}” in this file (there are: {names}).")
UNKNOWN_STAGE = QT_TRANSLATE_NOOP("transfer", "No stage “{name}” in the process “{process}”.")
UNCONFIRMED = QT_TRANSLATE_NOOP("transfer", "Organization names that differ only in case or spacing need your "
                                            "word on whether they are one account: {names}.")
NO_FILES = QT_TRANSLATE_NOOP("transfer", "Choose at least one file to import.")
ROW_FAILED = QT_TRANSLATE_NOOP("transfer", "Nothing was imported: {file}, line {line}: {reason}")

# ---------------------------------------------------------------- imported history
EVIDENCE_PASSED = QT_TRANSLATE_NOOP(
    "transfer", "Imported from {source} on {day}: the deal was already past this milestone there. No evidence "
                "was given in Deal Planner; the stage's required work was marked done to record it.")
EVIDENCE_WON = QT_TRANSLATE_NOOP(
    "transfer", "Imported from {source} on {day}: the deal was won there{when}. No evidence was given in Deal "
                "Planner; the stage's required work was marked done to record it.")
EVIDENCE_LOST = QT_TRANSLATE_NOOP(
    "transfer", "Imported from {source} on {day}: the deal was lost there{when}. No evidence was given in "
                "Deal Planner.")
WHEN = QT_TRANSLATE_NOOP("transfer", " on {day}")
REASON_MISSING = QT_TRANSLATE_NOOP("transfer", "No reason was given in {source}.")
PROVENANCE = QT_TRANSLATE_NOOP("transfer", "Imported from {source} on {day}.")
PROVENANCE_ID = QT_TRANSLATE_NOOP("transfer", "Imported from {source} on {day} (their ID {id}).")
CREATED_THERE = QT_TRANSLATE_NOOP("transfer", "Created there on {day}.")
