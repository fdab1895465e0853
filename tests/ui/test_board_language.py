"""A change of language reaches the board in place: the same widgets show the new words,
and what the user was doing (the selected card, the filter, the scroll position, the chosen
process, an open notice) stays as it was."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QLineEdit, QWidget
from test_board import Pipeline, build

from searching import searched
from planner import i18n
from planner.services import Planner
from planner.ui.board import Board
from planner.ui.board.welcome import WelcomePanel

translate = QCoreApplication.translate


@pytest.fixture
def chinese() -> Iterator[None]:
    """zh_TW for the test; English again afterwards, whatever happens."""
    try:
        yield
    finally:
        i18n.install("en")
        QApplication.processEvents()


def switch(lang: i18n.Lang) -> None:
    i18n.install(lang)
    # Qt posts LanguageChange to the top-level widgets; the new texts' sizes then post
    # layout requests of their own, handled in a later turn of the event loop
    for _ in range(3):
        QApplication.processEvents()


def busy_board(qtbot, planner: Planner, p: Pipeline) -> Board:  # noqa: ANN001
    """A narrow board in use: a card selected, a filter typed, scrolled, the closed lane open
    and a refusal on show."""
    board = Board(planner)
    qtbot.addWidget(board)
    board.resize(560, 700)  # narrower than four columns: the columns scroll
    board.reload()
    board.show()
    board.set_show_closed(True)
    searched(board, "pilot")  # keeps "Scanner pilot" only
    assert board.select_deal(p.advanced, focus=False)
    board.show_refusal(p.advanced, board.columns[0].stage.id)  # type: ignore[arg-type]
    QApplication.processEvents()
    board.scroll.horizontalScrollBar().setValue(board.scroll.horizontalScrollBar().maximum())
    return board


def texts(root: QWidget) -> list[tuple[str, ...]]:
    """Every text a widget tree shows or says (labels, buttons, placeholders, tooltips,
    accessible names, combo items, actions), in the order the widgets were made."""
    out: list[tuple[str, ...]] = []
    for w in [root, *root.findChildren(QWidget)]:
        row = [type(w).__name__, w.toolTip(), w.accessibleName(), w.whatsThis()]
        if isinstance(w, QLabel | QAbstractButton):
            row.append(w.text())
        if isinstance(w, QLineEdit):
            row += [w.placeholderText(), w.text()]
        if isinstance(w, QComboBox):
            row += [w.itemText(i) for i in range(w.count())]
        row += [f"{a.text()}|{a.toolTip()}" for a in w.actions()]
        out.append(tuple(row))
    return out


def pixels(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def test_the_board_retranslates_in_place_and_keeps_what_the_user_was_doing(
        qtbot, planner: Planner, chinese, tmp_path: Path) -> None:  # noqa: ANN001
    p = build(planner)
    board = busy_board(qtbot, planner, p)
    search, columns, lane, action = board.search, list(board.columns), board.lane, board.show_closed_action
    english = {"placeholder": search.placeholderText(), "action": action.text(),
               "header": columns[2].header.toolTip(), "lane": lane.summary.text(),
               "notice": board.notice.text.text(), "summary": board.summary_text,
               "empty": columns[0].view.empty_text}
    scrolled = board.scroll.horizontalScrollBar().value()
    assert scrolled > 0
    pixels(board).save(str(tmp_path / "board-en.png"))

    switch("zh_TW")
    pixels(board).save(str(tmp_path / "board-zh_TW.png"))
    # the same widgets, in Chinese
    assert board.search is search and board.columns == columns and board.lane is lane
    assert search.placeholderText() == "搜尋商機、客戶、聯絡人、備註…"
    assert action.text() == "顯示已結案商機(&C)"
    assert board.closed_button.text() == "已結案"
    assert board.process_label.text() == "流程(&P)："
    assert board.account_combo.itemText(0) == "所有客戶"
    assert "贏率：30%" in columns[2].header.toolTip() and "贏率" in columns[2].header.accessibleName()
    assert "輸單" in lane.summary.text() and lane.title.text() != "Closed deals"
    assert "不能退回" in board.notice.text.text()
    assert board.summary_text.startswith("管道") and board.summary_text != english["summary"]
    assert columns[0].view.empty_text == "沒有符合的商機"
    # what the user was doing
    assert board.selected_deal() == p.advanced
    assert columns[2].view.currentIndex().isValid() and columns[2].view.selectionModel().hasSelection()
    assert search.text() == "pilot" and board.counts() == (2, 1, 0)  # the closed deal does not match
    assert board.scroll.horizontalScrollBar().value() == scrolled
    assert board.process is not None and board.process.id == p.process_id
    assert board.lane.isVisible() and action.isChecked()

    switch("en")
    now = {"placeholder": search.placeholderText(), "action": action.text(),
           "header": columns[2].header.toolTip(), "lane": lane.summary.text(),
           "notice": board.notice.text.text(), "summary": board.summary_text,
           "empty": columns[0].view.empty_text}
    assert now == english


def test_a_retranslated_board_says_and_paints_what_a_board_built_in_that_language_does(
        qtbot, planner: Planner, chinese) -> None:  # noqa: ANN001
    """Any text the board writes once and forgets to write again shows up here: the board
    switched to Chinese and one made in Chinese must read and look the same."""
    p = build(planner)
    switched = busy_board(qtbot, planner, p)
    switch("zh_TW")
    fresh = busy_board(qtbot, planner, p)
    assert texts(switched) == texts(fresh)
    assert (switched.summary_text, switched.summary_tip) == (fresh.summary_text, fresh.summary_tip)
    for a, b in zip(switched.columns, fresh.columns, strict=True):
        assert pixels(a.header) == pixels(b.header)  # the painted name, count, totals, win rate
        assert pixels(a.view.viewport()) == pixels(b.view.viewport())  # the painted cards
    assert pixels(switched.lane) == pixels(fresh.lane)


def test_the_welcome_panel_retranslates_in_place(qtbot, chinese) -> None:  # noqa: ANN001
    panel = WelcomePanel()
    qtbot.addWidget(panel)
    panel.show()
    button = panel.tailor_button
    switch("zh_TW")
    assert panel.tailor_button is button
    assert texts(panel) == texts(_fresh_panel(qtbot))
    assert panel.title.text() == translate("Welcome", "Welcome to Deal Planner") != "Welcome to Deal Planner"
    switch("en")
    assert panel.title.text() == "Welcome to Deal Planner"


def _fresh_panel(qtbot) -> WelcomePanel:  # noqa: ANN001
    panel = WelcomePanel()
    qtbot.addWidget(panel)
    return panel
