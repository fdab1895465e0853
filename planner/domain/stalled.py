"""Give up in time: when an open deal has sat in its stage longer than your wins did.

Definitions (plain Python, so the board, the review and the tests read one truth):

- *Days in stage* of an open deal: days since it entered its current stage, i.e. since its
  last confirmed milestone, or since it was created while it has none (``Card.days_idle``;
  the same start ``calibration`` gives a stage). Never since the last edit.
- The *threshold* of a stage: the 80th percentile of the days your won deals spent in it
  (``StageCalibration.p80_days``) once at least ``MIN_TIMED`` won deals gave a time there;
  below that, the file's idle-days setting. Five samples: with fewer, the nearest-rank 80th
  percentile is simply the slowest win (n <= 4 gives rank n), one outlier would set the bar.
- A deal is *stalled* when it is open and its days in stage exceed the threshold (strictly:
  a deal exactly as slow as 80% of your wins is not stalled yet).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from enum import StrEnum
from typing import NamedTuple

from planner.domain.calibration import ProcessCalibration, StageCalibration
from planner.domain.model import Card, DealStatus

MIN_TIMED = 5  # won deals with a time in the stage before their 80th percentile is the bar


class Basis(StrEnum):
    """Where a stage's threshold comes from, so the UI can say why a deal is stalled."""

    TRACK_RECORD = "p80"  # the 80th percentile of your won deals' days in the stage
    IDLE_SETTING = "idle_days"  # too few timed wins yet: the idle-days setting


class Threshold(NamedTuple):
    days: int  # stalled after more than this many days in the stage
    basis: Basis
    samples: int  # won deals that gave a time in the stage (whatever the basis)


class StalledDeal(NamedTuple):
    """One row of the "Stalled deals" review."""

    deal_id: int
    title: str
    account_id: int
    account: str
    process_id: int
    process: str
    stage_id: int
    stage: str
    days_in_stage: int
    threshold: Threshold

    @property
    def days_over(self) -> int:
        return self.days_in_stage - self.threshold.days


def threshold(stage: StageCalibration | None, idle_days: int, min_timed: int = MIN_TIMED) -> Threshold:
    """The bar of one stage: its wins' 80th percentile with enough of them, else idle days.

    ``stage`` None: nothing is known of the stage (a process calibration could not read)."""
    if stage is not None and stage.p80_days is not None and stage.timed >= min_timed:
        return Threshold(stage.p80_days, Basis.TRACK_RECORD, stage.timed)
    return Threshold(idle_days, Basis.IDLE_SETTING, stage.timed if stage is not None else 0)


def by_stage(calibrations: Iterable[ProcessCalibration]) -> dict[int, StageCalibration]:
    """Every stage's track record by stage id (what a board keeps for one load)."""
    return {s.stage_id: s for p in calibrations for s in p.stages}


def is_stalled(status: DealStatus, days_in_stage: int, bar: Threshold) -> bool:
    return status == DealStatus.OPEN and days_in_stage > bar.days


def assess(card: Card, today: date, stages: Mapping[int, StageCalibration], idle_days: int) -> Threshold | None:
    """The threshold ``card`` has passed, or None when it is not stalled (or not open)."""
    bar = threshold(stages.get(card.stage_id), idle_days)
    return bar if is_stalled(card.status, card.days_idle(today), bar) else None


class Placed(NamedTuple):
    """A card with the names of where it sits (a card knows only its stage's id)."""

    card: Card
    process_id: int
    process: str
    stage: str


def stalled_deals(cards: Iterable[Placed], today: date,
                  stages: Mapping[int, StageCalibration], idle_days: int) -> list[StalledDeal]:
    """The stalled ones of ``cards``, furthest past their bar first.

    Archived deals are left out: they are put away, the review is about the live pipeline."""
    found = []
    for card, process_id, process, stage in cards:
        if card.archived:
            continue
        bar = assess(card, today, stages, idle_days)
        if bar is None:
            continue
        found.append(StalledDeal(
            card.deal_id, card.title, card.account_id, card.account, process_id,
            process, card.stage_id, stage, card.days_idle(today), bar))
    found.sort(key=lambda d: (-d.days_over, d.title.casefold(), d.deal_id))
    return found

