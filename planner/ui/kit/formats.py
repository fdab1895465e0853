"""Dates between Python and Qt's date widgets, the currencies a deal's field offers, and
account names as lists show them (two accounts of one name told apart).

What people read (money, dates) is written by planner.domain.formats."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate

from planner.domain import formats
from planner.domain.model import Account
from planner.i18n import current_language

COMMON_CURRENCIES = ("TWD", "USD", "EUR", "JPY", "CNY", "HKD", "SGD", "GBP", "KRW", "AUD")


def qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


def pydate(value: QDate) -> date | None:
    return date(value.year(), value.month(), value.day()) if value.isValid() else None


def date_display_format(language: str | None = None) -> str:
    """Every date field's Qt display format: the app's typed date order for the language
    (M/d/yyyy, yyyy/M/d), four-digit years (CLDR's y is Qt's yyyy)."""
    return re.sub("y+", "yyyy", formats.date_pattern(language or current_language()))


def account_labels(accounts: Iterable[Account]) -> dict[int, str]:
    """Each account's name as a list shows it, by id: a name that two accounts share gets
    what tells them apart (the industry, and the id that the command line also takes), so
    that two accounts never look identical."""
    listed = [a for a in accounts if a.id is not None]
    seen = Counter(a.name.strip().casefold() for a in listed)
    labels = {}
    for a in listed:
        assert a.id is not None
        if seen[a.name.strip().casefold()] < 2:
            labels[a.id] = a.name
        elif a.industry.strip():
            labels[a.id] = QCoreApplication.translate("Accounts", "{name} ({industry}, #{id})").format(
                name=a.name, industry=a.industry.strip(), id=a.id)
        else:
            labels[a.id] = QCoreApplication.translate("Accounts", "{name} (#{id})").format(name=a.name, id=a.id)
    return labels


def same_name(name: str, accounts: Iterable[Account], but: int | None = None) -> Account | None:
    """An account other than ``but`` already called ``name`` (ignoring case and spaces), or None."""
    wanted = " ".join(name.split()).casefold()
    if not wanted:
        return None
    return next((a for a in accounts if a.id != but and " ".join(a.name.split()).casefold() == wanted), None)
