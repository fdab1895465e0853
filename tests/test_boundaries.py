"""The layers keep to their rooms: the rules in plain Python, SQLite behind one door."""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLANNER = ROOT / "planner"


def imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def modules(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.py"))


def test_domain_imports_no_qt_and_no_sqlite() -> None:
    for path in modules(PLANNER / "domain"):
        bad = {m for m in imports(path) if m.split(".")[0] in ("PySide6", "sqlite3", "sqlite_utils")
               or m.startswith(("planner.store", "planner.ui", "planner.services"))}
        assert not bad, f"{path.name} imports {bad}"


def test_only_the_store_touches_sqlite() -> None:
    for path in modules(PLANNER):
        if PLANNER / "store" in path.parents:
            continue
        bad = {m for m in imports(path) if m.split(".")[0] in ("sqlite3", "sqlite_utils")}
        assert not bad, f"{path.relative_to(ROOT)} imports {bad}"


def test_ui_reaches_storage_only_through_services() -> None:
    for path in modules(PLANNER / "ui"):
        bad = {m for m in imports(path) if m.startswith("planner.store")}
        assert not bad, f"{path.relative_to(ROOT)} imports {bad}"


def test_report_draws_from_the_domain_only() -> None:
    for path in modules(PLANNER / "report"):
        bad = {m for m in imports(path) if m.split(".")[0] == "PySide6"
               or m.startswith(("planner.store", "planner.ui", "planner.services"))}
        assert not bad, f"{path.relative_to(ROOT)} imports {bad}"


def test_every_package_is_installed() -> None:
    """A package missing from pyproject works editable but breaks a real install."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in PLANNER.rglob("__init__.py")}
    assert found <= listed
    assert {p for p in listed if p.startswith("planner.") and p != "planner.resources"} <= found  # none stale


def test_the_app_starts_checking_the_file_before_qt_loads() -> None:
    """Start-up reads the command line and starts the file's integrity check (a thread)
    with Qt not yet imported, so that Qt's import overlaps the check."""
    probe = ("import sys, planner.__main__, planner.cli, planner.ui.app; "
             "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
