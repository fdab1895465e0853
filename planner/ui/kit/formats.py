"""Numbers, money and dates as the user's locale writes them."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTimeZone

# currencies whose minor unit is rarely written in a quote
_NO_DECIMALS = {"TWD", "JPY", "KRW", "VND", "IDR", "CLP", "ISK", "HUF"}
COMMON_CURRENCIES = ("TWD", "USD", "EUR", "JPY", "CNY", "HKD", "SGD", "GBP", "KRW", "AUD")


def number(value: float, decimals: int | None = None) -> str:
    """Thousands separators from the locale; decimals only where they carry something."""
    if decimals is None:
        decimals = 0 if float(value).is_integer() else 2
    locale = QLocale()
    # the C locale omits separators; money is unreadable without them
    locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "f", decimals)


def decimals(value: float, currency: str) -> int:
    """Decimals for editing a value: none for whole amounts in currencies without cents."""
    return 0 if currency in _NO_DECIMALS and float(value).is_integer() else 2


def money(value: float, currency: str) -> str:
    decimals = 0 if currency in _NO_DECIMALS and float(value).is_integer() else None
    return f"{currency} {number(value, decimals)}"


def qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


def pydate(value: QDate) -> date | None:
    return date(value.year(), value.month(), value.day()) if value.isValid() else None


def day(value: date | None, long: bool = False) -> str:
    """A date in the locale's short (or long) form; empty when there is none."""
    if value is None:
        return ""
    locale = QLocale()
    if long:
        return locale.toString(qdate(value), QLocale.FormatType.LongFormat)
    return locale.toString(qdate(value), _four_digit_year(locale.dateFormat(QLocale.FormatType.ShortFormat)))


def iso_day(text: str) -> str:
    """An ISO date string from the file in the locale's form; other text unchanged."""
    try:
        return day(date.fromisoformat(text))
    except ValueError:
        return text


def timestamp(text: str, compact: bool = False) -> str:
    """A UTC ISO timestamp from the file, in local time and the locale's short form.

    ``compact``: the short date and a 24-hour time, for narrow columns.
    """
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    utc = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.utc())
    locale = QLocale()
    if compact:
        fmt = _four_digit_year(locale.dateFormat(QLocale.FormatType.ShortFormat)) + " HH:mm"
    else:
        fmt = _four_digit_year(locale.dateTimeFormat(QLocale.FormatType.ShortFormat))
    return locale.toString(utc.toLocalTime(), fmt)


def _four_digit_year(fmt: str) -> str:
    """Short formats write 26 for 2026 in some locales: too easy to misread in a log."""
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")
