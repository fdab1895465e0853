"""The board at a glance: every stage of a long process in one window, the deal panel only
while a deal is chosen, columns folded to a strip, a deal added from the first column's header,
and a file with more cards than the screen holds."""

from __future__ import annotations

from datetime import timedelta

import pytest
from builders import confirm_current, days_ago, simple_process
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QListView

from planner import local_settings
from planner.domain.model import Account, Deal
from planner.services import Planner
from planner.ui.board import Board
from planner.ui.board.column import MIN_WIDTH, StageColumn
from planner.ui.board.header import STRIP
from planner.ui.board.model import CardRole
from planner.ui.main_window import MainWindow


def eight_stages(planner: Planner, per_stage: int = 1) -> tuple[int, list[int]]:
    """An eight-stage process (the reference's length) with deals in each stage."""
    pid = planner.processes.create(simple_process(8))
    acme = planner.accounts.create(Account(name="Acme Machinery"))
    deals = []
    for stage in range(8):
        for n in range(per_stage):
            deal = planner.deals.create(Deal(acme, pid, f"Deal {stage + 1}.{n + 1}", value=100_000 * (stage + 1),
                                             currency="TWD", expected_close=days_ago(-30 * (n + 1))))
            for step in range(stage):
                confirm_current(planner, deal, on=days_ago(20 - step))
            deals.append(deal)
    return pid, deals


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


@pytest.fixture
def full_window(qtbot, planner: Planner) -> MainWindow:  # noqa: ANN001
    """The window with its deal panel, on an eight-stage process."""
    eight_stages(planner)
    window = MainWindow(planner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.workspace is not None and window.started)
    return window


def click_card(qtbot, view: QListView, row: int = 0) -> int:  # noqa: ANN001
    index = view.model().index(row, 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    return int(index.data(CardRole.DEAL_ID))


# ------------------------------------------------------------------ width
@pytest.mark.parametrize("width", [1440, 1280])
def test_all_eight_stages_fit_the_window_with_the_panel_closed(full_window: MainWindow, width: int) -> None:
    window = full_window
    window.resize(width, 900)
    settle()
    assert not window.dock.isVisible()  # nothing selected: the panel takes no room
    board = window.board
    assert len(board.columns) == 8
    assert board.scroll.horizontalScrollBar().maximum() == 0  # nothing to scroll to
    viewport = board.scroll.viewport().rect()
    for column in board.columns:
        shown = column.geometry().translated(-board.scroll.horizontalScrollBar().value(), 0)
        assert viewport.contains(shown), column.stage.name
        assert column.width() >= MIN_WIDTH
    # a narrow card stacks its lines: the amount and the close date both show, on lines of their own
    view = board.columns[1].view
    assert board.delegate.narrow(view.viewport().width())
    assert view.visualRect(view.model().index(0, 0)).height() == board.delegate.card_height(view.font(), True)


def test_a_wide_column_keeps_the_compact_card(qtbot, planner: Planner) -> None:  # noqa: ANN001
    pid = planner.processes.create(simple_process(2))
    acme = planner.accounts.create(Account("Acme"))
    planner.deals.create(Deal(acme, pid, "Kiosk", value=5_000))
    board = Board(planner)
    qtbot.addWidget(board)
    board.resize(900, 600)
    board.reload()
    board.show()
    settle()
    view = board.columns[0].view
    assert not board.delegate.narrow(view.viewport().width())
    assert view.visualRect(view.model().index(0, 0)).height() == board.delegate.card_height(view.font(), False)


# ------------------------------------------------------------------ the panel
def test_the_panel_opens_on_a_click_and_takes_no_room_otherwise(full_window: MainWindow, qtbot) -> None:  # noqa: ANN001
    window, board = full_window, full_window.board
    window.resize(1440, 900)
    settle()
    assert not window.dock.isVisible()
    view = board.columns[0].view
    deal = click_card(qtbot, view)
    assert board.selected_deal() == deal and window.dock.isVisible()
    assert window.workspace is not None and window.workspace.deal_id() == deal
    window.dock.close()  # put away by hand: the arrows do not bring it back
    settle()
    board.columns[1].view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert board.selected_deal() != deal and not window.dock.isVisible()
    other = click_card(qtbot, board.columns[2].view)  # one click does
    assert window.dock.isVisible() and window.workspace.deal_id() == other
    qtbot.keyClick(board.columns[2].view, Qt.Key.Key_Escape)  # let go: nothing selected, no panel
    assert board.selected_deal() == 0 and not window.dock.isVisible()
    assert not window.actions_by_name["open_deal"].isEnabled()


# ------------------------------------------------------------------ folding
def test_a_column_folds_to_a_strip_and_is_remembered(qtbot, planner: Planner) -> None:  # noqa: ANN001
    pid, deals = eight_stages(planner)
    board = Board(planner)
    qtbot.addWidget(board)
    board.resize(1440, 800)
    board.reload(pid)
    board.show()
    settle()
    column = board.columns[3]
    column.header.fold_button.click()
    settle()
    assert column.folded and column.width() == STRIP and not column.view.isVisible()
    assert local_settings.folded_stages(planner.path, pid) == {column.stage.id}
    # the View menu's check per stage says the same, and folds from the keyboard
    board.folds.menu.aboutToShow.emit()
    checks = [a for a in board.folds.menu.actions() if a.isCheckable()]
    assert [a.isChecked() for a in checks] == [i == 3 for i in range(8)]
    checks[5].trigger()
    assert board.columns[5].folded
    # arrows walk past a folded column
    assert board.select_deal(deals[2])
    qtbot.keyClick(board.columns[2].view, Qt.Key.Key_Right)
    assert board.selected_deal() == deals[4]
    # remembered: a board made again folds them again
    again = Board(planner)
    qtbot.addWidget(again)
    again.reload(pid)
    assert [c.folded for c in again.columns] == [i in (3, 5) for i in range(8)]
    # a deal shown in a folded column unfolds it
    assert again.select_deal(deals[3])
    assert not again.columns[3].folded
    # a click on the strip unfolds it too
    strip = again.columns[5].header
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(strip.width() // 2, strip.height() // 2))
    assert not again.columns[5].folded
    assert local_settings.folded_stages(planner.path, pid) == set()


def test_a_folded_strip_says_its_stage_and_count(qtbot, planner: Planner) -> None:  # noqa: ANN001
    pid, _deals = eight_stages(planner, per_stage=2)
    board = Board(planner)
    qtbot.addWidget(board)
    board.resize(1440, 800)
    board.reload(pid)
    board.show()
    column: StageColumn = board.columns[0]
    column.set_folded(True)
    settle()
    assert column.header.totals.deals == 2
    image = column.header.grab().toImage()
    assert image.width() <= STRIP
    assert "Unfold" in column.header.fold_button.toolTip() and column.stage.name in column.header.toolTip()


# ------------------------------------------------------------------ quick add
def test_quick_add_puts_a_deal_in_the_first_stage_in_a_few_keys(full_window: MainWindow, planner: Planner,
                                                                  qtbot) -> None:  # noqa: ANN001
    window, board = full_window, full_window.board
    action = window.actions_by_name["quick_add"]
    assert action in window.deal_menu.actions() and action.shortcut().toString() == "Ins"
    board.columns[2].view.setFocus()
    qtbot.keyClick(board.columns[2].view, Qt.Key.Key_Insert)  # the board's key
    form = board._quick
    assert form is not None and form.isVisible() and form.title.hasFocus()
    assert board.columns[0].form is form
    qtbot.keyClicks(form.title, "Kiosk rollout")
    qtbot.keyClick(form.title, Qt.Key.Key_Return)  # on to the account
    assert form.account.hasFocus()
    qtbot.keyClicks(form.account.lineEdit(), "Zeta Trading")
    assert "Zeta Trading" in form.hint.text() and form.hint.isVisible()  # a new account will be made
    before = {a.name for a in planner.accounts.all()}
    qtbot.keyClick(form.account.lineEdit(), Qt.Key.Key_Return)
    assert not form.isVisible()
    created = next(c for c in board.columns[0].model.cards if c.title == "Kiosk rollout")
    deal = planner.deals.get(created.deal_id)
    assert deal.stage_id == board.columns[0].stage.id and deal.value == 0
    assert deal.currency == planner.rates.home("en")
    assert {a.name for a in planner.accounts.all()} == before | {"Zeta Trading"}
    assert board.selected_deal() == created.deal_id and window.dock.isVisible()
    # an account typed by its name (any case) is that account, not a second one
    board.quick_add_action.trigger()
    qtbot.keyClicks(form.title, "Second kiosk")
    form.account.setEditText("acme machinery")
    assert not form.hint.isVisible()
    form.add_button.click()
    second = next(c for c in board.columns[0].model.cards if c.title == "Second kiosk")
    assert second.account == "Acme Machinery" and len(planner.accounts.all()) == len(before) + 1
    # Esc puts the form away; nothing is written
    board.quick_add_action.trigger()
    qtbot.keyClicks(form.title, "Not this one")
    qtbot.keyClick(form.title, Qt.Key.Key_Escape)
    assert not form.isVisible() and not any(c.title == "Not this one" for c in board.columns[0].model.cards)


def test_quick_add_asks_for_a_title_and_is_off_while_read_only(qtbot, planner: Planner) -> None:  # noqa: ANN001
    pid, _deals = eight_stages(planner)
    board = Board(planner)
    qtbot.addWidget(board)
    board.reload(pid)
    board.show()
    assert board.columns[0].header.add_button.isVisibleTo(board)
    assert not board.columns[1].header.add_button.isVisibleTo(board)
    board.quick_add()
    form = board._quick
    assert form is not None
    form.submit()
    assert form.error.text() == "Give the deal a title." and form.isVisible()
    board.set_read_only(True)
    assert not board.quick_add_action.isEnabled() and not form.isVisible()
    assert not board.columns[0].header.add_button.isVisibleTo(board)


# ------------------------------------------------------------------ many cards
def test_a_column_with_more_cards_than_the_screen_holds(qtbot, planner: Planner) -> None:  # noqa: ANN001
    pid = planner.processes.create(simple_process(8))
    acme = planner.accounts.create(Account("Acme"))
    today = days_ago(0)
    ids = [planner.deals.create(Deal(acme, pid, f"Deal {n:02}", value=1_000 * n,
                                     expected_close=today + timedelta(days=n)))
           for n in range(1, 61)]
    board = Board(planner)
    qtbot.addWidget(board)
    board.resize(1280, 800)
    board.reload(pid)
    board.show()
    settle()
    view = board.columns[0].view
    assert view.model().rowCount() < 60  # the first page read; the rest as it scrolls
    assert board.columns[0].model.total == 60
    assert view.verticalScrollBar().maximum() > 0  # the column scrolls, the board does not
    assert board.scroll.horizontalScrollBar().maximum() == 0
    assert board.select_deal(ids[-1])
    settle()
    rect = view.visualRect(view.currentIndex())
    assert view.viewport().rect().contains(rect)  # scrolled to the last card
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert board.selected_deal() == ids[0]
    for _ in range(59):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert board.selected_deal() == ids[-1]
    assert board.columns[0].header.totals.deals == 60
    board.set_listing(True)
    assert board.list_view.model().rowCount() == 60
    assert board.list_view.currentIndex().data(CardRole.DEAL_ID) == ids[-1]
