"""Your own track record: observed win rates and time in stage, from confirmed milestones.

Plain Python over read models the store gives (``DealPath``), so the definitions below are
the whole truth of what ``calibrate`` and the app show; README ("Your track record")
writes the same in SQL for anyone who wants to recompute them.

Definitions (for one process, its stages in their current order):

- Every deal of the process counts, archived or not, whatever its status; a follow-up is a
  deal of its own. Deleted deals are gone (only a deal without milestones can be deleted).
- A deal *entered* a stage if that stage is at or before the stage it is in now (for a
  closed deal: the stage it was won, lost or abandoned in). The file's rules make this the
  same as "the stage is the process's first one, or the deal confirmed the milestone of the
  stage before it": a deal never skips a milestone, and nothing is placed before a stage
  that deals have reached. A stage added after a won deal's last one was not entered by it.
- Of the deals that entered a stage: won, lost, abandoned and open by their status now.
  Closed = won + lost + abandoned (an abandoned deal is closed and not won).
- Observed chance of winning from the stage = won / closed, with a 95% Wilson score
  interval; it is *meaningful* from ``MIN_CLOSED`` closed deals on (below that, the interval
  spans more than half the scale whatever the rate: the figure would be noise).
- The day a deal entered a stage: for the first stage, the day it was created (the local
  date of ``deals.created_at``); for a later stage, the day the previous stage's milestone
  was confirmed. Time in stage = days from entering a stage to confirming its milestone,
  for deals that went on to win (every stage they passed counts). A first stage whose
  milestone is dated before the deal was created (a deal recorded after the fact) has no
  known start and gives no sample.
- Median: the middle sample, or the mean of the two middle ones. 80th percentile: the
  nearest rank, i.e. the smallest number of days that at least 80% of the samples do not
  exceed (sample number ceil(0.8 n) in ascending order).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from typing import NamedTuple

from planner.domain.model import DealStatus, Process

MIN_CLOSED = 10  # closed deals a stage needs before its observed rate means something
Z_95 = 1.959963984540054  # the standard normal quantile for a two-sided 95% interval


class DealPath(NamedTuple):
    """What calibration needs of one deal: where it is, how it ended, when it moved."""

    deal_id: int
    process_id: int
    stage_id: int  # the stage it is in now (for a closed deal: where it closed)
    status: DealStatus
    started_on: date  # the local day the deal was created
    confirmed: Sequence[tuple[int, date]] = ()  # (stage id, confirmed on) of its milestones


class Interval(NamedTuple):
    low: float
    high: float


class StageCalibration(NamedTuple):
    """One stage's track record next to the win rate configured for it."""

    stage_id: int
    name: str
    position: int
    configured_rate: int  # percent, as the process says
    entered: int
    won: int
    lost: int
    abandoned: int
    open: int
    won_share: float | None  # won / closed, whatever the sample (None: nothing closed)
    interval: Interval | None  # 95% Wilson score interval of won_share
    meaningful: bool  # closed >= MIN_CLOSED
    median_days: float | None  # time in stage of deals that went on to win
    p80_days: int | None
    timed: int  # how many won deals gave a time in stage

    @property
    def closed(self) -> int:
        return self.won + self.lost + self.abandoned

    @property
    def observed_rate(self) -> float | None:
        """The observed chance of winning (0-1), only once the sample means something."""
        return self.won_share if self.meaningful else None

    @property
    def adoptable_rate(self) -> int | None:
        """The observed rate as a whole percent, as a stage's win rate is kept."""
        rate = self.observed_rate
        return None if rate is None else math.floor(rate * 100 + 0.5)


class ProcessCalibration(NamedTuple):
    process_id: int
    name: str
    archived: bool
    deals: int
    stages: list[StageCalibration]


class RateAdoption(NamedTuple):
    """An observed rate adopted as a stage's win rate, as recorded then: the rate before and
    after, and the sample behind it (``won`` of ``closed`` deals that entered the stage)."""

    id: int
    process_id: int
    stage_id: int
    old_rate: int
    new_rate: int
    won: int
    closed: int
    adopted_at: str  # UTC timestamp

    @property
    def observed(self) -> float | None:
        """The observed share (0-1) the rate came from; None without closed deals."""
        return self.won / self.closed if self.closed else None


def wilson(successes: int, trials: int, z: float = Z_95) -> Interval:
    """The Wilson score interval of a proportion (no continuity correction).

    Unlike the normal approximation it stays inside [0, 1] and is sensible at 0 or n
    successes, which small track records often have."""
    if trials <= 0 or not 0 <= successes <= trials:
        raise ValueError(f"need 0 <= successes <= trials, trials > 0: {successes}/{trials}")
    p = successes / trials
    z2 = z * z
    denominator = 1 + z2 / trials
    centre = (p + z2 / (2 * trials)) / denominator
    half = z * math.sqrt(p * (1 - p) / trials + z2 / (4 * trials * trials)) / denominator
    # exact at the ends (rounding would otherwise leave 1e-17 outside an observed 0 or 1)
    low = 0.0 if successes == 0 else max(0.0, centre - half)
    high = 1.0 if successes == trials else min(1.0, centre + half)
    return Interval(min(low, p), max(high, p))


def median(values: Sequence[int]) -> float | None:
    """The middle value of sorted ``values``, or the mean of the two middle ones."""
    n = len(values)
    if not n:
        return None
    middle = n // 2
    return float(values[middle]) if n % 2 else (values[middle - 1] + values[middle]) / 2


def nearest_rank(values: Sequence[int], percent: int) -> int | None:
    """The smallest of sorted ``values`` that at least ``percent``% of them do not exceed."""
    if not values:
        return None
    rank = -(-percent * len(values) // 100)  # ceil, in integers
    return values[max(rank, 1) - 1]


def calibrate(process: Process, paths: Iterable[DealPath], min_closed: int = MIN_CLOSED) -> ProcessCalibration:
    """The track record of ``process`` from its deals' paths (other processes' are ignored).

    A path whose stage is not one of the process's is a file edited around its rules: the
    caller checks for that (``KeyError`` here)."""
    index = {s.id: i for i, s in enumerate(process.stages) if s.id is not None}
    # deals by how far they got (index of their current stage) and status
    reached: list[dict[DealStatus, int]] = [defaultdict(int) for _ in process.stages]
    days: list[list[int]] = [[] for _ in process.stages]
    deals = 0
    for path in paths:
        if path.process_id != process.id:
            continue
        deals += 1
        last = index[path.stage_id]
        reached[last][path.status] += 1
        if path.status == DealStatus.WON:
            _time_in_stages(path, index, days)
    stages = []
    # a deal that got to stage k entered every stage up to k: sums from the last stage back
    below: dict[DealStatus, int] = defaultdict(int)
    rows = []
    for k in range(len(process.stages) - 1, -1, -1):
        for status, n in reached[k].items():
            below[status] += n
        rows.append((k, dict(below)))
    for k, counts in reversed(rows):
        stage = process.stages[k]
        won, lost = counts.get(DealStatus.WON, 0), counts.get(DealStatus.LOST, 0)
        abandoned, still_open = counts.get(DealStatus.ABANDONED, 0), counts.get(DealStatus.OPEN, 0)
        closed = won + lost + abandoned
        samples = sorted(days[k])
        stages.append(StageCalibration(
            stage_id=stage.id,  # type: ignore[arg-type]  # a stored stage has its id
            name=stage.name, position=k, configured_rate=stage.win_rate,
            entered=closed + still_open, won=won, lost=lost, abandoned=abandoned, open=still_open,
            won_share=won / closed if closed else None,
            interval=wilson(won, closed) if closed else None,
            meaningful=closed >= min_closed,
            median_days=median(samples), p80_days=nearest_rank(samples, 80), timed=len(samples)))
    return ProcessCalibration(process.id, process.name, process.archived, deals, stages)  # type: ignore[arg-type]  # a stored process has its id


def _time_in_stages(path: DealPath, index: dict[int, int], days: list[list[int]]) -> None:
    """Add a won deal's days in each stage it passed to ``days`` (by stage index)."""
    confirmed = {index[stage_id]: on for stage_id, on in path.confirmed if stage_id in index}
    entered = path.started_on
    for k in range(index[path.stage_id] + 1):
        on = confirmed.get(k)
        if on is None:  # a milestone missing from a won deal's path: the file says otherwise
            return
        spent = (on - entered).days
        if spent >= 0:  # only a first stage backdated before the deal's creation is negative
            days[k].append(spent)
        entered = on
