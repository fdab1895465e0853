"""The account plan's totals are in the home currency; a currency without a rate is printed
apart and flagged, never added in; each deal keeps its own amount."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from pdf_plans import PRINTED, REFERENCE_ZH, deal_plan, forecast_of, make_process

from planner.domain.model import Account, Deal
from planner.domain.plan import AccountPlan


def yen_plan(rates: dict[str, float]) -> AccountPlan:
    process = make_process(REFERENCE_ZH, "大型設備專案流程")
    deals = [deal_plan(process, Deal(account_id=1, process_id=1, title=title, value=value, currency=currency,
                                     expected_close=date(2025, 6, 15), id=i + 1), 0)
             for i, (title, value, currency) in enumerate([("Line 1", 1_000_000, "TWD"),
                                                           ("Line 2", 2_000_000, "TWD"),
                                                           ("Tokyo plant", 50_000_000, "JPY")])]
    return AccountPlan(Account(id=1, name="Acme"), [], deals, [], forecast_of(deals), PRINTED,
                       home="TWD", rates=rates)


def test_a_yen_deal_without_a_rate_is_printed_apart(write) -> None:  # noqa: ANN001
    text = write(yen_plan({}), "en").text
    assert "TWD 3,000,000" in text  # the open pipeline, in the home currency only
    assert "+ JPY 50,000,000 without an" in text and "Not in the total: no rate" in text
    assert "50,000,000" in text  # the deal's own amount, as entered


def test_a_rate_brings_the_yen_into_the_totals(write) -> None:  # noqa: ANN001
    text = write(yen_plan({"JPY": 0.2}), "en").text
    assert "TWD 13,000,000" in text
    assert "without an" not in text and "Not in the total" not in text


@pytest.mark.parametrize("lang", ["en", "zh_TW"])
def test_a_plan_without_a_home_prints_totals_by_currency(write, lang: str) -> None:  # noqa: ANN001
    text = write(dataclasses.replace(yen_plan({}), home=""), lang).text
    assert "3,000,000" in text and "50,000,000" in text and "無匯率" not in text
