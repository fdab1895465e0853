"""Numbers past what SQLite holds (64 bits) are said plainly, never a crash.

Found from outside: ``export-pdf --account`` and ``calibrate``/``forecast --process`` with a
23-digit id, and a full export holding such a number, each ended in "Unexpected error:
OverflowError". An id typed by the user goes through ``rules.row_id``, every read of the
file turns such a number into a message (``Store.q``), and an import refuses it as damage.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from builders import new_deal
from cli_run import Ran
from hypothesis import given
from hypothesis import strategies as st

from planner.domain import rules
from planner.domain.errors import FileRefused, InvalidInput
from planner.services import Planner
from planner.transfer import full_export, full_import

HUGE = "9" * 23


@pytest.fixture
def planner_file(tmp_path: Path) -> Path:
    path = tmp_path / "big.planner"
    planner = Planner.open(path, create=True)
    new_deal(planner)
    planner.close()
    return path


@pytest.mark.parametrize(("args", "said"), [
    (("export-pdf", "--account", HUGE, "-o", "plan.pdf"), f"No account “{HUGE}”."),
    (("calibrate", "--process", HUGE), "The process was not found."),
    (("forecast", "--process", HUGE), "The process was not found."),
])
def test_an_id_too_long_to_exist_is_not_found(cli: Callable[..., Ran], planner_file: Path, tmp_path: Path,
                                              args: tuple[str, ...], said: str) -> None:
    ran = cli("--db", str(planner_file), *(str(tmp_path / a) if a == "plan.pdf" else a for a in args))
    assert ran.returncode == 1
    assert ran.stderr.splitlines() == [f"deal-planner: {said}"]


def test_a_read_with_a_number_past_64_bits_is_refused_in_words(planner: Planner) -> None:
    with pytest.raises(InvalidInput, match="too large"):
        planner.store.q("SELECT id FROM deals WHERE id = ?", [2**70])


@pytest.mark.parametrize("value", [2**63, -(2**63) - 1, 10**30])
def test_a_full_export_holding_such_a_number_is_refused_as_damaged(planner: Planner, tmp_path: Path,
                                                                   value: int) -> None:
    new_deal(planner)
    document = tmp_path / "all.json"
    full_export.export(planner, document)
    doc = json.loads(document.read_text("utf-8"))
    deals = doc["tables"]["deals"]
    deals["rows"][0][deals["columns"].index("value")] = value
    document.write_text(json.dumps(doc), "utf-8")
    with pytest.raises(FileRefused, match=r"damaged or incomplete \(at tables\.deals\.rows\[0\]\)"):
        full_import.import_file(document, tmp_path / "new.planner")
    assert not (tmp_path / "new.planner").exists()


@given(st.text(alphabet="0123456789 +-x١٢", max_size=40))
def test_row_id_takes_only_what_a_row_can_have(text: str) -> None:
    found = rules.row_id(text)
    if found is None:
        stripped = text.strip()
        assert not (stripped.isascii() and stripped.isdigit()) or int(stripped) > rules.MAX_INTEGER
    else:
        assert 0 <= found <= rules.MAX_INTEGER and str(found) == text.strip().lstrip("0").rjust(1, "0")


def test_a_csv_export_onto_a_file_says_so(cli: Callable[..., Ran], planner_file: Path, tmp_path: Path) -> None:
    """And one more found that way: ``export --to csv -o FILE`` answered "File exists"."""
    there = tmp_path / "notes.txt"
    there.write_text("mine", "utf-8")
    ran = cli("--db", str(planner_file), "export", "--to", "csv", "-o", str(there))
    assert ran.returncode == 1 and "a file has that name, and these files go into a folder" in ran.stderr
    assert there.read_text("utf-8") == "mine"
