"""Reading the numbers, dates and currencies of other tools' exports."""

from __future__ import annotations

from datetime import date

import pytest

from planner.transfer.values import (
    DateOrder,
    NumberStyle,
    currency_of,
    date_order,
    dollar,
    name_key,
    number_style,
    parse_amount,
    parse_date,
)


@pytest.mark.parametrize(("text", "value", "marker"), [
    ("12000", 12000, ""),
    ("1,250.50", 1250.5, ""),
    ("$1,250.50", 1250.5, "$"),
    ("€ 1.234,56", 1234.56, "€"),
    ("1 234,56 EUR", 1234.56, "EUR"),
    ("1\u00a0234,56", 1234.56, ""),
    ("1'250.5 CHF", 1250.5, "CHF"),
    ("NT$ 86,000", 86000, "NT$"),
    ("12,5", 12.5, ""),
    ("1.234.567", 1234567, ""),
    ("100 Bitcoin", 100, "Bitcoin"),
])
def test_amounts_as_tools_write_them(text: str, value: float, marker: str) -> None:
    amount = parse_amount(text, number_style([text]))
    assert amount is not None
    assert amount.value == pytest.approx(value)
    assert amount.marker == marker


@pytest.mark.parametrize("text", ["", "abc", "-5", "1,2,3.4.5", "12 and 13", "1.2.3,4,5"])
def test_what_is_not_one_amount(text: str) -> None:
    assert parse_amount(text, number_style([text])) is None


def test_a_column_decides_its_decimal_mark() -> None:
    # "1.234" alone is ambiguous; beside "99,5" it is a thousand and the comma is the decimal mark
    assert number_style(["1.234", "99,5"]) is NumberStyle.COMMA
    assert parse_amount("1.234", NumberStyle.COMMA).value == 1234  # type: ignore[union-attr]
    assert number_style(["1,234", "2,000"]) is NumberStyle.POINT


def test_currencies_by_code_or_unambiguous_symbol() -> None:
    assert currency_of("usd") == "USD"
    assert currency_of("NT$") == "TWD"
    assert currency_of("€") == "EUR"
    assert currency_of("XYZ") is None
    assert currency_of("$") is None  # ambiguous: decided by the file's home currency
    assert dollar("$", "TWD") == "TWD"
    assert dollar("$", "EUR") == "USD"


@pytest.mark.parametrize("text", ["2026-04-30", "2026-04-30 15:55:37", "2026-04-30T07:55:37Z", "2026/4/30",
                                  "2026年4月30日", "30.04.2026", "Apr 30, 2026", "30 April 2026", "46142"])
def test_dates_as_tools_write_them(text: str) -> None:
    assert parse_date(text, date_order([text])) == date(2026, 4, 30)


def test_slash_dates_follow_their_column() -> None:
    assert date_order(["03/04/2026", "25/12/2026"]) is DateOrder.DAY_FIRST
    assert date_order(["03/04/2026", "12/25/2026"]) is DateOrder.MONTH_FIRST
    assert parse_date("03/04/2026", DateOrder.DAY_FIRST) == date(2026, 4, 3)
    assert parse_date("03/04/2026", DateOrder.MONTH_FIRST) == date(2026, 3, 4)


@pytest.mark.parametrize("text", ["31/02/2026", "2026-02-30", "next week", "13/13/2026", "123"])
def test_bad_dates_are_none(text: str) -> None:
    assert parse_date(text) is None


def test_names_compare_without_case_or_spacing() -> None:
    assert name_key("  ACME   Ltd ") == name_key("acme ltd") == name_key("Ａｃｍｅ Ltd")
