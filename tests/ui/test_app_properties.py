"""File > Properties: the open file's place, size, contents and fingerprint."""

from __future__ import annotations

from builders import new_deal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QLineEdit

from planner.services import Planner
from planner.ui.file.properties import PropertiesDialog
from planner.ui.main_window import MainWindow


def _texts(dialog: PropertiesDialog) -> list[str]:
    widgets = [*dialog.findChildren(QLabel), *dialog.findChildren(QLineEdit)]
    return [w.text() for w in widgets if w.isVisibleTo(dialog)]


def test_properties_show_the_file_and_copy_its_fingerprint(qtbot, window: MainWindow, planner: Planner,  # noqa: ANN001
                                                           monkeypatch) -> None:  # noqa: ANN001
    new_deal(planner)
    new_deal(planner, title="Second")
    shown: list[PropertiesDialog] = []
    monkeypatch.setattr(PropertiesDialog, "exec", lambda self: shown.append(self))
    window.actions_by_name["properties"].trigger()
    dialog = shown[0]
    texts = _texts(dialog)
    assert str(planner.path) in texts and "2" in texts
    assert dialog.fingerprint == planner.file.fingerprint() and dialog.fingerprint in texts
    assert any("printed account plan" in t for t in texts)
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == planner.file.fingerprint()
