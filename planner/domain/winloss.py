"""Win/loss analysis: how closed deals ended, by reason category, by the stage where they were
lost or abandoned, and by process.

Plain Python over what the store reads (``ClosedDeal``); README ("Win/loss") writes the same
in SQL. Definitions:

- Every closed deal counts (won, lost or abandoned), archived or not, as in calibration; open
  deals do not. A follow-up is a deal of its own.
- **By reason category**: lost and abandoned deals by the category they carry; those without
  one are *uncategorised* (every deal closed before categories existed, and any closed
  without choosing one). A won deal carries no category.
- **By stage**: lost and abandoned deals by the stage they were in when they closed (for a
  lost deal, the stage whose milestone went against us).
- **By process**: won, lost and abandoned deals of each process; the win share is won ÷
  closed, as calibration's observed rate from a process's first stage.
- **Values** are the deals' values converted into the home currency with the file's rates
  (``planner.domain.money``); a currency without a rate is summed apart, in its own
  currency, never added in. Counts include every deal either way.

Rows list only what holds deals: categories in the user's order (retired ones too, as long
as deals carry them) with *uncategorised* last, stages in process order, processes as given.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from planner.domain.model import DealStatus, Process
from planner.domain.money import convert
from planner.domain.reasons import ReasonCategory


class ClosedDeal(NamedTuple):
    """What the analysis needs of one closed deal."""

    deal_id: int
    process_id: int
    stage_id: int  # the stage it was won, lost or abandoned in
    status: DealStatus  # won, lost or abandoned
    category_id: int | None  # its reason category; None: uncategorised (always for a won deal)
    value: float
    currency: str


@dataclass(frozen=True)
class Tally:
    """A number of deals and their value in the home currency; what has no rate, apart."""

    deals: int = 0
    value: float = 0.0
    unconverted: Mapping[str, float] = field(default_factory=dict)  # currency -> its own total

    def __add__(self, other: Tally) -> Tally:
        merged = dict(self.unconverted)
        for currency, amount in other.unconverted.items():
            merged[currency] = merged.get(currency, 0.0) + amount
        return Tally(self.deals + other.deals, self.value + other.value, merged)


EMPTY = Tally()


@dataclass(frozen=True)
class Outcomes:
    """Closed deals by how they ended."""

    won: Tally = EMPTY
    lost: Tally = EMPTY
    abandoned: Tally = EMPTY

    def __add__(self, other: Outcomes) -> Outcomes:
        return Outcomes(self.won + other.won, self.lost + other.lost, self.abandoned + other.abandoned)

    @property
    def closed(self) -> int:
        return self.won.deals + self.lost.deals + self.abandoned.deals

    @property
    def not_won(self) -> Tally:
        """Lost and abandoned together: what a reason category or a stage counts."""
        return self.lost + self.abandoned

    @property
    def won_share(self) -> float | None:
        """Won ÷ closed (0-1); None when nothing closed."""
        return self.won.deals / self.closed if self.closed else None


class CategoryOutcomes(NamedTuple):
    category: ReasonCategory | None  # None: uncategorised
    outcomes: Outcomes  # lost and abandoned deals (won deals carry no category)


class StageOutcomes(NamedTuple):
    process_id: int
    process_name: str
    stage_id: int
    stage_name: str
    position: int  # 0-based, in the process's order
    outcomes: Outcomes  # lost and abandoned deals that closed in this stage


class ProcessOutcomes(NamedTuple):
    process_id: int
    name: str
    archived: bool
    outcomes: Outcomes


@dataclass(frozen=True)
class WinLoss:
    home: str
    by_category: tuple[CategoryOutcomes, ...] = ()
    by_stage: tuple[StageOutcomes, ...] = ()
    by_process: tuple[ProcessOutcomes, ...] = ()

    @property
    def total(self) -> Outcomes:
        out = Outcomes()
        for row in self.by_process:
            out += row.outcomes
        return out

    @property
    def empty(self) -> bool:
        return not self.by_process


class _Sums:
    """Mutable sums while the deals are read (building a frozen ``Tally`` per deal is slow)."""

    __slots__ = ("apart", "counts", "values")

    def __init__(self) -> None:
        self.counts = {DealStatus.WON: 0, DealStatus.LOST: 0, DealStatus.ABANDONED: 0}
        self.values = dict.fromkeys(self.counts, 0.0)
        self.apart: dict[DealStatus, dict[str, float]] = {status: {} for status in self.counts}

    def add(self, status: DealStatus, value: float | None, currency: str, amount: float) -> None:
        self.counts[status] += 1
        if value is None:
            apart = self.apart[status]
            apart[currency] = apart.get(currency, 0.0) + amount
        else:
            self.values[status] += value

    def outcomes(self) -> Outcomes:
        won, lost, abandoned = (Tally(self.counts[s], self.values[s], self.apart[s]) for s in self.counts)
        return Outcomes(won, lost, abandoned)


def _sums[K](groups: dict[K, _Sums], key: K) -> _Sums:
    """The sums of one group, started on its first deal."""
    found = groups.get(key)
    if found is None:
        found = groups[key] = _Sums()
    return found


def analyse(deals: Iterable[ClosedDeal], processes: Sequence[Process], categories: Sequence[ReasonCategory],
            home: str, rates: Mapping[str, float]) -> WinLoss:
    """The analysis of ``deals`` (those of other processes than ``processes`` are ignored).

    A deal whose stage is not one of its process's, or whose category is not in
    ``categories``, is a file edited around its rules: the caller checks for that
    (``KeyError`` here)."""
    stage_process = {s.id: p.id for p in processes for s in p.stages if s.id is not None}
    known = {c.id for c in categories}
    by_process: dict[int, _Sums] = {}
    by_stage: dict[int, _Sums] = {}
    by_category: dict[int | None, _Sums] = {}
    for deal in deals:
        if deal.process_id not in by_process:
            if deal.process_id not in {p.id for p in processes}:
                continue
            by_process[deal.process_id] = _Sums()
        if stage_process[deal.stage_id] != deal.process_id:
            raise KeyError(deal.stage_id)
        if deal.status not in (DealStatus.WON, DealStatus.LOST, DealStatus.ABANDONED):
            raise ValueError(f"not a closed deal: {deal.status}")
        value = convert(deal.value, deal.currency, home, rates)
        by_process[deal.process_id].add(deal.status, value, deal.currency, deal.value)
        if deal.status == DealStatus.WON:
            continue
        if deal.category_id is not None and deal.category_id not in known:
            raise KeyError(deal.category_id)
        _sums(by_stage, deal.stage_id).add(deal.status, value, deal.currency, deal.value)
        _sums(by_category, deal.category_id).add(deal.status, value, deal.currency, deal.value)
    categories_out = [CategoryOutcomes(c, by_category[c.id].outcomes()) for c in categories if c.id in by_category]
    if None in by_category:
        categories_out.append(CategoryOutcomes(None, by_category[None].outcomes()))
    stages_out = [StageOutcomes(p.id, p.name, s.id, s.name, i, by_stage[s.id].outcomes())  # type: ignore[arg-type]  # stored rows have ids
                  for p in processes for i, s in enumerate(p.stages) if s.id in by_stage]
    processes_out = [ProcessOutcomes(p.id, p.name, p.archived, by_process[p.id].outcomes())
                     for p in processes if p.id is not None and p.id in by_process]
    return WinLoss(home, tuple(categories_out), tuple(stages_out), tuple(processes_out))
