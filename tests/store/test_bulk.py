"""Statements made ahead and run in bulk (planner/store/bulk.py): each row through the file's
rules, and a row that gets another id than the statements after it count on stops it all."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.domain.errors import PlannerError
from planner.services import Planner
from planner.store import bulk

ACCOUNT = "INSERT INTO accounts (name) VALUES (?)"
CONTACT = "INSERT INTO contacts (account_id, name) VALUES (?, ?)"


@pytest.fixture
def planner(tmp_path: Path) -> Planner:
    return Planner.open(tmp_path / "bulk.planner", create=True)


def test_statements_run_in_order_with_the_ids_they_count_on(planner: Planner) -> None:
    conn = planner.store.conn
    last = bulk.last_ids(conn, ("accounts", "contacts"))
    with planner.store.transaction():
        bulk.run(conn, [[(ACCOUNT, ("Acme",), last["accounts"] + 1)],
                        [(CONTACT, [(last["accounts"] + 1, "Ann"), (last["accounts"] + 1, "Bo")], bulk.MANY),
                         ("UPDATE accounts SET notes = ? WHERE id = ?", ("met twice", last["accounts"] + 1), 0)]])
        bulk.check(conn, {"accounts": last["accounts"] + 1, "contacts": last["contacts"] + 2})
    account = planner.accounts.get(last["accounts"] + 1)
    assert (account.name, account.notes) == ("Acme", "met twice")
    assert [c.name for c in planner.contacts.of(last["accounts"] + 1)] == ["Ann", "Bo"]
    planner.close()


def test_a_row_with_another_id_stops_everything(planner: Planner) -> None:
    conn = planner.store.conn
    last = bulk.last_ids(conn, ("accounts",))["accounts"]
    with pytest.raises(AssertionError, match="another id"), planner.store.transaction():
        bulk.run(conn, [[(ACCOUNT, ("Acme",), last + 1), (ACCOUNT, ("Globex",), last + 5)]])
    assert planner.accounts.all() == []  # rolled back, the first one too
    planner.close()


def test_the_last_ids_must_be_those_counted_on(planner: Planner) -> None:
    conn = planner.store.conn
    with pytest.raises(AssertionError, match="counted on"), planner.store.transaction():
        bulk.run(conn, [[(ACCOUNT, ("Acme",), 1)]])
        bulk.check(conn, {"accounts": 2})
    assert planner.accounts.all() == []
    planner.close()


def test_the_files_rules_judge_each_row(planner: Planner) -> None:
    conn = planner.store.conn
    with pytest.raises(PlannerError), planner.store.transaction():
        bulk.run(conn, [[(CONTACT, [(1, "Ann")], bulk.MANY)]])  # no account 1: refused by the file
    planner.close()


@pytest.mark.parametrize("new_file", [False, True])
def test_tuned_gives_the_connection_back_as_it_was(planner: Planner, new_file: bool) -> None:
    conn = planner.store.conn
    before = [conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("cache_size", "journal_mode")]
    with bulk.tuned(conn, new_file):
        assert conn.execute("PRAGMA cache_size").fetchone()[0] == -bulk.CACHE_KIB
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == ("memory" if new_file else "wal")
    assert [conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("cache_size", "journal_mode")] == before
    planner.close()
