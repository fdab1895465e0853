"""Calibration end to end: the services' figures equal the README's SQL on a generated file."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from builders import created_on, simple_process

from planner.domain.calibration import MIN_CLOSED
from planner.domain.model import Account, Deal, DealStatus, Outcome
from planner.services import Confirmation, Planner

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
QUERIES = {m.group(1): m.group(0) for m in re.finditer(r"-- calibrate: ([^\n]+)\n.*?;\n", README, re.DOTALL)}
COUNTS = QUERIES["the deals that entered each stage, by how they ended"]
DAYS = QUERIES["days in each stage of the deals that went on to win"]
START = date(2024, 1, 1)


def history(planner: Planner, seed: int = 7, deals: int = 90) -> list[int]:
    """Three processes (4, 1 and 6 stages) and deals walked through them at dated steps:
    won, lost, abandoned, open, some archived, one created after its first milestone."""
    rng = random.Random(seed)
    processes = [planner.processes.create(simple_process(n, name=f"P{n}")) for n in (4, 1, 6)]
    account = planner.accounts.create(Account(name="Acme"))
    for i in range(deals):
        process = planner.processes.get(processes[i % 3])
        started = START + timedelta(days=rng.randrange(300))
        deal_id = created_on(planner, Deal(account_id=account, process_id=process.id, title=f"Deal {i}"), started)
        day = started - timedelta(days=20) if i == 5 else started  # recorded after the fact
        while True:
            deal = planner.deals.get(deal_id)
            if not deal.is_open:
                break
            step = rng.random()
            if step < 0.15:
                break  # still open
            if step < 0.25:
                planner.deals.abandon(deal_id, "No budget")
                break
            day += timedelta(days=rng.randrange(40))
            outcome = Outcome.AGAINST if step < 0.4 else Outcome.REACHED
            planner.milestones.confirm(deal_id, [Confirmation(
                deal.stage_id, day, "Minutes", outcome, decision="Another supplier" if outcome == Outcome.AGAINST else "")],
                today=date.today())
        if i % 7 == 0:
            planner.deals.archive(deal_id)
    return processes


@pytest.fixture
def recorded(planner: Planner) -> Planner:
    history(planner)
    return planner


def test_the_figures_equal_the_readmes_sql(recorded: Planner) -> None:
    conn = recorded.store.conn
    counts = {r[2]: r for r in conn.execute(COUNTS)}
    days = {r[0]: r[1:] for r in conn.execute(DAYS)}
    found = recorded.reports.calibration()
    assert len(found) == 3 and sum(p.deals for p in found) == 90
    statuses = set()
    for process in found:
        for s in process.stages:
            row = counts[s.stage_id]
            assert (row[0], row[1], row[4]) == (process.process_id, s.position, s.configured_rate)
            assert (s.entered, s.won, s.lost, s.abandoned, s.open) == row[5:10]
            assert (None if s.won_share is None else round(100 * s.won_share, 1)) == row[10]
            timed, median_days, p80 = days.get(s.stage_id, (0, None, None))
            assert (s.timed, s.median_days, s.p80_days) == (timed, median_days, p80)
            statuses |= {st for st, n in ((DealStatus.WON, s.won), (DealStatus.LOST, s.lost),
                                          (DealStatus.ABANDONED, s.abandoned), (DealStatus.OPEN, s.open)) if n}
    assert statuses == set(DealStatus)  # the file has every outcome the figures distinguish
    assert any(s.timed for p in found for s in p.stages)
    assert any(s.meaningful for p in found for s in p.stages) and any(
        s.closed and not s.meaningful for p in found for s in p.stages)


def test_one_process_and_an_unknown_one(recorded: Planner) -> None:
    every = recorded.reports.calibration()
    assert recorded.reports.calibration(every[1].process_id) == [every[1]]
    from planner.domain.errors import NotFound

    with pytest.raises(NotFound):
        recorded.reports.calibration(999)


def test_archived_and_abandoned_deals_count(planner: Planner) -> None:
    pid = planner.processes.create(simple_process(2))
    aid = planner.accounts.create(Account(name="Acme"))
    ids = [planner.deals.create(Deal(account_id=aid, process_id=pid, title=f"D{i}")) for i in range(MIN_CLOSED)]
    for deal_id in ids:
        planner.deals.abandon(deal_id, "Timing")
    planner.deals.archive(ids[0])
    first = planner.reports.calibration(pid)[0].stages[0]
    assert (first.entered, first.abandoned, first.closed, first.observed_rate) == (MIN_CLOSED, MIN_CLOSED, MIN_CLOSED, 0.0)


def test_the_card_counts_idle_time_from_the_last_milestone_not_the_last_edit(planner: Planner) -> None:
    pid = planner.processes.create(simple_process(3))
    aid = planner.accounts.create(Account(name="Acme"))
    deal_id = planner.deals.create(Deal(account_id=aid, process_id=pid, title="Quiet"))
    fresh = planner.deals.card(deal_id)
    assert fresh.idle_since == fresh.created_on == date.today() and not fresh.idle(date.today(), 0)
    planner.deals.delete(deal_id)
    deal_id = created_on(planner, Deal(account_id=aid, process_id=pid, title="Quiet"), date(2024, 1, 1))
    planner.deals.update(deal_id, notes="edited today")  # an edit does not reset the count
    card = planner.deals.card(deal_id)
    local_day = planner.store.conn.execute("SELECT date('2024-01-01T12:00:00Z', 'localtime')").fetchone()[0]
    assert card.created_on.isoformat() == local_day == card.idle_since.isoformat()
    assert card.idle(date.today(), 14) and card.days_idle(date.today()) > 14
    month_ago = date.today() - timedelta(days=30)
    planner.milestones.confirm(deal_id, [Confirmation(card.stage_id, month_ago, "Minutes")])
    card = planner.deals.card(deal_id)
    assert card.idle_since == month_ago and card.days_idle(date.today()) == 30
    assert card.idle(date.today(), 29) and not card.idle(date.today(), 30)
    assert [c.idle_since for c in planner.deals.cards(pid)] == [month_ago]


def test_adopting_a_rate_changes_the_stage_for_the_future_only(recorded: Planner) -> None:
    from planner.domain.errors import InvalidInput, NotFound
    from planner.services import Changes

    process = next(p for p in recorded.reports.calibration() if any(s.meaningful for s in p.stages))
    stage = next(s for s in process.stages if s.meaningful)
    assert stage.adoptable_rate is not None
    conn = recorded.store.conn
    history_before = conn.execute("SELECT * FROM milestones ORDER BY id").fetchall()
    deals_before = conn.execute("SELECT * FROM deals ORDER BY id").fetchall()
    heard: list[Changes] = []
    recorded.subscribe(heard.append)
    rate = stage.adoptable_rate if stage.adoptable_rate != stage.configured_rate else (stage.adoptable_rate + 1) % 101
    changes = recorded.processes.adopt_rate(stage.stage_id, rate)
    assert changes == Changes(processes=frozenset({process.process_id})) and heard == [changes]
    assert recorded.processes.get(process.process_id).stage(stage.stage_id).win_rate == rate
    assert conn.execute("SELECT * FROM milestones ORDER BY id").fetchall() == history_before
    assert conn.execute("SELECT * FROM deals ORDER BY id").fetchall() == deals_before
    again = recorded.reports.calibration(process.process_id)[0].stages[stage.position]
    assert again._replace(configured_rate=stage.configured_rate) == stage  # the record is unchanged
    assert recorded.processes.adopt_rate(stage.stage_id, rate) == Changes()  # nothing to do
    with pytest.raises(InvalidInput):
        recorded.processes.adopt_rate(stage.stage_id, 101)
    with pytest.raises(NotFound):
        recorded.processes.adopt_rate(99_999, 50)
