"""The search index set aside while many rows are written at once (``search.deferred``, the
demo's bulk writing): the file ends exactly as the triggers would have left it, and an error
midway leaves it as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from test_search_index import empty_file, fresh  # noqa: F401 - the module's fixture

from planner.store import search

TRIGGERS = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"


def _write_rows(conn: sqlite3.Connection) -> None:
    """Rows of every kind the index's text is made of, and changes to them."""
    conn.execute("INSERT INTO accounts (id, name) VALUES (1, 'Acme 台北'), (2, 'Globex')")
    conn.execute("INSERT INTO contacts (account_id, name, title) VALUES (1, 'Lin', '採購經理')")
    for i in range(1, 41):
        conn.execute("INSERT INTO deals (id, process_id, stage_id, account_id, title, value, currency, notes) "
                     "VALUES (?, 1, 1, ?, ?, 10, 'TWD', ?)", [i, 1 + i % 2, f"Deal {i} 產線", f"note {i}"])
    conn.execute("INSERT INTO stage_notes (deal_id, stage_id, text) VALUES (3, 1, '試車 passed')")
    conn.execute("UPDATE deals SET title = 'Renamed 商機' WHERE id = 7")
    conn.execute("UPDATE accounts SET name = 'Globex Taiwan' WHERE id = 2")
    conn.execute("DELETE FROM deals WHERE id = 40")


def _index(conn: sqlite3.Connection) -> list[tuple[object, ...]]:
    return conn.execute(f"SELECT rowid, text FROM {search.TABLE} ORDER BY rowid").fetchall()


def test_rows_written_with_the_index_set_aside_end_as_the_triggers_leave_them(empty_file: Path) -> None:  # noqa: F811
    by_triggers, deferred = fresh(empty_file), fresh(empty_file)
    triggers = deferred.execute(TRIGGERS).fetchall()
    _write_rows(by_triggers)
    deferred.execute("BEGIN")
    with search.deferred(deferred):
        assert not [n for n, _ in deferred.execute(TRIGGERS) if "_search_" in n]  # set aside meanwhile
        _write_rows(deferred)
    deferred.execute("COMMIT")
    assert deferred.execute(TRIGGERS).fetchall() == triggers  # back, with the very SQL they had
    assert _index(deferred) == _index(by_triggers) and len(_index(deferred)) == 39
    assert search.problems(deferred) == []
    # and they work again: a later edit refreshes its deal's text
    deferred.execute("UPDATE deals SET notes = 'after the bulk' WHERE id = 5")
    assert search.problems(deferred) == []


def test_an_error_midway_leaves_the_triggers_and_the_index_as_they_were(empty_file: Path) -> None:  # noqa: F811
    conn = fresh(empty_file)
    conn.execute("INSERT INTO accounts (id, name) VALUES (1, 'Acme')")
    conn.execute("INSERT INTO deals (id, process_id, stage_id, account_id, title, value, currency) "
                 "VALUES (1, 1, 1, 1, 'Kept', 10, 'TWD')")
    triggers, index = conn.execute(TRIGGERS).fetchall(), _index(conn)
    conn.execute("BEGIN")
    with pytest.raises(sqlite3.IntegrityError), search.deferred(conn):
        _write_rows(conn)  # account 1 again: refused
    conn.execute("ROLLBACK")
    assert conn.execute(TRIGGERS).fetchall() == triggers
    assert _index(conn) == index
    conn.execute("UPDATE deals SET title = 'Still indexed' WHERE id = 1")
    assert str(_index(conn)[0][1]).startswith("still indexed acme ")
