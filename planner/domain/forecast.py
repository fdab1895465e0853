"""The pipeline forecast: open deals by expected-close period and stage, weighted two ways.

Plain Python over read models the store gives (``OpenDeal``, ``StageRef``); the definitions
below are the whole truth of what ``deal-planner forecast``, its PDF and the app's forecast
view show, and README ("Forecast") writes them in SQL too.

- A deal counts if it is open and not archived (the caller picks the processes: every
  process that is not archived, or the one asked for).
- Its period is where its expected close date falls: a month ("2026-04") or a calendar
  quarter ("2026-Q2"). A date before ``today`` is ``OVERDUE`` (a deal closing today is not);
  a deal without a date is ``NO_DATE``. Neither is dropped.
- Its value is converted into the home currency with ``planner.domain.money.convert``. A
  currency without a rate is summed apart, in its own currency (``Unconverted``), never
  added into the home-currency amounts; the deal still counts in ``Figures.deals``.
- Weighted by the set rate: value x the configured win rate of the deal's stage / 100.
  Weighted by the observed rate: value x the stage's observed rate / 100 where calibration
  calls it meaningful, else by the set rate again (``observed_deals`` counts the deals that
  had an observed rate).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal, NamedTuple

from planner.domain.money import Rate, convert

NO_DATE = "no_date"  # period key of open deals without an expected close date
OVERDUE = "overdue"  # period key of open deals whose expected close date is before `today`
Granularity = Literal["month", "quarter"]
GRANULARITIES: tuple[Granularity, ...] = ("month", "quarter")


def period_of(expected_close: date | None, today: date, by: Granularity) -> str:
    """NO_DATE, OVERDUE, "2026-12" (month) or "2026-Q4" (quarter)."""
    if expected_close is None:
        return NO_DATE
    if expected_close < today:
        return OVERDUE
    if by == "quarter":
        return f"{expected_close.year:04d}-Q{(expected_close.month - 1) // 3 + 1}"
    if by == "month":
        return f"{expected_close.year:04d}-{expected_close.month:02d}"
    raise ValueError(f"unknown granularity {by!r}")


def _period_order(period: str) -> tuple[int, str]:
    # "2026-04" and "2026-Q2" both sort as text within their own granularity
    return (0, "") if period == OVERDUE else (2, "") if period == NO_DATE else (1, period)


class OpenDeal(NamedTuple):
    """What the forecast needs of one open, not archived deal."""

    deal_id: int
    account_id: int
    process_id: int
    stage_id: int
    value: float
    currency: str
    expected_close: date | None


class StageRef(NamedTuple):
    """One stage of a process, in board order."""

    process_id: int
    process_name: str
    stage_id: int
    stage_name: str
    position: int
    set_rate: int  # configured win rate, percent
    observed_rate: float | None  # percent (0-100) if calibration calls it meaningful, else None


@dataclass(frozen=True)
class Unconverted:
    """Amounts of one currency that has no exchange rate, in that currency."""

    deals: int = 0
    value: float = 0.0
    weighted_set: float = 0.0
    weighted_observed: float = 0.0

    def __add__(self, other: Unconverted) -> Unconverted:
        return Unconverted(self.deals + other.deals, self.value + other.value,
                           self.weighted_set + other.weighted_set,
                           self.weighted_observed + other.weighted_observed)


@dataclass(frozen=True)
class Figures:
    """A sum of open deals; amounts in the home currency.

    ``deals`` and ``observed_deals`` count every deal summed, converted or not; ``value``
    and the weighted amounts hold only the converted ones, ``unconverted`` the rest."""

    deals: int = 0
    value: float = 0.0  # unweighted
    weighted_set: float = 0.0  # by the configured win rate of each deal's stage
    weighted_observed: float = 0.0  # by the observed rate where meaningful, else the configured one
    observed_deals: int = 0  # deals weighted by an observed rate (the rest by the set rate)
    unconverted: Mapping[str, Unconverted] = field(default_factory=dict)  # currency -> its own sums

    def __add__(self, other: Figures) -> Figures:
        merged = dict(self.unconverted)
        for currency, sums in other.unconverted.items():
            merged[currency] = merged[currency] + sums if currency in merged else sums
        return Figures(self.deals + other.deals, self.value + other.value,
                       self.weighted_set + other.weighted_set, self.weighted_observed + other.weighted_observed,
                       self.observed_deals + other.observed_deals, dict(sorted(merged.items())))


def _sum(figures: Iterable[Figures]) -> Figures:
    total = Figures()
    for f in figures:
        total = total + f
    return total


@dataclass(frozen=True)
class Forecast:
    home: str
    by: Granularity
    today: date
    stages: tuple[StageRef, ...]  # every stage of the processes shown, board order
    periods: tuple[str, ...]  # OVERDUE first (if any), then dated periods ascending, NO_DATE last (if any)
    cells: Mapping[tuple[str, int], Figures]  # (period, stage_id) -> figures; only non-empty cells

    def by_period(self) -> dict[str, Figures]:
        """Period -> figures, in ``periods`` order."""
        out = {p: Figures() for p in self.periods}
        for (period, _stage), f in self.cells.items():
            out[period] = out[period] + f
        return out

    def by_stage(self) -> dict[int, Figures]:
        """Stage id -> figures, every stage in ``stages`` order (empty Figures if none)."""
        out = {s.stage_id: Figures() for s in self.stages}
        for (_period, stage_id), f in self.cells.items():
            out[stage_id] = out[stage_id] + f
        return out

    def by_process(self) -> dict[int, Figures]:
        """Process id -> figures, every process of ``stages`` in their order."""
        process_of = {s.stage_id: s.process_id for s in self.stages}
        out = {s.process_id: Figures() for s in self.stages}
        for (_period, stage_id), f in self.cells.items():
            out[process_of[stage_id]] = out[process_of[stage_id]] + f
        return out

    def total(self) -> Figures:
        return _sum(self.cells.values())

    @property
    def empty(self) -> bool:
        return not self.cells


class _Cell:
    """A cell's running sums while ``build`` adds deals into it (Figures is immutable)."""

    __slots__ = ("deals", "observed_deals", "unconverted", "value", "weighted_observed", "weighted_set")

    def __init__(self) -> None:
        self.deals = self.observed_deals = 0
        self.value = self.weighted_set = self.weighted_observed = 0.0
        self.unconverted: dict[str, list[float]] = {}  # currency -> [deals, value, set, observed]

    def figures(self) -> Figures:
        return Figures(self.deals, self.value, self.weighted_set, self.weighted_observed, self.observed_deals,
                       {c: Unconverted(int(s[0]), s[1], s[2], s[3]) for c, s in sorted(self.unconverted.items())})


def build(deals: Iterable[OpenDeal], stages: Sequence[StageRef], home: str,
          rates: Mapping[str, float], by: Granularity, today: date) -> Forecast:
    """The forecast of ``deals`` over ``stages``.

    A deal whose stage is not one of ``stages`` is a file edited around its rules, or a
    deal of a process not shown: the caller filters and checks (``KeyError`` here)."""
    if by not in GRANULARITIES:
        raise ValueError(f"unknown granularity {by!r}")
    stage_of = {s.stage_id: s for s in stages}
    cells: dict[tuple[str, int], _Cell] = {}
    periods: dict[date | None, str] = {}  # expected close -> period, computed once per date
    for d in deals:
        stage = stage_of[d.stage_id]
        if d.expected_close in periods:
            period = periods[d.expected_close]
        else:
            period = periods[d.expected_close] = period_of(d.expected_close, today, by)
        cell = cells.get((period, d.stage_id))
        if cell is None:
            cell = cells[(period, d.stage_id)] = _Cell()
        observed = stage.observed_rate
        rate = stage.set_rate if observed is None else observed
        cell.deals += 1
        cell.observed_deals += observed is not None
        converted = convert(d.value, d.currency, home, rates)
        if converted is None:
            sums = cell.unconverted.setdefault(d.currency, [0, 0.0, 0.0, 0.0])
            sums[0] += 1
            sums[1] += d.value
            sums[2] += d.value * stage.set_rate / 100
            sums[3] += d.value * rate / 100
        else:
            cell.value += converted
            cell.weighted_set += converted * stage.set_rate / 100
            cell.weighted_observed += converted * rate / 100
    order = sorted({p for p, _ in cells}, key=_period_order)
    position = {s.stage_id: i for i, s in enumerate(stages)}
    keys = sorted(cells, key=lambda k: (_period_order(k[0]), position[k[1]]))
    return Forecast(home=home, by=by, today=today, stages=tuple(stages), periods=tuple(order),
                    cells={k: cells[k].figures() for k in keys})


class ListedDeal(NamedTuple):
    """An open deal as the forecast PDF lists it, under its account."""

    deal_id: int
    account_id: int
    account: str
    title: str
    process_id: int
    stage_id: int
    value: float
    currency: str
    expected_close: date | None


@dataclass(frozen=True)
class ForecastPrint:
    """What the pipeline forecast PDF prints: the forecast, its deals by account, the rates."""

    forecast: Forecast
    deals: tuple[ListedDeal, ...]  # by account name, then expected close (undated last)
    rates: tuple[Rate, ...]  # the file's exchange rates into ``forecast.home``
    printed_on: date
    process_name: str = ""  # the one process printed; "" = every process that is not archived
    planner_name: str = ""
    fingerprint: str = ""  # the file's history at printing (its hash chain's head)
    history_altered: bool = False  # its seals do not hold: no fingerprint, and the page says so
