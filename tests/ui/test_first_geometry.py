"""The window's first size, before one was saved: most of the screen it opens on, centred, and
never larger than it (a 1366 by 768 laptop must see the whole window)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect

from planner.services import Planner
from planner.ui.main_window import MainWindow


@pytest.mark.parametrize("screen", [QRect(0, 0, 1366, 728), QRect(0, 0, 1440, 875), QRect(0, 25, 3840, 2135),
                                    QRect(0, 0, 800, 600)])
def test_the_first_window_fits_the_screen_it_opens_on(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
                                                      screen: QRect) -> None:
    from PySide6.QtGui import QScreen

    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: screen)
    window = MainWindow(Planner.open(tmp_path / "f.planner", create=True), with_workspace=False)
    qtbot.addWidget(window)
    shown = window.geometry()
    assert screen.contains(shown)  # every screen here is larger than the window's minimum
    assert shown.width() >= min(int(screen.width() * 0.9), 1920)
    assert abs(shown.center().x() - screen.center().x()) <= 1
    assert abs(shown.center().y() - screen.center().y()) <= 1
