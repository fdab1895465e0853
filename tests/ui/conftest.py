"""Fixtures shared by the UI tests."""

from __future__ import annotations

import pytest
from file_dialog_answers import FileDialogAnswers

from planner.services import Planner
from planner.ui.deal import DealWorkspace
from planner.ui.main_window import MainWindow
from planner.ui.session import Session


@pytest.fixture
def session(qapp, planner: Planner) -> Session:  # noqa: ANN001
    """The open planner as the UI holds it: its undo stack and its change signal."""
    return Session(planner)


@pytest.fixture
def workspace(session: Session, qtbot) -> DealWorkspace:  # noqa: ANN001
    """The deal panel, shown at the width of a docked panel."""
    panel = DealWorkspace(session)
    qtbot.addWidget(panel)
    panel.resize(420, 900)
    panel.show()
    return panel


@pytest.fixture
def window(qtbot, planner: Planner) -> MainWindow:  # noqa: ANN001
    w = MainWindow(planner, with_workspace=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.started)  # the cards come right after the first paint
    return w


@pytest.fixture
def file_answers(monkeypatch: pytest.MonkeyPatch) -> FileDialogAnswers:
    return FileDialogAnswers(monkeypatch)
