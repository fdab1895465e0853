"""Fixtures of the import and export tests: the command run in this process, files written
as the other tools write them, and a file with a process to import into."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from transfer_files import sales_process

from planner.services import Planner


@dataclass
class Ran:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def cli(qapp, capsys: pytest.CaptureFixture[str]) -> Callable[..., Ran]:  # noqa: ANN001 - pytest-qt's app
    """cli("import", "--db", path, ...) -> Ran: the command's own code path, in this process."""
    from planner import cli as cli_module
    from planner import i18n

    def _run(*args: object) -> Ran:
        capsys.readouterr()
        try:
            code = cli_module.main([str(a) for a in args])
        except SystemExit as e:  # argparse's own exits
            code = int(e.code or 0)
        finally:
            i18n.install("en")
        out, err = capsys.readouterr()
        return Ran(code, out, err)

    return _run


@pytest.fixture
def sales(tmp_path: Path) -> Path:
    """A planner file with the Sales process and nothing else."""
    path = tmp_path / "sales.planner"
    planner = Planner.open(path, create=True)
    planner.processes.create(sales_process())
    planner.close()
    return path
