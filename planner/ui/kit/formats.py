"""Dates between Python and Qt's date widgets, and the currencies a deal's field offers.

What people read (money, dates) is written by planner.domain.formats."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

COMMON_CURRENCIES = ("TWD", "USD", "EUR", "JPY", "CNY", "HKD", "SGD", "GBP", "KRW", "AUD")


def qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


def pydate(value: QDate) -> date | None:
    return date(value.year(), value.month(), value.day()) if value.isValid() else None
