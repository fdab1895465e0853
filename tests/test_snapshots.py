"""Automatic snapshots: taken daily and before risky operations, kept for a while, restored
in place; never half-written, even when the app is killed while writing one."""

from __future__ import annotations

import json
import sqlite3
import sys
import time
import types
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from builders import confirm_current, new_deal
from hypothesis import given, settings
from hypothesis import strategies as st

from planner import snapshots
from planner.domain.errors import FileRefused, WriteFailed
from planner.services import Planner
from planner.snapshots import Kind, Retention, Snapshot
from planner.store import snapshot_files

START = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)  # noon: a day is the same day in any nearby zone


@pytest.fixture
def utc_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local days are UTC days, whatever the machine's time zone."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def deals_in(path: Path) -> list[tuple[int, str, int]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT id, title, stage_id FROM deals ORDER BY id").fetchall()
    finally:
        conn.close()


# ------------------------------------------------------------------ where they live
def test_files_with_the_same_name_keep_their_snapshots_apart(tmp_path: Path) -> None:
    one, two = tmp_path / "a" / "deals.planner", tmp_path / "b" / "deals.planner"
    assert snapshots.folder(one) != snapshots.folder(two)
    assert snapshots.folder(one).name.startswith("deals-")  # a person can tell which file it is
    assert snapshots.folder(one).parent == Path(__import__("os").environ["DEAL_PLANNER_DATA_DIR"]) / "snapshots"
    # the same file, however it is spelled, is one folder
    (tmp_path / "a").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "a")
    assert snapshots.folder(tmp_path / "link" / "deals.planner") == snapshots.folder(one)
    assert snapshots.folder(tmp_path / "a" / ".." / "a" / "deals.planner") == snapshots.folder(one)


def test_odd_file_names_make_safe_folder_names(tmp_path: Path) -> None:
    for name in ("客戶 2026.planner", "a:b*c?.planner", "..planner", "   .planner"):
        folder = snapshots.folder(tmp_path / name)
        assert "/" not in folder.name and ":" not in folder.name and "*" not in folder.name
        assert not folder.name.startswith(".")
    assert snapshots.folder(tmp_path / "客戶 2026.planner").name.startswith("客戶_2026-")


# ------------------------------------------------------------------ taking one
def test_a_snapshot_is_a_complete_planner_file_with_its_facts(planner: Planner) -> None:
    deal = new_deal(planner)
    confirm_current(planner, deal)
    snapshot = snapshots.before_risky(planner, Kind.BEFORE_IMPORT, now=START)
    assert snapshot.kind is Kind.BEFORE_IMPORT and snapshot.deals == 1
    assert snapshot.taken_at == START
    assert snapshot.fingerprint is None or snapshot.fingerprint  # "—" in the list when None
    assert deals_in(snapshot.path) == deals_in(planner.path)
    copy = Planner.open(snapshot.path)
    try:
        assert copy.file.check() == [] and len(copy.milestones.of(deal)) == 1
    finally:
        copy.close()
    assert snapshots.listing(planner.path) == [snapshot]


def test_a_snapshot_works_while_another_connection_is_writing(planner: Planner) -> None:
    new_deal(planner, title="Committed")
    writer = sqlite3.connect(planner.path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE deals SET title = 'Not yet committed'")
    try:
        snapshot = snapshots.daily_if_due(planner, now=START)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert snapshot is not None
    assert [title for _, title, _ in deals_in(snapshot.path)] == ["Committed"]
    assert snapshot.path.read_bytes()[18:20] == b"\x01\x01"  # a rollback-journal file, not WAL
    # self-contained: no -wal or -shm beside it, nothing but snapshots and their facts
    assert all(n.endswith((".planner", ".planner.json")) for n in files_in(snapshot.path.parent))


def fake_fingerprint(monkeypatch: pytest.MonkeyPatch, fingerprint: object) -> None:
    """Replace the chain's fingerprint (None: an app without a chain module at all)."""
    import planner.store

    try:
        import planner.store.chain as chain
    except ModuleNotFoundError:
        chain = types.ModuleType("planner.store.chain")
        monkeypatch.setitem(sys.modules, "planner.store.chain", chain)
        monkeypatch.setattr(planner.store, "chain", chain, raising=False)
    if fingerprint is None:
        monkeypatch.setitem(sys.modules, "planner.store.chain", None)
        monkeypatch.delattr(planner.store, "chain", raising=False)
    else:
        monkeypatch.setattr(chain, "fingerprint", fingerprint, raising=False)


def test_the_fingerprint_comes_from_the_hash_chain_when_there_is_one(planner: Planner,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    new_deal(planner)
    fake_fingerprint(monkeypatch, lambda conn: f"fp-{conn.execute('SELECT count(*) FROM deals').fetchone()[0]}")
    taken = snapshots.before_risky(planner, Kind.BEFORE_IMPORT, now=START)
    assert taken.fingerprint == "fp-1" and snapshots.listing(planner.path)[0].fingerprint == "fp-1"

    def broken(conn: sqlite3.Connection) -> str:
        raise sqlite3.OperationalError("no such table: chain")

    fake_fingerprint(monkeypatch, broken)
    later = snapshots.before_risky(planner, Kind.BEFORE_IMPORT, now=START + timedelta(minutes=1))
    assert later.fingerprint is None  # the snapshot is still taken
    fake_fingerprint(monkeypatch, None)  # a version of the app without a hash chain
    without = snapshots.before_risky(planner, Kind.BEFORE_IMPORT, now=START + timedelta(minutes=2))
    assert without.fingerprint is None and without.deals == 1


def test_the_fingerprint_is_the_files_own(planner: Planner) -> None:
    chain = pytest.importorskip("planner.store.chain")
    new_deal(planner)
    taken = snapshots.before_risky(planner, Kind.BEFORE_IMPORT, now=START)
    assert taken.fingerprint == chain.fingerprint(planner.store.conn)


def test_the_list_reads_a_snapshot_whose_facts_are_missing(planner: Planner) -> None:
    new_deal(planner)
    taken = snapshots.before_risky(planner, Kind.BEFORE_IMPORT, now=START)
    meta = taken.path.with_name(taken.path.name + ".json")
    meta.write_text("{not json")
    assert snapshots.listing(planner.path)[0].deals == 1
    meta.unlink()
    assert snapshots.listing(planner.path)[0].deals == 1


# ------------------------------------------------------------------ never half-written
def test_a_leftover_partial_is_not_listed_and_is_cleaned_next_time(planner: Planner) -> None:
    first = snapshots.daily_if_due(planner, now=START)
    assert first is not None
    folder = first.path.parent
    # what a kill in the middle of a write leaves: the partial copy, its journal, its facts
    name = "20260302T130000000000Z-daily.planner"
    (folder / f".{name}.partial").write_bytes(first.path.read_bytes()[:5000])
    (folder / f".{name}.partial-journal").write_bytes(b"x")
    (folder / f".{name}.json.partial").write_text("{}")
    (folder / f"{name}.json").write_text(json.dumps({"deals": 9}))  # facts of a copy never renamed
    assert snapshots.listing(planner.path) == [first]
    snapshots.daily_if_due(planner, now=START + timedelta(days=1))
    assert not [n for n in files_in(folder) if "partial" in n]
    assert f"{name}.json" not in files_in(folder)
    assert len(snapshots.listing(planner.path)) == 2


def test_a_failed_write_leaves_no_snapshot_behind(planner: Planner, monkeypatch: pytest.MonkeyPatch) -> None:
    def disk_full(path: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(snapshot_files, "_fsync", disk_full)
    with pytest.raises(WriteFailed) as caught:
        snapshots.daily_if_due(planner, now=START)
    assert "disk is full" in str(caught.value)
    assert files_in(snapshots.folder(planner.path)) == []


def test_a_snapshot_killed_while_written_is_never_listed(planner: Planner, tmp_path: Path) -> None:
    """A real kill -9 in the middle of the copy: what is left is not a snapshot."""
    import os
    import signal
    import subprocess

    for _ in range(40):
        new_deal(planner, notes="x" * 20_000)  # a file large enough to be caught mid-copy
    script = (
        "import sys, time\n"
        "from planner.services import Planner\n"
        "from planner.store import snapshot_files\n"
        "real = snapshot_files._fsync\n"
        "def slow(path):\n"
        "    print('copied', flush=True); time.sleep(60)\n"
        "snapshot_files._fsync = slow\n"
        "from planner import snapshots\n"
        "snapshots.daily_if_due(Planner.open(sys.argv[1]))\n"
    )
    child = subprocess.Popen([sys.executable, "-c", script, str(planner.path)], env=dict(os.environ),
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "copied"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    folder = snapshots.folder(planner.path)
    assert any("partial" in n for n in files_in(folder))
    assert snapshots.listing(planner.path) == []
    taken = snapshots.daily_if_due(planner)
    assert taken is not None and len(deals_in(taken.path)) == 40
    assert not [n for n in files_in(folder) if "partial" in n]


# ------------------------------------------------------------------ when and how many
def test_one_daily_snapshot_a_day(planner: Planner, utc_clock: None) -> None:
    first = snapshots.daily_if_due(planner, now=START)
    assert first is not None and first.kind is Kind.WEEKLY  # the first of a week is its weekly
    assert snapshots.daily_if_due(planner, now=START + timedelta(hours=8)) is None
    second = snapshots.daily_if_due(planner, now=START + timedelta(days=1))
    assert second is not None and second.kind is Kind.DAILY


def test_a_snapshot_opened_to_look_at_it_takes_no_snapshots(planner: Planner) -> None:
    taken = snapshots.before_risky(planner, Kind.BEFORE_IMPORT, now=START)
    opened = Planner.open(taken.path)
    try:
        assert snapshots.daily_if_due(opened) is None
    finally:
        opened.close()
    assert [p.name for p in snapshots.folder(planner.path).parent.iterdir()] == [taken.path.parent.name]


def test_a_week_of_dailies_and_four_weeklies(planner: Planner, utc_clock: None) -> None:
    for day in range(36):  # the file opened every day for five weeks
        snapshots.daily_if_due(planner, now=START + timedelta(days=day))
    now = START + timedelta(days=35)
    kept = snapshots.listing(planner.path)
    dailies = [s for s in kept if s.kind is Kind.DAILY]
    weeklies = [s for s in kept if s.kind is Kind.WEEKLY]
    assert len(weeklies) == 4
    assert [(now - s.taken_at).days for s in weeklies] == [0, 7, 14, 21]  # the fifth is gone
    assert sorted((now - s.taken_at).days for s in dailies) == [1, 2, 3, 4, 5, 6]
    assert len(kept) == 10  # a week of days, four weeks of weeks


def test_retention_is_a_setting_of_the_file(planner: Planner, utc_clock: None) -> None:
    planner.settings.set("snapshot_days", "2")
    planner.settings.set("snapshot_weeks", "1")
    for day in range(16):
        snapshots.daily_if_due(planner, now=START + timedelta(days=day))
    kinds = [s.kind for s in snapshots.listing(planner.path)]
    assert kinds.count(Kind.WEEKLY) == 1 and kinds.count(Kind.DAILY) <= 2
    assert Retention.of(planner.settings.all()) == Retention(days=2, weeks=1)
    assert Retention.of({}) == Retention(days=7, weeks=4)
    # a value no version writes (by hand: 0, text) reads as the default
    assert Retention.of({"snapshot_days": "0", "snapshot_weeks": "nonsense"}) == Retention(days=7, weeks=4)


def test_risky_operations_keep_their_last_three_each(planner: Planner) -> None:
    for minute in range(5):
        snapshots.before_risky(planner, Kind.BEFORE_IMPORT, now=START + timedelta(minutes=minute))
    snapshots.before_risky(planner, Kind.BEFORE_RESTORE, now=START + timedelta(minutes=9))
    kept = snapshots.listing(planner.path)
    assert [s.kind for s in kept] == [Kind.BEFORE_RESTORE] + [Kind.BEFORE_IMPORT] * 3
    assert kept[-1].taken_at == START + timedelta(minutes=2)
    with pytest.raises(AssertionError):
        snapshots.before_risky(planner, Kind.DAILY)


def test_the_only_snapshot_is_never_removed(planner: Planner, utc_clock: None) -> None:
    old = snapshots.before_risky(planner, Kind.BEFORE_IMPORT, now=START)
    lone = Snapshot(old.path, START - timedelta(days=400), Kind.DAILY)
    assert snapshots.expired([lone], START, Retention(days=1, weeks=1)) == []
    assert snapshots.prune(planner.path, Retention(days=1, weeks=1), now=START + timedelta(days=400)) == []
    assert snapshots.listing(planner.path) == [old]


def fake(day: int, kind: Kind, n: int) -> Snapshot:
    return Snapshot(Path(f"/s/{n}"), START - timedelta(days=day, minutes=n), kind)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 90), st.sampled_from(list(Kind))), max_size=40),
       st.integers(1, 10), st.integers(1, 6))
def test_retention_keeps_exactly_what_it_promises(specs: list[tuple[int, Kind]], days: int, weeks: int) -> None:
    snaps = [fake(day, kind, n) for n, (day, kind) in enumerate(specs)]
    keep = Retention(days, weeks)
    gone = snapshots.expired(snaps, START, keep)
    kept = [s for s in snaps if s not in gone]
    assert len(gone) + len(kept) == len(snaps)
    if snaps:
        assert max(snaps, key=lambda s: s.taken_at) in kept  # never nothing left
    today = snapshots.local_day(START)
    for s in snaps:  # every recent daily stays, every old one goes (unless it is the newest)
        if s.kind is Kind.DAILY and (today - snapshots.local_day(s.taken_at)).days < days:
            assert s in kept
    for kind, limit in [(Kind.WEEKLY, weeks)] + [(k, snapshots.EVENTS_KEPT) for k in snapshots.EVENTS]:
        of_kind = sorted((s for s in snaps if s.kind is kind), key=lambda s: s.taken_at, reverse=True)
        assert [s for s in of_kind if s in kept] == of_kind[:limit]  # the newest few, no more
    for s in kept:  # nothing else stays
        assert (s is max(snaps, key=lambda s: s.taken_at) or s.kind is not Kind.DAILY
                or (today - snapshots.local_day(s.taken_at)).days < days)


# ------------------------------------------------------------------ restoring
def test_restore_puts_the_deals_back_and_keeps_the_state_before(planner: Planner) -> None:
    deal = new_deal(planner, title="Original")
    snapshot = snapshots.before_risky(planner, Kind.BEFORE_IMPORT, now=START)
    as_it_was = deals_in(planner.path)
    confirm_current(planner, deal)  # even a confirmed milestone, which nothing else can take back
    planner.deals.update(deal, title="Renamed")
    later = new_deal(planner, title="Added later")
    changed = deals_in(planner.path)

    before = snapshots.restore(planner, snapshot, now=START + timedelta(hours=1))
    assert before.kind is Kind.BEFORE_RESTORE and deals_in(before.path) == changed
    assert deals_in(planner.path) == as_it_was
    planner.close()
    reopened = Planner.open(planner.path)
    try:
        assert reopened.file.check() == []
        assert reopened.milestones.of(deal) == [] and reopened.deals.get(deal).title == "Original"
        assert later not in [d.id for d in reopened.deals.all()]
        assert reopened.store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        # and back again: the "before restore" snapshot restores the later state
        again = snapshots.listing(reopened.path)
        assert {s.path for s in again} == {snapshot.path, before.path}
        snapshots.restore(reopened, before, now=START + timedelta(hours=2))
        assert deals_in(reopened.path) == changed
    finally:
        reopened.close()


def test_a_damaged_snapshot_is_refused_and_nothing_changes(planner: Planner) -> None:
    new_deal(planner)
    snapshot = snapshots.before_risky(planner, Kind.BEFORE_IMPORT, now=START)
    data = bytearray(snapshot.path.read_bytes())
    data[4096:8192] = b"\xff" * 4096
    snapshot.path.write_bytes(bytes(data))
    new_deal(planner, title="Kept")
    current = deals_in(planner.path)
    with pytest.raises(FileRefused):
        snapshots.restore(planner, snapshot)
    assert deals_in(planner.path) == current
    assert [s.kind for s in snapshots.listing(planner.path)] == [Kind.BEFORE_IMPORT]  # none taken


def test_a_restore_that_fails_midway_leaves_the_file_as_it_was(planner: Planner,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    for n in range(30):
        new_deal(planner, title=f"Deal {n}", notes="x" * 5000)
    snapshot = snapshots.before_risky(planner, Kind.BEFORE_IMPORT, now=START)
    for deal in planner.deals.all():
        planner.deals.update(deal.id, title="After")
    current = deals_in(planner.path)
    copied: list[int] = []

    def interrupted(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
        def progress(status: int, remaining: int, total: int) -> None:
            copied.append(total - remaining)
            if len(copied) == 3:
                raise sqlite3.OperationalError("disk I/O error")

        source.backup(target, pages=2, progress=progress)

    monkeypatch.setattr(snapshot_files, "_copy", interrupted)
    with pytest.raises(WriteFailed):
        snapshots.restore(planner, snapshot)
    assert copied[-1] > 0  # pages had been written into the file when it failed
    assert deals_in(planner.path) == current
    assert planner.file.check() == []
    new_deal(planner, title="Still works")  # the open connection is fine


def test_before_upgrade_snapshot_never_stops_an_upgrade(planner: Planner, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    new_deal(planner)
    taken = snapshot_files.before_upgrade(planner.store.conn, planner.path)
    assert taken is not None and taken.kind is Kind.BEFORE_UPGRADE and taken.deals == 1
    assert snapshots.listing(planner.path)[0] == taken
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")
    monkeypatch.setenv("DEAL_PLANNER_DATA_DIR", str(blocked))
    assert snapshot_files.before_upgrade(planner.store.conn, planner.path) is None


def test_an_upgrade_leaves_a_snapshot_to_restore(tmp_path: Path) -> None:
    import inspect

    from sqlite_utils import Database

    from planner.store import database

    if "snapshot_files" not in inspect.getsource(database._migrate):  # until the lead wires it (see report)
        pytest.skip("the migration does not take a snapshot yet")
    old = tmp_path / "old.planner"
    db = Database(old)
    db.execute(f"PRAGMA application_id = {database.APPLICATION_ID}")
    database.MIGRATIONS.apply(db, stop_before=database.MIGRATION_NAMES[3])
    db.execute("PRAGMA user_version = 3")
    db.execute("INSERT INTO accounts (name) VALUES ('Kept')")
    db.conn.commit()
    db.close()
    planner = Planner.open(old)
    try:
        [taken] = snapshots.listing(old)
        assert taken.kind is Kind.BEFORE_UPGRADE and taken.schema_version == 3
        assert (tmp_path / "old.planner.v3.bak").exists()  # the snapshot complements it
        snapshots.restore(planner, taken)  # back to version 3: opening upgrades it again
    finally:
        planner.close()
    again = Planner.open(old)
    try:
        assert [a.name for a in again.accounts.all()] == ["Kept"] and again.file.check() == []
    finally:
        again.close()
