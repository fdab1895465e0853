"""The deal panel's event log reads the same for a row written before JSON and one after."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest
from builders import simple_process

from planner.domain.model import Account, Deal, DealStatus, Outcome
from planner.services import Planner
from planner.ui.deal.event_log import EventLogModel

# (kind, field, before, after) with the values the services pass to ``Store.log``
LOGGED: list[tuple[str, str, Any, Any]] = [
    ("created", "title", "", "Bigger deal"),
    ("edited", "value", 100.0, 1250.5),
    ("edited", "value", 100, None),
    ("edited", "expected_close", None, "2026-03-01"),
    ("edited", "next_target", "2026-03-01", "2026-04-15"),
    ("edited", "account_id", 1, 1),
    ("edited", "notes", "first line\nsecond", ""),
    ("edited", "title", "100.0", "True"),  # text that looks like a value stays text
    ("task_done", "Send the quote", False, True),
    ("task_done", "Send the quote", True, False),
    ("deliverable_done", "Signed NDA", False, True),
    ("deliverable_done", "Signed NDA", True, False),
    ("task_added", "", "", "Call the buyer"),
    ("deliverable_removed", "", "Old memo", ""),
    ("task_edited", "text", "Call", "Call the buyer"),
    ("deliverable_edited", "link", "", "https://example.com/報價"),
    ("note", "1", "", "Budget approved"),
    ("milestone", "Stage 1", str(Outcome.REACHED), "2026-03-01"),
    ("milestone", "Stage 1", str(Outcome.AGAINST), "2026-03-02"),
    ("stage", "stage_id", "Stage 1", "Stage 2"),
    ("status", "status", str(DealStatus.OPEN), str(DealStatus.LOST)),
    ("status", "status", DealStatus.OPEN, DealStatus.WON),
    ("abandoned", "status", "open", "abandoned"),
    ("correction", "1", "", "The date was a day late"),
    ("follow_up", "deal", "", 7),
    ("archived", "", "", ""),
    ("unarchived", "", "", ""),
    ("deleted", "title", "Bigger deal", ""),
]


def old_text(value: Any) -> str:
    return "" if value is None else str(value)  # what the log stored before JSON


@pytest.fixture
def old_and_new(planner: Planner) -> tuple[list, list]:
    """Every case once as an old row (raw, before the boundary) and once logged anew."""
    pid = planner.processes.create(simple_process(2))
    aid = planner.accounts.create(Account(name="Acme"))
    conn = sqlite3.connect(planner.path, isolation_level=None)
    for kind, field, before, after in LOGGED:
        conn.execute("INSERT INTO events (deal_id, kind, field, before, after) VALUES (1, ?, ?, ?, ?)",
                     [kind, field, old_text(before), old_text(after)])
    conn.close()
    deal_id = planner.deals.create(Deal(account_id=aid, process_id=pid, title="Bigger deal"))
    assert deal_id == 1
    store = planner.store
    with store.transaction():
        for kind, field, before, after in LOGGED:
            store.log(deal_id, kind, field, before, after)
    events = planner.deals.events(deal_id)
    old, new = events[:len(LOGGED)], events[len(LOGGED) + 1:]  # past the "created" of create_deal
    assert len(new) == len(LOGGED)
    return old, new


def test_stored_rows_differ_but_read_alike(planner: Planner, old_and_new: tuple[list, list]) -> None:
    conn = sqlite3.connect(planner.path)
    stored = [r[0] for r in conn.execute("SELECT after FROM events WHERE kind = 'task_done' ORDER BY id")]
    conn.close()
    assert stored == ["True", "False", "true", "false"]
    old, new = old_and_new
    assert [(e.before, e.after) for e in old] == [(e.before, e.after) for e in new]


@pytest.mark.parametrize("lang", ["en", "zh_TW"])
def test_the_event_log_shows_old_and_new_rows_alike(qapp, old_and_new: tuple[list, list],  # noqa: ANN001
                                                     lang: str) -> None:
    from planner import i18n

    i18n.install(lang)
    try:
        model = EventLogModel()
        model.set_events([], {1: "Stage 1"}, {1: "Stage 1"}, {1: "Acme"})
        old, new = old_and_new
        differ = [(case, model.describe(o), model.describe(n))
                  for case, o, n in zip(LOGGED, old, new, strict=True) if model.describe(o) != model.describe(n)]
        assert differ == []
        assert all(model.describe(n)[0] for n in new)  # every kind says what happened
        model.set_events(old + new, {1: "Stage 1"}, {1: "Stage 1"}, {1: "Acme"})
        shown = [[model.data(model.index(r, c)) for c in (1, 2)] for r in range(model.rowCount())]
        assert shown[:len(new)] == shown[len(new):]  # newest first: the new rows, then the old
    finally:
        i18n.install("en")
