"""The agenda across every open deal: what counts, how it is grouped by date, and how a
next step is done, brought back and logged (the services; the window is tests/ui/test_agenda_view.py)."""

from __future__ import annotations

from datetime import date, timedelta

from builders import confirm_current, new_deal

from planner.domain.agenda import AgendaLine, LineKind, When, grouped, overdue, when
from planner.domain.model import ItemKind, Outcome
from planner.services import Planner

TODAY = date(2026, 6, 10)  # a Wednesday


def _line(due: date | None, kind: LineKind = LineKind.NEXT_STEP, title: str = "Deal", deal_id: int = 1) -> AgendaLine:
    return AgendaLine(kind, due, "Call", deal_id, title, "Acme", "Sales", "Lead", 1 if kind == LineKind.TASK else None)


def test_each_date_falls_in_one_group() -> None:
    assert when(TODAY - timedelta(days=1), TODAY) == When.OVERDUE
    assert when(TODAY, TODAY) == When.TODAY
    assert when(TODAY + timedelta(days=1), TODAY) == When.WEEK
    assert when(TODAY + timedelta(days=7), TODAY) == When.WEEK
    assert when(TODAY + timedelta(days=8), TODAY) == When.LATER
    assert when(None, TODAY) == When.UNDATED


def test_groups_come_in_order_soonest_first_and_empty_ones_are_left_out() -> None:
    lines = [_line(None), _line(TODAY + timedelta(days=30)), _line(TODAY - timedelta(days=2), title="Old"),
             _line(TODAY - timedelta(days=9), title="Older", deal_id=2),
             _line(TODAY, LineKind.MILESTONE), _line(TODAY, LineKind.TASK), _line(TODAY)]
    groups = grouped(lines, TODAY)
    assert [w for w, _ in groups] == [When.OVERDUE, When.TODAY, When.LATER, When.UNDATED]
    assert [line.title for line in groups[0][1]] == ["Older", "Old"]
    # on one day: the next step, then tasks, deliverables, then the milestone to reach
    assert [line.kind for line in groups[1][1]] == [LineKind.NEXT_STEP, LineKind.TASK, LineKind.MILESTONE]
    assert [line.title for line in overdue(lines, TODAY)] == ["Older", "Old"]
    assert not _line(TODAY, LineKind.MILESTONE).tickable and _line(TODAY, LineKind.TASK).tickable


def test_the_agenda_lists_what_is_due_on_open_deals_only(planner: Planner) -> None:
    today = date.today()
    deal = new_deal(planner, stages=3, title="Live", next_target=today + timedelta(days=20))
    planner.deals.set_next_step(deal, "Send the quote", today - timedelta(days=2))
    work = planner.work.get(deal)
    task, optional = work.tasks[0], work.tasks[1]
    planner.work.set_due(ItemKind.TASK, task.id, today)  # type: ignore[arg-type]
    planner.work.set_due(ItemKind.TASK, optional.id, today)  # type: ignore[arg-type]
    planner.work.set_done(ItemKind.TASK, optional.id, True)  # type: ignore[arg-type]  # done: not due any more
    planner.work.set_due(ItemKind.DELIVERABLE, work.deliverables[0].id, today + timedelta(days=3))  # type: ignore[arg-type]
    undated = new_deal(planner, title="Undated")
    planner.deals.set_next_step(undated, "Find the economic buyer", None)
    # work left behind in a frozen stage, a closed deal, an archived deal, an archived process
    moved = new_deal(planner, stages=3, title="Moved on")
    planner.work.set_due(ItemKind.TASK, planner.work.get(moved).tasks[1].id, today)  # type: ignore[arg-type]
    confirm_current(planner, moved)
    lost = new_deal(planner, title="Lost")
    planner.deals.set_next_step(lost, "Ask why", today)
    confirm_current(planner, lost, Outcome.AGAINST)
    shelved = new_deal(planner, title="Shelved")
    planner.deals.set_next_step(shelved, "Nothing", today)
    planner.deals.archive(shelved)
    retired = new_deal(planner, title="Retired process")
    planner.deals.set_next_step(retired, "Nothing", today)
    planner.processes.archive(planner.deals.get(retired).process_id)

    lines = planner.reports.agenda()
    assert sorted((line.title, line.kind, line.text, line.due) for line in lines) == sorted([
        ("Live", LineKind.NEXT_STEP, "Send the quote", today - timedelta(days=2)),
        ("Live", LineKind.TASK, "Task 1", today),
        ("Live", LineKind.DELIVERABLE, "Deliverable 1", today + timedelta(days=3)),
        ("Live", LineKind.MILESTONE, "Milestone 1", today + timedelta(days=20)),
        ("Undated", LineKind.NEXT_STEP, "Find the economic buyer", None),
    ])
    live = next(line for line in lines if line.kind == LineKind.TASK)
    assert (live.account, live.process, live.stage, live.item_id) == ("Acme", "Test process", "Stage 1", task.id)
    assert [w for w, _ in grouped(lines, today)] == [When.OVERDUE, When.TODAY, When.WEEK, When.LATER, When.UNDATED]
    # the start-up's count of overdue lines, made by SQLite, is the agenda's
    for days in (-3, 0, 1, 4, 21, 40):
        day = today + timedelta(days=days)
        assert planner.reports.overdue_count(day) == len(overdue(lines, day))


def test_a_next_step_done_leaves_the_deal_and_can_come_back(planner: Planner) -> None:
    deal = new_deal(planner)
    due = date(2026, 3, 4)
    planner.deals.set_next_step(deal, "  Call   the CFO ", due)  # one line, tidied
    assert (planner.deals.get(deal).next_step, planner.deals.get(deal).next_step_due) == ("Call the CFO", due)
    planner.deals.complete_next_step(deal)
    assert (planner.deals.get(deal).next_step, planner.deals.get(deal).next_step_due) == ("", None)
    assert planner.reports.agenda() == []
    planner.deals.reopen_next_step(deal, "Call the CFO", due)
    assert planner.deals.get(deal).next_step_due == due
    logged = [(e.kind, e.field, e.before, e.after) for e in planner.deals.events(deal)][1:]
    assert logged == [("edited", "next_step", "", "Call the CFO"), ("edited", "next_step_due", "", "2026-03-04"),
                      ("next_step_done", "Call the CFO", "2026-03-04", "True"),
                      ("next_step_done", "Call the CFO", "2026-03-04", "False")]


def test_a_step_does_not_come_back_over_a_newer_one(planner: Planner) -> None:
    import pytest

    from planner.domain.errors import RuleViolation

    deal = new_deal(planner)
    planner.deals.set_next_step(deal, "Call", None)
    planner.deals.complete_next_step(deal)
    planner.deals.set_next_step(deal, "Visit", None)
    with pytest.raises(RuleViolation, match="another next step"):
        planner.deals.reopen_next_step(deal, "Call", None)
    assert planner.deals.get(deal).next_step == "Visit"


def test_a_due_date_is_logged_and_a_follow_up_starts_without_the_old_step(planner: Planner) -> None:
    deal = new_deal(planner, stages=1)
    task = planner.work.get(deal).tasks[0]
    planner.work.set_due(ItemKind.TASK, task.id, date(2026, 5, 1))  # type: ignore[arg-type]
    planner.work.set_due(ItemKind.TASK, task.id, None)  # type: ignore[arg-type]
    assert [(e.kind, e.field, e.before, e.after) for e in planner.deals.events(deal)][-2:] == [
        ("task_due", "Task 1", "", "2026-05-01"), ("task_due", "Task 1", "2026-05-01", "")]
    planner.deals.set_next_step(deal, "Invoice", date(2026, 5, 2))
    confirm_current(planner, deal)  # won, with its last next step kept as it was
    assert planner.deals.get(deal).next_step == "Invoice"
    follow = planner.deals.get(planner.deals.follow_up(deal))
    assert (follow.next_step, follow.next_step_due) == ("", None)


def test_the_readmes_query_gives_the_apps_lines(planner: Planner) -> None:
    import re
    from pathlib import Path

    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    sql = re.search(r"```sql\n(-- the agenda:.*?)```", readme, re.S).group(1)  # type: ignore[union-attr]
    today = date.today()
    deal = new_deal(planner, stages=2, title="Live", next_target=today + timedelta(days=9))
    planner.deals.set_next_step(deal, "Call", today - timedelta(days=1))
    work = planner.work.get(deal)
    planner.work.set_due(ItemKind.TASK, work.tasks[0].id, today)  # type: ignore[arg-type]
    planner.work.set_due(ItemKind.DELIVERABLE, work.deliverables[0].id, today)  # type: ignore[arg-type]
    planner.deals.set_next_step(new_deal(planner, title="Undated"), "Think", None)
    closed = new_deal(planner, title="Closed")
    planner.deals.set_next_step(closed, "Nothing", today)
    confirm_current(planner, closed, Outcome.AGAINST)
    found = {(r[0], r[1], r[2], r[3]) for r in planner.store.conn.execute(sql)}
    assert found == {(str(line.kind), line.due.isoformat() if line.due else None, line.text, line.deal_id)
                     for line in planner.reports.agenda()}
    assert len(found) == 5
