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



def test_the_cards_shown_at_start_are_laid_out_before_their_paint(qtbot, tmp_path: Path,  # noqa: ANN001
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Columns with more cards than fit get a scroll bar as their cards arrive, and a long stage
    name makes every header two lines tall: both are settled before the paint that first shows
    the cards, not done while painting them (then painted again) or after (the cards jump)."""
    from planner.ui.board.column import CardListView

    path = tmp_path / "demo.planner"
    demo.build(path, deals=300).close()
    shown: list[bool] = []
    painting: list[bool] = []
    late: list[str] = []  # layouts done while the cards were painted, or after they showed
    paint_event, lay_out, resize_event = CardListView.paintEvent, CardListView.doItemsLayout, CardListView.resizeEvent

    def painted(self: CardListView, event) -> None:  # noqa: ANN001
        painting.append(True)
        try:
            paint_event(self, event)
        finally:
            painting.pop()

    def laid_out(self: CardListView) -> None:
        if painting or shown:
            late.append("layout while painting" if painting else "layout after")
        lay_out(self)

    def resized(self: CardListView, event) -> None:  # noqa: ANN001
        if shown:
            late.append("resized after")
        resize_event(self, event)

    monkeypatch.setattr(CardListView, "paintEvent", painted)
    monkeypatch.setattr(CardListView, "doItemsLayout", laid_out)
    monkeypatch.setattr(CardListView, "resizeEvent", resized)
    window = MainWindow(Planner.open(path), with_workspace=False)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.cardsShown.connect(lambda: shown.append(True))
    window.show()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert any(c.view.verticalScrollBar().isVisible() for c in window.board.columns), "no column overflows"
    qtbot.wait(300)  # Qt's own relayout of an overflowing list comes on a timer
    assert late == []


def test_the_account_filter_is_filled_after_the_cards_show(qtbot, tmp_path: Path,  # noqa: ANN001
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Its list grows with the file and nothing on screen shows it at start: it is read once
    the cards are on screen, and then lists every account of the process's deals."""
    path = tmp_path / "demo.planner"
    demo.build(path, deals=40).close()
    quit_codes: list[int] = []
    listed_when_painted: list[int] = []
    monkeypatch.setattr(first_paint.QCoreApplication, "exit", lambda code=0: quit_codes.append(code))
    monkeypatch.setattr(first_paint, "keep_startup_objects", lambda: None)
    window = MainWindow(Planner.open(path), with_workspace=False)
    qtbot.addWidget(window)
    window.cardsShown.connect(lambda: listed_when_painted.append(window.board.account_combo.count()))
    first_paint.FirstPaint(window, quit_now=True)
    window.show()
    qtbot.waitUntil(lambda: window.started, timeout=20_000)
    assert listed_when_painted == [1]  # "All accounts" only, while the cards were painted
    process = window.board.process
    assert process is not None and process.id is not None
    expected = {c.account for m in [window.planner.deals.board_cards(
        window.board._open.ids(s.id)) for s in process.stages] for c in m}
    combo = window.board.account_combo
    assert {combo.itemText(i) for i in range(1, combo.count())} >= expected and len(expected) > 1


def test_an_account_chosen_before_the_list_is_read_is_found(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "demo.planner"
    demo.build(path, deals=40).close()
    window = MainWindow(Planner.open(path), with_workspace=False)
    qtbot.addWidget(window)
    board = window.board
    board.load_cards(accounts_later=True)
    assert board.account_combo.count() == 1
    card = next(c for column in board.columns for c in column.model.cards)
    board.set_filter("", card.account_id)
    assert board.account_combo.currentData() == card.account_id
    assert board.counts()[1] >= 1 and all(c.account_id == card.account_id
                                          for column in board.columns for c in column.model.cards)
