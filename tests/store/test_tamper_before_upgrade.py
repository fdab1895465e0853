"""An older file changed around its rules is not upgraded: the upgrade rebuilds tables and
triggers, which would hide the change and seal whatever was forged."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from builders import old_file

from planner.domain.errors import FileRefused
from planner.services import Planner


@pytest.mark.parametrize("version", [3, 4])
@pytest.mark.parametrize("read_only", [False, True])
def test_an_older_file_with_a_dropped_trigger_is_not_upgraded(tmp_path: Path, version: int, read_only: bool) -> None:
    path = old_file(tmp_path / "old.planner", version, "DROP TRIGGER milestones_no_update")
    before = path.read_bytes()
    with pytest.raises(FileRefused, match="changed outside Deal Planner"):
        Planner.open(path, read_only=read_only)
    assert path.read_bytes() == before
    assert not Path(f"{path}.v{version}.bak").exists()


@pytest.mark.parametrize("version", [1, 2, 3, 4])
def test_an_honest_older_file_is_upgraded(tmp_path: Path, version: int) -> None:
    path = old_file(tmp_path / "old.planner", version)
    planner = Planner.open(path)
    assert planner.file.tampering() == [] and planner.file.check() == []
    planner.close()


def test_a_trigger_replaced_by_a_no_op_in_an_older_file_is_found(tmp_path: Path) -> None:
    path = old_file(tmp_path / "old.planner", 4, "DROP TRIGGER events_no_delete",
                    "CREATE TRIGGER events_no_delete BEFORE DELETE ON events BEGIN SELECT 1; END")
    with pytest.raises(FileRefused):
        Planner.open(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 4
    conn.close()
