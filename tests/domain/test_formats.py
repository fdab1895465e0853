"""Money and dates as people read them: one module for the screen and the PDF, both languages."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain import formats

DAY = date(2026, 12, 5)


@pytest.mark.parametrize(("value", "currency", "lang", "expected"), [
    (8_600_000, "TWD", "en", "NT$8,600,000"),
    (8_600_000, "TWD", "zh_TW", "$8,600,000"),  # Taiwan's own dollar, as Taiwan writes it
    (8_600_000, "USD", "zh_TW", "US$8,600,000"),  # ...so another dollar stays marked
    (12.5, "USD", "en", "$12.50"),
    (1234.5, "JPY", "en", "¥1,234"),  # no minor unit
    (0, "TWD", "en", "NT$0"),
    (-1234.5, "TWD", "en", "-NT$1,234.50"),
    (-86_000, "EUR", "zh_TW", "-€86,000"),
    (1e15, "TWD", "en", "NT$1,000,000,000,000,000"),
    (1234, "twd", "en", "NT$1,234"),  # the code as typed, upper-cased
])
def test_full_money(value: float, currency: str, lang: str, expected: str) -> None:
    assert formats.money(value, currency, lang) == expected


def test_money_with_the_iso_code_for_paper() -> None:
    assert formats.money(8_600_000, "TWD", "en", code=True) == "TWD 8,600,000"
    assert formats.money(8_600_000, "TWD", "zh_TW", code=True) == "TWD 8,600,000"
    assert formats.money(-12.5, "USD", "en", code=True) == "-USD 12.50"


@pytest.mark.parametrize(("currency", "expected"), [("XYZ", "XYZ 1,234.50"), ("", "1,234.50"), ("  ", "1,234.50")])
def test_unknown_or_missing_currency_shows_the_code_and_the_number(currency: str, expected: str) -> None:
    assert formats.money(1234.5, currency, "en") == expected
    assert formats.compact(1234.5, currency, "en") == expected.replace(".50", "")


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf")])
def test_not_a_number_is_a_dash(value: float) -> None:
    assert formats.money(value, "TWD", "en") == formats.NOTHING
    assert formats.compact(value, "TWD", "zh_TW") == formats.NOTHING
    assert formats.number(value, "en") == formats.NOTHING


@pytest.mark.parametrize(("value", "currency", "lang", "expected"), [
    (8_600_000, "TWD", "en", "NT$8.6M"),
    (12_000, "TWD", "en", "NT$12K"),
    (-86_000, "TWD", "en", "-NT$86K"),
    (5e9, "EUR", "en", "€5B"),
    (999, "TWD", "en", "NT$999"),  # below a thousand: the whole amount
    (8_600_000, "TWD", "zh_TW", "$860萬"),
    (123_456_789, "TWD", "zh_TW", "$1.2億"),
    (12_000, "TWD", "zh_TW", "$1.2萬"),
    (9_999, "TWD", "zh_TW", "$9,999"),  # below 萬: the whole amount, not "$10K"
    (-86_000, "TWD", "zh_TW", "-$8.6萬"),
    (0, "TWD", "zh_TW", "$0"),
    (6_030_000, "TWD", "zh_TW", "$603萬"),  # no tenth above a hundred units: $603萬, not $603.0萬
    (123_456_789, "TWD", "en", "NT$123M"),
])
def test_compact_money(value: float, currency: str, lang: str, expected: str) -> None:
    assert formats.compact(value, currency, lang) == expected


def test_totals_per_currency_largest_first() -> None:
    assert formats.money_list({"USD": 12_000, "TWD": 8_600_000}, "en") == "NT$8,600,000 · $12,000"
    assert formats.money_list({}, "en") == ""


@pytest.mark.parametrize(("lang", "short", "medium", "long", "month"), [
    ("en", "12/5/2026", "Dec 5, 2026", "December 5, 2026", "Dec 2026"),
    ("zh_TW", "2026/12/5", "2026年12月5日", "2026年12月5日", "2026年12月"),
])
def test_dates(lang: str, short: str, medium: str, long: str, month: str) -> None:
    assert formats.short_date(DAY, lang) == short
    assert formats.medium_date(DAY, lang) == medium
    assert formats.long_date(DAY, lang) == long
    assert formats.month(2026, 12, lang) == month
    assert formats.iso_month("2026-12", lang) == month
    assert formats.iso_date("2026-12-05", lang) == medium  # one form on screen


def test_card_dates_drop_this_years_number() -> None:
    assert formats.card_date(DAY, date(2026, 1, 1), "en") == "Dec 5"
    assert formats.card_date(DAY, date(2025, 1, 1), "en") == "Dec 5, 2026"
    assert formats.card_date(DAY, date(2026, 1, 1), "zh_TW") == "12月5日"
    assert formats.month_day(DAY, "zh_TW") == "12/5"


@pytest.mark.parametrize("text", ["", "soon", "2026-13", "2026-12-32", "12/05/2026"])
def test_text_that_is_no_date_is_none(text: str) -> None:
    assert formats.iso_date(text, "en") is None
    assert formats.iso_timestamp(text, "en") is None
    assert formats.iso_month(text if text != "2026-12-32" else "x", "en") is None


def test_timestamps_are_local_time_with_a_four_digit_year(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Taipei")
    import time
    time.tzset()
    try:
        moment = datetime(2026, 12, 5, 7, 5, tzinfo=UTC)  # 15:05 in Taipei
        assert formats.timestamp(moment, "en", compact=True) == "Dec 5, 2026 15:05"
        assert formats.timestamp(moment, "zh_TW", compact=True) == "2026年12月5日 15:05"
        assert formats.iso_timestamp("2026-12-05T07:05:00Z", "zh_TW") == "2026年12月5日 下午3:05"
        assert formats.timestamp(moment, "en", long=True) == "December 5, 2026 3:05\u202fPM".replace(
            "\u202f", formats.timestamp(moment, "en")[-3])
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_day_counts_stay_in_days() -> None:
    assert formats.days(23, "en") == "23d"
    assert formats.days(400, "en") == "400d"  # never "1y": the board counts days
    assert formats.days(0, "zh_TW").startswith("0") and "天" in formats.days(0, "zh_TW")


def test_numbers_and_percentages() -> None:
    assert formats.number(1_234_567.891, "en") == "1,234,567.89"
    assert formats.number(8_600_000, "zh_TW") == "8,600,000"
    assert formats.percent(25, "en") == "25%"
    assert formats.percent(12.5, "zh_TW") == "12.5%"


def test_edit_decimals_follow_how_the_currency_is_quoted() -> None:
    assert formats.edit_decimals(8_600_000, "TWD") == 0
    assert formats.edit_decimals(1.5, "TWD") == 2  # a value with cents keeps them
    assert formats.edit_decimals(100, "USD") == 2
    assert formats.edit_decimals(1, "KWD") == 3
    assert formats.edit_decimals(1, "XYZ") == 2


def test_an_unknown_locale_falls_back_to_english() -> None:
    assert formats.money(1, "TWD", "xx_YY") == formats.money(1, "TWD", "en")
    assert formats.medium_date(DAY, "") == "Dec 5, 2026"
    assert formats.date_pattern("zh-TW") == "y/M/d"


@given(value=st.floats(allow_nan=True, allow_infinity=True),
       currency=st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=3, max_size=3),
       lang=st.sampled_from(["en", "zh_TW"]))
def test_any_amount_in_any_code_formats(value: float, currency: str, lang: str) -> None:
    for text in (formats.money(value, currency, lang), formats.money(value, currency, lang, code=True),
                 formats.compact(value, currency, lang)):
        assert text and text.strip()


@given(day=st.dates(min_value=date(1, 1, 1)), lang=st.sampled_from(["en", "zh_TW"]))
def test_any_date_formats_with_its_year(day: date, lang: str) -> None:
    for text in (formats.short_date(day, lang), formats.medium_date(day, lang), formats.long_date(day, lang)):
        assert str(day.year) in text
