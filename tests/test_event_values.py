"""The event log's value encoding: JSON for new rows, old rows read as they were written."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest
from builders import new_deal, simple_process
from hypothesis import given
from hypothesis import strategies as st

from planner.domain import event_values as ev
from planner.domain.model import Account, DealStatus, Outcome
from planner.services import Planner


def legacy(value: Any) -> str:
    """What versions before JSON wrote for ``value`` (the old ``Store.log``)."""
    return "" if value is None else str(value)


ENCODED = [
    (None, "null"),
    (True, "true"),
    (False, "false"),
    (0, "0"),
    (7, "7"),
    (100.0, "100.0"),
    (-2.5, "-2.5"),
    ("", '""'),
    ("Bigger deal", '"Bigger deal"'),
    ("報價 \"quoted\"\n", '"報價 \\"quoted\\"\\n"'),
    (date(2026, 3, 1), '"2026-03-01"'),
    (datetime(2026, 3, 1, 9, 30), '"2026-03-01T09:30:00"'),
    (DealStatus.WON, '"won"'),
    (Outcome.AGAINST, '"against"'),
    (Decimal("12.5"), "12.5"),
    (Decimal("40"), "40"),
    ({"b": 1, "a": [1, None]}, '{"a":[1,null],"b":1}'),
]


@pytest.mark.parametrize(("value", "text"), ENCODED)
def test_values_are_written_as_compact_typed_json(value: Any, text: str) -> None:
    assert ev.encode(value) == text


@pytest.mark.parametrize(("value", "text"), ENCODED)
def test_every_encoded_value_reads_back_typed(value: Any, text: str) -> None:
    plain = value.isoformat() if isinstance(value, date) else value
    plain = plain.value if isinstance(plain, DealStatus | Outcome) else plain
    if isinstance(plain, Decimal):  # a whole Decimal is a JSON integer, any other a float
        plain = int(plain) if plain == plain.to_integral_value() else float(plain)
    decoded = ev.decode(text, json_row=True)
    assert decoded == plain and type(decoded) is type(plain)


@pytest.mark.parametrize("value", [None, True, False, 0, 7, 100.0, 250.5, 1e16, "", "Deal",
                                   date(2026, 3, 1), DealStatus.LOST, Outcome.REACHED])
def test_new_rows_show_the_text_old_rows_showed(value: Any) -> None:
    assert ev.text_of(ev.encode(value), json_row=True) == legacy(value)


def test_non_finite_numbers_are_kept_as_the_text_shown_before() -> None:
    for value in (float("nan"), float("inf"), float("-inf")):
        assert ev.text_of(ev.encode(value), json_row=True) == legacy(value)


@pytest.mark.parametrize("text", ["", "100.0", "True", "False", "None", "null", '"quoted"', "1e5",
                                  "NaN", "[1, 2]", "報價", "  7 "])
def test_old_rows_read_exactly_as_written(text: str) -> None:
    assert ev.decode(text, json_row=False) == text
    assert ev.text_of(text, json_row=False) == text


@pytest.mark.parametrize("text", ["True", "1e5", "NaN", "Infinity", "plain words", "[1, 2]", "1.50",
                                  '{"b":1,"a":2}', "07"])
def test_text_past_the_boundary_that_is_not_our_json_stays_text(text: str) -> None:
    """An older version may still write to the file after the boundary: its text is shown as is."""
    assert ev.decode(text, json_row=True) == text


def test_values_that_are_not_text_are_shown_as_before() -> None:
    assert ev.text_of(42, json_row=True) == "42"
    assert ev.text_of(b"\x01\xff", json_row=False) == "01ff"
    assert ev.text_of(None, json_row=False) == ""


def test_the_boundary_decides_which_rows_are_json() -> None:
    assert not ev.is_json(5, None)
    assert not ev.is_json(4, 5)
    assert ev.is_json(5, 5) and ev.is_json(6, 5)
    assert not ev.is_json(None, 5)


logged = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False),
    st.text(), st.dates(), st.sampled_from(list(DealStatus) + list(Outcome)))


@given(logged)
def test_round_trip_property(value: Any) -> None:
    text = ev.encode(value)
    assert ev.text_of(text, json_row=True) == legacy(value)
    decoded = ev.decode(text, json_row=True)
    expected = value.isoformat() if isinstance(value, date) else value
    assert decoded == (expected.value if isinstance(expected, DealStatus | Outcome) else expected)


@given(st.text())
def test_any_old_text_reads_back_unchanged(text: str) -> None:
    assert ev.text_of(text, json_row=False) == text


# --- through the planner file --------------------------------------------------------------

def raw(planner: Planner) -> sqlite3.Connection:
    return sqlite3.connect(planner.path, isolation_level=None)


def test_new_events_are_stored_as_json_from_a_recorded_boundary(planner: Planner) -> None:
    deal_id = new_deal(planner, value=100, title="Deal")
    planner.deals.update(deal_id, value=250.0)
    conn = raw(planner)
    stored = conn.execute("SELECT id, kind, before, after FROM events ORDER BY id").fetchall()
    boundary = conn.execute("SELECT value FROM settings WHERE key = ?", [ev.ENCODING_FROM]).fetchone()
    conn.close()
    assert [s[1:] for s in stored] == [("created", '""', '"Deal"'), ("edited", "100.0", "250.0")]
    assert boundary == (str(stored[0][0]),)  # the first event written as JSON
    events = planner.deals.events(deal_id)
    assert [(e.before, e.after) for e in events] == [("", "Deal"), ("100.0", "250.0")]


def test_old_rows_before_the_boundary_keep_their_text(planner: Planner) -> None:
    """A file from before JSON: its rows are read as written, new rows after them as JSON."""
    pid = planner.processes.create(simple_process(2))
    aid = planner.accounts.create(Account(name="Acme"))
    conn = raw(planner)
    old = [("edited", "value", "100.0", "250.0"), ("task_done", "Task 1", "False", "True"),
           ("edited", "notes", '"quoted"', "null"), ("edited", "title", "1e5", "")]
    for kind, field, before, after in old:  # through the triggers, as the old version logged
        conn.execute("INSERT INTO events (deal_id, kind, field, before, after) VALUES (1, ?, ?, ?, ?)",
                     [kind, field, before, after])
    conn.close()
    from planner.domain.model import Deal
    deal_id = planner.deals.create(Deal(account_id=aid, process_id=pid, title="Deal", value=100.0))
    assert deal_id == 1
    planner.deals.update(deal_id, value=250.0)
    events = planner.deals.events(deal_id)
    assert [(e.kind, e.field, e.before, e.after) for e in events[:4]] == old
    assert [(e.before, e.after) for e in events[4:]] == [("", "Deal"), ("100.0", "250.0")]
    assert int(planner.settings.all()[ev.ENCODING_FROM]) == events[4].id


def test_the_boundary_commits_with_its_first_event_or_not_at_all(planner: Planner) -> None:
    pid = planner.processes.create(simple_process(2))
    aid = planner.accounts.create(Account(name="Acme"))
    from planner.domain.model import Deal
    deal_id = planner.deals.create(Deal(account_id=aid, process_id=pid, title="Deal"))
    conn = raw(planner)
    conn.execute("DELETE FROM settings WHERE key = ?", [ev.ENCODING_FROM])
    conn.close()
    with pytest.raises(RuntimeError), planner.store.transaction():
        planner.store.log(deal_id, "edited", "title", "Deal", "Other")
        raise RuntimeError("the use case fails after logging")
    assert ev.ENCODING_FROM not in planner.settings.all()
    assert len(planner.deals.events(deal_id)) == 1


def test_an_unreadable_boundary_shows_every_row_as_stored(planner: Planner) -> None:
    deal_id = new_deal(planner, title="Deal")
    conn = raw(planner)
    conn.execute("UPDATE settings SET value = 'soon' WHERE key = ?", [ev.ENCODING_FROM])
    conn.close()
    assert [(e.before, e.after) for e in planner.deals.events(deal_id)] == [('""', '"Deal"')]
