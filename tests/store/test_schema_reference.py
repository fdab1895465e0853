"""The schema tamper compares with is kept per version (planner/store/schema_reference.py),
so opening a file does not run every migration step; it must be what the steps make."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from planner.store import database, schema_reference, tamper


def test_the_kept_reference_is_what_the_migration_steps_make() -> None:
    kept = Path(schema_reference.__file__).read_text(encoding="utf-8")
    assert kept == tamper.reference_source(), (
        "planner/store/schema_reference.py is stale: run `python -m planner.store.tamper` and commit it")


def test_the_first_comparison_runs_no_migration_step(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_steps(count: int | None = None) -> dict[str, object]:
        raise AssertionError("the migration steps ran to build the reference")

    monkeypatch.setattr(tamper, "_reference", None)
    monkeypatch.setattr(tamper, "_build_reference", no_steps)
    started = time.perf_counter()
    tamper.prepare()
    reference = tamper.expected()
    assert time.perf_counter() - started < 0.05
    assert reference == tamper._kept()
    assert {o.kind for o in reference.values()} == {"table", "index", "trigger"}


def test_steps_newer_than_the_kept_reference_are_run_instead(monkeypatch: pytest.MonkeyPatch) -> None:
    """A development tree whose steps changed since the reference was generated still
    compares with what its steps make."""
    monkeypatch.setattr(tamper, "_reference", None)
    monkeypatch.setattr(schema_reference, "MIGRATIONS", schema_reference.MIGRATIONS[:-1])
    assert tamper._kept() is None
    built = tamper._build_reference()
    assert tamper.expected() == built
    assert len(database._STEPS) == len(schema_reference.MIGRATIONS) + 1


def test_a_sound_file_shows_no_tampering_against_the_kept_reference(planner) -> None:  # noqa: ANN001
    assert planner.file.tampering() == []
