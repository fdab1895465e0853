"""The hash chain: history changed around the triggers is found, and named.

The attacks are what the triggers cannot stop: a plain ``sqlite3`` connection drops the
append-only triggers, rewrites history and puts the triggers back exactly, so the schema
check (``tamper``) sees nothing. The chain must.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from builders import confirm_current, new_deal
from forging import around_triggers
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from test_tamper import older_file

from planner.domain.errors import RuleViolation
from planner.services import Planner
from planner.store import chain, tamper
from planner.store.database import MIGRATION_NAMES

EMPTY_FINGERPRINT = "FB1D-F8E8-B626"  # GENESIS's: a file with no history yet


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """Three deals with milestones, a correction and their events, made once."""
    path = tmp_path_factory.mktemp("template") / "h.planner"
    p = Planner.open(path, create=True)
    for title in ("First", "Second", "Third"):
        deal_id = new_deal(p, title=title, account=title)
        confirm_current(p, deal_id)
        confirm_current(p, deal_id)
    p.milestones.correct(p.milestones.of(1)[0].id, "The minutes were of the 3rd")  # type: ignore[arg-type]
    p.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    p.close()
    return path.read_bytes()


@pytest.fixture
def path(tmp_path: Path, template: bytes) -> Path:
    target = tmp_path / "h.planner"
    target.write_bytes(template)
    return target


@pytest.fixture(params=["off", "on"])
def shell(request: pytest.FixtureRequest, path: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA foreign_keys = {request.param}")
    conn.execute(f"PRAGMA recursive_triggers = {request.param}")
    yield conn
    conn.close()


def report(conn: sqlite3.Connection) -> list[tuple[type, str]]:
    return [(type(e), e.english()) for e in chain.verify(conn)]


def schema_untouched(path: Path) -> bool:
    conn = sqlite3.connect(path)
    try:
        return tamper.differences(conn) == []
    finally:
        conn.close()


def seq_of(conn: sqlite3.Connection, table: str, row_id: int) -> int:
    return int(conn.execute("SELECT seq FROM ledger WHERE tbl = ? AND row_id = ?", [table, row_id]).fetchone()[0])


def history_rows(conn: sqlite3.Connection) -> int:
    return sum(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in chain.CHAINED)


# --- an honest file ---

def test_an_honest_file_verifies(path: Path) -> None:
    conn = sqlite3.connect(path)
    assert chain.verify(conn) == []
    assert conn.execute("SELECT count(*) FROM ledger").fetchone()[0] == history_rows(conn)
    conn.close()


def test_every_write_of_the_app_is_sealed_in_its_transaction(planner: Planner) -> None:
    conn = planner.store.conn
    assert chain.fingerprint(conn) == EMPTY_FINGERPRINT
    deal_id = new_deal(planner)
    confirm_current(planner, deal_id)
    planner.milestones.correct(planner.milestones.of(deal_id)[0].id, "Signed on the 2nd")  # type: ignore[arg-type]
    assert conn.execute("SELECT count(*) FROM ledger").fetchone()[0] == history_rows(conn) > 3
    assert chain.verify(conn) == []
    assert chain.seal(conn) == 0  # nothing left to seal


def test_a_refused_write_seals_nothing(planner: Planner) -> None:
    deal_id = new_deal(planner)
    confirm_current(planner, deal_id)
    before = chain.fingerprint(planner.store.conn)
    with pytest.raises(RuleViolation), planner.store.transaction():
        planner.store.log(deal_id, "note", "x", "", "y")
        planner.store.conn.execute("DELETE FROM milestones")  # refused: all is rolled back
    assert chain.fingerprint(planner.store.conn) == before
    assert chain.verify(planner.store.conn) == []


def test_fingerprint_is_stable_and_moves_with_history(path: Path) -> None:
    planner = Planner.open(path)
    first = chain.fingerprint(planner.store.conn)
    assert re.fullmatch(r"[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}", first)
    assert first != EMPTY_FINGERPRINT
    planner.close()
    planner = Planner.open(path)
    assert chain.fingerprint(planner.store.conn) == first  # opening changes nothing
    planner.milestones.correct(1, "One more note")
    assert chain.fingerprint(planner.store.conn) != first
    planner.close()


@pytest.mark.parametrize("version", [1, MIGRATION_NAMES.index("0006_hash_chain")])
def test_an_older_file_gains_a_chain_over_its_history(tmp_path: Path, version: int) -> None:
    """The migration seals every row already there; a file before STRICT tables too."""
    path = older_file(tmp_path / "old.planner", version)
    planner = Planner.open(path)
    conn = planner.store.conn
    assert conn.execute("SELECT tbl, row_id FROM ledger ORDER BY seq").fetchall() == [
        ("milestones", 1), ("corrections", 1), ("events", 1)]
    assert chain.verify(conn) == []
    planner.close()


# --- the ledger itself ---

@pytest.mark.parametrize("statement", [
    "UPDATE ledger SET digest = zeroblob(32) WHERE seq = 1",
    "DELETE FROM ledger WHERE seq = (SELECT max(seq) FROM ledger)",
    "INSERT OR REPLACE INTO ledger SELECT * FROM ledger WHERE seq = 1",
    "REPLACE INTO ledger (seq, tbl, row_id, digest, link) SELECT seq + 1000, tbl, row_id, digest, link "
    "FROM ledger WHERE seq = 1",
])
def test_the_ledger_is_append_only(shell: sqlite3.Connection, statement: str) -> None:
    before = shell.execute("SELECT * FROM ledger").fetchall()
    with pytest.raises(sqlite3.IntegrityError, match=chain.LEDGER_FINAL):
        shell.execute(statement)
    assert shell.execute("SELECT * FROM ledger").fetchall() == before


# --- attacks around the triggers ---

def test_an_edited_milestone_is_named(shell: sqlite3.Connection, path: Path) -> None:
    before = chain.fingerprint(shell)
    around_triggers(shell, ("milestones",), "UPDATE milestones SET evidence = 'Forged' WHERE id = 2")
    assert schema_untouched(path)  # the triggers are back exactly: the schema shows nothing
    assert report(shell) == [(chain.HistoryAltered, "The history was altered: milestone 2 is no "
                              f"longer what was sealed (seal {seq_of(shell, 'milestones', 2)}).")]
    assert chain.fingerprint(shell) == before  # the ledger is intact: the row is what changed


def test_the_first_broken_seal_is_named_then_how_many_more(shell: sqlite3.Connection) -> None:
    around_triggers(shell, ("events", "milestones"),
                    "UPDATE events SET after = 'x' WHERE id IN (2, 5)",
                    "UPDATE milestones SET decision = 'x' WHERE id = 1")
    first = min((seq_of(shell, "events", 2), "event 2"), (seq_of(shell, "milestones", 1), "milestone 1"))
    errors = chain.verify(shell)
    assert f"{first[1]} is no longer what was sealed (seal {first[0]})" in errors[0].english()
    assert errors[1].english() == "2 later seals do not match either."
    assert len(errors) == 2


def test_a_deleted_event_is_named(shell: sqlite3.Connection, path: Path) -> None:
    around_triggers(shell, ("events",), "DELETE FROM events WHERE id = 3")
    assert schema_untouched(path)
    assert report(shell) == [(chain.HistoryAltered, "The history was altered: event 3 was deleted "
                              f"after it was sealed (seal {seq_of(shell, 'events', 3)}).")]


def test_a_forged_old_event_is_found_and_a_consistent_rewrite_moves_the_fingerprint(
        shell: sqlite3.Connection, path: Path) -> None:
    # ids leave a gap when another program appended an event far ahead, sealed by the next write
    newest = shell.execute("SELECT max(id) FROM events").fetchone()[0]
    shell.execute("INSERT INTO events (id, deal_id, kind) VALUES (?, 1, 'note')", [newest + 10])
    chain.seal(shell)
    recorded = chain.fingerprint(shell)  # what the user noted, or printed on a plan
    forged = newest + 5
    # the rules let anyone append to the log: this one is dated in the past and slipped in
    shell.execute("INSERT INTO events (id, deal_id, at, kind, field, before, after) VALUES "
                  "(?, 1, '2020-01-01T00:00:00Z', 'stage', 'stage_id', 'Lead', 'Won')", [forged])
    assert report(shell) == [(chain.HistoryAltered, f"The history was altered: event {forged} slipped in "
                              "among rows already sealed.")]
    # rewrite the ledger from the forged row onward, consistently
    around_triggers(shell, ("ledger",), "DELETE FROM ledger WHERE tbl = 'events' AND row_id > ?",
                    params=(forged - 1,))
    chain.seal(shell)
    assert chain.verify(shell) == [] and schema_untouched(path)
    assert chain.fingerprint(shell) != recorded


def test_a_rewrite_from_an_edited_row_onward_moves_the_fingerprint(shell: sqlite3.Connection) -> None:
    recorded = chain.fingerprint(shell)
    seq = seq_of(shell, "milestones", 3)
    around_triggers(shell, ("milestones", "ledger"),
                    "UPDATE milestones SET evidence = 'Forged' WHERE id = 3",
                    "DELETE FROM ledger WHERE seq >= ?", params=(seq,))
    # the attacker's own sealing, or the app's next write, reseals what follows
    chain.seal(shell)
    assert chain.verify(shell) == []
    assert chain.fingerprint(shell) != recorded


def test_an_edited_seal_breaks_the_chain_there(shell: sqlite3.Connection) -> None:
    around_triggers(shell, ("ledger",), "UPDATE ledger SET digest = zeroblob(32) WHERE seq = 4")
    tbl, row_id = shell.execute("SELECT tbl, row_id FROM ledger WHERE seq = 4").fetchone()
    noun = {"milestones": "milestone", "corrections": "correction note", "events": "event"}[tbl]
    assert report(shell) == [(chain.HistoryAltered, "The history was altered: its seal is broken at "
                              f"entry 4 ({noun} {row_id}).")]


def test_a_removed_seal_breaks_the_chain_after_it(shell: sqlite3.Connection) -> None:
    around_triggers(shell, ("ledger",), "DELETE FROM ledger WHERE seq = 4")
    errors = chain.verify(shell)
    assert errors and "seal is broken at entry 5" in errors[0].english()


def test_rows_of_another_program_are_unsealed_not_forged(shell: sqlite3.Connection, path: Path) -> None:
    """A new event appended by another program breaks no rule; it is only not sealed yet."""
    newest = shell.execute("SELECT max(id) FROM events").fetchone()[0]
    shell.execute("INSERT INTO events (deal_id, kind) VALUES (1, 'note')")
    assert report(shell) == [(chain.HistoryUnsealed, f"Not sealed yet: event {newest + 1}, written by "
                              "another program since Deal Planner last saved this file.")]
    planner = Planner.open(path)
    planner.milestones.correct(1, "Sealed with the next write")
    assert chain.verify(planner.store.conn) == []
    planner.close()


def test_many_unsealed_rows_are_named_by_the_first_few(shell: sqlite3.Connection) -> None:
    newest = shell.execute("SELECT max(id) FROM events").fetchone()[0]
    shell.executemany("INSERT INTO events (deal_id, kind) VALUES (1, 'note')", [()] * 25)
    (error,) = chain.verify(shell)
    first = ", ".join(str(newest + i) for i in range(1, 21))
    assert error.params["ids"] == first + " …"


def test_messages_translate_their_nouns(qapp) -> None:  # noqa: ANN001 - pytest-qt's
    """The table is named by a marked noun, translated like the sentence around it."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from planner.i18n import error_text

    class Chinese(QTranslator):
        def translate(self, context: str, source: str, disambiguation: str | None = None,
                      n: int = -1) -> str:
            known = {"event": "事件", chain.CHANGED: "歷程遭到竄改：{what} {id}（第 {seq} 筆封存）"}
            return known.get(source, "")

    translator = Chinese()
    QCoreApplication.installTranslator(translator)
    try:
        error = chain.HistoryAltered(chain.CHANGED, what=chain._NOUNS["events"], id=7, seq=9)
        assert error_text(error) == "歷程遭到竄改：事件 7（第 9 筆封存）"
    finally:
        QCoreApplication.removeTranslator(translator)


# --- the encoding ---

VALUES = st.one_of(
    st.none(), st.integers(min_value=-(2**63), max_value=2**63 - 1), st.text(),
    st.floats(allow_nan=False), st.binary(max_size=8))


@settings(max_examples=60, deadline=None)
@given(st.lists(VALUES, min_size=3, max_size=3))
def test_sqlite_and_python_encode_a_row_alike(values: list[object]) -> None:
    """SQLite encodes most rows, Python the rest (REAL, BLOB): one encoding either way."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE loose (id INTEGER PRIMARY KEY, a, b, c)")  # any type in any column
    conn.execute("INSERT INTO loose (a, b, c) VALUES (?, ?, ?)", values)
    enc = chain._encoding(conn, "loose")
    data = conn.execute(f"SELECT {enc.sql()} FROM loose").fetchone()[0]
    in_python = chain._encode(conn, enc, b"", 1)
    assert chain._encode(conn, enc, data, 1) == in_python
    if not any(isinstance(v, (float, bytes)) for v in values):
        assert data == in_python  # SQLite did it
    conn.close()


def test_the_type_of_a_value_counts() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE loose (id INTEGER PRIMARY KEY, a)")
    conn.executemany("INSERT INTO loose (a) VALUES (?)", [(1,), ("1",), (1.0,), (b"1",), (None,)])
    enc = chain._encoding(conn, "loose")
    encoded = [chain._encode(conn, enc, d, i) for i, d in conn.execute(f"SELECT id, {enc.sql()} FROM loose")]
    assert [e.split(b'"a":')[1].split(b',"id"')[0] for e in encoded] == [
        b"1", b'"1"', b'{"real":"1.0"}', b'{"blob":"31"}', b"null"]
    conn.close()


# --- any single change is found ---

@pytest.fixture(scope="module")
def history(template: bytes, tmp_path_factory: pytest.TempPathFactory) -> sqlite3.Connection:
    path = tmp_path_factory.mktemp("history") / "h.planner"
    path.write_bytes(template)
    conn = sqlite3.connect(path)
    memory = sqlite3.connect(":memory:", isolation_level=None)
    conn.backup(memory)
    conn.close()
    return memory


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_single_change_to_sealed_history_is_found(history: sqlite3.Connection, data: st.DataObject) -> None:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    history.backup(conn)
    table = data.draw(st.sampled_from(chain.CHAINED))
    ids = [r[0] for r in conn.execute(f"SELECT id FROM {table} ORDER BY id")]
    row_id = data.draw(st.sampled_from(ids))
    columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    column = data.draw(st.sampled_from(columns + ["(delete)"]))
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')
    before = conn.execute(f"SELECT * FROM {table} WHERE id = ?", [row_id]).fetchone()
    if column == "(delete)":
        conn.execute(f"DELETE FROM {table} WHERE id = ?", [row_id])
    else:
        value = data.draw(st.one_of(st.integers(-5, 10**6), st.text(max_size=20), st.none()))
        try:
            conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", [value, row_id])
        except sqlite3.DatabaseError:  # NOT NULL, CHECK, a STRICT type, a taken id
            assume(False)
        moved = value if column == "id" else row_id
        assume(conn.execute(f"SELECT * FROM {table} WHERE id = ?", [moved]).fetchone() != before)
    assert any(isinstance(e, chain.HistoryAltered) for e in chain.verify(conn))
    conn.close()


def test_python_alone_gives_the_same_seals(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Were SQLite's JSON ever to differ from Python's, every row is encoded in Python: the
    seals made with SQLite's help still verify."""
    conn = sqlite3.connect(path)
    monkeypatch.setattr(chain, "_sqlite_json_agrees", lambda: False)
    assert chain.verify(conn) == []
    around_triggers(conn, ("events",), "UPDATE events SET kind = 'x' WHERE id = 2")
    assert "event 2 is no longer what was sealed" in chain.verify(conn)[0].english()
    conn.close()


def test_a_dropped_ledger_is_reported_not_raised(shell: sqlite3.Connection) -> None:
    shell.execute("DROP TABLE ledger")
    errors = chain.verify(shell)
    assert [type(e) for e in errors] == [chain.HistoryAltered]
    assert errors[0].source == chain.UNCHECKABLE and "ledger" in errors[0].english()
    with pytest.raises(chain.HistoryAltered):
        chain.fingerprint(shell)
