"""planner.reports.stalled: the open deals past their stage's bar, end to end on a file."""

from __future__ import annotations

from datetime import date, timedelta

from builders import created_on, simple_process

from planner import settings
from planner.domain.model import Account, Deal, Outcome
from planner.domain.stalled import Basis, Threshold
from planner.services import Confirmation, Planner

TODAY = date.today()


def deal(planner: Planner, process_id: int, account_id: int, title: str, created_days_ago: int) -> int:
    return created_on(planner, Deal(account_id=account_id, process_id=process_id, title=title),
                      TODAY - timedelta(days=created_days_ago))


def confirm(planner: Planner, deal_id: int, on: date, outcome: Outcome = Outcome.REACHED) -> None:
    stage_id = planner.deals.get(deal_id).stage_id
    planner.milestones.confirm(deal_id, [Confirmation(stage_id, on, "Minutes", outcome)], today=TODAY)


def test_stalled_deals_against_the_wins_or_the_idle_setting(planner: Planner) -> None:
    tracked = planner.processes.create(simple_process(2, name="Tracked"))
    fresh = planner.processes.create(simple_process(2, name="Fresh"))
    acme = planner.accounts.create(Account(name="Acme"))
    for i, first in enumerate((2, 4, 6, 8, 10)):  # five wins: stage 1 took 2..10 days, p80 = 8
        won = deal(planner, tracked, acme, f"Won {i}", 300)
        confirm(planner, won, TODAY - timedelta(days=300 - first))
        confirm(planner, won, TODAY - timedelta(days=280 - first))
    slow = deal(planner, tracked, acme, "Slow", 9)
    on_pace = deal(planner, tracked, acme, "On pace", 8)
    second = deal(planner, tracked, acme, "Second stage", 40)  # stage 2's wins took 20 days each
    confirm(planner, second, TODAY - timedelta(days=21))
    new = deal(planner, fresh, acme, "New process", 17)  # no wins there: 14 idle days
    shelved = deal(planner, fresh, acme, "Shelved", 99)
    planner.deals.archive(shelved)
    dropped = deal(planner, fresh, acme, "Dropped", 99)
    planner.deals.abandon(dropped, "Timing")

    idle = settings.IDLE_DAYS.of(planner.settings.all())
    assert idle == 14
    found = planner.reports.stalled(TODAY)
    card_days = {d: planner.deals.card(d).days_idle(TODAY) for d in (slow, on_pace, second, new)}
    assert card_days == {slow: 9, on_pace: 8, second: 21, new: 17}
    assert [(d.deal_id, d.title, d.account, d.process, d.stage, d.days_in_stage, d.threshold) for d in found] == [
        (new, "New process", "Acme", "Fresh", "Stage 1", 17, Threshold(14, Basis.IDLE_SETTING, 0)),
        (second, "Second stage", "Acme", "Tracked", "Stage 2", 21, Threshold(20, Basis.TRACK_RECORD, 5)),
        (slow, "Slow", "Acme", "Tracked", "Stage 1", 9, Threshold(8, Basis.TRACK_RECORD, 5)),
    ]

    planner.settings.set("idle_days", "20")  # the fallback follows the setting
    assert [d.deal_id for d in planner.reports.stalled(TODAY)] == [second, slow]


def test_the_calibration_is_read_once(planner: Planner, monkeypatch) -> None:  # noqa: ANN001
    pid = planner.processes.create(simple_process(2))
    acme = planner.accounts.create(Account(name="Acme"))
    for i in range(6):
        deal(planner, pid, acme, f"D{i}", 30)
    calls = []
    real = planner.reports.calibration
    monkeypatch.setattr(planner.reports, "calibration", lambda *a: calls.append(a) or real(*a))
    assert len(planner.reports.stalled(TODAY)) == 6
    assert calls == [()]
