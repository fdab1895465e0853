"""A demo stopped midway (Ctrl+C, an error, a kill) leaves no file at its target and, once
its writer is gone, none beside it: the file is written under a temporary name and moved into
place only when complete and sealed (planner/demo/place.py)."""

from __future__ import annotations

import errno
import fcntl
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from cli_run import Ran

from planner import demo
from planner.demo import bulk as demo_bulk
from planner.demo import place
from planner.domain.errors import FileRefused
from planner.file_lock import PlannerLock
from planner.services import Planner
from planner.store import bulk

ROOT = Path(__file__).resolve().parents[2]


def _stopped_after(batches_before: int, error: BaseException) -> Callable[..., None]:
    """``bulk.run`` that writes a few batches, then raises ``error`` (as Ctrl+C would)."""
    run = bulk.run

    def stopping(conn: Any, batches: Iterable[list[bulk.Statement]]) -> None:
        def some() -> Iterator[list[bulk.Statement]]:
            for n, batch in enumerate(batches):
                if n == batches_before:
                    raise error
                yield batch

        run(conn, some())

    return stopping


@pytest.mark.parametrize("large", [False, True])  # True: a second process, the journal in memory
@pytest.mark.parametrize(("error", "code"), [(KeyboardInterrupt(), 130), (OSError(errno.ENOSPC, "No space"), 1)])
def test_a_demo_stopped_midway_leaves_nothing(tmp_path: Path, cli: Callable[..., Ran], monkeypatch: pytest.MonkeyPatch,
                                              large: bool, error: BaseException, code: int) -> None:
    if large:
        monkeypatch.setattr(demo_bulk, "LARGE", 0)
    monkeypatch.setattr(bulk, "run", _stopped_after(1, error))
    target = tmp_path / "demo.planner"
    try:
        ran: Ran | None = cli("demo", "--db", str(target), "--deals", "2000")
    except KeyboardInterrupt:  # as before the demo caught it: it must not stop the test run
        ran = None
    assert ran is not None and ran.returncode == code
    lines = ran.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in ran.stderr, ran.stderr
    assert (f"Stopped: nothing was written to {target}." in lines[0] if code == 130
            else "the disk is full" in lines[0])
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no temporary file, working file or lock


def test_an_existing_file_is_refused_and_left_as_it_was(tmp_path: Path, cli: Callable[..., Ran]) -> None:
    target = tmp_path / "demo.planner"
    target.write_bytes(b"my own notes")
    ran = cli("demo", "--db", str(target))
    assert ran.returncode == 1 and "already exists" in ran.stderr
    with pytest.raises(FileRefused):  # the app's File > Open the Demo writes through the same door
        demo.write(target, deals=30)
    assert target.read_bytes() == b"my own notes"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.planner"]


def test_a_file_that_appears_while_the_demo_is_written_is_kept(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Another program makes a file of that name meanwhile: the demo is not moved over it."""
    target = tmp_path / "demo.planner"
    run = bulk.run

    def meanwhile(conn: Any, batches: Iterable[list[bulk.Statement]]) -> None:
        run(conn, batches)
        target.write_bytes(b"theirs")

    monkeypatch.setattr(bulk, "run", meanwhile)
    with pytest.raises(FileRefused):
        demo.write(target, deals=30)
    assert target.read_bytes() == b"theirs"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.planner"]


def test_a_demo_whose_file_is_open_in_the_app_is_refused(tmp_path: Path, cli: Callable[..., Ran]) -> None:
    target = tmp_path / "demo.planner"
    lock = PlannerLock(target)  # as the app holds a file it opens (it may create it first)
    assert lock.acquire()
    try:
        ran = cli("demo", "--db", str(target))
    finally:
        lock.release()
    assert ran.returncode == 1 and "open in Deal Planner" in ran.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_the_demo_in_place_is_whole(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "demo.planner"  # its folder made, as the app's first demo needs
    assert demo.write(target, deals=60) == 60
    assert sorted(p.name for p in target.parent.iterdir()) == ["demo.planner"]
    planner = Planner.open(target)
    try:
        assert len(planner.deals.all()) == 60 and planner.file.check() == []
    finally:
        planner.close()


PAUSED = """
import signal, sys, time
from pathlib import Path
from planner.store import bulk

# Ctrl+C as a terminal's foreground process gets it, even where the tests themselves were
# started in the background, whose processes inherit SIGINT ignored (Python then never
# raises KeyboardInterrupt, and the writer slept through the test's Ctrl+C)
signal.signal(signal.SIGINT, signal.default_int_handler)

run, marker = bulk.run, Path(sys.argv[1])

def paused(conn, batches):
    def marked():
        for n, batch in enumerate(batches):
            yield batch
            if n == 0:  # rows written, none committed: the process is stopped while it waits here
                marker.write_text("writing")
                time.sleep(600)
    run(conn, marked())

bulk.run = paused
sys.argv = ["deal-planner", *sys.argv[2:]]
from planner.__main__ import main
main()
"""


def _stopped_midway(folder: Path, deals: int, how: signal.Signals) -> subprocess.Popen[bytes]:
    """``deal-planner demo`` into ``folder``, sent ``how`` (to its process group, as a terminal's
    Ctrl+C is) once it has written rows; returned once it has ended."""
    target, marker = folder / "demo.planner", folder.parent / f"{folder.name}-writing"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    writer = subprocess.Popen([sys.executable, "-c", PAUSED, str(marker), "demo", "--db", str(target),
                               "--deals", str(deals)], env=env, start_new_session=True,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while not marker.exists():
            assert writer.poll() is None, writer.stderr.read() if writer.stderr else ""
            assert time.monotonic() < deadline
            time.sleep(0.05)
        os.killpg(writer.pid, how)  # the writer and the process making its statements
        writer.wait(60)
    finally:
        if writer.poll() is None:
            os.killpg(writer.pid, signal.SIGKILL)
            writer.wait()
    return writer


@pytest.mark.parametrize("deals", [300, 5000])  # 5000: a second process, the journal in memory
def test_ctrl_c_in_a_terminal_leaves_nothing(tmp_path: Path, deals: int) -> None:
    writer = _stopped_midway(tmp_path, deals, signal.SIGINT)
    assert writer.stderr is not None
    errors = writer.stderr.read().decode().strip().splitlines()
    writer.stderr.close()
    assert writer.returncode == 130 and len(errors) == 1 and "demo.planner" in errors[0], errors
    assert sorted(p.name for p in tmp_path.iterdir()) == []


@pytest.mark.parametrize("deals", [300, 5000])
def test_a_demo_killed_midway_leaves_no_file_and_its_leftovers_go_next_time(tmp_path: Path, deals: int) -> None:
    writer = _stopped_midway(tmp_path, deals, signal.SIGKILL)
    if writer.stderr:
        writer.stderr.close()
    target = tmp_path / "demo.planner"
    assert not target.exists()
    left = [p.name for p in tmp_path.iterdir()]
    assert left and all(name.startswith(".demo.planner.") or name == "demo.planner.lock" for name in left), left
    # the next demo to the same place removes what the killed one left, and is written whole
    assert demo.write(target, deals=30) == 30
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "demo.planner.lock") == ["demo.planner"]


def test_a_live_writers_temporary_file_is_kept(tmp_path: Path) -> None:
    target = tmp_path / "demo.planner"
    live = tmp_path / f".demo.planner.0123abcd{place.SUFFIX}"
    gone = tmp_path / f".demo.planner.4567cdef{place.SUFFIX}"
    for path in (live, gone, gone.with_name(gone.name + "-wal"),
                 tmp_path / f".demo.planner.89abcdef{place.SUFFIX}-journal"):  # its file already removed
        path.write_bytes(b"x")
    fd = os.open(live, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        place.remove_orphans(target)
        assert sorted(p.name for p in tmp_path.iterdir()) == [live.name]
    finally:
        os.close(fd)
