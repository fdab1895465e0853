"""The chain's fast check never disagrees with the walk it stands in for.

``chain.verify`` first checks every seal in large chunks (C-level hashing over BLOBs that
SQLite concatenates); only when that fails does the per-entry walk run, to name what is
wrong. So the fast check must never pass a history the walk would fault: here each example
edits a copy of a sealed history around the triggers, as the ``sqlite3`` shell could (a
value, a byte of a seal, a row deleted or slipped in, a ledger rebuilt without its types),
and ``verify`` must say exactly what the walk alone says, on one connection and on two.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from unittest import mock

import pytest
from builders import confirm_current, new_deal
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.services import Planner
from planner.store import chain


@pytest.fixture(scope="module")
def sealed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four deals' milestones, two correction notes and their events, sealed by the app."""
    path = tmp_path_factory.mktemp("sealed") / "h.planner"
    p = Planner.open(path, create=True)
    for title in ("First", "Second", "Third", "Fourth"):
        deal_id = new_deal(p, title=title, account=title)
        confirm_current(p, deal_id)
        confirm_current(p, deal_id)
        p.deals.update(deal_id, title=f"{title} deal")
    p.milestones.correct(1, "The minutes were of the 3rd")
    p.milestones.correct(3, "Signed — 簽約 — a day later")
    p.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    p.close()
    return path


@pytest.fixture
def copy(sealed: Path, tmp_path: Path) -> Path:
    target = tmp_path / "h.planner"
    target.write_bytes(sealed.read_bytes())
    return target


@pytest.fixture(autouse=True)
def small_chunks() -> Iterator[None]:
    """Chunks of a few entries: a history this size crosses many of their borders."""
    with mock.patch.object(chain, "_CHUNK", 5):
        yield


def walked(conn: sqlite3.Connection) -> list[tuple[type, str]]:
    """What ``verify`` says with the walk alone (the fast check answering "look closer")."""
    with mock.patch.object(chain, "_intact", lambda *_args: False):
        return [(type(e), e.english()) for e in chain.verify(conn)]


def said(conn: sqlite3.Connection, spare: sqlite3.Connection | None = None) -> list[tuple[type, str]]:
    return [(type(e), e.english()) for e in chain.verify(conn, spare)]


def drop_triggers(conn: sqlite3.Connection) -> None:
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')


def loosen(conn: sqlite3.Connection, table: str) -> None:
    """Rebuild ``table`` without types or constraints, as another program could."""
    columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    conn.execute(f"CREATE TABLE loose AS SELECT * FROM {table}")
    conn.execute(f"DROP TABLE {table}")
    key = columns[0]
    rest = ", ".join(columns[1:])
    conn.execute(f"CREATE TABLE {table} ({key} INTEGER PRIMARY KEY, {rest})")
    conn.execute(f"INSERT INTO {table} SELECT * FROM loose")
    conn.execute("DROP TABLE loose")


ODD = st.one_of(st.none(), st.integers(-3, 10**6), st.text(max_size=6), st.floats(allow_nan=False),
                st.binary(max_size=40))


@st.composite
def edits(draw: st.DrawFn) -> list[tuple[object, ...]]:
    """One to three edits of the history or its ledger."""
    kinds = st.sampled_from(["value", "delete", "insert", "seal byte", "seal value", "seal deleted",
                             "seals swapped", "seal's table", "seal's row"])
    found = []
    for kind in draw(st.lists(kinds, min_size=1, max_size=3)):
        table = draw(st.sampled_from(chain.CHAINED))
        found.append((kind, table, draw(st.integers(1, 40)), draw(st.integers(1, 40)),
                      draw(st.integers(0, 31)), draw(st.integers(0, 255)), draw(ODD)))
    return found


def edited(sealed: Path, target: Path | str, changes: list[tuple[object, ...]],
           loose: tuple[str, ...]) -> sqlite3.Connection:
    """A copy of the sealed file at ``target``, edited around its triggers as the sqlite3 shell could."""
    source = sqlite3.connect(sealed)
    conn = sqlite3.connect(target, isolation_level=None)
    source.backup(conn)
    source.close()
    drop_triggers(conn)
    for table in loose:
        loosen(conn, table)
    for change in changes:
        apply(conn, change)
    return conn


def apply(conn: sqlite3.Connection, edit: tuple[object, ...]) -> None:
    kind, table, a, b, position, byte, value = edit
    columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    column = columns[int(b) % len(columns)]
    column_of_seal = ("digest", "link")[int(b) % 2]
    statements = {
        "value": (f'UPDATE {table} SET "{column}" = ? WHERE id = ?', [value, a]),
        "delete": (f"DELETE FROM {table} WHERE id = ?", [a]),
        "insert": (f"INSERT INTO {table} SELECT * FROM {table} WHERE id = ? AND ? NOT IN (SELECT id FROM {table})"
                   .replace("SELECT *", "SELECT " + ", ".join("?" if c == "id" else f'"{c}"' for c in columns)),
                   [a, b, a]),
        "seal byte": (f"UPDATE ledger SET {column_of_seal} = substr({column_of_seal}, 1, ?) || ? || "
                      f"substr({column_of_seal}, ? + 2) WHERE seq = ?",
                      [position, bytes([int(byte)]), position, a]),
        "seal value": (f"UPDATE ledger SET {column_of_seal} = ? WHERE seq = ?", [value, a]),
        "seal deleted": ("DELETE FROM ledger WHERE seq = ?", [a]),
        "seals swapped": ("UPDATE ledger SET digest = (SELECT digest FROM ledger WHERE seq = ?) WHERE seq = ?",
                          [b, a]),
        "seal's table": ("UPDATE ledger SET tbl = ? WHERE seq = ?", [table, a]),
        "seal's row": ("UPDATE ledger SET row_id = ? WHERE seq = ?", [b, a]),
    }
    sql, params = statements[str(kind)]
    try:
        conn.execute(sql, params)
    except sqlite3.DatabaseError:  # a type, NOT NULL or key the loosened table still refuses
        pass


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=edits(), loose=st.sampled_from([(), ("ledger",), ("events",), ("ledger", "milestones")]))
def test_the_fast_check_says_what_the_walk_says(sealed: Path, changes: list[tuple[object, ...]],
                                               loose: tuple[str, ...]) -> None:
    conn = edited(sealed, ":memory:", changes, loose)
    expected = walked(conn)
    assert said(conn) == expected
    if chain._intact(conn):  # what the fast check passes, the walk finds whole
        assert not [e for e in expected if e[0] is chain.HistoryAltered]
    conn.close()


def test_an_honest_history_passes_the_fast_check_in_both_halves(copy: Path) -> None:
    """Not merely equal verdicts: the walk is not needed for an honest file."""
    conn, spare = sqlite3.connect(copy), sqlite3.connect(copy, check_same_thread=False)
    try:
        assert chain._intact(conn) and chain._intact(conn, spare)
        with mock.patch.object(chain, "_walk", side_effect=AssertionError("walked")):
            assert chain.verify(conn) == [] and chain.verify(conn, spare) == []
    finally:
        conn.close()
        spare.close()


@pytest.mark.parametrize("statement", [
    "UPDATE milestones SET evidence = 'Forged' WHERE id = 2",
    "UPDATE events SET after = after || ' ' WHERE id = (SELECT max(id) FROM events)",
    "DELETE FROM events WHERE id = 3",
    "UPDATE ledger SET link = zeroblob(32) WHERE seq = 7",
    "UPDATE ledger SET digest = (SELECT digest FROM ledger WHERE seq = 2) WHERE seq = 9",
    "DELETE FROM ledger WHERE seq = 12",
    "INSERT INTO corrections (id, milestone_id, written_on, text) VALUES (0 + 1000, 1, '2020-01-01', 'Late')",
])
def test_two_connections_say_what_one_says(copy: Path, statement: str) -> None:
    """The later half of the chain is checked in a thread on a second connection."""
    shell = sqlite3.connect(copy, isolation_level=None)
    drop_triggers(shell)
    shell.execute(statement)
    shell.close()
    conn, spare = sqlite3.connect(copy), sqlite3.connect(copy, check_same_thread=False)
    try:
        expected = walked(conn)
        assert expected  # each edit is found
        assert said(conn, spare) == said(conn) == expected
    finally:
        conn.close()
        spare.close()


def test_seals_out_of_order_are_not_taken_for_a_chain(copy: Path) -> None:
    """Two entries' seals swapped whole (digest and link): each link is a true hash, but of
    the wrong predecessor; the chunks are read in the order of seq, as the walk reads."""
    shell = sqlite3.connect(copy, isolation_level=None)
    drop_triggers(shell)
    first, second = shell.execute("SELECT tbl, row_id, digest, link FROM ledger WHERE seq IN (4, 5) "
                                  "ORDER BY seq").fetchall()
    shell.execute("DELETE FROM ledger WHERE seq IN (4, 5)")
    shell.execute("INSERT INTO ledger VALUES (4, ?, ?, ?, ?)", second)
    shell.execute("INSERT INTO ledger VALUES (5, ?, ?, ?, ?)", first)
    assert not chain._intact(shell)
    assert said(shell) == walked(shell) and "seal is broken at entry 4" in said(shell)[0][1]
    shell.close()


def relink(conn: sqlite3.Connection, start: int) -> None:
    """Recompute every link from entry ``start`` on, as a forger covering an edit would."""
    before = conn.execute("SELECT link FROM ledger WHERE seq < ? ORDER BY seq DESC LIMIT 1", [start]).fetchone()
    link = before[0] if before else chain.GENESIS
    for seq, digest in conn.execute("SELECT seq, digest FROM ledger WHERE seq >= ? ORDER BY seq", [start]).fetchall():
        link = chain._sha(link + digest)
        conn.execute("UPDATE ledger SET link = ? WHERE seq = ?", [link, seq])


def test_seals_of_other_lengths_that_hash_alike_when_joined_are_faulted(copy: Path) -> None:
    """Digests and links of 33 and 31 bytes whose concatenation is a valid chain: the walk
    calls the seal broken, so the fast check must not pass it (each seal is 32 bytes)."""
    conn = sqlite3.connect(copy, isolation_level=None)
    drop_triggers(conn)
    loosen(conn, "ledger")
    h1, h2 = [r[0] for r in conn.execute("SELECT digest FROM ledger WHERE seq IN (1, 2) ORDER BY seq")]
    k1 = chain._sha(chain.GENESIS + h1)
    d1, d2 = h1 + h2[:1], h2[1:]
    l1 = k1[:31]
    k2 = chain._sha(d1[32:] + l1 + d2 + k1[31:])
    conn.execute("UPDATE ledger SET digest = ?, link = ? WHERE seq = 1", [d1, l1])
    conn.execute("UPDATE ledger SET digest = ?, link = ? WHERE seq = 2", [d2, k1[31:] + k2])
    # the later entries follow k2, the link the joined bytes give entry 2
    link = k2
    for seq, digest in conn.execute("SELECT seq, digest FROM ledger WHERE seq > 2 ORDER BY seq").fetchall():
        link = chain._sha(link + digest)
        conn.execute("UPDATE ledger SET link = ? WHERE seq = ?", [link, seq])
    expected = walked(conn)
    assert "its seal is broken at entry 1" in expected[0][1]
    assert not chain._intact(conn) and said(conn) == expected
    conn.close()


def test_a_row_left_to_python_is_encoded_not_taken_as_empty(copy: Path) -> None:
    """SQLite leaves a row holding a REAL to Python (its encoding comes back empty): a seal
    forged as the hash of nothing must not pass for it."""
    conn = sqlite3.connect(copy, isolation_level=None)
    drop_triggers(conn)
    loosen(conn, "events")
    conn.execute("UPDATE events SET field = 1.5 WHERE id = 2")
    seq = conn.execute("SELECT seq FROM ledger WHERE tbl = 'events' AND row_id = 2").fetchone()[0]
    conn.execute("UPDATE ledger SET digest = ? WHERE seq = ?", [chain._sha(b""), seq])
    relink(conn, seq)
    expected = walked(conn)
    assert expected == [(chain.HistoryAltered, "The history was altered: event 2 is no longer what was "
                         f"sealed (seal {seq}).")]
    assert not chain._intact(conn) and said(conn) == expected
    conn.close()


def test_a_ledger_holding_other_tables_or_types_is_looked_at_closer(copy: Path) -> None:
    conn = sqlite3.connect(copy, isolation_level=None)
    drop_triggers(conn)
    loosen(conn, "ledger")
    conn.execute("UPDATE ledger SET tbl = 'deals' WHERE seq = 3")
    conn.execute("UPDATE ledger SET link = hex(link) WHERE seq = 8")
    assert not chain._intact(conn)
    assert said(conn) == walked(conn) and len(said(conn)) >= 2
    conn.close()


def test_a_chunk_is_read_in_the_order_of_seq(copy: Path) -> None:
    """The link check joins a chunk's seals end to end: SQLite must meet them by seq, which
    the scan of a rowid range (the plan for the chunk's query) does."""
    conn = sqlite3.connect(copy)
    plan = conn.execute("EXPLAIN QUERY PLAN " + chain._chunk_sql(conn), [0, 5]).fetchall()
    assert plan[0][3] == "SEARCH l USING INTEGER PRIMARY KEY (rowid>? AND rowid<?)"
    assert all("LEFT-JOIN" in row[3] for row in plan[1:])
    conn.close()
