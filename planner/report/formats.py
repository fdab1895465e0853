"""Dates, months, amounts and percentages as the report prints them.

The words and digits come from planner.domain.formats, as on screen. What is the report's own:
amounts carry the ISO code (TWD 8,600,000), since a printed plan travels without the app and may
put several currencies side by side, where "$" alone would leave the reader guessing; a missing
date or amount prints as a dash; text from the file is folded onto one line first.

Dates, amounts and rates are remembered once formatted (babel's formatting is slow and a plan
repeats them: the same dates in a deal's map and table, the same rates on every deal).
"""

from __future__ import annotations

import functools
import math
from datetime import date

from planner.domain import formats
from planner.report.markup import one_line


@functools.lru_cache(maxsize=8192)
def day(value: date | None, lang: str, empty: str = "—") -> str:
    """The one date format of the printed pages, in titles and tables alike: Dec 2, 2026 (en),
    2026年12月2日 (zh_TW). Tables size their date columns for it (``blocks.date_column``)."""
    return formats.medium_date(value, lang) if value is not None else empty


def month(value: str, lang: str, empty: str) -> str:
    """ "2025-03" as "Mar 2025" / "2025年3月"; "" as the empty label."""
    if not value:
        return empty
    return formats.iso_month(value, lang) or one_line(value)


def period(value: str, lang: str) -> str:
    """A forecast's dated period: "2026-12" as "Dec 2026", "2026-Q4" as "Q4 2026" / "2026年第4季"."""
    return formats.iso_quarter(value, lang) or formats.iso_month(value, lang) or one_line(value)


def exchange_rate(value: float, lang: str) -> str:
    return formats.exchange_rate(value, lang)


def amount(value: float | None, lang: str) -> str:
    if value is None or not math.isfinite(value):
        return "—"
    return formats.number(value, lang)


def money(value: float, currency: str, lang: str) -> str:
    return _money(value, repr(value), currency, lang)  # repr: -0.0 and 0.0 are remembered apart


@functools.lru_cache(maxsize=8192)
def _money(value: float, _exactly: str, currency: str, lang: str) -> str:
    return formats.money(value, one_line(currency), lang, code=True)


def percent(value: float, lang: str) -> str:
    return _percent(value, repr(value), lang)


@functools.lru_cache(maxsize=1024)
def _percent(value: float, _exactly: str, lang: str) -> str:
    return formats.percent(value, lang)
