"""When a deal counts as stalled: its wins' 80th percentile, or idle days while too few wins."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from planner.domain.calibration import StageCalibration, nearest_rank
from planner.domain.model import Card, DealStatus
from planner.domain.stalled import (
    MIN_TIMED,
    Basis,
    Placed,
    Threshold,
    assess,
    by_stage,
    stalled_deals,
    threshold,
)

TODAY = date(2026, 6, 1)


def stage(stage_id: int = 1, samples: list[int] | None = None) -> StageCalibration:
    days = sorted(samples or [])
    return StageCalibration(
        stage_id=stage_id, name=f"S{stage_id}", position=0, configured_rate=50, entered=len(days),
        won=len(days), lost=0, abandoned=0, open=0, won_share=None, interval=None, meaningful=False,
        median_days=None, p80_days=nearest_rank(days, 80), timed=len(days))


def card(deal_id: int = 1, stage_id: int = 1, idle: int = 0, status: DealStatus = DealStatus.OPEN,
         milestone: bool = True, archived: bool = False, title: str = "Deal") -> Card:
    since = TODAY - timedelta(days=idle)
    return Card(deal_id, title, "Acme", stage_id, status, 1000.0, "TWD", None,
                since if milestone else None, since if not milestone else TODAY - timedelta(days=900),
                0, 0, "", 7, archived)


def test_enough_wins_set_the_bar_at_their_80th_percentile() -> None:
    record = stage(samples=[3, 5, 8, 12, 18])  # rank ceil(0.8 * 5) = 4: 12 days
    assert threshold(record, idle_days=30) == Threshold(12, Basis.TRACK_RECORD, 5)
    assert assess(card(idle=12), TODAY, {1: record}, 30) is None  # as slow as the bar: not yet
    assert assess(card(idle=13), TODAY, {1: record}, 30) == Threshold(12, Basis.TRACK_RECORD, 5)


def test_too_few_wins_fall_back_to_the_idle_setting() -> None:
    record = stage(samples=[1] * (MIN_TIMED - 1))
    assert threshold(record, idle_days=14) == Threshold(14, Basis.IDLE_SETTING, MIN_TIMED - 1)
    assert threshold(None, idle_days=14) == Threshold(14, Basis.IDLE_SETTING, 0)
    assert assess(card(idle=10), TODAY, {1: record}, 14) is None  # past the wins' 1 day, not past 14
    assert assess(card(idle=15, stage_id=9), TODAY, {1: record}, 14) == Threshold(14, Basis.IDLE_SETTING, 0)


def test_days_count_from_creation_until_the_first_milestone() -> None:
    fresh = card(idle=20, milestone=False)
    assert fresh.days_idle(TODAY) == 20
    assert assess(fresh, TODAY, {}, 14) == Threshold(14, Basis.IDLE_SETTING, 0)


def test_closed_and_archived_deals_are_never_listed() -> None:
    records = by_stage([])
    cards = [Placed(card(1, idle=99, status=s), 3, "P", "S") for s in DealStatus if s != DealStatus.OPEN]
    cards.append(Placed(card(9, idle=99, archived=True), 3, "P", "S"))
    assert stalled_deals(cards, TODAY, records, 14) == []


def test_the_review_lists_the_furthest_past_their_bar_first() -> None:
    records = {1: stage(1, [10] * 5), 2: stage(2)}
    found = stalled_deals([
        Placed(card(1, 1, idle=12, title="b"), 3, "P", "First"),  # 2 past the wins' 10
        Placed(card(2, 2, idle=30, title="a"), 3, "P", "Second"),  # 16 past 14 idle days
        Placed(card(3, 1, idle=12, title="A"), 3, "P", "First"),  # 2 past: ties by title
        Placed(card(4, 2, idle=14), 3, "P", "Second"),  # not past
    ], TODAY, records, 14)
    assert [(d.deal_id, d.days_over, d.threshold.basis, d.stage, d.process_id) for d in found] == [
        (2, 16, Basis.IDLE_SETTING, "Second", 3), (3, 2, Basis.TRACK_RECORD, "First", 3),
        (1, 2, Basis.TRACK_RECORD, "First", 3)]


@given(samples=st.lists(st.integers(0, 400), max_size=30), idle_days=st.integers(0, 400),
       days=st.integers(0, 1000), status=st.sampled_from(list(DealStatus)))
def test_stalled_exactly_when_open_and_past_the_documented_bar(
        samples: list[int], idle_days: int, days: int, status: DealStatus) -> None:
    record = stage(samples=samples)
    bar = threshold(record, idle_days)
    ordered = sorted(samples)
    if len(samples) >= MIN_TIMED:
        # the bar is a real win's time, and at least 80% of the wins were no slower
        assert bar.basis == Basis.TRACK_RECORD and bar.days in samples
        assert sum(s <= bar.days for s in samples) * 5 >= 4 * len(samples)
        assert sum(s < bar.days for s in samples) * 5 < 4 * len(samples) or bar.days == ordered[0]
    else:
        assert bar == Threshold(idle_days, Basis.IDLE_SETTING, len(samples))
    found = assess(card(idle=days, status=status), TODAY, {1: record}, idle_days)
    assert (found is not None) == (status == DealStatus.OPEN and days > bar.days)
    assert found in (None, bar)
    # one day slower never un-stalls a deal
    if found is not None:
        assert assess(card(idle=days + 1), TODAY, {1: record}, idle_days) == bar
