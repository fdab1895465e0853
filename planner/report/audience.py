"""Who a printed account plan is for, and what the customer's copy may show: the one place that decides.

The internal plan prints all of an :class:`~planner.domain.plan.AccountPlan`. The customer's copy
is laid out from a :class:`CustomerPlan`, which :func:`customer_copy` fills with what may be handed
to the customer and nothing else, so what is left out here cannot reach the page, whatever the
layout does. It keeps:

- the account's name, who prepared the plan and when, the file's fingerprint;
- the people involved: their names and job titles;
- each open deal: its title, value, expected close and current stage, the stage map
  (without win rates), the next milestone and its target date, the milestones reached with their
  dates and the customer's decisions, and the deliverables of the current stage not handed over yet.

It leaves out: risks, every note (the account's, each deal's, each contact's), the contacts'
attitudes, influence and buying roles, win rates and weighted values, the forecast, closed deals,
the seller's own tasks, a milestone's evidence and its later corrections, the process's name,
and the account's classification (industry, size, kind, relationship). Anything added to the plan later stays out
until it is copied here on purpose.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from planner.domain.model import Milestone, Stage, StageMapEntry
from planner.domain.plan import AccountPlan, DealPlan


class Audience(StrEnum):
    INTERNAL = "internal"  # everything, as the consultant works with it
    CUSTOMER = "customer"  # what the customer may read: see the module's docstring


def normalise_audience(value: Audience | str | None) -> Audience:
    """"internal" (or nothing) and "customer"; anything else is a ValueError naming the choices."""
    if value is None or value == "":
        return Audience.INTERNAL
    try:
        return Audience(str(value).strip().lower())
    except ValueError:
        raise ValueError(f"audience must be one of {', '.join(a.value for a in Audience)}, not {value!r}") from None


@dataclass(frozen=True)
class Person:
    name: str
    title: str  # the job title


@dataclass(frozen=True)
class ReachedMilestone:
    stage: str
    milestone: str
    reached_on: date
    decision: str  # what the customer decided, in their own words as recorded


@dataclass(frozen=True)
class CustomerDeal:
    title: str
    stage: str  # the current stage's name
    value: float
    currency: str
    expected_close: date | None
    next_milestone: str
    next_target: date | None
    last_stage: bool  # reaching the next milestone completes the deal
    stage_map: list[StageMapEntry]  # stages without win rates or work, milestones without evidence
    reached: list[ReachedMilestone]
    to_deliver: list[str]  # the current stage's deliverables not handed over yet


@dataclass(frozen=True)
class CustomerPlan:
    account: str
    people: list[Person]
    deals: list[CustomerDeal]
    printed_on: date
    planner_name: str = ""
    fingerprint: str = ""
    history_altered: bool = False
    home: str = ""  # the totals' currency ("" = a total per currency), and the rates into it
    rates: dict[str, float] = field(default_factory=dict)


def customer_copy(plan: AccountPlan) -> CustomerPlan:
    """What the customer's copy of ``plan`` shows; closed deals are not in it at all."""
    return CustomerPlan(
        account=plan.account.name,
        people=[Person(c.name, c.title) for c in plan.contacts],
        deals=[_deal(dp) for dp in plan.open_deals if dp.deal.is_open],
        printed_on=plan.printed_on,
        planner_name=plan.planner_name,
        fingerprint=plan.fingerprint,
        history_altered=plan.history_altered,
        home=plan.home,
        rates=dict(plan.rates),
    )


def _deal(dp: DealPlan) -> CustomerDeal:
    deal, stages = dp.deal, dp.process.stages
    names = {stage.id: stage for stage in stages}
    reached = []
    for m in dp.milestones:
        stage = names.get(m.stage_id)
        reached.append(ReachedMilestone(stage.name if stage else "", stage.milestone if stage else "",
                                        m.confirmed_on, m.decision))
    return CustomerDeal(
        title=deal.title,
        stage=dp.current_stage_name,
        value=deal.value,
        currency=deal.currency,
        expected_close=deal.expected_close,
        next_milestone=dp.next_milestone,
        next_target=deal.next_target,
        last_stage=bool(stages) and deal.stage_id is not None and stages[-1].id == deal.stage_id,
        stage_map=[StageMapEntry(_stage(e.stage), e.state, _milestone(e.milestone)) for e in dp.stage_map],
        reached=reached,
        to_deliver=[d.text for d in dp.missing_deliverables],
    )


def _stage(stage: Stage) -> Stage:
    """The stage as the map names it: no win rate, no description, tools or work templates."""
    return Stage(name=stage.name, milestone=stage.milestone, win_rate=0, position=stage.position, id=stage.id,
                 process_id=stage.process_id)


def _milestone(milestone: Milestone | None) -> Milestone | None:
    """Its stage, date and outcome for the map; no evidence, link, decision or corrections."""
    if milestone is None:
        return None
    return dataclasses.replace(milestone, evidence="", evidence_link="", decision="", corrections=[])
