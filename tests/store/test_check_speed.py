"""The fast paths of ``deal-planner check`` say exactly what the slow ones say.

- The chain's rows are checked table by table, each read in the order of its ids beside the
  ledger's entries for it, and on Linux in a forked process (``chain.rows_elsewhere``): on
  random forgeries and damage, ``verify`` with the rows checked there, in a thread or in
  this one says what the per-entry walk alone says.
- The search index's text is read from FTS5's content table: on random damage to the deals,
  the index and FTS5's own tables, ``search.problems`` says what the comparison through
  FTS5 alone (the query as it was) says.

A test worker of ``pytest -n`` runs threads of its own, and a process of several threads is
never forked (``chain._single_threaded``): there the file runs again in a process of one
thread, so the forked path is tested whichever way the suite runs.
"""

from __future__ import annotations

import functools
import os
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from unittest import mock

import pytest
from builders import confirm_current, new_deal
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_chain_fast import drop_triggers, edited, edits, walked

from planner.domain.errors import PlannerError
from planner.services import Planner, plannerfile
from planner.store import chain, read_only, search


@pytest.fixture(scope="module")
def sealed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Five deals' milestones, correction notes and events, sealed by the app."""
    path = tmp_path_factory.mktemp("sealed") / "h.planner"
    p = Planner.open(path, create=True)
    for title in ("First", "Second", "Third", "Fourth", "Fifth"):
        deal_id = new_deal(p, title=title, account=title)
        confirm_current(p, deal_id)
        confirm_current(p, deal_id)
        p.deals.update(deal_id, title=f"{title} deal", notes="Met at 台北 office")
    p.milestones.correct(1, "The minutes were of the 3rd")
    p.milestones.correct(4, "Signed — 簽約 — a day later")
    p.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    p.close()
    return path


@pytest.fixture(autouse=True)
def small_chunks() -> Iterator[None]:
    """Chunks of a few entries and ids: a history this size crosses many of their borders."""
    with mock.patch.object(chain, "_CHUNK", 4):
        yield


def said(errors: list[PlannerError]) -> list[tuple[type, str]]:
    return [(type(e), e.english()) for e in errors]


def edited_copy(sealed: Path, folder: Path, changes: list[tuple[object, ...]], loose: tuple[str, ...]) -> Path:
    """A copy of the sealed file, edited around its triggers as the sqlite3 shell could."""
    target = folder / "edited.planner"
    target.unlink(missing_ok=True)
    edited(sealed, target, changes, loose).close()
    return target


@given(pairs=st.binary(max_size=64 * 6), links=st.binary(max_size=32 * 3), flip=st.integers(0, 500))
def test_links_are_found_interleaved_as_sliced_one_by_one(pairs: bytes, links: bytes, flip: int) -> None:
    """The strided comparison says what taking the second half of every 64 bytes says."""
    one_by_one = len(pairs) == 2 * len(links) and b"".join(
        pairs[i + 32:i + 64] for i in range(0, len(pairs), 64)) == links
    assert chain._interleaved(pairs, links) == one_by_one
    built = b"".join(pairs[i:i + 32].ljust(32, b"d") + links[j:j + 32].ljust(32, b"l")
                     for i, j in zip(range(0, 64 * 3, 64), range(0, len(links), 32), strict=False))
    whole = b"".join(links[j:j + 32].ljust(32, b"l") for j in range(0, len(links), 32))
    assert chain._interleaved(built, whole)
    if whole:
        changed = bytearray(built)
        changed[flip % len(changed)] ^= 1
        in_a_link = (flip % len(changed)) % 64 >= 32
        assert chain._interleaved(bytes(changed), whole) is not in_a_link


def forked_rows(path: Path) -> chain.Elsewhere | None:
    return chain.rows_elsewhere(functools.partial(read_only.reader, path))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=edits(), loose=st.sampled_from([(), ("ledger",), ("events",), ("ledger", "milestones")]))
def test_the_rows_checked_elsewhere_say_what_the_walk_says(sealed: Path, tmp_path_factory: pytest.TempPathFactory,
                                                           changes: list[tuple[object, ...]],
                                                           loose: tuple[str, ...]) -> None:
    path = edited_copy(sealed, tmp_path_factory.mktemp("edited"), changes, loose)
    conn = read_only.reader(path)
    spare = read_only.reader(path)
    try:
        expected = walked(conn)
        # the rows' count here and in a child process: the same, or both "not intact"
        in_child = forked_rows(path)
        here = chain._rows_hold(conn)
        if in_child is not None:
            assert in_child.result() == here
        assert said(chain.verify(conn, None, forked_rows(path))) == expected
        assert said(chain.verify(conn, spare)) == expected
        assert said(chain.verify(conn)) == expected
        if chain._intact(conn):  # what the fast check passes, the walk finds whole
            assert not [e for e in expected if e[0] is chain.HistoryAltered]
    finally:
        conn.close()
        spare.close()


def test_an_honest_history_passes_in_a_child_process(sealed: Path) -> None:
    conn = read_only.reader(sealed)
    try:
        alone = threading.active_count() == 1 and len(list(Path("/proc/self/task").iterdir())) == 1
        rows = forked_rows(sealed)
        if alone:
            assert rows is not None  # pytest alone: Linux, one thread
        entries = conn.execute("SELECT count(*) FROM ledger").fetchone()[0]
        assert rows is None or rows.result() == entries
        with mock.patch.object(chain, "_walk", side_effect=AssertionError("walked")):
            assert chain.verify(conn, None, forked_rows(sealed)) == []
    finally:
        conn.close()


def test_no_process_is_forked_beside_another_thread(sealed: Path) -> None:
    """A fork copies one thread, whatever locks the others hold: the rows are checked here."""
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert forked_rows(sealed) is None
        assert plannerfile.check_file(sealed) == []
    finally:
        release.set()
        other.join()


def test_a_child_that_fails_leaves_the_verdict_to_the_walk(sealed: Path, tmp_path: Path) -> None:
    path = edited_copy(sealed, tmp_path, [], ())
    shell = sqlite3.connect(path, isolation_level=None)
    shell.execute("UPDATE events SET after = 'Forged' WHERE id = 3")
    shell.close()
    conn = read_only.reader(path)
    try:
        expected = walked(conn)
        assert expected and "event 3 is no longer what was sealed" in expected[0][1]

        def unreadable() -> sqlite3.Connection:
            raise sqlite3.OperationalError("disk I/O error")

        failed = chain.rows_elsewhere(unreadable)
        assert failed is None or failed.result() is None
        assert said(chain.verify(conn, None, chain.rows_elsewhere(unreadable))) == expected
    finally:
        conn.close()


def test_a_child_no_longer_wanted_is_stopped(sealed: Path) -> None:
    rows = forked_rows(sealed)
    if rows is None:
        pytest.skip("no process forked here")
    rows.close()
    assert rows.result() is None


def test_the_check_of_a_forged_file_names_the_row_either_way(sealed: Path, tmp_path: Path) -> None:
    path = edited_copy(sealed, tmp_path, [], ())
    shell = sqlite3.connect(path, isolation_level=None)
    shell.execute("UPDATE milestones SET evidence = 'Forged' WHERE id = 2")
    shell.close()
    forked: list[chain.Elsewhere | None] = []

    def recorded(connect: Callable[[], sqlite3.Connection],
                 conn: sqlite3.Connection | None = None) -> chain.Elsewhere | None:
        forked.append(rows_elsewhere(connect, conn))
        return forked[-1]

    rows_elsewhere = chain.rows_elsewhere
    # asked before: a thread another test left (a window's history check) may end meanwhile
    alone = threading.active_count() == 1 and len(list(Path("/proc/self/task").iterdir())) == 1
    with mock.patch.object(chain, "_FORK_FROM", 0), mock.patch.object(chain, "rows_elsewhere", recorded):
        at_once = said(plannerfile.check_file(path))
    if alone:
        assert forked and forked[0] is not None  # the rows were checked in a child process
    assert any("milestone 2 is no longer what was sealed" in line for _kind, line in at_once)
    with mock.patch.object(chain, "rows_elsewhere", lambda *_args: None):
        assert said(plannerfile.check_file(path)) == at_once  # in a thread on a spare connection
    assert said(plannerfile.check_file(path)) == at_once  # a small ledger: no process


def test_a_small_ledger_is_checked_without_a_process(sealed: Path) -> None:
    """Forking costs more than the few rows' hashing it would take off this process."""
    conn = read_only.reader(sealed)
    try:
        assert chain._entries_about(conn) < chain._FORK_FROM
        assert chain.rows_elsewhere(functools.partial(read_only.reader, sealed), conn) is None
    finally:
        conn.close()


# --- the search index ---

def through_fts5(conn: sqlite3.Connection) -> list[tuple[type, str]]:
    """``search.problems`` as it was: every deal's text compared through FTS5 alone."""
    try:
        if not conn.execute("PRAGMA query_only").fetchone()[0]:
            conn.execute(f"INSERT INTO {search.TABLE} ({search.TABLE}) VALUES ('integrity-check')")
        ids = [str(r[0]) for r in conn.execute(search._OUT_OF_STEP)]
    except sqlite3.DatabaseError as e:
        return said([PlannerError(search.INDEX_DAMAGED, reason=str(e))])
    if ids:
        return said([PlannerError(search.OUT_OF_STEP, ids=", ".join(ids[:20]) + (" …" if len(ids) > 20 else ""))])
    return []


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("indexed") / "s.planner"
    p = Planner.open(path, create=True)
    for i in range(30):
        new_deal(p, title=f"Deal {i} 物流", account=f"Account {i % 4}")
    p.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    p.close()
    return path


DAMAGE = st.sampled_from([
    "UPDATE deal_search_content SET c0 = :text WHERE id = :n",
    "UPDATE deal_search_content SET c0 = NULL WHERE id = :n",
    "UPDATE deal_search_content SET c0 = :n WHERE id = :n",
    "UPDATE deal_search_content SET c0 = CAST(c0 AS BLOB) WHERE id = :n",
    "DELETE FROM deal_search_content WHERE id = :n",
    "INSERT OR IGNORE INTO deal_search_content (id, c0) VALUES (:n + 100, :text)",
    "UPDATE deal_search SET text = :text WHERE rowid = :n",
    "DELETE FROM deal_search WHERE rowid = :n",
    "INSERT INTO deal_search (rowid, text) VALUES (:n + 200, :text)",
    "UPDATE deals SET title = :text WHERE id = :n",
    "DELETE FROM deals WHERE id = :n",
    "UPDATE accounts SET name = :text WHERE id = :n % 4 + 1",
    "DELETE FROM accounts WHERE id = :n % 4 + 1",
    "INSERT INTO stage_notes (deal_id, stage_id, text) SELECT :n, stage_id, :text FROM deals WHERE id = :n",
    "DELETE FROM deal_search_data WHERE id > :n",
    "UPDATE deal_search_config SET v = :n WHERE k = 'version'",
    "DELETE FROM deal_search_docsize WHERE id = :n",
    "DROP TABLE deal_search_content",
    "DROP TABLE deal_search_docsize",
    "ALTER TABLE deal_search_content RENAME TO other",
    "DROP TABLE deal_search",
    "CREATE TABLE IF NOT EXISTS deal_search_content (id INTEGER PRIMARY KEY, c0, more)",
])


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(damage=st.lists(st.tuples(DAMAGE, st.integers(1, 32), st.text(max_size=8)), min_size=1, max_size=4),
       writable=st.booleans())
def test_the_index_compared_through_its_content_says_what_fts5_says(
        indexed: Path, damage: list[tuple[str, int, str]], writable: bool) -> None:
    source = sqlite3.connect(indexed)
    conn = sqlite3.connect(":memory:", isolation_level=None)
    source.backup(conn)
    source.close()
    drop_triggers(conn)
    for statement, n, text in damage:
        try:
            conn.execute(statement, {"n": n, "text": text})
        except sqlite3.DatabaseError:
            pass  # FTS5 refusing a write to a table it cannot read, a key taken
    conn.execute(f"PRAGMA query_only = {0 if writable else 1}")
    expected = through_fts5(conn)
    assert said(search.problems(conn)) == expected
    conn.close()


def test_an_index_made_otherwise_is_compared_through_fts5(indexed: Path) -> None:
    """Only the index ``SCHEMA`` makes keeps its text in ``deal_search_content.c0`` as read here."""
    source = sqlite3.connect(indexed)
    conn = sqlite3.connect(":memory:", isolation_level=None)
    source.backup(conn)
    source.close()
    conn.execute("DROP TABLE deal_search")
    conn.execute("CREATE TABLE stand_in (id INTEGER PRIMARY KEY, text)")
    conn.execute("CREATE VIRTUAL TABLE deal_search USING fts5(text, content = 'stand_in', content_rowid = 'id')")
    conn.execute("CREATE TABLE deal_search_content (id INTEGER PRIMARY KEY, c0)")  # a decoy, never read
    conn.execute("INSERT INTO deal_search_content SELECT id, 'decoy' FROM deals")
    conn.execute(f"INSERT INTO stand_in (id, text) SELECT d.id, {search._stored('d')} FROM deals d "
                 "JOIN accounts a ON a.id = d.account_id")
    conn.execute("PRAGMA query_only = 1")
    assert through_fts5(conn) == [] and said(search.problems(conn)) == []
    conn.close()


# --- the invariants ---

AGAINST_AS_IT_WAS = """SELECT DISTINCT m.deal_id FROM milestones m JOIN deals d ON d.id = m.deal_id
        WHERE m.outcome = 'against' AND d.status <> 'lost'"""
VALUES = st.one_of(st.integers(1, 6), st.sampled_from(["1", "2", " 3", "4.0", None, 2.0, b"\x01"]))


@settings(max_examples=200, deadline=None)
@given(deals=st.lists(st.tuples(st.integers(1, 8), st.sampled_from(["open", "won", "lost", "abandoned", None])),
                      max_size=8, unique_by=lambda d: d[0]),
       milestones=st.lists(st.tuples(VALUES, st.sampled_from(["against", "reached", "Against", None])),
                           max_size=12),
       typed=st.booleans())
def test_deals_against_us_are_found_as_before(deals: list[tuple[int, str | None]],
                                             milestones: list[tuple[object, str | None]], typed: bool) -> None:
    """Every deal the query as it was names, in the same order, whatever the rows hold
    (typed as the file has them, or loose as another program could leave them)."""
    from planner.store import invariants

    [(_message, faster)] = [(m, q) for m, q in invariants._QUERIES if "went against us but" in m]
    conn = sqlite3.connect(":memory:")
    kind = "INTEGER" if typed else ""
    conn.execute(f"CREATE TABLE deals (id INTEGER PRIMARY KEY, status {'TEXT' if typed else ''})")
    conn.execute(f"CREATE TABLE milestones (id INTEGER PRIMARY KEY, deal_id {kind}, outcome)")
    conn.execute("CREATE INDEX milestones_by_deal ON milestones (deal_id)")
    conn.executemany("INSERT INTO deals VALUES (?, ?)", deals)
    conn.executemany("INSERT INTO milestones (deal_id, outcome) VALUES (?, ?)", milestones)
    assert conn.execute(faster).fetchall() == conn.execute(AGAINST_AS_IT_WAS).fetchall()
    conn.close()


def test_the_forked_path_is_tested_in_a_process_of_one_thread() -> None:
    if "PYTEST_XDIST_WORKER" not in os.environ:
        pytest.skip("this process runs one thread: the tests above fork")
    ran = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-n", "0", "-p", "no:cacheprovider", __file__,
         "-k", "not process_of_one_thread"],
        capture_output=True, text=True, cwd=Path(__file__).resolve().parents[2], timeout=600,
        env={k: v for k, v in os.environ.items() if not k.startswith("PYTEST_XDIST")})
    assert ran.returncode == 0, ran.stdout[-3000:] + ran.stderr[-2000:]
    assert "no process forked here" not in ran.stdout and " passed" in ran.stdout, ran.stdout[-3000:]
