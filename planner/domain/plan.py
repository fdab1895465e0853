"""Everything an account plan shows, gathered by the services for the report."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from planner.domain.model import (
    Account,
    Contact,
    Deal,
    DealContact,
    Deliverable,
    Milestone,
    Process,
    StageMapEntry,
    Task,
)


@dataclass
class DealPlan:
    deal: Deal
    process: Process
    stage_map: list[StageMapEntry]
    milestones: list[Milestone]  # confirmed, in process order, with corrections
    open_tasks: list[Task]  # current stage, not done
    missing_deliverables: list[Deliverable]  # current stage, not there yet
    win_rate: int  # of the current stage (0 when closed and lost/abandoned)
    weighted_value: float
    # how many deliverables the current stage asks of this deal, handed over or not: none missing
    # means "all in place" only where there were some
    stage_deliverables: int = 0
    # the deal's buying group (internal: a customer's copy leaves it out, with its map)
    people: list[DealContact] = field(default_factory=list)

    @property
    def current_stage_name(self) -> str:
        if self.deal.stage_id is None:
            return ""
        return self.process.stage(self.deal.stage_id).name

    @property
    def next_milestone(self) -> str:
        if self.deal.stage_id is None:
            return ""
        return self.process.stage(self.deal.stage_id).milestone


@dataclass
class ForecastRow:
    month: str  # "YYYY-MM", or "" for deals without an expected close date
    currency: str
    open_value: float
    weighted_value: float
    deals: int


@dataclass
class AccountPlan:
    account: Account
    contacts: list[Contact]
    open_deals: list[DealPlan]
    closed_deals: list[DealPlan]
    forecast: list[ForecastRow]
    printed_on: date
    planner_name: str = ""
    notes: list[str] = field(default_factory=list)
    fingerprint: str = ""  # the file's history at printing (its hash chain's head), to match a printout
    history_altered: bool = False  # its seals do not hold: no fingerprint, and the page says so
    # the totals' currency and the rates into it (planner.domain.money); "" = totals by currency
    home: str = ""
    rates: dict[str, float] = field(default_factory=dict)
