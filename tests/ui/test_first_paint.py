"""The smoke start (``--quit-after-startup``) ends once the board's cards are painted."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from planner import demo
from planner.services import Planner
from planner.ui import first_paint
from planner.ui.board.delegate import CardDelegate
from planner.ui.main_window import MainWindow


def test_quits_once_the_cards_are_painted(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    path = tmp_path / "demo.planner"
    demo.build(path, deals=40).close()
    painted: list[int] = []  # rows of cards painted before the app quit
    quit_codes: list[int] = []
    paint = CardDelegate.paint

    def counting(self: CardDelegate, painter: QPainter, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> None:
        if not quit_codes:
            painted.append(index.row())
        paint(self, painter, option, index)

    monkeypatch.setattr(CardDelegate, "paint", counting)
    monkeypatch.setattr(first_paint.QCoreApplication, "exit", lambda code=0: quit_codes.append(code))
    monkeypatch.setattr(first_paint, "keep_startup_objects", lambda: None)  # no gc.freeze in the test process
    window = MainWindow(Planner.open(path), with_workspace=False)
    qtbot.addWidget(window)
    first_paint.FirstPaint(window, quit_now=True)
    window.show()
    qtbot.waitUntil(lambda: bool(quit_codes), timeout=20_000)
    assert quit_codes == [0]
    assert not window.started  # the deal panel is built after the quit: the cards came first
    qtbot.waitUntil(lambda: window.started, timeout=20_000)
    assert sum(len(c.model.cards) for c in window.board.columns) > 0
    assert painted, "the app quit before any card was painted"
