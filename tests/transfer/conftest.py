"""Fixtures of the import and export tests: files written as the other tools write them, and a
file with a process to import into (the command run in this process: tests/conftest.py's ``cli``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from transfer_files import sales_process

from planner.services import Planner


@pytest.fixture
def sales(tmp_path: Path) -> Path:
    """A planner file with the Sales process and nothing else."""
    path = tmp_path / "sales.planner"
    planner = Planner.open(path, create=True)
    planner.processes.create(sales_process())
    planner.close()
    return path
