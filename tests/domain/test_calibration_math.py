"""Calibration's arithmetic: the Wilson interval, the percentiles, and what holds for any record."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain.calibration import (
    MIN_CLOSED,
    DealPath,
    calibrate,
    median,
    nearest_rank,
    wilson,
)
from planner.domain.model import DealStatus, Process, Stage


# Newcombe (1998), "Two-sided confidence intervals for the single proportion", table I,
# method 3 (score interval without continuity correction)
@pytest.mark.parametrize(("won", "n", "low", "high"), [
    (81, 263, 0.2553, 0.3662),
    (15, 148, 0.0624, 0.1605),
    (0, 20, 0.0, 0.1611),
    (1, 29, 0.0061, 0.1718),
    (29, 29, 0.8830, 1.0),  # the mirror of 0 in 29: 1 - z²/(n + z²)
])
def test_wilson_matches_published_values(won: int, n: int, low: float, high: float) -> None:
    found = wilson(won, n)
    assert found.low == pytest.approx(low, abs=5e-5)
    assert found.high == pytest.approx(high, abs=5e-5)


def test_wilson_refuses_what_is_not_a_proportion() -> None:
    for won, n in ((0, 0), (3, 2), (-1, 4)):
        with pytest.raises(ValueError):
            wilson(won, n)


@given(st.integers(1, 10_000).flatmap(lambda n: st.tuples(st.integers(0, n), st.just(n))))
def test_the_interval_holds_the_observed_share(pair: tuple[int, int]) -> None:
    won, n = pair
    low, high = wilson(won, n)
    assert 0.0 <= low <= won / n <= high <= 1.0


def test_median_and_80th_percentile_by_nearest_rank() -> None:
    assert median([]) is None and nearest_rank([], 80) is None
    assert median([7]) == 7 and nearest_rank([7], 80) == 7
    assert median([1, 2, 3, 10]) == 2.5
    assert nearest_rank([1, 2, 3, 4, 5], 80) == 4  # 4 of 5 do not exceed 4
    assert nearest_rank([1, 2, 3, 4, 5, 6], 80) == 5  # ceil(4.8) = 5th
    assert nearest_rank(list(range(1, 11)), 80) == 8


PROCESS = Process("P", [Stage(f"S{i}", f"M{i}", 20 * i, position=i, id=10 + i, process_id=1) for i in range(4)],
                  id=1)
START = date(2024, 1, 1)


@st.composite
def paths(draw: st.DrawFn) -> DealPath:
    """A deal as the file's rules allow it: it stops at some stage and ends there somehow."""
    last = draw(st.integers(0, 3))
    status = draw(st.sampled_from(DealStatus))
    if status == DealStatus.WON:
        last = 3
    gaps = draw(st.lists(st.integers(-5, 60), min_size=last + 1, max_size=last + 1))
    day, confirmed = START, []
    for k in range(last + (status in (DealStatus.WON, DealStatus.LOST))):
        day = day + timedelta(days=max(gaps[k], 0 if k else gaps[k]))
        confirmed.append((10 + k, day))
    return DealPath(draw(st.integers(1, 10**6)), 1, 10 + last, status, START, tuple(confirmed))


@given(st.lists(paths(), max_size=60))
def test_every_stage_accounts_for_every_deal_that_entered_it(found: list[DealPath]) -> None:
    result = calibrate(PROCESS, found)
    assert result.deals == len(found)
    assert result.stages[0].entered == len(found)  # every deal starts in the first stage
    for before, after in zip(result.stages, result.stages[1:], strict=False):
        assert after.entered <= before.entered and after.won == before.won  # a win passes every stage
    for s in result.stages:
        assert s.won + s.lost + s.abandoned + s.open == s.entered
        assert s.entered == sum(1 for p in found if p.stage_id >= s.stage_id)
        if s.closed:
            assert s.interval is not None and s.won_share == s.won / s.closed
            assert 0 <= s.interval.low <= s.won_share <= s.interval.high <= 1
        else:
            assert s.interval is None and s.won_share is None
        assert (s.observed_rate is not None) == (s.closed >= MIN_CLOSED)
        assert s.timed <= s.won
        if s.timed:
            assert s.median_days is not None and s.p80_days is not None
            assert 0 <= s.median_days <= max(s.p80_days, s.median_days)


def test_a_stage_added_after_a_won_deal_was_not_entered_by_it() -> None:
    grown = Process("P", [*PROCESS.stages, Stage("S4", "M4", 95, position=4, id=14, process_id=1)], id=1)
    won = DealPath(1, 1, 13, DealStatus.WON, START, tuple((10 + k, START + timedelta(days=k)) for k in range(4)))
    result = calibrate(grown, [won])
    assert [s.entered for s in result.stages] == [1, 1, 1, 1, 0]
    assert [s.timed for s in result.stages] == [1, 1, 1, 1, 0]


def test_a_first_stage_backdated_before_the_deal_gives_no_time() -> None:
    backdated = DealPath(1, 1, 13, DealStatus.WON, START,
                         tuple((10 + k, START - timedelta(days=30 - k)) for k in range(4)))
    result = calibrate(PROCESS, [backdated])
    assert [s.timed for s in result.stages] == [0, 1, 1, 1]
    assert [s.median_days for s in result.stages] == [None, 1, 1, 1]


def test_below_the_minimum_sample_the_rate_is_not_given_but_its_interval_is() -> None:
    lost = [DealPath(i, 1, 10, DealStatus.LOST, START, ((10, START),)) for i in range(MIN_CLOSED - 1)]
    s = calibrate(PROCESS, lost).stages[0]
    assert s.observed_rate is None and s.adoptable_rate is None and s.interval is not None
    s = calibrate(PROCESS, [*lost, DealPath(99, 1, 10, DealStatus.ABANDONED, START)]).stages[0]
    assert s.observed_rate == 0.0 and s.adoptable_rate == 0 and s.closed == MIN_CLOSED
