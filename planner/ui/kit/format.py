"""Money, dates and day counts as a board card or column header writes them."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

# symbols people read at a glance; other currencies show their ISO code
_SYMBOLS = {"TWD": "NT$", "USD": "US$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "CN¥",
            "HKD": "HK$", "SGD": "S$", "AUD": "A$", "KRW": "₩"}


def symbol(currency: str) -> str:
    return _SYMBOLS.get(currency, f"{currency} ")


def money(value: float, currency: str) -> str:
    """The full amount, grouped by the locale: NT$8,600,000."""
    decimals = 0 if float(value).is_integer() else 2
    return symbol(currency) + QLocale().toString(float(value), "f", decimals)


def _chinese(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.Chinese


def compact(value: float, currency: str) -> str:
    """A short amount for headers: NT$8.6M, or NT$860萬 in Chinese."""
    locale = QLocale()
    steps = ((1e8, "億"), (1e4, "萬")) if _chinese(locale) else ((1e9, "B"), (1e6, "M"), (1e3, "K"))
    for size, unit in steps:
        if abs(value) >= size:
            scaled = value / size
            decimals = 0 if abs(scaled) >= 100 or float(round(scaled, 1)).is_integer() else 1
            return symbol(currency) + locale.toString(scaled, "f", decimals) + unit
    return money(round(value), currency)


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def short_date(value: date, today: date) -> str:
    """"Dec 15" this year, "Dec 15, 2027" otherwise (the locale's order and words)."""
    locale = QLocale()
    if _chinese(locale):
        fmt = "M月d日" if value.year == today.year else "yyyy/M/d"  # short enough for a card
    else:
        fmt = "MMM d" if value.year == today.year else "MMM d, yyyy"
    return locale.toString(qdate(value), fmt)


def long_date(value: date) -> str:
    locale = QLocale()
    return locale.toString(qdate(value), "yyyy年M月d日" if _chinese(locale) else "MMMM d, yyyy")


def days(n: int) -> str:
    """A compact day count for a card: 23d / 23天."""
    return translate("BoardFormat", "{n}d").format(n=n)


def main_currency(totals: dict[str, float]) -> str:
    """The currency carrying the most value: headers lead with it."""
    return max(totals.items(), key=lambda kv: (kv[1], kv[0]))[0] if totals else "TWD"


def per_currency(totals: dict[str, float], sep: str = " · ") -> str:
    return sep.join(money(v, c) for c, v in sorted(totals.items(), key=lambda kv: -kv[1]))


def summed(pairs: Iterable[tuple[str, float]]) -> dict[str, float]:
    out: dict[str, float] = {}
    for currency, value in pairs:
        out[currency] = out.get(currency, 0.0) + value
    return out
