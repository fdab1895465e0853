"""``deal-planner check`` runs its parts at once, and says exactly what it said one by one.

SQLite's quick check and the invariants run in a thread on a connection of their own, the
hash chain's halves in two more; the quick check runs once (opening leaves it to the
check), and its verdict still comes first: a damaged file is refused as opening refuses it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from unittest import mock

import pytest
from builders import confirm_current, new_deal, old_file
from cli_run import Ran

from planner.domain.errors import FileRefused, PlannerError
from planner.services import Planner, plannerfile
from planner.store import chain, database, invariants, read_only


@pytest.fixture(scope="module")
def sound(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("sound") / "s.planner"
    p = Planner.open(path, create=True)
    for title in ("First", "Second", "Third"):
        deal_id = new_deal(p, title=title, account=title)
        confirm_current(p, deal_id)
    p.milestones.correct(1, "A day later")
    p.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    p.close()
    return path.read_bytes()


@pytest.fixture
def path(tmp_path: Path, sound: bytes) -> Path:
    target = tmp_path / "s.planner"
    target.write_bytes(sound)
    return target


def one_by_one(store_check: Callable[[], list[PlannerError]]) -> list[str]:
    """What a check says with no second connection: every part after the other."""
    with mock.patch.object(read_only, "file_of", lambda _conn: None):
        return [e.english() for e in store_check()]


def test_a_sound_file_is_ok_either_way(path: Path) -> None:
    assert plannerfile.check_file(path) == []
    p = Planner.open(path, read_only=True)
    try:
        assert p.file.check() == [] and one_by_one(p.file.check) == []
    finally:
        p.close()


def test_every_kind_of_problem_is_said_alike_and_in_the_same_order(path: Path) -> None:
    shell = sqlite3.connect(path, isolation_level=None)
    for (name,) in shell.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                 "AND tbl_name IN ('milestones', 'deals')").fetchall():
        shell.execute(f'DROP TRIGGER "{name}"')  # the schema differs: tamper names each
    shell.execute("UPDATE milestones SET evidence = 'Forged' WHERE id = 2")  # the chain
    shell.execute("UPDATE deals SET status = 'won' WHERE id = 3")  # an invariant
    shell.execute("INSERT INTO events (deal_id, kind) VALUES (1, 'note')")  # not sealed yet
    shell.close()
    p = Planner.open(path, read_only=True)
    try:
        at_once = [e.english() for e in p.file.check()]
        assert at_once == one_by_one(p.file.check)
    finally:
        p.close()
    assert [e.english() for e in plannerfile.check_file(path)] == at_once
    assert at_once[0] == "Deal 3: won without its last milestone."
    assert any(line == "Trigger milestones_no_update was removed." for line in at_once)
    assert any("milestone 2 is no longer what was sealed" in line for line in at_once)
    assert at_once[-1].startswith("Not sealed yet: event")


def test_the_quick_check_runs_once(path: Path) -> None:
    with mock.patch.object(database, "_quick_check", wraps=database._quick_check) as at_opening, \
            mock.patch.object(invariants, "integrity", wraps=invariants.integrity) as in_check:
        assert plannerfile.check_file(path) == []
    assert at_opening.call_count == 0 and in_check.call_count == 1


def test_the_chain_is_checked_without_the_walk_on_a_sound_file(path: Path) -> None:
    with mock.patch.object(chain, "_walk", side_effect=AssertionError("walked")):
        assert plannerfile.check_file(path) == []


@pytest.mark.parametrize("where", ["second page", "middle", "last page"])
def test_a_damaged_file_is_refused_as_opening_refuses_it(path: Path, where: str) -> None:
    data = bytearray(path.read_bytes())
    page = {"second page": 1, "middle": len(data) // 4096 // 2, "last page": len(data) // 4096 - 1}[where]
    data[page * 4096:(page + 1) * 4096] = b"\xff" * 4096
    path.write_bytes(bytes(data))
    with pytest.raises(FileRefused) as opening:
        Planner.open(path, read_only=True)
    with pytest.raises(FileRefused) as checking:
        plannerfile.check_file(path)
    assert checking.value.english() == opening.value.english()
    assert "is damaged and cannot be opened" in checking.value.english()


def test_the_command_refuses_a_damaged_file_in_one_line(cli: Callable[..., Ran], path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 4096 // 2
    data[middle * 4096:(middle + 1) * 4096] = b"\xff" * 4096
    path.write_bytes(bytes(data))
    result = cli("check", "--db", str(path))
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.strip() == f"deal-planner: {path} is damaged and cannot be opened."


def test_an_older_file_is_checked_on_its_upgraded_copy_and_left_as_it_was(tmp_path: Path) -> None:
    path = old_file(tmp_path / "old.planner", 5)
    before = path.read_bytes()
    assert plannerfile.check_file(path) == []
    assert path.read_bytes() == before


def test_the_command_says_what_the_check_finds(cli: Callable[..., Ran], path: Path) -> None:
    shell = sqlite3.connect(path, isolation_level=None)
    shell.execute("DROP TRIGGER events_no_update")
    shell.execute("UPDATE events SET after = 'Forged' WHERE id = 1")
    shell.close()
    result = cli("check", "--db", str(path))
    assert result.returncode == 1
    assert "Trigger events_no_update was removed." in result.stdout
    assert "event 1 is no longer what was sealed" in result.stdout
    assert cli("check", "--full", "--db", str(path)).stdout == result.stdout


def test_check_reports_a_search_index_out_of_step_either_way(path: Path) -> None:
    # the sqlite3 shell can write the index itself: check names the deal it no longer finds
    shell = sqlite3.connect(path, isolation_level=None)
    shell.execute("UPDATE deal_search SET text = 'nothing to find  ' WHERE rowid = 2")
    shell.close()
    said = [e.english() for e in plannerfile.check_file(path)]
    assert said == ["Deal 2: the search index does not hold its current text."]
    p = Planner.open(path, read_only=True)
    try:
        assert one_by_one(p.file.check) == said
    finally:
        p.close()
