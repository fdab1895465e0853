"""The file dialog speaks the user's language: Qt's own labels included, where Qt's
catalogue lacks them (planner/ui/qt_strings.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel

from planner import i18n
from planner.ui.kit.file_dialogs import file_dialog


def test_every_label_of_the_file_dialog_is_chinese(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    i18n.install("zh_TW")
    try:
        dialog = file_dialog(None, "開啟", tmp_path)
        qtbot.addWidget(dialog)
        texts = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
        assert texts and not [t for t in texts if t.replace("&", "").isascii()], texts
    finally:
        i18n.install("en")
