"""Totals in the home currency: converted with the file's rates, the rest kept apart."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain import money

codes = st.sampled_from(["TWD", "USD", "JPY", "EUR", "GBP"])
values = st.floats(min_value=0, max_value=1e12, allow_nan=False)
rates = st.dictionaries(codes, st.floats(min_value=1e-6, max_value=1e6), max_size=4)
amounts = st.lists(st.tuples(values, codes, st.integers(0, 100).map(float)), max_size=20)


def test_the_yen_deal_stays_apart_from_a_twd_headline() -> None:
    found = money.totals([(1_200_000, "TWD", 50), (50_000_000, "JPY", 10)], "TWD", {})
    assert (found.value, found.weighted) == (1_200_000, 600_000)
    assert found.unconverted == {"JPY": 50_000_000} and found.unconverted_weighted == {"JPY": 5_000_000}


def test_a_rate_brings_a_currency_in() -> None:
    found = money.totals([(1_000, "USD", 100), (100, "TWD", 0)], "TWD", {"USD": 32.0})
    assert (found.value, found.weighted, found.unconverted) == (32_100, 32_000, {})


@pytest.mark.parametrize("rate", [0.0, -1.0, math.inf, math.nan])
def test_an_unusable_rate_converts_nothing(rate: float) -> None:
    assert money.convert(5, "USD", "TWD", {"USD": rate}) is None


@given(values, codes, rates)
def test_the_home_currency_converts_to_itself(value: float, home: str, table: dict[str, float]) -> None:
    assert money.convert(value, home, home, table) == value


@given(amounts, codes, rates)
def test_nothing_without_a_rate_is_mixed_in(items: list[tuple[float, str, float]], home: str,
                                            table: dict[str, float]) -> None:
    found = money.totals(items, home, table)
    convertible = [(v, c, w) for v, c, w in items if c == home or c in table]
    assert found.value == pytest.approx(sum(money.convert(v, c, home, table) or 0 for v, c, _ in convertible))
    assert set(found.unconverted) == {c for _, c, _ in items if c != home and c not in table}
    for currency, total in found.unconverted.items():
        assert total == pytest.approx(sum(v for v, c, _ in items if c == currency))
    assert found.weighted <= found.value * (1 + 1e-9) + 1e-6


@given(amounts, amounts, codes, rates)
def test_totals_add_up_by_parts(a: list[tuple[float, str, float]], b: list[tuple[float, str, float]],
                                home: str, table: dict[str, float]) -> None:
    whole, parts = money.totals(a + b, home, table), money.totals(a, home, table) + money.totals(b, home, table)
    assert whole.value == pytest.approx(parts.value) and whole.unconverted.keys() == parts.unconverted.keys()


@pytest.mark.parametrize(("language", "system", "home"), [
    ("zh_TW", "en_US", "TWD"), ("en", "en_US", "USD"), ("en", "de_DE.UTF-8", "EUR"),
    ("en", "ja_JP", "JPY"), ("en", "", "USD"), ("en", "xx_??", "USD"), ("en", "C", "USD")])
def test_the_default_home_follows_the_language_then_the_region(language: str, system: str, home: str) -> None:
    assert money.default_home(language, system) == home
