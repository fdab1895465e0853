"""Opening without waiting for the integrity check, and the writes meanwhile
(planner/store/background_check.py, database.begin_open_existing).

The check is held back in these tests by a quick check that waits for the test's word, so
"the check is still running" is a state the test controls, not a race."""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from builders import confirm_current, new_deal, old_file
from held_check import HeldCheck

from planner.domain.errors import FileRefused
from planner.domain.model import Account
from planner.services import Planner
from planner.store import background_check, database
from planner.store.background_check import FileDamaged, StillChecking


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def sound_file(tmp_path: Path, name: str = "sound.planner") -> Path:
    path = tmp_path / name
    p = Planner.open(path, create=True)
    confirm_current(p, new_deal(p))
    p.close()  # the last connection checkpoints: everything is in the file itself
    return path


def damage_table(path: Path, table: str) -> None:
    """Overwrite the root pages of ``table`` and its indexes with garbage: SQLite's quick
    check fails, while the other tables (the board's) still read."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    roots = [r for (r,) in conn.execute("SELECT rootpage FROM sqlite_master WHERE tbl_name = ? AND rootpage > 0",
                                        [table])]
    conn.close()
    data = bytearray(path.read_bytes())
    for root in roots:
        data[(root - 1) * page_size:root * page_size] = b"\xff" * page_size
    path.write_bytes(bytes(data))


def damaged_file(tmp_path: Path) -> Path:
    path = sound_file(tmp_path, "damaged.planner")
    damage_table(path, "ledger")
    return path


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[HeldCheck]:
    check = HeldCheck()
    monkeypatch.setattr(database, "_quick_check", check)
    yield check
    check.go.set()  # no thread left waiting


def test_a_current_file_opens_before_the_verdict(tmp_path: Path, held: HeldCheck) -> None:
    planner = Planner.begin_open(sound_file(tmp_path))()  # would hang here if it waited
    check = planner.file.integrity_check()
    assert check is not None and not check.done
    assert planner.deals.all()  # reading does not wait
    held.release()
    assert check.wait(10) and check.problem is None
    planner.accounts.create(Account(name="After the verdict"))
    planner.close()


def test_a_write_while_the_check_runs_waits_for_it_and_succeeds(tmp_path: Path, held: HeldCheck) -> None:
    planner = Planner.begin_open(sound_file(tmp_path))()
    held.release(after=0.3)
    started = time.monotonic()
    account = planner.accounts.create(Account(name="Written meanwhile"))
    assert time.monotonic() - started >= 0.25  # it waited for the verdict
    assert planner.accounts.get(account).name == "Written meanwhile"
    planner.close()


def test_a_write_refused_when_the_verdict_is_late_leaves_nothing(
        tmp_path: Path, held: HeldCheck, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(background_check, "WAIT_SECONDS", 0.2)
    planner = Planner.begin_open(sound_file(tmp_path))()
    before = len(planner.accounts.all())
    with pytest.raises(StillChecking) as refused:
        planner.accounts.create(Account(name="Too early"))
    assert "still checking" in refused.value.english()
    assert not planner.store.conn.in_transaction
    held.release()
    assert len(planner.accounts.all()) == before
    planner.accounts.create(Account(name="Now"))  # the verdict is in: writes go on
    planner.close()


def test_a_problem_found_after_opening_refuses_every_write_and_leaves_the_file(
        tmp_path: Path, held: HeldCheck) -> None:
    path = damaged_file(tmp_path)
    before, siblings = digest(path), names(tmp_path)
    planner = Planner.begin_open(path)()
    assert planner.processes.summaries()  # what the damage spares still reads
    held.release()
    check = planner.file.integrity_check()
    assert check is not None and check.wait(10)
    assert check.problem is not None and check.problem != "ok"
    assert held.runs == 2  # a problem is checked once more, under the lock, before it is believed
    for _ in range(2):  # and stays refused: nothing until the user decides
        with pytest.raises(FileDamaged) as refused:
            planner.accounts.create(Account(name="Into the damage"))
        assert "damaged" in refused.value.english()
    planner.close()
    assert digest(path) == before
    assert names(tmp_path) == siblings  # no -wal, no -shm left


def test_a_false_alarm_is_checked_again_before_it_is_believed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real, calls = database._quick_check, []

    def once_wrong(conn: sqlite3.Connection | None) -> str:
        calls.append(1)
        return "*** in database main ***" if len(calls) == 1 else real(conn)

    monkeypatch.setattr(database, "_quick_check", once_wrong)
    planner = Planner.begin_open(sound_file(tmp_path))()
    check = planner.file.integrity_check()
    assert check is not None and check.wait(10) and check.problem is None
    planner.accounts.create(Account(name="Fine"))
    planner.close()


def test_a_file_to_migrate_is_checked_before_it_is_migrated(tmp_path: Path, held: HeldCheck,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    path = old_file(tmp_path / "old.planner", 8)
    versions_checked: list[int] = []  # the file's version when its check gave its verdict

    def check(conn: sqlite3.Connection | None) -> str:
        result = held(conn)
        versions_checked.append(int.from_bytes(path.read_bytes()[60:64], "big"))
        return result

    monkeypatch.setattr(database, "_quick_check", check)
    finish = Planner.begin_open(path)
    held.release(after=0.5)
    started = time.monotonic()
    planner = finish()
    assert time.monotonic() - started >= 0.4  # it waited for the verdict
    assert versions_checked == [8]  # checked as it was, before the upgrade
    assert planner.file.integrity_check() is None  # checked before: nothing left to decide
    assert planner.file.schema_version() == database.SCHEMA_VERSION
    planner.close()


def test_a_damaged_file_to_migrate_is_refused_untouched(tmp_path: Path) -> None:
    path = old_file(tmp_path / "old.planner", 8)
    damage_table(path, "deals")
    before, siblings = digest(path), names(tmp_path)
    with pytest.raises(FileRefused, match="damaged"):
        Planner.begin_open(path)()
    assert digest(path) == before
    assert names(tmp_path) == siblings  # no backup, no -wal


def test_the_check_that_cannot_read_the_migrations_waits_and_refuses(tmp_path: Path) -> None:
    path = sound_file(tmp_path)
    damage_table(path, database.MIGRATIONS_TABLE)
    with pytest.raises(FileRefused, match="damaged"):
        Planner.begin_open(path)()
