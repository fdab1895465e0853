"""How the event log stores a value in ``events.before`` and ``events.after``.

Since this version every value is written as compact JSON (sorted keys, no spaces,
non-ASCII kept as is): a number stays a number, a flag a flag, nothing is ``null``,
a date its ISO text and an enum its value. Older versions wrote Python's ``str()`` of
the value ("100.0", "True", and "" for nothing); those rows are sealed in the hash
chain and can never be rewritten, so they are read as the text they are.

Which rows are JSON is decided by the event's id, not by the text: the first time
this version logs an event in a file it records that event's id in the ``settings``
table under ``ENCODING_FROM``; every event from that id on is JSON, every event
before it is legacy text. A prefix or "does it parse" test would be a guess (the
legacy text "100.0" or "true" is valid JSON), and a schema column would need a
migration. The boundary lives in the file, so it travels with copies and backups.

One guard stays for a row past the boundary that an older version wrote after all
(the file was opened by it later): the text counts as JSON only if it is exactly
what ``encode`` writes for the value it parses to; anything else is legacy text.
"""

from __future__ import annotations

import json
import math
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from typing import Any

from planner.domain import json_input

ENCODING_FROM = "event_encoding_from"  # settings key: first event id written as JSON

Value = str | int | float | bool | None


def encode(value: Any) -> str:
    """``value`` as the compact JSON text stored in the event log."""
    return json.dumps(_plain(value), ensure_ascii=False, separators=(",", ":"), sort_keys=True,
                      allow_nan=False)


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return _plain(value.value)
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        value = int(value) if value == value.to_integral_value() and value.is_finite() else float(value)
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)  # JSON has no NaN or infinity: kept as the text the old log showed
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def is_json(event_id: int | None, encoding_from: int | None) -> bool:
    """Whether the event with ``event_id`` was written as JSON (see the module docstring)."""
    return event_id is not None and encoding_from is not None and event_id >= encoding_from


def decode(text: Any, json_row: bool) -> Any:
    """The value stored as ``text``; ``json_row`` from ``is_json``.

    A legacy row gives back its text unchanged ("" for a missing value), as do a JSON
    row's text that is not this module's JSON and a value that is not text at all.
    """
    if text is None:
        return None if json_row else ""
    if not isinstance(text, str) or not json_row:
        return text
    try:
        value = json_input.loads(text, parse_constant=_no_constant)
    except ValueError:
        return text
    try:
        canonical = encode(value)
    except ValueError:
        return text
    return value if canonical == text else text


def _no_constant(name: str) -> Any:
    raise ValueError(name)  # NaN and Infinity are not JSON: such text is legacy text


def as_text(value: Any) -> str:
    """A decoded value as the text the event log has always shown ("" for nothing)."""
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, (list, dict)):
        return encode(value)
    return str(value)


def text_of(stored: Any, json_row: bool) -> str:
    """The stored ``before``/``after`` of one event as display text, old row or new."""
    return as_text(decode(stored, json_row))
