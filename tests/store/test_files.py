"""Opening files: anything that is not a current planner file is refused and left untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from builders import confirm_current, new_deal
from sqlite_utils import Database

from planner.domain.errors import FileRefused
from planner.services import Planner
from planner.store import database


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def planner_file(tmp_path: Path) -> Path:
    p = Planner.open(tmp_path / "real.planner", create=True)
    deal_id = new_deal(p)
    confirm_current(p, deal_id)
    p.store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    p.close()
    return tmp_path / "real.planner"


def make_bad(kind: str, tmp_path: Path) -> Path:
    target = tmp_path / f"{kind}.planner"
    if kind == "text":
        target.write_text("name,value\nAcme,100\n")
    elif kind == "png":
        target.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    elif kind == "empty":
        target.write_bytes(b"")
    elif kind == "truncated":
        target.write_bytes(planner_file(tmp_path).read_bytes()[:3000])
    elif kind == "corrupt":
        data = bytearray(planner_file(tmp_path).read_bytes())
        data[4096:8192] = b"\xff" * 4096  # a whole page of garbage
        target.write_bytes(bytes(data))
    elif kind == "other_app":
        db = sqlite3.connect(target)
        db.execute("CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)")
        db.execute("INSERT INTO songs (title) VALUES ('Yesterday')")
        db.commit()
        db.close()
    elif kind == "newer_version":
        target.write_bytes(planner_file(tmp_path).read_bytes())
        db = sqlite3.connect(target)
        db.execute(f"PRAGMA user_version = {database.SCHEMA_VERSION + 1}")
        db.close()
    elif kind == "newer_migration":
        target.write_bytes(planner_file(tmp_path).read_bytes())
        db = sqlite3.connect(target)
        db.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                   "VALUES ('deal_planner', '0099_future', 'x')")
        db.commit()
        db.close()
    return target


BAD = ["text", "png", "empty", "truncated", "corrupt", "other_app", "newer_version", "newer_migration"]


@pytest.mark.parametrize("kind", BAD)
def test_bad_file_refused_and_untouched(kind: str, tmp_path: Path) -> None:
    path = make_bad(kind, tmp_path)
    before = digest(path)
    siblings = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(FileRefused) as refused:
        Planner.open(path)
    assert str(path) in str(refused.value)
    assert digest(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == siblings  # no -wal, no backup left


def test_messages_say_what_is_wrong(tmp_path: Path) -> None:
    expect = {"text": "not a Deal Planner file", "other_app": "another application",
              "newer_version": "newer version", "newer_migration": "newer version",
              "corrupt": "damaged", "truncated": "damaged"}
    for kind, words in expect.items():
        with pytest.raises(FileRefused, match=words):
            Planner.open(make_bad(kind, tmp_path / kind if (tmp_path / kind).mkdir() is None else tmp_path))


def test_missing_file_is_created_only_when_asked(tmp_path: Path) -> None:
    missing = tmp_path / "sub" / "new.planner"
    with pytest.raises(FileRefused, match="does not exist"):
        Planner.open(missing)
    assert not missing.exists()
    Planner.open(missing, create=True).close()
    assert missing.exists()
    Planner.open(missing, create=True).close()  # an existing file is opened, never replaced


def test_folder_refused(tmp_path: Path) -> None:
    with pytest.raises(FileRefused, match="folder"):
        Planner.open(tmp_path)


def test_new_file_is_marked_and_configured(planner: Planner) -> None:
    header = planner.path.read_bytes()[:100]
    assert int.from_bytes(header[68:72], "big") == database.APPLICATION_ID
    assert int.from_bytes(header[60:64], "big") == database.SCHEMA_VERSION
    db = planner.store.db
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def old_file(path: Path, version: int, *sql: str) -> Path:
    """A planner file as version ``version`` of the app wrote it, with ``sql`` run in it."""
    db = Database(path)
    db.execute(f"PRAGMA application_id = {database.APPLICATION_ID}")
    database.MIGRATIONS.apply(db, stop_before=database.MIGRATION_NAMES[version])
    db.execute(f"PRAGMA user_version = {version}")
    for statement in sql:
        db.execute(statement)
    db.conn.commit()
    db.close()
    return path


def test_migrating_an_old_file_backs_it_up_first(tmp_path: Path) -> None:
    """A version-1 file (before settings existed) is backed up, then upgraded."""
    old = old_file(tmp_path / "old.planner", 1, "INSERT INTO accounts (name) VALUES ('Kept')")

    planner = Planner.open(old)
    assert [a.name for a in planner.accounts.all()] == ["Kept"]
    assert planner.settings.all() == {}
    backup = tmp_path / "old.planner.v1.bak"
    assert backup.exists()
    saved = sqlite3.connect(backup)
    assert saved.execute("SELECT name FROM accounts").fetchall() == [("Kept",)]
    assert "settings" not in {r[0] for r in saved.execute("SELECT name FROM sqlite_master")}
    saved.close()
    assert int.from_bytes(old.read_bytes()[60:64], "big") == database.SCHEMA_VERSION
    planner.close()


def test_migration_of_an_empty_file(tmp_path: Path) -> None:
    planner = Planner.open(tmp_path / "empty.planner", create=True)
    names = [m.name for m in database.MIGRATIONS.applied(planner.store.db)]
    assert names == database.MIGRATION_NAMES
    assert planner.file.check() == []
    assert not list(tmp_path.glob("*.bak"))  # nothing to back up in a brand-new file
    planner.close()


def test_backup_is_a_consistent_planner_file(planner: Planner, tmp_path: Path) -> None:
    deal_id = new_deal(planner)
    confirm_current(planner, deal_id)
    target = tmp_path / "copy.planner"
    planner.file.backup(target)  # the WAL is not yet checkpointed: a file copy would miss it
    copy = Planner.open(target)
    assert copy.deals.get(deal_id).title == "Deal"
    assert len(copy.milestones.of(deal_id)) == 1
    copy.close()


def test_backup_to_unwritable_place_fails_cleanly(planner: Planner, tmp_path: Path) -> None:
    from planner.domain.errors import WriteFailed

    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(WriteFailed):
        planner.file.backup(blocker / "copy.planner")


def test_an_older_file_gains_the_milestone_date_rules(tmp_path: Path) -> None:
    old = old_file(tmp_path / "v3.planner", 3)
    planner = Planner.open(old)
    deal_id = new_deal(planner, stages=2)
    planner.close()
    assert (tmp_path / "v3.planner.v3.bak").exists()
    conn = sqlite3.connect(old, isolation_level=None)
    with pytest.raises(sqlite3.IntegrityError, match="after today"):
        conn.execute("INSERT INTO milestones (deal_id, stage_id, confirmed_on, outcome, evidence) "
                     "SELECT id, stage_id, '2999-01-01', 'against', 'x' FROM deals WHERE id = ?", [deal_id])
    conn.close()


def special_file(kind: str, tmp_path: Path) -> Path:
    import os
    import socket

    if kind == "device":
        return Path(os.devnull)
    target = tmp_path / f"{kind}.planner"
    if kind == "fifo":
        os.mkfifo(target)
    else:
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(target))
        server.close()
    return target


@pytest.mark.parametrize("read_only", [False, True])
@pytest.mark.parametrize("kind", ["fifo", "socket", "device"])
def test_a_pipe_socket_or_device_is_refused_at_once(kind: str, read_only: bool, tmp_path: Path) -> None:
    """Opening a FIFO for reading blocks until a writer comes: it must never be opened."""
    import threading

    path = special_file(kind, tmp_path)
    outcome: list[BaseException | None] = []

    def attempt() -> None:
        try:
            Planner.open(path, read_only=read_only)
            outcome.append(None)
        except BaseException as e:  # noqa: BLE001 - inspected below
            outcome.append(e)

    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(10)
    if worker.is_alive():  # let the stuck thread go before failing
        with open(path, "wb"):
            pass
        pytest.fail("opening hung")
    assert isinstance(outcome[0], FileRefused)
    assert "not a regular file" in str(outcome[0]) and str(path) in str(outcome[0])
    assert sorted(p.name for p in tmp_path.iterdir()) == ([] if kind == "device" else [path.name])
