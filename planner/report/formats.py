"""Dates, months, amounts and percentages as the report prints them."""

from __future__ import annotations

import math
from datetime import date

from planner.report.markup import one_line

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def day(value: date | None, lang: str, empty: str = "—") -> str:
    if value is None:
        return empty
    if lang == "zh_TW":
        return f"{value.year}/{value.month:02d}/{value.day:02d}"
    return f"{value.day} {_MONTHS_EN[value.month - 1]} {value.year}"


def long_day(value: date, lang: str) -> str:
    if lang == "zh_TW":
        return f"{value.year}年{value.month}月{value.day}日"
    return day(value, lang)


def month(value: str, lang: str, empty: str) -> str:
    """ "2025-03" as "Mar 2025" / "2025年3月"; "" as the empty label."""
    if not value:
        return empty
    try:
        year, number = (int(part) for part in value.split("-")[:2])
        if not 1 <= number <= 12:
            raise ValueError(value)
    except ValueError:
        return one_line(value)
    if lang == "zh_TW":
        return f"{year}年{number}月"
    return f"{_MONTHS_EN[number - 1]} {year}"


def amount(value: float) -> str:
    if value is None or not math.isfinite(value):
        return "—"
    if abs(value - round(value)) < 0.005:
        return f"{value:,.0f}"
    return f"{value:,.2f}"


def money(value: float, currency: str) -> str:
    code = one_line(currency)
    return f"{code} {amount(value)}" if code else amount(value)


def percent(value: int | float) -> str:
    return f"{value:g}%"
