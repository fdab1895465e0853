"""The forecast's rules: periods, overdue and undated deals, conversion, the two weightings."""

from __future__ import annotations

from datetime import date

import pytest

from planner.domain.forecast import (
    NO_DATE,
    OVERDUE,
    Figures,
    OpenDeal,
    StageRef,
    Unconverted,
    build,
    period_of,
)

TODAY = date(2026, 5, 15)
STAGES = (
    StageRef(1, "Key accounts", 11, "Discovery", 0, 20, None),
    StageRef(1, "Key accounts", 12, "Contract", 1, 70, 50.0),  # observed and meaningful
    StageRef(2, "Shop", 21, "Payment", 0, 60, None),
)
RATES = {"USD": 30.0}


def deal(deal_id: int, stage_id: int, value: float, currency: str = "TWD", closes: date | None = None,
         process_id: int | None = None) -> OpenDeal:
    process = process_id if process_id is not None else (2 if stage_id == 21 else 1)
    return OpenDeal(deal_id, 100 + deal_id, process, stage_id, value, currency, closes)


@pytest.mark.parametrize(("closes", "by", "period"), [
    (None, "month", NO_DATE),
    (None, "quarter", NO_DATE),
    (date(2026, 5, 14), "month", OVERDUE),  # the day before today
    (date(2020, 1, 1), "quarter", OVERDUE),
    (date(2026, 5, 15), "month", "2026-05"),  # closing today is not overdue
    (date(2026, 5, 15), "quarter", "2026-Q2"),
    (date(2026, 6, 30), "quarter", "2026-Q2"),
    (date(2026, 7, 1), "quarter", "2026-Q3"),
    (date(2026, 12, 31), "month", "2026-12"),
    (date(2026, 12, 31), "quarter", "2026-Q4"),
    (date(2027, 1, 1), "quarter", "2027-Q1"),
    (date(2027, 3, 31), "quarter", "2027-Q1"),
    (date(2027, 4, 1), "quarter", "2027-Q2"),
    (date(2027, 10, 9), "month", "2027-10"),
])
def test_the_period_of_a_close_date(closes: date | None, by: str, period: str) -> None:
    assert period_of(closes, TODAY, by) == period  # type: ignore[arg-type]


def test_an_unknown_granularity_is_refused() -> None:
    with pytest.raises(ValueError):
        period_of(date(2027, 1, 1), TODAY, "week")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        build([], STAGES, "TWD", RATES, "year", TODAY)  # type: ignore[arg-type]


def test_periods_run_overdue_first_then_by_date_then_undated() -> None:
    deals = [deal(1, 11, 100, closes=None), deal(2, 11, 100, closes=date(2027, 2, 1)),
             deal(3, 12, 100, closes=date(2026, 11, 3)), deal(4, 21, 100, closes=date(2025, 1, 1)),
             deal(5, 21, 100, closes=date(2026, 5, 15))]
    month = build(deals, STAGES, "TWD", RATES, "month", TODAY)
    assert month.periods == (OVERDUE, "2026-05", "2026-11", "2027-02", NO_DATE)
    quarter = build(deals, STAGES, "TWD", RATES, "quarter", TODAY)
    assert quarter.periods == (OVERDUE, "2026-Q2", "2026-Q4", "2027-Q1", NO_DATE)
    assert list(quarter.by_period()) == list(quarter.periods)
    assert month.total().deals == quarter.total().deals == 5
    # nothing is dropped: the overdue and the undated deal each sit in a period of their own
    assert month.by_period()[OVERDUE].deals == month.by_period()[NO_DATE].deals == 1


def test_no_overdue_or_undated_period_without_such_deals() -> None:
    forecast = build([deal(1, 11, 100, closes=date(2026, 6, 1))], STAGES, "TWD", RATES, "month", TODAY)
    assert forecast.periods == ("2026-06",)
    assert not forecast.empty
    empty = build([], STAGES, "TWD", RATES, "month", TODAY)
    assert empty.empty and empty.periods == () and empty.total() == Figures()
    assert set(empty.by_stage()) == {11, 12, 21} and set(empty.by_process()) == {1, 2}


def test_weighting_by_set_and_observed_rates() -> None:
    closes = date(2026, 6, 1)
    forecast = build([deal(1, 11, 1000, closes=closes), deal(2, 12, 1000, closes=closes),
                      deal(3, 12, 3000, closes=closes)], STAGES, "TWD", RATES, "month", TODAY)
    discovery, contract = forecast.cells[("2026-06", 11)], forecast.cells[("2026-06", 12)]
    # no observed rate: both weightings use the set one, and the deal is not counted as observed
    assert (discovery.value, discovery.weighted_set, discovery.weighted_observed) == (1000, 200, 200)
    assert discovery.observed_deals == 0
    assert (contract.value, contract.weighted_set, contract.weighted_observed) == (4000, 2800, 2000)
    assert (contract.deals, contract.observed_deals) == (2, 2)
    total = forecast.total()
    assert (total.deals, total.value, total.weighted_set, total.weighted_observed, total.observed_deals) == (
        3, 5000, 3000, 2200, 2)


def test_other_currencies_are_converted_and_those_without_a_rate_kept_apart() -> None:
    closes = date(2026, 6, 1)
    deals = [deal(1, 11, 1000, "TWD", closes), deal(2, 11, 100, "USD", closes),
             deal(3, 11, 5000, "JPY", closes), deal(4, 12, 2000, "JPY", closes), deal(5, 21, 10, "EUR", None)]
    forecast = build(deals, STAGES, "TWD", RATES, "month", TODAY)
    cell = forecast.cells[("2026-06", 11)]
    assert cell.deals == 3  # every deal counts, converted or not
    assert (cell.value, cell.weighted_set) == (1000 + 100 * 30, (1000 + 3000) * 0.2)
    assert cell.unconverted == {"JPY": Unconverted(1, 5000, 1000, 1000)}
    contract = forecast.cells[("2026-06", 12)]
    assert (contract.value, contract.weighted_set, contract.weighted_observed) == (0, 0, 0)
    assert contract.unconverted == {"JPY": Unconverted(1, 2000, 1400, 1000)}
    assert contract.observed_deals == 1
    total = forecast.total()
    assert total.value == 4000  # no yen and no euro in the home-currency amount
    assert total.unconverted == {"EUR": Unconverted(1, 10, 6, 6), "JPY": Unconverted(2, 7000, 2400, 2000)}
    assert list(total.unconverted) == ["EUR", "JPY"]
    assert forecast.by_period()[NO_DATE].unconverted == {"EUR": Unconverted(1, 10, 6, 6)}


def test_a_rate_that_cannot_convert_leaves_the_currency_apart() -> None:
    deals = [deal(1, 11, 100, "USD", None)]
    for rates in ({"USD": 0.0}, {"USD": float("nan")}, {"USD": -2.0}, {}):
        figures = build(deals, STAGES, "TWD", rates, "month", TODAY).total()
        assert figures.value == 0 and figures.unconverted == {"USD": Unconverted(1, 100, 20, 20)}
    assert build(deals, STAGES, "USD", {}, "month", TODAY).total().value == 100  # the home currency itself


def test_sums_by_stage_and_process_cover_every_stage_in_board_order() -> None:
    deals = [deal(1, 12, 100, closes=date(2026, 7, 1)), deal(2, 12, 100, closes=None),
             deal(3, 21, 50, closes=date(2026, 7, 2))]
    forecast = build(deals, STAGES, "TWD", RATES, "quarter", TODAY)
    by_stage = forecast.by_stage()
    assert list(by_stage) == [11, 12, 21]
    assert by_stage[11] == Figures()
    assert (by_stage[12].deals, by_stage[12].value) == (2, 200)
    by_process = forecast.by_process()
    assert list(by_process) == [1, 2]
    assert (by_process[1].value, by_process[2].value) == (200, 50)
    assert sum((f for f in by_process.values()), Figures()) == forecast.total()
    assert sum((f for f in forecast.by_period().values()), Figures()) == forecast.total()
    # cells: only non-empty ones, by period then board order
    assert list(forecast.cells) == [("2026-Q3", 12), ("2026-Q3", 21), (NO_DATE, 12)]


def test_a_deal_of_a_stage_not_shown_is_the_callers_to_check() -> None:
    with pytest.raises(KeyError):
        build([deal(1, 99, 100)], STAGES, "TWD", RATES, "month", TODAY)


def test_figures_add_up_and_merge_currencies() -> None:
    a = Figures(1, 10.0, 5.0, 4.0, 1, {"JPY": Unconverted(1, 100.0, 10.0, 10.0)})
    b = Figures(2, 20.0, 6.0, 7.0, 0, {"JPY": Unconverted(1, 50.0, 5.0, 5.0), "EUR": Unconverted(1, 1.0, 0.5, 0.5)})
    total = a + b
    assert (total.deals, total.value, total.weighted_set, total.weighted_observed, total.observed_deals) == (
        3, 30.0, 11.0, 11.0, 1)
    assert total.unconverted == {"EUR": Unconverted(1, 1.0, 0.5, 0.5), "JPY": Unconverted(2, 150.0, 15.0, 15.0)}
    assert a.unconverted == {"JPY": Unconverted(1, 100.0, 10.0, 10.0)}  # the parts are untouched
