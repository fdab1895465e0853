"""The ``deal-planner`` command as a user runs it: subprocesses, exit codes, one-line errors."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from planner import __version__
from planner.services import Planner


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run([sys.executable, "-m", "planner", *args], capture_output=True, text=True,
                          timeout=120, env=full_env)


def assert_one_line_error(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.planner"
    result = run("demo", "--db", str(path))
    assert result.returncode == 0, result.stderr
    return path


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and __version__ in result.stdout


def test_demo_file_passes_check_and_has_what_it_promises(demo_file: Path) -> None:
    result = run("check", "--db", str(demo_file))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "OK" in result.stdout
    planner = Planner.open(demo_file)
    processes = [planner.processes.get(p.id) for p in planner.processes.summaries()]
    assert len(processes) >= 3
    one_stage = [p for p in processes if len(p.stages) == 1]
    assert (one_stage and "Payment" in one_stage[0].stages[0].milestone) or "收" in one_stage[0].stages[0].milestone
    assert any(len(p.stages) == 8 for p in processes)
    assert any(1 < len(p.stages) < 8 for p in processes)
    names = [a.name for a in planner.accounts.all()]
    # written in the command's language (the system's here), every customer in it
    chinese = [n for n in names if re.search(r"[\u4e00-\u9fff]", n)]
    assert any("股份有限公司" in n for n in names) if chinese else any("Co., Ltd." in n for n in names)
    assert chinese in ([], names)
    statuses = {d.status for d in planner.deals.all()}
    assert statuses == {"open", "won", "lost", "abandoned"}
    open_deals = [d for d in planner.deals.all() if d.is_open]
    assert len({d.stage_id for d in open_deals}) >= 4  # various stages
    milestones = [m for d in planner.deals.all() for m in planner.milestones.of(d.id)]
    assert all(m.evidence.strip() for m in milestones)
    assert any(m.corrections for m in milestones)
    roles = {c.role for a in planner.accounts.all() for c in planner.contacts.of(a.id)}
    assert {"economic_buyer", "technical_evaluator", "procurement"} <= roles
    planner.close()


def test_demo_refuses_to_overwrite(demo_file: Path) -> None:
    assert_one_line_error(run("demo", "--db", str(demo_file)), "already exists")


def test_demo_with_many_deals(tmp_path: Path) -> None:
    path = tmp_path / "big.planner"
    result = run("demo", "--db", str(path), "--deals", "300")
    assert result.returncode == 0, result.stderr
    planner = Planner.open(path)
    assert len(planner.deals.all()) == 300
    assert len(planner.accounts.all()) >= 300 // 50
    planner.close()


def test_check_reports_damage_done_around_the_triggers(demo_file: Path, tmp_path: Path) -> None:
    copy = tmp_path / "tampered.planner"
    assert run("backup", "--db", str(demo_file), "-o", str(copy)).returncode == 0
    conn = sqlite3.connect(copy)
    conn.execute("DROP TRIGGER deals_no_move_back")
    conn.execute("DROP TRIGGER deals_no_skip")
    moved = conn.execute("SELECT min(deal_id) FROM milestones JOIN deals d ON d.id = deal_id "
                         "WHERE d.status = 'open'").fetchone()[0]  # an open deal past its first stage
    conn.execute("UPDATE deals SET stage_id = (SELECT id FROM stages WHERE process_id = deals.process_id "
                 "ORDER BY position LIMIT 1) WHERE id = ?", [moved])
    conn.commit()
    conn.close()
    result = run("check", "--db", str(copy))
    assert result.returncode == 1
    assert "deals_no_move_back" in result.stdout and f"Deal {moved}:" in result.stdout


def test_check_in_chinese(demo_file: Path) -> None:
    result = run("--lang", "zh_TW", "check", "--db", str(demo_file))
    assert result.returncode == 0
    assert "OK" not in result.stdout or "規則" in result.stdout


@pytest.mark.parametrize("args, words", [
    (("check", "--db", "/nonexistent/file.planner"), ("does not exist",)),
    (("check", "--db", "/etc/hostname"), ("not a Deal Planner file",)),
    (("check", "--db", "/"), ("folder",)),
    (("backup", "--db", "/nonexistent.planner", "-o", "/tmp/x"), ("does not exist",)),
    (("frobnicate",), ("invalid choice",)),
    (("demo",), ("--db",)),
    (("--lang", "fr", "check"), ("unknown language",)),
])
def test_errors_are_one_clear_line(args: tuple[str, ...], words: tuple[str, ...]) -> None:
    assert_one_line_error(run(*args), *words)


def test_error_in_chinese() -> None:
    result = run("--lang", "zh_TW", "check", "--db", "/nonexistent/file.planner")
    assert_one_line_error(result, "/nonexistent/file.planner")
    assert "does not exist" not in result.stderr


def test_backup_to_unwritable_target(demo_file: Path, tmp_path: Path) -> None:
    (tmp_path / "blocker").write_text("x")
    assert_one_line_error(run("backup", "--db", str(demo_file), "-o", str(tmp_path / "blocker" / "b.planner")),
                          "Cannot write")


def test_window_opens_offscreen_on_the_default_file(tmp_path: Path) -> None:
    result = run("--quit-after-startup", env={"DEAL_PLANNER_DATA_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "deals.planner").exists()
    assert Planner.open(tmp_path / "deals.planner").file.check() == []


def test_window_refuses_a_bad_file_in_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "notes.planner"
    bad.write_text("just text")
    assert_one_line_error(run("--quit-after-startup", "--db", str(bad)), "not a Deal Planner file")
    assert bad.read_text() == "just text"


def test_app_and_commands_share_the_default_file(tmp_path: Path) -> None:
    env = {"HOME": str(tmp_path), "XDG_DATA_HOME": "", "DEAL_PLANNER_DATA_DIR": ""}
    assert run("--quit-after-startup", env=env).returncode == 0
    result = run("check", env=env)
    assert result.returncode == 0, result.stderr
    assert str(tmp_path / ".local" / "share" / "Deal Planner" / "deals.planner") in result.stdout


def test_a_file_given_alone_is_opened_like_a_double_click(tmp_path: Path) -> None:
    path = tmp_path / "Customer plan.planner"
    Planner.open(path, create=True).close()
    assert run(str(path), "--quit-after-startup").returncode == 0
    assert_one_line_error(run(str(tmp_path / "missing.planner"), "--quit-after-startup"), "does not exist")


def test_the_parser_knows_every_headless_command() -> None:
    """``cli`` names the commands without importing them (start-up stays Qt-free)."""
    from planner import cli, commands

    assert set(cli.COMMANDS) == set(commands.COMMANDS)
    subcommands = next(a for a in cli.parser()._actions if a.dest == "command")
    assert set(subcommands.choices) == set(cli.COMMANDS)


def test_backup_onto_the_file_itself_is_refused(demo_file: Path) -> None:
    result = run("backup", "--db", str(demo_file), "-o", str(demo_file))
    assert_one_line_error(result, "another file")
