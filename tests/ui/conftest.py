"""Fixtures shared by the UI tests."""

from __future__ import annotations

import pytest

from planner.services import Planner
from planner.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, planner: Planner) -> MainWindow:  # noqa: ANN001
    w = MainWindow(planner, with_workspace=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.started)  # the cards come right after the first paint
    return w
