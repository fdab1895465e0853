"""The method's checks of names, values and processes, as pure functions over domain objects.

What a confirmation does to a deal, and what stops it, is ``planner.domain.lifecycle``.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence

from planner.domain import messages
from planner.domain.errors import QT_TRANSLATE_NOOP, InvalidInput, RuleViolation
from planner.domain.model import Deal, Process, Stage

MAX_TEXT = 100_000  # a note longer than this is almost certainly a paste accident
MAX_VALUE = 1e15  # a deal's largest value, as the file's CHECK has it (planner/store/tables.py)
MAX_INTEGER = 2**63 - 1  # SQLite's largest integer: no row has a larger id, no column holds more
TOO_LARGE = QT_TRANSLATE_NOOP("errors", "A number is too large for a planner file (it holds at most 19 digits).")
MAX_NAME = 300
CURRENCY = re.compile(r"^[A-Z]{3}$")


def weighted(value: float, win_rate: int) -> float:
    return value * win_rate / 100.0


def require_open(deal: Deal) -> None:
    if not deal.is_open:
        raise RuleViolation(messages.DEAL_CLOSED.says)


# explicit embeddings, overrides and isolates (no keyboard types them): in a one-line name
# they turn around whatever is drawn after it on the same line, the process named beside an
# account; right-to-left names (Hebrew, Arabic) show rightly without them
_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


# control characters no keyboard types and nothing shows (NUL, escape, bell...): pasted or
# imported with a text, a NUL went on into the CSV a CRM was to read. Line breaks and tabs
# stay in a text of several lines (and become spaces in a one-line name, as all white space)
_CONTROLS = dict.fromkeys(c for c in [*range(0x20), *range(0x7f, 0xa0)] if chr(c) not in "\t\n")
# and in a name, the invisible marks a copy from a web page or a spreadsheet brings along (a
# zero-width space, a byte-order mark): "Acme" and "Acme\u200b" would be two accounts that
# look the same (a joiner stays: emoji and some scripts need it)
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff"))
_NAME_CONTROLS = _BIDI_CONTROLS | _INVISIBLE | {c: None for c in _CONTROLS if not chr(c).isspace()}


def one_line(text: str) -> str:
    """``text`` as one line: runs of white space made one space, bidirectional and other
    control characters dropped."""
    return " ".join(text.translate(_NAME_CONTROLS).split())


# the most of a text read for showing: far more than a few lines hold and than a name anyone
# can type (MAX_NAME); a name another program wrote millions of characters long froze the
# window for a minute wherever it was laid out (a label, a list, a menu)
SHOWN = 2_000


def shortened(text: str, limit: int = SHOWN) -> str:
    """``text`` as read for showing: whole, or its first ``limit`` characters and "…"."""
    return text if len(text) <= limit else text[:limit] + "…"


def clean_text(text: str) -> str:
    """A text of several lines as kept: its line ends made "\n" (Windows' and old Macs'
    too), control characters other than line breaks and tabs dropped."""
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_CONTROLS)


def row_id(text: str) -> int | None:
    """An id as typed (``--process 12``): a whole number a row can have, else None (letters, a
    sign, or more digits than any id: such a row does not exist)."""
    text = text.strip()
    if not (text.isascii() and text.isdigit()):
        return None
    number = int(text)
    return number if number <= MAX_INTEGER else None


def check_name(name: str) -> str:
    name = one_line(name)
    if not name:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The name cannot be empty."))
    if len(name) > MAX_NAME:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The name is too long (at most {n} characters)."), n=MAX_NAME
        )
    return name


def check_text(text: str) -> str:
    text = clean_text(text)
    if len(text) > MAX_TEXT:
        raise InvalidInput(messages.TEXT_TOO_LONG, n=MAX_TEXT)
    return text


def check_line(text: str) -> str:
    """A one-line text that may be empty (a job title, an e-mail address, a phone number), at
    most as long as a name."""
    text = one_line(text)
    if len(text) > MAX_NAME:
        raise InvalidInput(messages.TEXT_TOO_LONG, n=MAX_NAME)
    return text


def check_step(text: str) -> str:
    """A deal's next step: one line, its white space tidied ("" for none planned)."""
    text = one_line(text)
    if len(text) > MAX_NAME:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The next step is too long (at most {n} characters)."), n=MAX_NAME)
    return text


def check_next_step(step: str, due: object) -> None:
    """A date says by when the step is done: it needs the step itself."""
    if due is not None and not step.strip():
        raise InvalidInput(messages.STEP_DATE_ALONE)


def check_value(value: float) -> float:
    if not isinstance(value, (int, float)) or math.isnan(value) or math.isinf(value):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The value must be a number."))
    if value < 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The value cannot be negative."))
    if value > MAX_VALUE:
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
    reason = clean_text(reason).strip()
    if not reason:
        raise InvalidInput(messages.DEAL_REASON.says)
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
