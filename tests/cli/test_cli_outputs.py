"""What the commands write, and what they never touch: read-only inputs, guarded outputs,
odd files (pipes, devices, folders) and odd names (newlines, escapes) in one line each."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_cli import assert_one_line_error, run

from planner.services import Planner

POSIX = os.name == "posix"
# an app in another process: one edit committed (still in the WAL), one write transaction open
APP_MID_EDIT = """
import sys, time
from planner.domain.model import Account
from planner.services import Planner
planner = Planner.open(sys.argv[1])
planner.accounts.create(Account("Committed in WAL"))
planner.store.conn.execute("BEGIN IMMEDIATE")
planner.store.conn.execute("UPDATE accounts SET name = 'Not committed' WHERE name = 'Committed in WAL'")
print("ready", flush=True)
time.sleep(120)
"""


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from planner.demo import build

    path = tmp_path_factory.mktemp("outputs") / "demo.planner"
    build(path).close()
    return path


@pytest.fixture
def db(demo: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "deals.planner"
    shutil.copyfile(demo, copy)
    return copy


def _files(db: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in (db, Path(f"{db}-wal")) if p.exists()}


def test_read_only_commands_leave_a_file_mid_edit_untouched_and_see_its_commits(cli, db: Path, tmp_path: Path) -> None:
    app = subprocess.Popen([sys.executable, "-c", APP_MID_EDIT, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert app.stdout is not None and app.stdout.readline().strip() == "ready"
        before = _files(db)
        assert len(before.get(f"{db.name}-wal", b"")) > 0  # the committed edit is only in the WAL
        copy, pdf = tmp_path / "copy.planner", tmp_path / "plan.pdf"
        assert cli("check", "--db", str(db)).returncode == 0
        assert cli("backup", "--db", str(db), "-o", str(copy)).returncode == 0
        result = cli("export-pdf", "--db", str(db), "--account", "Committed in WAL", "-o", str(pdf))
        assert result.returncode == 0, result.stderr
        assert _files(db) == before  # not checkpointed, not truncated, not deleted
        assert Path(f"{db}-shm").exists()
    finally:
        app.kill()
        app.wait()
    saved = Planner.open(copy, read_only=True)
    names = [a.name for a in saved.accounts.all()]
    saved.close()
    assert "Committed in WAL" in names and "Not committed" not in names
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("copy")) == ["copy.planner"]


def test_a_backup_has_no_journal_and_replacing_a_planner_file_needs_force(cli, db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.planner"
    assert cli("backup", "--db", str(db), "-o", str(copy)).returncode == 0
    header = copy.read_bytes()[:100]
    assert header[18:20] == b"\x01\x01"  # a rollback-journal file: no WAL expected beside it
    assert [p for p in os.listdir(tmp_path) if p.startswith("copy")] == ["copy.planner"]
    before = copy.read_bytes()
    assert_one_line_error(cli("backup", "--db", str(db), "-o", str(copy)), "--force")
    assert_one_line_error(cli("export-pdf", "--db", str(db), "--account", "1", "-o", str(copy)), "--force")
    assert copy.read_bytes() == before
    assert cli("export-pdf", "--db", str(db), "--account", "1", "-o", str(copy), "--force").returncode == 0
    assert copy.read_bytes().startswith(b"%PDF")
    conn = sqlite3.connect(f"file:{tmp_path / 'copy2.planner'}?mode=rwc", uri=True)
    conn.close()  # an empty SQLite file of nobody's: not a planner file, replaced without --force
    assert cli("backup", "--db", str(db), "-o", str(tmp_path / "copy2.planner")).returncode == 0


def test_outputs_onto_the_planner_file_under_any_name_are_refused(cli, db: Path, tmp_path: Path) -> None:
    os.link(db, tmp_path / "hard.pdf")
    (tmp_path / "soft.pdf").symlink_to(db)
    before = db.read_bytes()
    for target in (db, tmp_path / "hard.pdf", tmp_path / "soft.pdf", Path(f"{db}-wal"), Path(f"{db}-journal")):
        for command in (("backup",), ("export-pdf", "--account", "1")):
            assert_one_line_error(cli(*command, "--db", str(db), "-o", str(target), "--force"), "another file")
    assert db.read_bytes() == before
    assert not Path(f"{db}-journal").exists()


@pytest.mark.skipif(not POSIX, reason="FIFOs and /dev/null")
@pytest.mark.parametrize("command", [("backup",), ("export-pdf", "--account", "1")])
def test_pipes_devices_and_folders_are_refused_as_outputs_without_hanging(cli, db: Path, tmp_path: Path,
                                                                          command: tuple[str, ...]) -> None:
    os.mkfifo(tmp_path / "fifo")
    for target, words in ((tmp_path / "fifo", "not a regular file"), ("/dev/null", "not a regular file"),
                          (tmp_path, "folder")):
        assert_one_line_error(cli(*command, "--db", str(db), "-o", str(target)), *words.split(" ", 1)[:1], words)
    assert Path("/dev/null").is_char_device()


@pytest.mark.skipif(not POSIX, reason="FIFOs")
@pytest.mark.parametrize("command", [("check",), ("backup", "-o", "x.planner"),
                                     ("export-pdf", "--account", "1", "-o", "x.pdf")])
def test_pipes_devices_and_folders_are_refused_as_planner_files_without_hanging(cli, tmp_path: Path,
                                                                                command: tuple[str, ...]) -> None:
    os.mkfifo(tmp_path / "fifo")
    for source, words in ((tmp_path / "fifo", "not a regular file"), ("/dev/null", "not a regular file"),
                          (tmp_path, "folder")):
        args = [a if a not in ("x.planner", "x.pdf") else str(tmp_path / a) for a in command]
        assert_one_line_error(cli(args[0], "--db", str(source), *args[1:]), words)
    assert sorted(os.listdir(tmp_path)) == ["fifo"]


NASTY = ["new\nline", "carriage\rreturn", "tab\there", "escape\x1b[31mred", "bell\x07"]


@pytest.mark.parametrize("name", NASTY, ids=["newline", "cr", "tab", "esc", "bell"])
def test_control_characters_in_names_give_one_line_in_both_languages(cli, db: Path, tmp_path: Path, name: str) -> None:
    missing = tmp_path / name / "plan.pdf"  # a folder that does not exist
    for lang in ("en", "zh_TW"):
        result = cli("--lang", lang, "export-pdf", "--db", str(db), "--account", "1", "-o", str(missing))
        assert_one_line_error(result, repr(name)[1:-1].replace("\\x1b", "\\x1b"))
        assert not any(c in result.stderr.rstrip("\n") for c in "\r\x1b\x07\t")
    assert_one_line_error(cli("check", "--db", str(tmp_path / f"{name}.planner")), "\\")
    written = tmp_path / f"{name}.pdf"
    result = cli("export-pdf", "--db", str(db), "--account", "1", "-o", str(written))
    assert result.returncode == 0 and written.exists()
    assert len(result.stdout.splitlines()) == 1 and "\x1b" not in result.stdout


def test_check_full_runs_sqlites_integrity_check(cli, db: Path) -> None:
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA writable_schema = ON")  # the index's definition no longer matches its entries
    conn.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX deals_by_account ON deals (value)' "
                 "WHERE name = 'deals_by_account'")
    conn.close()
    quick = cli("check", "--db", str(db))
    full = cli("check", "--full", "--db", str(db))
    assert quick.returncode == 1 and full.returncode == 1
    assert "missing from index" not in quick.stdout
    found = [line for line in full.stdout.splitlines() if "missing from index deals_by_account" in line]
    assert len(found) > 1  # one line per finding
    assert cli("check", "--full", "--db", str(db.with_name("clean.planner"))).returncode == 1  # missing file


def test_check_full_passes_a_sound_file(cli, db: Path) -> None:
    result = cli("check", "--full", "--db", str(db))
    assert result.returncode == 0 and "OK" in result.stdout


def test_text_the_fonts_lack_is_reported_after_the_export(cli, tmp_path: Path) -> None:
    from planner.domain.model import Account

    path = tmp_path / "emoji.planner"
    planner = Planner.open(path, create=True)
    planner.accounts.create(Account("Rocket 🚀 𠮷野家 שלום"))
    planner.close()
    result = cli("export-pdf", "--db", str(path), "--account", "1", "-o", str(tmp_path / "plan.pdf"))
    assert result.returncode == 0, result.stderr
    assert "2 characters could not be printed" in result.stderr and "\ufffd" in result.stderr
    assert "🚀" in result.stderr and "𠮷" in result.stderr and "ש" not in result.stderr
    result = cli("--lang", "zh_TW", "export-pdf", "--db", str(path), "--account", "1",
                 "-o", str(tmp_path / "plan-zh.pdf"))
    assert result.returncode == 0 and "🚀" in result.stderr


def test_demo_refuses_a_file_the_app_holds(cli, tmp_path: Path) -> None:
    hold = ("import sys, time\nfrom planner.file_lock import PlannerLock\nlock = PlannerLock(sys.argv[1])\n"
            "assert lock.acquire()\nprint('held', flush=True)\ntime.sleep(60)\n")
    target = tmp_path / "new.planner"
    holder = subprocess.Popen([sys.executable, "-c", hold, str(target)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert_one_line_error(cli("demo", "--db", str(target)), "close it there first")
        assert not target.exists()
    finally:
        holder.kill()
        holder.wait()


def test_a_name_with_a_newline_is_one_line_on_the_real_stderr(db: Path, tmp_path: Path) -> None:
    result = run("export-pdf", "--db", str(db), "--account", "1", "-o", str(tmp_path / "a\nb" / "plan.pdf"))
    assert_one_line_error(result, "a\\nb")


@pytest.mark.skipif(not POSIX, reason="FIFOs")
def test_a_pipe_as_input_or_output_never_hangs_the_real_command(db: Path, tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "fifo")
    for args in (("check", "--db", str(tmp_path / "fifo")), ("backup", "--db", str(db), "-o", str(tmp_path / "fifo"))):
        result = subprocess.run([sys.executable, "-m", "planner", *args], capture_output=True, text=True, timeout=30,
                                env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        assert_one_line_error(result, "not a regular file")


def test_a_terminal_that_cannot_show_a_character_gets_an_escape_not_a_traceback(tmp_path: Path) -> None:
    from planner.domain.model import Account

    path = tmp_path / "emoji.planner"
    planner = Planner.open(path, create=True)
    planner.accounts.create(Account("Rocket 🚀"))
    planner.close()
    result = run("export-pdf", "--db", str(path), "--account", "1", "-o", str(tmp_path / "計畫 🚀.pdf"),
                 env={"PYTHONIOENCODING": "ascii"})
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert "\\U0001f680" in result.stderr and "\\u8a08" in result.stdout


def test_error_text_escapes_control_characters_in_parameters_only(qapp) -> None:  # noqa: ANN001
    from planner import i18n
    from planner.domain.errors import QT_TRANSLATE_NOOP, FileRefused, WriteFailed

    error = WriteFailed(QT_TRANSLATE_NOOP("errors", "Cannot write {path}: {reason}"),
                        path="a\nb\rc\td\x1b[2Je\x07\u2028f\udcff", reason="permission denied")
    try:
        for lang in ("en", "zh_TW"):
            i18n.install(lang)
            text = i18n.error_text(error)
            assert "a\\nb\\rc\\td\\x1b[2Je\\x07\\u2028f\\udcff" in text
            assert text.isprintable()
        assert "權限" in text or "拒絕" in text  # the reason, a marked message, is still translated
        refused = FileRefused(QT_TRANSLATE_NOOP("errors", "{path} already exists."), path="x\ny")
        assert "\n" not in i18n.error_text(refused)
    finally:
        i18n.install("en")


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_name_is_shown_on_one_printable_line(name: str) -> None:
    from planner.i18n import shown

    text = shown(name)
    assert "\n" not in text and "\r" not in text and "\x1b" not in text
    text.encode("utf-8")  # no lone surrogates left to crash a print
    assert all(c.isprintable() or c in " \u00a0" or unicodedata.category(c) in ("Cf", "Zs", "Co", "Cn")
               for c in text)
