"""Money, dates and day counts as people read them, on screen and on paper.

Every amount or date a person reads goes through here, so the board, the deal pages and
the printed plan agree. The locale is always passed in ("en", "zh_TW"): the UI passes the
app's language, the report the plan's. Babel holds the locale data (CLDR): symbols, digit
grouping, 萬/億 and K/M, month names and the order of day, month and year.

Choices:
- On screen an amount carries the currency's symbol as the locale writes it: NT$8,600,000
  in English; in Chinese $8,600,000 for TWD, which is how Taiwan writes its own dollar, while
  other dollars stay marked (US$, HK$), so no two currencies look alike in one language.
- ``code=True`` writes the ISO code instead (TWD 8,600,000): for the printed plan, which is
  read away from the app and may list several currencies side by side.
- Whole amounts drop their cents (NT$8,600,000, not NT$8,600,000.00); other amounts show the
  currency's own digits (US$12.50, ¥1,235).
- Years always have four digits: "12/5/26" is too easy to misread in a plan or a log.
- Nothing here raises on odd input: an unknown or empty currency, NaN or 1e300 still give text.
"""

from __future__ import annotations

import decimal
import math
import re
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from functools import cache, lru_cache

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.dates import format_date, format_skeleton, format_time, format_timedelta
from babel.numbers import (
    NumberPattern,
    format_compact_currency,
    format_currency,
    format_decimal,
    format_percent,
    get_currency_precision,
    is_currency,
    parse_pattern,
)

NOTHING = "—"  # shown for an amount that is not a number (NaN, infinity)
_FALLBACK_LOCALE = "en"
_LEADING_DIGITS = re.compile(r"\d+")
# room for the digits of the largest float (1.8e308) and its decimals: Babel rounds in
# Python's decimal context, whose default 28 digits raise on a huge amount
_PRECISION = 400


@cache
def _locale(name: str) -> Locale:
    """Babel's locale for "en", "zh_TW", "zh-TW"...; English for a name Babel does not know."""
    try:
        return Locale.parse(name.replace("-", "_") or _FALLBACK_LOCALE)
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale.parse(_FALLBACK_LOCALE)


def _code(currency: str) -> str:
    """The currency as written: upper case, no spaces ("" when there is none)."""
    return "".join(str(currency or "").split()).upper()


def _whole(value: float) -> bool:
    return abs(value - round(value)) < 0.005


def cash_digits(currency: str) -> int:
    """Decimals a quote in this currency usually has: 0 for TWD, JPY, HUF; 2 for USD, EUR."""
    fractions = get_global("currency_fractions")
    return int(fractions.get(_code(currency), fractions["DEFAULT"])[2])


def edit_decimals(value: float, currency: str) -> int:
    """Decimals for an amount field: none for a whole amount in a currency without cash cents."""
    if cash_digits(currency) == 0 and math.isfinite(value) and _whole(value):
        return 0
    return max(2, _digits(currency))


def _digits(currency: str) -> int:
    code = _code(currency)
    return get_currency_precision(code) if _known(code) else 2


@lru_cache(maxsize=512)
def _known(code: str, locale: str | None = None) -> bool:
    """Whether Babel knows the currency (for ``locale``): it builds the set of every currency
    at each ask, a third of a card's amount."""
    return is_currency(code, _locale(locale) if locale is not None else None)


def number(value: float, locale: str, decimals: int | None = None) -> str:
    """A grouped number: 8,600,000 or 12.5; decimals only where they carry something."""
    if not math.isfinite(value):
        return NOTHING
    if decimals is None:
        decimals = 0 if _whole(value) else 2
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    with decimal.localcontext(prec=_PRECISION):
        return format_decimal(value, pattern, locale=_locale(locale), decimal_quantization=True)


def exchange_rate(value: float, locale: str) -> str:
    """An exchange rate with the digits it was given, up to six decimals: 31.5, 0.2134."""
    if not math.isfinite(value):
        return NOTHING
    with decimal.localcontext(prec=_PRECISION):
        return format_decimal(value, "#,##0.######", locale=_locale(locale), decimal_quantization=True)


@lru_cache(maxsize=4096)  # Babel takes a tenth of a millisecond; a board repaints the same amounts
def money(value: float, currency: str, locale: str, *, code: bool = False) -> str:
    """The full amount: NT$8,600,000 (en), $8,600,000 (zh_TW), TWD 8,600,000 (``code``)."""
    if not math.isfinite(value):
        return NOTHING
    iso = _code(currency)
    decimals = 0 if _whole(value) else _digits(iso)
    if not _known(iso, locale):
        # unknown or empty: the number with the code as written in front, never a guess
        return f"{iso} {number(value, locale, decimals)}" if iso else number(value, locale, decimals)
    with decimal.localcontext(prec=_PRECISION):
        text = format_currency(value, iso, _money_pattern(locale, decimals, code), locale=_locale(locale),
                               currency_digits=False)
    return text.replace("\u00a0", " ")


@lru_cache(maxsize=64)
def _money_pattern(locale: str, decimals: int, code: bool) -> NumberPattern:
    """The locale's currency pattern with ``decimals`` digits, parsed once (Babel parses a
    pattern given as text at every amount)."""
    pattern = _locale(locale).currency_formats["standard"].pattern.split(";")[0]
    integer, _, _ = pattern.partition(".")
    if "¤" not in integer:
        integer = "¤" + integer
    pattern = integer + ("." + "0" * decimals if decimals else "")
    if code:  # ¤¤ is the ISO code; a space keeps it apart from the digits
        pattern = pattern.replace("¤", "¤¤\u00a0", 1)
    return parse_pattern(pattern)


@cache
def _compact_from(locale: str) -> float:
    """The smallest amount the locale shortens: 1,000 (1K) in English, 10,000 (1萬) in Chinese."""
    sizes = _locale(locale).compact_decimal_formats.get("short", {}).get("other", {})
    shortened = [int(size) for size, pattern in sizes.items() if pattern.pattern.strip("0")]
    return float(min(shortened)) if shortened else math.inf


@lru_cache(maxsize=4096)
def compact(value: float, currency: str, locale: str) -> str:
    """A short amount for cards and headers: NT$8.6M (en), $860萬 or $1.2億 (zh_TW).

    Amounts below the locale's first unit stay whole (NT$999, $9,999): "NT$1K" would hide too
    much of a small deal.
    """
    if not math.isfinite(value):
        return NOTHING
    loc = _locale(locale)
    iso = _code(currency)
    if abs(value) < _compact_from(locale) or not _known(iso, locale):
        return money(round(value), iso, locale)
    with decimal.localcontext(prec=_PRECISION):
        text = format_compact_currency(value, iso, locale=loc, fraction_digits=1)
        if len(_LEADING_DIGITS.search(text)[0]) >= 3:  # type: ignore[index]  # a compact amount has digits
            # 603萬 and 124M, not 602.5萬: a tenth of a large unit is noise on a card
            text = format_compact_currency(value, iso, locale=loc, fraction_digits=0)
    return text


def money_list(totals: Mapping[str, float], locale: str, sep: str = " · ", *, code: bool = False,
               short: bool = False) -> str:
    """Totals per currency, the largest first: NT$8,600,000 · US$12,000 (``short``: NT$8.6M · US$12K)."""
    ordered = sorted(totals.items(), key=lambda kv: (-kv[1] if math.isfinite(kv[1]) else 0.0, kv[0]))
    if short:
        return sep.join(compact(v, c, locale) for c, v in ordered)
    return sep.join(money(v, c, locale, code=code) for c, v in ordered)


def percent(value: float, locale: str) -> str:
    """A win rate given in percent (25 -> 25%), with the locale's sign and spacing."""
    if not math.isfinite(value):
        return NOTHING
    return format_percent(value / 100, "#,##0.#%", locale=_locale(locale))


def short_date(value: date, locale: str) -> str:
    """Digits only, four-digit year: 12/5/2026 (en), 2026/12/5 (zh_TW). The order a date field
    is typed in; what people read uses :func:`medium_date`, so one screen shows one form."""
    return format_skeleton("yMd", value, locale=_locale(locale))


def medium_date(value: date, locale: str) -> str:
    """Dec 5, 2026 (en), 2026年12月5日 (zh_TW): unambiguous in any country."""
    return format_date(value, "medium", locale=_locale(locale))


def long_date(value: date, locale: str) -> str:
    """December 5, 2026 (en), 2026年12月5日 (zh_TW): titles and tooltips."""
    return format_date(value, "long", locale=_locale(locale))


def card_date(value: date, today: date, locale: str) -> str:
    """Dec 5 within this year, Dec 5, 2027 otherwise (12月5日 / 2027年12月5日)."""
    return format_skeleton("MMMd" if value.year == today.year else "yMMMd", value, locale=_locale(locale))


def month_day(value: date, locale: str) -> str:
    """The narrowest date, for a diagram: 12/5."""
    return format_skeleton("Md", value, locale=_locale(locale))


def month(year: int, month_number: int, locale: str) -> str:
    """A forecast's month: Dec 2026 (en), 2026年12月 (zh_TW)."""
    return format_skeleton("yMMM", date(year, month_number, 1), locale=_locale(locale))


def iso_month(text: str, locale: str) -> str | None:
    """ "2026-12" (or "2026-12-05") as a month label; None when it is no such month."""
    try:
        year, number_ = (int(part) for part in text.split("-")[:2])
        return month(year, number_, locale)
    except (ValueError, TypeError):
        return None


def quarter(year: int, number_: int, locale: str) -> str:
    """A forecast's calendar quarter: Q4 2026 (en), 2026年第4季 (zh_TW)."""
    if not 1 <= number_ <= 4:
        raise ValueError(f"no quarter {number_}")
    return format_skeleton("yQQQ", date(year, 3 * number_ - 2, 1), locale=_locale(locale))


def iso_quarter(text: str, locale: str) -> str | None:
    """ "2026-Q4" as a quarter label; None when it is no such quarter."""
    try:
        year, _, number_ = text.partition("-Q")
        return quarter(int(year), int(number_), locale)
    except (ValueError, TypeError):
        return None


def iso_date(text: str, locale: str) -> str | None:
    """An ISO date read from the file ("2026-12-05") in the app's form (Dec 5, 2026); None when
    it is not one."""
    try:
        return medium_date(date.fromisoformat(text), locale)
    except (ValueError, TypeError):
        return None


def timestamp(moment: datetime, locale: str, *, compact: bool = False, long: bool = False) -> str:
    """A moment in this computer's local time: Dec 5, 2026 3:05 PM (en), 2026年12月5日 下午3:05.

    A moment without a zone is taken as UTC, as the file stores it. ``compact``: a 24-hour
    time for narrow columns (Dec 5, 2026 15:05); ``long``: the date in words (December 5, 2026 3:05 PM).
    """
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone()
    loc = _locale(locale)
    clock = format_skeleton("Hm", local, locale=loc) if compact else format_time(local, "short", locale=loc)
    # the date as every other date on screen reads, never digits only beside words
    day = long_date(local.date(), locale) if long else medium_date(local.date(), locale)
    return f"{day} {clock}"


def iso_timestamp(text: str, locale: str, *, compact: bool = False) -> str | None:
    """A timestamp read from the file ("2026-12-05T07:05:00Z") as :func:`timestamp` writes it;
    None when it is not one."""
    try:
        return timestamp(datetime.fromisoformat(text), locale, compact=compact)
    except (ValueError, TypeError, OverflowError, OSError):
        return None


def date_pattern(locale: str) -> str:
    """The CLDR pattern of :func:`short_date` ("M/d/y", "y/M/d"), for a date field to match."""
    return str(_locale(locale).datetime_skeletons["yMd"].pattern)


def days(count: int, locale: str) -> str:
    """A day count for a card: 23d (en), 23 天 (zh_TW); always days, never "3w"."""
    return format_timedelta(timedelta(days=count), granularity="day", threshold=math.inf,
                            format="narrow", locale=_locale(locale))
