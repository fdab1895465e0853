"""JSON from outside never crashes the app, however deeply it nests.

Found from outside: a "full export" made of 100,000 opening brackets made ``deal-planner
import --from json`` end with "Unexpected error: RecursionError"; ``json.loads`` raises that,
not a ``ValueError``, and only the process files caught it. Every reader of outside JSON now
goes through ``planner.domain.json_input``, and this file checks that none goes around it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from planner.domain import event_values, json_input
from planner.domain.errors import FileRefused
from planner.process_exchange import read_process
from planner.transfer import full_import

ROOT = Path(__file__).resolve().parents[1] / "planner"
DEEP = "[" * 100_000 + "]" * 100_000


def test_no_module_parses_json_but_through_json_input() -> None:
    calls = []
    for path in ROOT.rglob("*.py"):
        if path.name == "json_input.py" and path.parent.name == "domain":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("load", "loads") and isinstance(node.func.value, ast.Name)
                    and node.func.value.id == "json"):
                calls.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert calls == []


def test_too_deep_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        json_input.loads(DEEP)
    assert json_input.loads('{"a": [1]}') == {"a": [1]}
    with pytest.raises(ValueError):
        json_input.loads("{")


def test_a_full_import_of_deep_json_is_refused_and_writes_nothing(tmp_path: Path) -> None:
    source = tmp_path / "deep.json"
    source.write_text(DEEP, encoding="utf-8")
    target = tmp_path / "new.planner"
    with pytest.raises(FileRefused, match="not a full export"):
        full_import.import_file(source, target)
    assert not target.exists()


def test_a_process_file_of_deep_json_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "deep.dealprocess.json"
    source.write_text(DEEP, encoding="utf-8")
    with pytest.raises(FileRefused):
        read_process(source)


def test_an_event_value_nested_too_deep_shows_as_the_text_it_is() -> None:
    assert event_values.decode(DEEP, json_row=True) == DEEP
    assert event_values.decode(event_values.encode([1, 2]), json_row=True) == [1, 2]
