"""The home currency and the exchange rates: stored in the file, checked, reported, upgraded."""

from __future__ import annotations

import math
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from builders import old_file

from planner import settings
from planner.domain.errors import InvalidInput
from planner.domain.money import Rate
from planner.services import Planner
from planner.services.changes import Changes
from planner.store import tamper
from planner.store.migration_steps import MIGRATION_NAMES, SCHEMA_VERSION


@pytest.fixture
def planner(tmp_path: Path) -> Planner:
    opened = Planner.open(tmp_path / "rates.planner", create=True)
    yield opened  # type: ignore[misc]
    opened.close()


def test_rates_are_kept_dated_and_replaced(planner: Planner) -> None:
    heard: list[Changes] = []
    planner.subscribe(heard.append)
    planner.rates.set("usd", 31.5, date(2026, 11, 30), language="zh_TW")
    planner.rates.set("JPY", 0.2, date(2026, 12, 1), language="zh_TW")
    planner.rates.set("USD", 32.0, date(2026, 12, 2), language="zh_TW")
    assert planner.rates.all() == [Rate("JPY", 0.2, date(2026, 12, 1)), Rate("USD", 32.0, date(2026, 12, 2))]
    assert all("exchange_rates" in c.settings for c in heard) and len(heard) == 3
    planner.rates.remove("jpy")
    assert planner.rates.table() == {"USD": 32.0}
    assert planner.rates.remove("JPY") == Changes()  # nothing to remove: nothing reported


def test_the_first_rate_fixes_the_home_currency_in_the_file(planner: Planner) -> None:
    assert planner.rates.home("zh_TW") == "TWD" and planner.rates.home("en", "en_US") == "USD"
    planner.rates.set("USD", 31.5, language="zh_TW")
    assert planner.settings.all()[settings.HOME_CURRENCY.key] == "TWD"
    assert planner.rates.home("en", "de_DE") == "TWD"  # whoever opens it next


@pytest.mark.parametrize(("currency", "rate"), [
    ("US", 1.0), ("US1", 1.0), ("", 1.0), ("ÄBC", 1.0), ("USD", 0.0), ("USD", -2.0),
    ("USD", math.inf), ("USD", math.nan), ("TWD", 1.0)])
def test_a_bad_rate_is_refused_and_nothing_is_written(planner: Planner, currency: str, rate: float) -> None:
    with pytest.raises(InvalidInput):
        planner.rates.set(currency, rate, language="zh_TW")
    assert planner.rates.all() == [] and settings.HOME_CURRENCY.key not in planner.settings.all()


def test_the_table_refuses_what_the_service_would(planner: Planner) -> None:
    conn = planner.store.conn
    for values in [("usd", 1.0, "2026-01-01"), ("USD", 0.0, "2026-01-01"), ("USD", 1.0, "soon")]:
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("INSERT INTO exchange_rates VALUES (?, ?, ?)", values)
    planner.rates.set("USD", 30.0, language="zh_TW")
    with pytest.raises(sqlite3.IntegrityError, match="key"):
        conn.execute("INSERT OR REPLACE INTO exchange_rates VALUES ('USD', 1.0, '2026-01-01')")
    assert planner.rates.table() == {"USD": 30.0}


@pytest.mark.parametrize("text", ["twd", " JPY "])
def test_the_home_currency_setting_takes_any_case(planner: Planner, text: str) -> None:
    planner.settings.set("home_currency", text)
    assert planner.rates.home() == text.strip().upper()


def test_the_home_currency_setting_refuses_what_is_no_code(planner: Planner) -> None:
    with pytest.raises(InvalidInput):
        planner.settings.set("home_currency", "NT$")


def test_a_version_6_file_gains_the_table_and_stays_untampered(tmp_path: Path) -> None:
    path = old_file(tmp_path / "v6.planner", MIGRATION_NAMES.index("0007_exchange_rates"))
    planner = Planner.open(path)
    try:
        assert planner.file.schema_version() == SCHEMA_VERSION
        assert planner.rates.all() == [] and tamper.differences(planner.store.conn) == []
        planner.rates.set("USD", 31.0, language="zh_TW")
        assert planner.rates.table() == {"USD": 31.0}
    finally:
        planner.close()
    assert (tmp_path / "v6.planner.v6.bak").exists()


def test_a_version_6_file_with_a_tampered_rule_is_not_upgraded(tmp_path: Path) -> None:
    from planner.domain.errors import FileRefused

    path = old_file(tmp_path / "v6.planner", 6, "DROP TRIGGER settings_guard_insert")
    with pytest.raises(FileRefused):
        Planner.open(path)


def test_an_unset_home_follows_the_deals_not_the_largest_amount_nor_the_language(planner: Planner) -> None:
    from builders import simple_process

    from planner.domain.model import Account, Deal

    pid = planner.processes.create(simple_process(3))
    acme = planner.accounts.create(Account(name="Acme"))
    for value in (100_000, 200_000):
        planner.deals.create(Deal(acme, pid, f"TWD {value}", value=value, currency="TWD"))
    planner.deals.create(Deal(acme, pid, "Tokyo", value=50_000_000, currency="JPY"))
    assert {planner.rates.home(lang, "en_US") for lang in ("en", "zh_TW")} == {"TWD"}


def test_a_new_home_currency_rebases_every_rate(planner: Planner) -> None:
    planner.rates.set("USD", 32.0, date(2026, 12, 1), language="zh_TW")
    planner.rates.set("JPY", 0.2, date(2026, 11, 1), language="zh_TW")
    with pytest.raises(InvalidInput):  # no rate to carry the others over with
        planner.settings.set("home_currency", "EUR")
    changes = planner.settings.set("home_currency", "usd")
    assert {"home_currency", "exchange_rates"} <= changes.settings
    assert planner.rates.all() == [Rate("JPY", 0.2 / 32.0, date(2026, 11, 1)),
                                   Rate("TWD", 1 / 32.0, date(2026, 12, 1))]
    assert planner.settings.set("home_currency", "USD") == Changes()


def test_a_home_currency_without_rates_is_simply_set(planner: Planner) -> None:
    planner.settings.set("home_currency", "EUR")
    assert planner.rates.home("zh_TW") == "EUR" and planner.rates.all() == []


def test_the_account_plan_carries_the_home_currency_and_its_rates(planner: Planner) -> None:
    from builders import new_deal

    deal = new_deal(planner, title="Main deal", account="Acme")
    planner.rates.set("JPY", 0.2, language="zh_TW")
    plan = planner.reports.account_plan(planner.deals.get(deal).account_id)
    assert (plan.home, plan.rates) == (planner.rates.home(), {"JPY": 0.2})
