"""Whatever is typed on the command line, the answer is a result or one clear line: never
"Unexpected error" (the catch-all, which names a bug) and never a traceback.

Each case found from outside so far (a 23-digit id, a CSV export onto a file, JSON nested
too deep) was one more way into the catch-all; this fuzzer tries the commands with values
of every awkward kind, on a real planner file and on files that are not one (120 command
lines a run; ``FUZZ_EXAMPLES=2000`` for a deeper search).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from builders import confirm_current, new_deal
from cli_run import Ran
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.services import Planner

ODD = ["9" * 23, "-1", "0", "1", "abc", "", " ", "é中", "../x", "--", "-", "1e400", "NaN", "2026-02-30",
       "\u202eevil", "x" * 300]
IDS = ["9" * 23, "9223372036854775808", "-1", "0", "1", "abc", "", "1e3", "１", "Acme"]
PATHS = ["planner", "text", "csv", "folder", "missing", "out", "deep"]

# each command's options: the required ones always given, others at random
COMMANDS: dict[str, tuple[list[str], list[str]]] = {
    "check": ([], ["--full"]),
    "backup": (["-o"], ["--force"]),
    "export-pdf": (["--account", "-o"], ["--lang", "--paper", "--audience", "--force"]),
    "calibrate": ([], ["--process", "--format"]),
    "forecast": ([], ["--by", "--process", "--format", "--pdf", "--lang", "--paper", "--force"]),
    "import": (["--from"], ["--organizations", "--people", "--dry-run", "--process", "--stage", "--duplicates",
                           "--map", "--dates"]),
    "export": (["--to", "-o"], ["--force"]),
}
FLAGS = {"--full", "--force", "--dry-run"}
CHOICES = {"--paper": ["a4", "letter"], "--audience": ["internal", "customer"], "--format": ["table", "json", "csv"],
           "--by": ["month", "quarter"], "--from": ["pipedrive", "hubspot", "csv", "json"],
           "--to": ["pipedrive", "hubspot", "csv", "json", "ics"], "--lang": ["zh_TW", "en"],
           "--duplicates": ["merge", "separate"], "--dates": ["dmy", "mdy"]}
TAKES_AN_ID = {"--account", "--process"}
TAKES_A_PATH = {"-o", "--pdf", "--organizations", "--people"}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The files the command lines name, made once; each command line gets its own copy."""
    folder = tmp_path_factory.mktemp("fuzz")
    planner = Planner.open(folder / "real.planner", create=True)
    deal = new_deal(planner, title="Pilot", value=1200.0)
    confirm_current(planner, deal)
    planner.close()
    (folder / "notes.txt").write_text("not a planner file", "utf-8")
    (folder / "deals.csv").write_text("Title,Organization,Value\nDeal,Org,-5\n,,\n", "utf-8")
    (folder / "a folder").mkdir()
    (folder / "deep.json").write_text("[" * 100_000, "utf-8")
    return folder


def _files(folder: Path) -> dict[str, Path]:
    return {"planner": folder / "real.planner", "text": folder / "notes.txt", "csv": folder / "deals.csv",
            "folder": folder / "a folder", "missing": folder / "missing.planner", "out": folder / "out" / "x.pdf",
            "deep": folder / "deep.json"}


@st.composite
def command_lines(draw: st.DrawFn, files: dict[str, Path]) -> list[str]:
    def value(option: str) -> str:
        if option in TAKES_AN_ID:
            return draw(st.sampled_from(IDS))
        if option in TAKES_A_PATH:
            return draw(st.one_of(st.sampled_from([str(files[k]) for k in PATHS]), st.sampled_from(ODD)))
        if option in CHOICES and draw(st.integers(0, 3)):
            return draw(st.sampled_from(CHOICES[option]))
        return draw(st.sampled_from(ODD))

    command = draw(st.sampled_from(sorted(COMMANDS)))
    required, optional = COMMANDS[command]
    db = draw(st.sampled_from(["planner", "planner", "planner", "text", "folder", "missing"]))
    words = ["--db", str(files[db])]
    if draw(st.booleans()):
        words = ["--lang", draw(st.sampled_from(["zh_TW", "en"])), *words]
    words.append(command)
    for option in required + draw(st.lists(st.sampled_from(optional), max_size=3, unique=True)):
        words += [option] if option in FLAGS else [option, value(option)]
    if command == "import" and draw(st.booleans()):
        words.append(str(files[draw(st.sampled_from(["csv", "text", "deep", "missing"]))]))
    return words


@settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", "120")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.data())
def test_any_command_line_gets_a_result_or_one_clear_line(cli: Callable[..., Ran], template: Path,
                                                           tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           data: st.DataObject) -> None:
    here = Path(tempfile.mkdtemp(dir=tmp_path))  # each command line on files of its own
    shutil.copytree(template, here, dirs_exist_ok=True)
    monkeypatch.chdir(here)  # an output named "abc" or "-1" lands here, not in the checkout
    files = _files(here)
    words = data.draw(command_lines(files))
    before = files["planner"].read_bytes()
    ran = cli(*words)
    said = ran.stderr.strip().splitlines()
    assert "Unexpected error" not in ran.stderr and "Traceback" not in ran.stderr, (words, ran.stderr)
    assert ran.returncode in (0, 1, 2), (words, ran)
    if ran.returncode != 0:
        assert said and said[-1].startswith("deal-planner"), (words, ran.stderr)
    outputs = {words[i + 1] for i, w in enumerate(words[:-1]) if w in ("-o", "--pdf")}
    if ("import" not in words or "--dry-run" in words) and str(files["planner"]) not in outputs:
        # nothing but an import writes into the file (or a copy asked to replace it, with --force)
        assert files["planner"].read_bytes() == before, words
