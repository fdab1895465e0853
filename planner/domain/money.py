"""Amounts in the file's home currency: exchange rates, conversion and totals.

A deal keeps the currency it was entered in; only totals are converted, with the rates the
user keeps in the file (units of the home currency for one unit of another). A currency
without a rate is never guessed at nor added in: its amounts are summed apart, by currency,
so that a total can say what it leaves out.
"""

from __future__ import annotations

import locale
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from babel import Locale, UnknownLocaleError
from babel.numbers import get_territory_currencies

FALLBACK = "USD"


@dataclass(frozen=True)
class Rate:
    """How many units of the home currency one unit of ``currency`` is worth, set on ``set_on``."""

    currency: str
    rate: float
    set_on: date


def is_code(text: str) -> bool:
    """Three capital ASCII letters, as ISO 4217 writes a currency."""
    return len(text) == 3 and text.isascii() and text.isalpha() and text.isupper()


def default_home(language: str, system_locale: str | None = None) -> str:
    """The home currency of a file that has none yet: TWD for Chinese (Taiwan), else the
    currency of the system's region (Babel), else US dollars."""
    if language == "zh_TW":
        return "TWD"
    name = system_locale if system_locale is not None else (locale.getlocale()[0] or "")
    try:
        territory = Locale.parse(name.split(".")[0]).territory if name else None
    except (ValueError, UnknownLocaleError):
        territory = None
    if territory:
        found = get_territory_currencies(territory, tender=True)
        if found and is_code(found[0]):
            return str(found[0])
    return FALLBACK


def convert(value: float, currency: str, home: str, rates: Mapping[str, float]) -> float | None:
    """``value`` in ``currency`` as home currency; None when there is no usable rate."""
    if currency == home:
        return float(value)
    rate = rates.get(currency)
    if rate is None or not (math.isfinite(rate) and rate > 0):
        return None
    return float(value) * rate


@dataclass(frozen=True)
class Totals:
    """Values summed in the home currency, and what could not be converted, by currency."""

    home: str
    value: float = 0.0
    weighted: float = 0.0
    unconverted: dict[str, float] = field(default_factory=dict)  # currency -> its own total
    unconverted_weighted: dict[str, float] = field(default_factory=dict)

    def __add__(self, other: Totals) -> Totals:
        return Totals(self.home, self.value + other.value, self.weighted + other.weighted,
                      _merged(self.unconverted, other.unconverted),
                      _merged(self.unconverted_weighted, other.unconverted_weighted))

    @property
    def empty(self) -> bool:
        return not self.value and not self.unconverted


def _merged(a: Mapping[str, float], b: Mapping[str, float]) -> dict[str, float]:
    out = dict(a)
    for currency, value in b.items():
        out[currency] = out.get(currency, 0.0) + value
    return out


def totals(amounts: Iterable[tuple[float, str, float]], home: str, rates: Mapping[str, float]) -> Totals:
    """Sum ``(value, currency, win rate in percent)`` into the home currency; amounts
    without a rate are kept apart by currency, never mixed in."""
    value = weighted = 0.0
    unconverted: dict[str, float] = {}
    unconverted_weighted: dict[str, float] = {}
    for amount, currency, win_rate in amounts:
        converted = convert(amount, currency, home, rates)
        if converted is None:
            unconverted[currency] = unconverted.get(currency, 0.0) + amount
            unconverted_weighted[currency] = unconverted_weighted.get(currency, 0.0) + amount * win_rate / 100.0
        else:
            value += converted
            weighted += converted * win_rate / 100.0
    return Totals(home, value, weighted, unconverted, unconverted_weighted)
