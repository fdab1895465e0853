"""PySide's look at each imported module, made cheap, answers as PySide's own does."""

from __future__ import annotations

import sys
from types import ModuleType

import pytest

from planner.ui.kit import pyside_imports


def _own_check():  # noqa: ANN202
    feature = sys.modules.get("shibokensupport.feature")
    check = getattr(feature, "_mod_uses_pyside", None)
    if check is None:
        pytest.skip("this PySide has no such check")
    return feature, check


def test_the_cheap_check_gives_pysides_answer_for_every_module_loaded(qapp) -> None:  # noqa: ANN001
    feature, check = _own_check()
    slow = getattr(check, "slow", check)  # PySide's own, ours in place or not
    modules = [m for name, m in sorted(sys.modules.items())
               if isinstance(m, ModuleType) and isinstance(getattr(m, "__file__", None), str)
               and name.startswith(("planner", "json", "sqlite3", "email", "babel"))]
    assert len(modules) > 50
    answers = {m.__name__: pyside_imports.uses_pyside(m, slow) for m in modules}
    assert answers == {m.__name__: slow(m) for m in modules}
    assert answers["planner.ui.kit.icons"] and not answers["planner.domain.model"]


def test_install_puts_it_in_place_once(qapp, monkeypatch) -> None:  # noqa: ANN001
    feature, check = _own_check()
    monkeypatch.setattr(feature, "_mod_uses_pyside", lambda module: False)
    assert pyside_imports.install()
    assert feature._mod_uses_pyside.slow is not None
    assert not pyside_imports.install()  # already in place


def test_a_module_without_source_is_left_to_pyside() -> None:
    asked: list[str] = []

    def slow(module: ModuleType) -> bool:
        asked.append(module.__name__)
        return False

    assert pyside_imports.uses_pyside(sys, slow) is False
    assert asked == ["sys"]
