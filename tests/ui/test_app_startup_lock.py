"""Start-up order with the one-writer lock (planner/ui/app.py).

The file's integrity check starts before Qt loads, on a connection that reads the file alone
(``immutable``), blind to the WAL of a window that has it open. So it starts early only when
no lock file says another window may have the file; and its verdict, read before the lock
was ours, is checked once more under the lock before the file is called damaged."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from builders import new_deal

from planner.file_lock import lock_path
from planner.services import Planner

# runs the real start-up (smoke: quit after the first paint), with a change made first
START = textwrap.dedent("""
    import sys
    {patch}
    sys.argv = ["deal-planner", "--db", sys.argv[1], "--quit-after-startup"]
    from planner.__main__ import main
    main()
""")

# the early check reports a damaged file once, as it can while a backup writes the WAL back
FALSE_ALARM_ONCE = textwrap.dedent("""
    from planner.store import database
    real, calls = database._quick_check, []
    def quick_check(conn):
        calls.append(1)
        return "damaged" if len(calls) == 1 else real(conn)
    database._quick_check = quick_check
""")

NO_EARLY_CHECK = textwrap.dedent("""
    from planner.services import Planner
    def begin_open(*a, **k):
        raise AssertionError("the early check started on a file another window holds")
    Planner.begin_open = begin_open
""")

HOLDER = textwrap.dedent("""
    import sys
    from planner.file_lock import PlannerLock
    lock = PlannerLock(sys.argv[1])
    assert lock.acquire()
    print("held", flush=True)
    sys.stdin.read()
""")


def _start(path: Path, tmp_path: Path, patch: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DEAL_PLANNER_DATA_DIR=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    return subprocess.run([sys.executable, "-c", START.format(patch=patch), str(path)], env=env,
                          capture_output=True, text=True, timeout=60)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    planner = Planner.open(tmp_path / "start.planner", create=True)
    new_deal(planner)
    planner.close()
    return tmp_path / "start.planner"


def test_an_early_false_alarm_is_checked_again_under_the_lock(path: Path, tmp_path: Path) -> None:
    started = _start(path, tmp_path, FALSE_ALARM_ONCE)
    assert started.returncode == 0, started.stderr
    assert "damaged" not in started.stderr


def test_a_really_damaged_file_is_still_refused(path: Path, tmp_path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096 * 2:4096 * 3] = b"\xff" * 4096  # a page of the tables overwritten
    path.write_bytes(bytes(data))
    started = _start(path, tmp_path, "")
    assert started.returncode == 1 and "damaged" in started.stderr


def test_a_file_held_elsewhere_is_not_checked_before_the_lock(path: Path, tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], env=env,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"  # type: ignore[union-attr]
        assert lock_path(path).exists()
        started = _start(path, tmp_path, NO_EARLY_CHECK)
        assert started.returncode == 0, started.stderr  # shown read-only (smoke asks nothing)
    finally:
        holder.stdin.close()  # type: ignore[union-attr]
        holder.wait(timeout=10)


def test_a_stale_lock_file_only_delays_the_check(path: Path, tmp_path: Path) -> None:
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert child.stdout.readline().strip() == "held"  # type: ignore[union-attr]
    child.kill()  # a crash leaves the lock file
    child.wait(timeout=10)
    assert lock_path(path).exists()
    started = _start(path, tmp_path, "")
    assert started.returncode == 0, started.stderr
    assert not lock_path(path).exists()  # taken over, then given back on quitting


# another window at work: it holds the lock and writes, checkpointing after every page
BUSY_WINDOW = textwrap.dedent("""
    import sys, time
    from planner.domain.model import Account
    from planner.file_lock import PlannerLock
    from planner.services import Planner
    lock = PlannerLock(sys.argv[1])
    assert lock.acquire()
    planner = Planner.open(sys.argv[1])
    planner.store.conn.execute("PRAGMA wal_autocheckpoint = 1")
    print("writing", flush=True)
    end, n = time.monotonic() + float(sys.argv[2]), 0
    while time.monotonic() < end:
        planner.accounts.create(Account(name=f"Account {n}", notes="x" * 3000))
        n += 1
""")


def test_a_file_being_written_elsewhere_is_never_called_damaged(path: Path, tmp_path: Path) -> None:
    """A second window on a file that another one is changing opens it read-only, however
    busy that window is; checked while it writes back its WAL (a checkpoint) all the time."""
    import time

    from planner.domain.errors import PlannerError
    from planner.ui import opening

    busy = subprocess.Popen([sys.executable, "-c", BUSY_WINDOW, str(path), "3"], stdout=subprocess.PIPE, text=True,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    refusals, views = [], 0
    try:
        assert busy.stdout.readline().strip() == "writing"  # type: ignore[union-attr]
        end = time.monotonic() + 2
        while time.monotonic() < end:
            try:
                opened = opening.open_for_window(path, None, ask=lambda *a: True)
            except PlannerError as e:
                refusals.append(str(e))
                continue
            assert isinstance(opened, opening.Opened) and opened.read_only is not None
            opened.close()
            views += 1
    finally:
        busy.wait(timeout=30)
    assert refusals == [] and views > 0
