"""A file with a track record: five wins whose first stage took 2 to 10 days (80th percentile:
8 days), and open deals on either side of that bar and of the idle-days setting."""

from __future__ import annotations

from datetime import date, timedelta
from typing import NamedTuple

from builders import created_on, simple_process

from planner.domain.model import Account, Deal, Outcome
from planner.services import Confirmation, Planner


class History(NamedTuple):
    tracked: int  # process with five wins
    fresh: int  # process with none
    slow: int  # tracked, stage 1, 9 days: stalled (bar 8, the wins')
    on_pace: int  # tracked, stage 1, 8 days: not stalled
    second: int  # tracked, stage 2, 21 days: stalled (bar 20, the wins')
    new: int  # fresh, stage 1, 17 days: stalled (bar 14, the idle setting)
    young: int  # fresh, stage 1, 3 days


def deal(planner: Planner, process_id: int, account_id: int, title: str, created_days_ago: int,
         today: date) -> int:
    return created_on(planner, Deal(account_id=account_id, process_id=process_id, title=title,
                                    value=100_000, currency="TWD"), today - timedelta(days=created_days_ago))


def confirm(planner: Planner, deal_id: int, on: date, today: date) -> None:
    stage_id = planner.deals.get(deal_id).stage_id
    planner.milestones.confirm(deal_id, [Confirmation(stage_id, on, "Minutes", Outcome.REACHED)], today=today)


def build(planner: Planner, today: date | None = None) -> History:
    today = today or date.today()
    tracked = planner.processes.create(simple_process(2, name="Tracked"))
    fresh = planner.processes.create(simple_process(2, name="Fresh"))
    acme = planner.accounts.create(Account(name="Acme"))
    beta = planner.accounts.create(Account(name="Beta"))
    for i, first in enumerate((2, 4, 6, 8, 10)):
        won = deal(planner, tracked, acme, f"Won {i}", 300, today)
        confirm(planner, won, today - timedelta(days=300 - first), today)
        confirm(planner, won, today - timedelta(days=280 - first), today)
    slow = deal(planner, tracked, acme, "Slow", 9, today)
    on_pace = deal(planner, tracked, beta, "On pace", 8, today)
    second = deal(planner, tracked, beta, "Second stage", 40, today)
    confirm(planner, second, today - timedelta(days=21), today)
    new = deal(planner, fresh, beta, "New process", 17, today)
    young = deal(planner, fresh, acme, "Young", 3, today)
    return History(tracked, fresh, slow, on_pace, second, new, young)
