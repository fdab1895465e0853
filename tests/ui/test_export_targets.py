"""The export dialog replaces another planner file only when the user says so, and tells
which characters the fonts could not print."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from planner.domain.model import Account
from planner.services import Planner
from planner.ui.export.dialog import ExportDialog


@pytest.fixture
def other_planner(tmp_path: Path) -> Path:
    path = tmp_path / "other.planner"
    Planner.open(path, create=True).close()
    return path


@pytest.mark.parametrize(("answer", "replaced"), [(QMessageBox.StandardButton.No, False),
                                                  (QMessageBox.StandardButton.Yes, True)])
def test_another_planner_file_is_replaced_only_when_the_user_agrees(
        qtbot, planner: Planner, other_planner: Path, monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
        answer: QMessageBox.StandardButton, replaced: bool) -> None:
    planner.accounts.create(Account(name="Contoso"))
    before = other_planner.read_bytes()
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k: asked.append(text) or answer)
    dialog = ExportDialog(planner, None)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(other_planner))
    dialog.export()
    assert asked and "other.planner" in asked[0]
    assert other_planner.read_bytes().startswith(b"%PDF") is replaced
    if not replaced:
        assert other_planner.read_bytes() == before


def test_characters_the_fonts_lack_are_named_after_export(qtbot, planner: Planner, tmp_path: Path) -> None:  # noqa: ANN001
    planner.accounts.create(Account(name="Rocket 🚀 Ltd"))
    dialog = ExportDialog(planner, None)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "plan.pdf"))
    dialog.export()
    assert "🚀" in dialog.status.text() and "\ufffd" in dialog.status.text()
