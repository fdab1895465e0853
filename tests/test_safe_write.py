"""Every output goes through one guard and one all-or-nothing writer (planner/safe_write.py)."""

from __future__ import annotations

import errno
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from planner import safe_write
from planner.domain.errors import FileRefused, InvalidInput, WriteFailed
from planner.safe_write import PlannerFileExists, atomic_write, check_output, output_kind, write_bytes, write_output
from planner.services import Planner

POSIX = os.name == "posix"
# a process that holds a planner file's lock, as the app does, until it is killed
HOLD_LOCK = """
import sys, time
from planner.file_lock import PlannerLock
lock = PlannerLock(sys.argv[1])
assert lock.acquire()
print("held", flush=True)
time.sleep(60)
"""


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "deals.planner"
    Planner.open(path, create=True).close()
    return path


@pytest.fixture
def held_by_other_process(db: Path):
    child = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db)], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "held"
    yield db
    child.kill()
    child.wait()


def test_the_header_constant_is_the_store_one(db: Path, tmp_path: Path) -> None:
    import sqlite3

    from planner.store.database import APPLICATION_ID, SQLITE_MAGIC

    assert (safe_write.APPLICATION_ID, safe_write.SQLITE_MAGIC) == (APPLICATION_ID, SQLITE_MAGIC)
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    assert safe_write.is_planner_file(db)
    assert not safe_write.is_planner_file(other) and not safe_write.is_planner_file(tmp_path / "none")
    (tmp_path / "renamed.pdf").write_bytes(db.read_bytes())  # by content, whatever the name
    assert safe_write.is_planner_file(tmp_path / "renamed.pdf")


# ------------------------------------------------------------------ the guard
def test_the_source_and_its_working_files_are_refused_under_any_name(db: Path, tmp_path: Path) -> None:
    os.link(db, tmp_path / "hard link.pdf")
    (tmp_path / "symlink.pdf").symlink_to(db)
    names = [db, tmp_path / "." / db.name, tmp_path / "hard link.pdf", tmp_path / "symlink.pdf",
             Path(f"{db}-wal"), Path(f"{db}-shm"), Path(f"{db}-journal")]
    for name in names:  # the -journal does not even exist: refused by name
        with pytest.raises(InvalidInput, match="another file"):
            check_output(name, source=db, force=True)
        assert output_kind(name, source=db) == "live"


def test_working_files_of_any_other_file_are_refused(tmp_path: Path) -> None:
    (tmp_path / "other.planner").write_bytes(b"")
    for suffix in ("-wal", "-shm", "-journal", ".lock"):
        with pytest.raises(FileRefused, match="belongs to"):
            check_output(tmp_path / f"other.planner{suffix}", force=True)
    check_output(tmp_path / "lonely-wal")  # no file it would belong to: an ordinary name


@pytest.mark.skipif(not POSIX, reason="FIFOs and /dev/null")
def test_pipes_devices_and_folders_are_refused_at_once(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "fifo")
    (tmp_path / "link to fifo").symlink_to(tmp_path / "fifo")
    start = time.monotonic()
    for target, reason in ((tmp_path / "fifo", "regular"), (tmp_path / "link to fifo", "regular"),
                           (Path("/dev/null"), "regular"), (tmp_path, "folder")):
        with pytest.raises(WriteFailed, match=reason):
            check_output(target)
        with pytest.raises(WriteFailed, match=reason):  # the writer refuses them too, on its own
            atomic_write(target, lambda stream: stream.write(b"x"))
    assert time.monotonic() - start < 5  # nothing waited for a writer on the pipe
    assert not safe_write.is_planner_file(tmp_path / "fifo")
    assert os.path.exists("/dev/null") and not Path("/dev/null").is_file()


def test_another_planner_file_needs_force(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "old backup.pdf"
    target.write_bytes(db.read_bytes())
    assert output_kind(target) == "planner"
    with pytest.raises(PlannerFileExists):
        write_output(target, lambda stream: stream.write(b"%PDF"))
    assert safe_write.is_planner_file(target)
    write_output(target, lambda stream: stream.write(b"%PDF"), force=True)
    assert target.read_bytes() == b"%PDF" and output_kind(target) == "file"
    assert output_kind(tmp_path / "new.pdf") == "none"


def test_a_planner_file_open_in_a_running_app_is_refused_even_with_force(held_by_other_process: Path,
                                                                         tmp_path: Path) -> None:
    db = held_by_other_process
    before = db.read_bytes()
    assert output_kind(db) == "live"
    with pytest.raises(FileRefused, match="open in Deal Planner"):
        write_output(db, lambda stream: stream.write(b"x"), force=True)
    assert db.read_bytes() == before


def test_a_headless_writer_refuses_a_file_the_app_holds(held_by_other_process: Path) -> None:
    with pytest.raises(FileRefused, match="close it there first"):
        with safe_write.held_for_writing(held_by_other_process):
            pytest.fail("must not get here")


def test_a_headless_writer_holds_the_lock_while_it_writes(db: Path) -> None:
    from planner.file_lock import held_elsewhere, lock_path

    with safe_write.held_for_writing(db):
        assert lock_path(db).exists()
        probe = subprocess.run([sys.executable, "-c", "import sys; from planner.file_lock import held_elsewhere;"
                                "print(held_elsewhere(sys.argv[1]) is not None)", str(db)],
                               capture_output=True, text=True, timeout=60)
        assert probe.stdout.strip() == "True"
    assert held_elsewhere(db) is None and not lock_path(db).exists()


# ------------------------------------------------------------------ all or nothing
def test_nothing_is_visible_in_the_folder_while_writing(tmp_path: Path) -> None:
    seen: list[list[str]] = []
    atomic_write(tmp_path / "plan.pdf", lambda stream: seen.append(sorted(os.listdir(tmp_path))))
    if hasattr(os, "O_TMPFILE"):
        assert seen == [[]]  # an unnamed file until it is complete
    assert os.listdir(tmp_path) == ["plan.pdf"]


def test_without_unnamed_files_a_hidden_temporary_name_is_used_and_removed(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(os, "O_TMPFILE", raising=False)
    seen: list[list[str]] = []
    target = tmp_path / "plan.pdf"
    atomic_write(target, lambda stream: seen.append(os.listdir(tmp_path)) or stream.write(b"one"))
    assert len(seen[0]) == 1 and seen[0][0].startswith(".plan.pdf.") and seen[0][0].endswith(safe_write.TEMP_SUFFIX)
    with pytest.raises(WriteFailed):
        atomic_write(target, lambda stream: 1 / 0)
    assert os.listdir(tmp_path) == ["plan.pdf"] and target.read_bytes() == b"one"


@pytest.mark.skipif(not POSIX, reason="file locks mark a live writer")
def test_an_orphaned_temporary_file_is_removed_by_the_next_write_but_a_live_one_is_kept(tmp_path: Path) -> None:
    import fcntl

    orphan = tmp_path / f".plan.pdf.dead{safe_write.TEMP_SUFFIX}"
    orphan.write_bytes(b"half")
    live = tmp_path / f".plan.pdf.live{safe_write.TEMP_SUFFIX}"
    live.write_bytes(b"being written")
    other = tmp_path / f".other.pdf.dead{safe_write.TEMP_SUFFIX}"
    other.write_bytes(b"not ours to judge")
    with open(live, "rb") as writer:
        fcntl.flock(writer, fcntl.LOCK_EX)
        atomic_write(tmp_path / "plan.pdf", lambda stream: stream.write(b"whole"))
        assert not orphan.exists() and live.exists() and other.exists()


def test_success_is_not_reported_for_a_file_that_is_not_there(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"before")
    monkeypatch.setattr(safe_write.os, "replace", lambda src, dst: None)  # a rename that did nothing
    with pytest.raises(WriteFailed, match="not there after writing"):
        atomic_write(target, lambda stream: stream.write(b"after"))
    monkeypatch.undo()
    assert target.read_bytes() == b"before" and os.listdir(tmp_path) == ["plan.pdf"]


def test_a_full_disk_while_syncing_leaves_the_earlier_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"before")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(safe_write.os, "fsync", full)
    with pytest.raises(WriteFailed, match="disk is full"):
        atomic_write(target, lambda stream: stream.write(b"after"))
    assert target.read_bytes() == b"before" and os.listdir(tmp_path) == ["plan.pdf"]


# a writer that replaces its target over and over with 3 MB of one repeated byte
KEEP_WRITING = """
import sys
from planner.safe_write import atomic_write
target, n = sys.argv[1], 0
print("go", flush=True)
while True:
    n = (n + 1) % 250
    atomic_write(target, lambda s: [s.write(bytes([n + 1]) * 65536) for _ in range(48)])
"""


@pytest.mark.skipif(not POSIX, reason="kill -9")
@pytest.mark.parametrize("tmpfile", [True, False], ids=["unnamed", "hidden-name"])
def test_kill_9_at_any_moment_leaves_a_whole_file_and_nothing_else(tmp_path: Path, tmpfile: bool) -> None:
    target = tmp_path / "plan.pdf"
    env = dict(os.environ)
    code = KEEP_WRITING if tmpfile else "import os; del os.O_TMPFILE\n" + KEEP_WRITING
    rng = random.Random(7)
    for _ in range(6):
        child = subprocess.Popen([sys.executable, "-c", code, str(target)], stdout=subprocess.PIPE, env=env)
        assert child.stdout is not None and child.stdout.readline() == b"go\n"
        time.sleep(rng.uniform(0.0, 0.4))
        child.send_signal(signal.SIGKILL)
        child.wait()
        if target.exists():
            data = target.read_bytes()
            assert len(data) == 48 * 65536 and data == data[:1] * len(data)  # never half-written
        atomic_write(tmp_path / "plan.pdf", lambda stream: stream.write(b"%PDF"))  # a later run tidies up
        assert os.listdir(tmp_path) == ["plan.pdf"]
        target.unlink()


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="Linux's /proc")
def test_a_folder_that_makes_no_files_is_not_called_missing(tmp_path: Path) -> None:
    """/proc exists but answers "no such file" to a new one: the reason is the folder's."""
    with pytest.raises(WriteFailed) as found:
        write_bytes(Path("/proc/plan.pdf"), b"%PDF")
    assert found.value.params["reason"] == safe_write.NO_NEW_FILES
    with pytest.raises(WriteFailed) as found:  # a folder really missing is still called so
        write_bytes(tmp_path / "gone" / "plan.pdf", b"%PDF")
    assert found.value.params["reason"] == "the folder does not exist"
