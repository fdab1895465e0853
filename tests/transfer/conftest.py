"""Fixtures of the import and export tests: the command run in this process, files written
as the other tools write them, and a file with a process to import into."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from planner.domain.model import ItemTemplate, Process, Stage
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


def sales_process() -> Process:
    """Four stages, the first three with required work (a deal passing them must have it done)."""
    names = ("Qualified", "Proposal", "Negotiation", "Contract")
    return Process(name="Sales", stages=[
        Stage(name=n, milestone=f"{n} reached", win_rate=20 * (i + 1),
              tasks=[ItemTemplate(f"Required task {i + 1}", required=i < 3), ItemTemplate(f"Optional {i + 1}")],
              deliverables=[ItemTemplate(f"Deliverable {i + 1}", required=i < 3)])
        for i, n in enumerate(names)])


@pytest.fixture
def sales(tmp_path: Path) -> Path:
    """A planner file with the Sales process and nothing else."""
    path = tmp_path / "sales.planner"
    planner = Planner.open(path, create=True)
    planner.processes.create(sales_process())
    planner.close()
    return path


def write(path: Path, text: str, bom: bool = True, encoding: str = "utf-8") -> Path:
    """A CSV file as a tool writes it: ``text`` with Windows line ends, a BOM if asked."""
    data = text.replace("\r\n", "\n").replace("\n", "\r\n").encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom and encoding == "utf-8" else b"") + data)
    return path


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table of a planner file, by a plain connection (as the shell sees it)."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                            "AND name <> '_sqlite_migrations' ORDER BY name")]
        return {n: conn.execute(f"SELECT * FROM {n} ORDER BY rowid").fetchall() for n in names}
    finally:
        conn.close()
