"""A planner file whose tables another program changed (renamed, dropped, a column renamed in
the ``sqlite3`` shell): every command says so in the user's words, never in SQLite's ("no such
table"), changes nothing, and ``check`` names what changed. A full export of such a file is
refused rather than written without the missing table (it looked whole and never imported)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from forging import sealed_file

CHANGES = {
    "table renamed": "ALTER TABLE milestones RENAME TO milestones_old",
    "column renamed": "ALTER TABLE accounts RENAME COLUMN industry TO sector",
    "table dropped": "PRAGMA foreign_keys = OFF; DROP TABLE milestone_contacts",
}


@pytest.fixture(scope="module")
def sound(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("changed") / "sound.planner"
    return path, sealed_file(path)


def _changed(sound: tuple[Path, int], tmp_path: Path, change: str) -> Path:
    path = tmp_path / "changed.planner"
    shutil.copyfile(sound[0], path)
    conn = sqlite3.connect(path)
    conn.executescript(CHANGES[change])
    conn.close()
    return path


def _commands(path: Path, account_id: int, out: Path) -> list[list[str]]:
    return [
        ["export-pdf", "--db", str(path), "--account", str(account_id), "-o", str(out / "plan.pdf")],
        ["calibrate", "--db", str(path)],
        ["forecast", "--db", str(path), "--format", "json"],
        ["export", "--db", str(path), "--to", "json", "-o", str(out / "all.json")],
        ["export", "--db", str(path), "--to", "csv", "-o", str(out / "csv")],
        ["export", "--db", str(path), "--to", "ics", "-o", str(out / "dates.ics")],
    ]


@pytest.mark.parametrize("lang", ["en", "zh_TW"])
@pytest.mark.parametrize("change", sorted(CHANGES))
def test_every_command_says_so_in_the_users_words(cli, sound, tmp_path: Path, change: str, lang: str) -> None:  # noqa: ANN001
    path = _changed(sound, tmp_path, change)
    before = path.read_bytes()
    out = tmp_path / "out"
    out.mkdir()
    for args in _commands(path, sound[1], out):
        ran = cli("--lang", lang, *args)
        said = ran.stdout + ran.stderr
        assert ran.returncode in (0, 1), (args, said)
        assert "Traceback" not in said and "Unexpected error" not in said, (args, said)
        assert "no such" not in said, (args, said)  # SQLite's words: "no such table", "no such column"
        if ran.returncode:
            assert len(ran.stderr.strip().splitlines()) == 1, (args, ran.stderr)
            if lang == "zh_TW":
                assert "Cannot" not in ran.stderr, (args, ran.stderr)
    assert path.read_bytes() == before
    assert not (out / "all.json").exists()  # never an export that looks whole without a table


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_check_names_what_changed(cli, sound, tmp_path: Path, change: str) -> None:  # noqa: ANN001
    path = _changed(sound, tmp_path, change)
    ran = cli("check", "--db", str(path))
    assert ran.returncode == 1, ran.stdout + ran.stderr
    assert "no such" not in ran.stdout + ran.stderr
    assert "was removed" in ran.stdout or "was changed" in ran.stdout, ran.stdout
