"""Numbers, dates and currencies as spreadsheets and CRMs write them.

Pipedrive writes numbers and dates in each user's own format (1.0 or 1,0; 29/09/2024 or
09/29/2024), HubSpot ISO dates with a time (2026-09-01 08:00), Excel turns dates into
serial numbers (45631) and amounts into "$1,250.50". Each reader here takes one cell and
gives a value or ``None`` (a cell it cannot read); a whole column's conventions (which
separator is the decimal one, whether a slash date starts with the day) are decided
once from all its cells (``NumberStyle``, ``DateOrder``), so that one ambiguous cell is read
like its neighbours.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from babel.numbers import is_currency

from planner.domain import rules

# ------------------------------------------------------------------ text


def clean(text: str) -> str:
    """A cell as a value: outer white space (any Unicode space) gone, NBSPs made spaces,
    control characters and invisible marks dropped (as the app keeps a name: ``rules.one_line``)."""
    return rules.one_line(unicodedata.normalize("NFKC", text)) if text else ""


def name_key(text: str) -> str:
    """A name compared without regard to case, width or spacing ("ACME  Ltd" = "Acme Ltd")."""
    return clean(text).casefold()


# ------------------------------------------------------------------ numbers

_SYMBOLS: dict[str, str] = {
    # longest first where they share an ending: "NT$" before "$"
    "NT$": "TWD", "US$": "USD", "HK$": "HKD", "S$": "SGD", "A$": "AUD", "AU$": "AUD", "C$": "CAD",
    "CA$": "CAD", "NZ$": "NZD", "MX$": "MXN", "R$": "BRL", "CN¥": "CNY", "JP¥": "JPY", "RMB": "CNY",
    "€": "EUR", "£": "GBP", "₩": "KRW", "₹": "INR", "₫": "VND", "₱": "PHP", "฿": "THB", "₺": "TRY",
    "₪": "ILS", "zł": "PLN", "Kč": "CZK", "元": "CNY", "円": "JPY",
}
AMBIGUOUS_SYMBOLS = {"$": "dollar", "¥": "yen"}
_DOLLARS = {"TWD", "USD", "HKD", "SGD", "AUD", "CAD", "NZD", "MXN"}
_NUMBER = re.compile(r"[-+]?[\d.,'’ \u00a0\u202f]*\d[\d.,'’ \u00a0\u202f]*")


class NumberStyle(StrEnum):
    """Which mark separates the decimals in a column: "1,234.5" or "1.234,5"."""

    POINT = "point"
    COMMA = "comma"


@dataclass(frozen=True)
class Amount:
    value: float
    marker: str = ""  # what stood beside the number: a code, a symbol, or a word no currency has

    @property
    def currency(self) -> str | None:
        """The code the cell itself named (by code or unambiguous symbol), if any."""
        return currency_of(self.marker) if self.marker else None


def _split_money(text: str) -> tuple[str, str]:
    """(the number's characters, what is around it: a code or a symbol)."""
    found = _NUMBER.search(text)
    if found is None:
        return "", text
    rest = (text[: found.start()] + " " + text[found.end():]).strip()
    return found.group().strip(), rest


def number_style(cells: Iterable[str]) -> NumberStyle:
    """The column's decimal mark: a cell with both marks, or a mark followed by other than
    three digits, tells; "1,234" alone reads as a thousand (the English export's form)."""
    votes = {NumberStyle.POINT: 0, NumberStyle.COMMA: 0}
    for cell in cells:
        digits, _ = _split_money(clean(cell))
        digits = re.sub(r"[\s'’\u00a0\u202f]", "", digits)
        if "." in digits and "," in digits:
            votes[NumberStyle.COMMA if digits.rfind(",") > digits.rfind(".") else NumberStyle.POINT] += 1
            continue
        for mark, style, other in ((",", NumberStyle.COMMA, NumberStyle.POINT),
                                   (".", NumberStyle.POINT, NumberStyle.COMMA)):
            if digits.count(mark) > 1:  # 1.234.567: a mark seen twice groups thousands
                votes[other] += 1
            elif digits.count(mark) == 1 and not re.search(re.escape(mark) + r"\d{3}$", digits):
                votes[style] += 1
    return NumberStyle.COMMA if votes[NumberStyle.COMMA] > votes[NumberStyle.POINT] else NumberStyle.POINT


def parse_amount(text: str, style: NumberStyle = NumberStyle.POINT) -> Amount | None:
    """An amount from "$1,250.50", "€ 1.234,56", "1 234,56 EUR", "1'250.5 CHF", "12000"; None
    for what is not one amount (no digits, two numbers, a minus sign). Whatever stood beside
    the number is kept as its ``marker``, for the caller to judge as a currency."""
    text = clean(text)
    if not text:
        return None
    digits, rest = _split_money(text)
    if not digits or digits.startswith(("-", "+")) or _NUMBER.search(rest):
        return None
    digits = re.sub(r"[\s'’\u00a0\u202f]", "", digits)
    decimal, group = (",", ".") if style is NumberStyle.COMMA else (".", ",")
    if digits.count(decimal) > 1:
        return None
    whole, _, fraction = digits.partition(decimal)
    if group in fraction:
        return None
    if group in whole:
        parts = whole.split(group)
        if not parts[0] or any(len(p) != 3 for p in parts[1:]):
            return None
        whole = "".join(parts)
    try:
        value = float(f"{whole or '0'}.{fraction or '0'}")
    except ValueError:
        return None
    return Amount(value, rest)


def currency_of(text: str) -> str | None:
    """An ISO 4217 code from a code ("usd", "TWD") or an unambiguous symbol ("€", "NT$");
    None for anything else ("$" alone is in ``AMBIGUOUS_SYMBOLS``)."""
    text = clean(text)
    if not text:
        return None
    if text in _SYMBOLS:
        return _SYMBOLS[text]
    code = text.upper()
    if len(code) == 3 and code.isascii() and code.isalpha() and is_currency(code):
        return code
    return None


def dollar(symbol: str, default: str) -> str:
    """What "$" (or "¥") alone means in a file whose deals default to ``default``: that
    currency when it is a dollar (yen), else US dollars (Japanese yen)."""
    if symbol == "¥":
        return default if default in ("JPY", "CNY") else "JPY"
    return default if default in _DOLLARS else "USD"


# ------------------------------------------------------------------ dates


class DateOrder(StrEnum):
    """How a column writes numeric dates with the year last: 31/12/2026 or 12/31/2026."""

    DAY_FIRST = "dmy"
    MONTH_FIRST = "mdy"


_YMD = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
                  r"(?:\s*(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT))?)?$", re.IGNORECASE)
_XYZ = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?$",
                  re.IGNORECASE)
_SERIAL = re.compile(r"^\d{5}(?:\.\d+)?$")
_MONTHS = {m: i + 1 for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}
_WORDS = re.compile(r"^(?:(\d{1,2})\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})|([a-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4}))"
                    r"(?:,?\s+\d{1,2}:\d{2}.*)?$", re.IGNORECASE)
EXCEL_EPOCH = date(1899, 12, 30)  # Excel's day 0 (it counts 1900 as a leap year)


def date_order(cells: Iterable[str], preferred: DateOrder = DateOrder.MONTH_FIRST) -> DateOrder:
    """A column's order of day and month: a first number above 12 is a day (and one in the
    second place a day of a month-first column); otherwise the dots of 31.12.2026 say day
    first, and slashes read as ``preferred`` (the English exports' month first)."""
    dots = False
    for cell in cells:
        found = _XYZ.match(clean(cell))
        if found is None:
            continue
        first, second = int(found.group(1)), int(found.group(3))
        if first > 12 >= second:
            return DateOrder.DAY_FIRST
        if second > 12 >= first:
            return DateOrder.MONTH_FIRST
        dots = dots or found.group(2) == "."
    return DateOrder.DAY_FIRST if dots else preferred


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str, order: DateOrder = DateOrder.MONTH_FIRST) -> date | None:
    """A day from "2026-04-30", "2026-04-30 15:55:37", "2026-04-30T07:55:37Z", "2026/4/30",
    "2026年4月30日", "30/04/2026", "04/30/2026", "30.04.2026", "Apr 30, 2026", "30 April
    2026" or an Excel serial number (45631); None for anything else or a day that does not exist.
    A time of day is dropped: a deal's dates are days."""
    text = clean(text)
    if not text:
        return None
    if found := _YMD.match(text):
        return _day(int(found.group(1)), int(found.group(2)), int(found.group(3)))
    if found := _XYZ.match(text):
        first, second, year = int(found.group(1)), int(found.group(3)), int(found.group(4))
        day, month = (first, second) if order is DateOrder.DAY_FIRST else (second, first)
        return _day(year, month, day)
    if words := _WORDS.match(text):
        day_text, month_name, year_text = (words.group(1, 2, 3) if words.group(1) else
                                           (words.group(5), words.group(4), words.group(6)))
        month_number = _MONTHS.get(month_name.lower())
        return _day(int(year_text), month_number, int(day_text)) if month_number else None
    if _SERIAL.match(text):
        serial = int(float(text))
        if 20_000 <= serial <= 80_000:  # 1954 to 2119: a plausible deal date, not an amount
            return EXCEL_EPOCH + timedelta(days=serial)
    return None
