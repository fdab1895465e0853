"""The board's list with more deals than the screen holds: every deal has its row, but only
the cards of the rows in view are read, a page at a time, and a few pages kept; scrolling,
the keyboard, a deep deal selected, a search, a new order, the context menu, a double click
and an edit behave as they did when the list held every card; a hidden list reads nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from types import SimpleNamespace

import pytest
from builders import confirm_current, simple_process
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from searching import searched

from planner.domain.model import Account, Deal, DealStatus, Outcome
from planner.services import Planner
from planner.ui.board import Board, list_view
from planner.ui.board.list_view import PAGE, Column, DealListView
from planner.ui.board.model import CardRole

DEALS = 300


@dataclass
class Many:
    pid: int
    ids: list[int]  # in the order they were made: "Deal 001" first
    closed: set[int]


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def build(planner: Planner) -> Many:
    """300 deals: "Deal 001" to "Deal 300", closing one day apart from 19 days ago (every tenth
    undated), every seventh a stage further on, every fiftieth lost."""
    pid = planner.processes.create(simple_process(4))
    accounts = [planner.accounts.create(Account(name)) for name in ("Acme Machinery", "Beta Logistics")]
    today = date.today()
    ids, closed = [], set()
    for n in range(1, DEALS + 1):
        close = None if n % 10 == 0 else today + timedelta(days=n - 20)
        deal = planner.deals.create(Deal(accounts[n % 2], pid, f"Deal {n:03}", value=1_000.0 * (n % 37),
                                         expected_close=close))
        if n % 7 == 0:
            confirm_current(planner, deal, on=today - timedelta(days=n % 30))
        if n % 50 == 0:
            confirm_current(planner, deal, Outcome.AGAINST, on=today)
            closed.add(deal)
        ids.append(deal)
    return Many(pid, ids, closed)


@pytest.fixture
def many(qtbot, planner: Planner) -> tuple[Board, Many]:  # noqa: ANN001
    deals = build(planner)
    board = Board(planner)
    qtbot.addWidget(board)
    board.resize(1280, 760)
    board.reload(deals.pid)
    board.show()
    board.set_listing(True)
    settle()
    return board, deals


def rows(view: DealListView) -> list[int]:
    model = view.model()
    return [model.index(r, 0).data(CardRole.DEAL_ID) for r in range(model.rowCount())]


def by_close(planner: Planner, ids: list[int]) -> list[int]:
    """The list's first order: soonest expected close first, undated last, then by id."""
    deals = {d: planner.deals.get(d) for d in ids}
    return sorted(ids, key=lambda d: (deals[d].expected_close is None, deals[d].expected_close or date.max, d))


def visible(view: DealListView, row: int) -> bool:
    rect = view.visualRect(view.model().index(row, 0))
    return view.viewport().rect().intersects(rect) and rect.top() >= 0 and rect.bottom() <= view.viewport().height()


def click_heading(view: DealListView, column: Column) -> None:
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


# ------------------------------------------------------------------ rows and pages
def test_every_deal_has_its_row_and_only_the_rows_in_view_are_read(many, planner: Planner) -> None:  # noqa: ANN001
    board, d = many
    view = board.list_view
    table = view.filter.table
    open_ids = [i for i in d.ids if i not in d.closed]
    assert rows(view) == by_close(planner, open_ids)  # every open deal, in the first order
    assert view.verticalScrollBar().maximum() > 0  # more rows than the screen holds
    assert 0 < table.held <= 2 * PAGE  # the cards of the rows in view, not of all 294
    first = view.model().index(0, Column.TITLE).data()
    assert first == planner.deals.get(rows(view)[0]).title
    tip = view.model().index(3, Column.VALUE).data(Qt.ItemDataRole.ToolTipRole)
    assert planner.deals.get(rows(view)[3]).title in tip and "Expected close" in tip  # as its card tells it
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    settle()
    last = view.model().rowCount() - 1
    assert visible(view, last)
    assert view.model().index(last, Column.TITLE).data() == planner.deals.get(rows(view)[last]).title
    assert table.held <= 4 * PAGE  # the first page and the last ones, not those in between


def test_a_few_pages_are_kept_however_far_the_list_scrolls(many, planner: Planner,  # noqa: ANN001
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    board, _d = many
    monkeypatch.setattr(list_view, "KEPT_PAGES", 2)
    view = board.list_view
    table = view.filter.table
    bar = view.verticalScrollBar()
    for value in range(0, bar.maximum() + 1, max(1, bar.pageStep())):
        bar.setValue(value)
        settle()
        assert table.held <= 2 * PAGE
    bar.setValue(0)  # back at the top: its page read again, the same titles
    settle()
    titles = [view.model().index(r, Column.TITLE).data() for r in range(5)]
    assert titles == [planner.deals.get(deal).title for deal in rows(view)[:5]]


# ------------------------------------------------------------------ the keyboard
def test_the_keyboard_walks_the_whole_list(many, qtbot) -> None:  # noqa: ANN001
    board, _d = many
    view = board.list_view
    order = rows(view)
    activated: list[int] = []
    board.dealActivated.connect(activated.append)
    view.setFocus()
    view.selectRow(0)
    assert board.selected_deal() == order[0]
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert board.selected_deal() == order[1]
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    paged = view.currentIndex().row()
    assert paged > 5 and board.selected_deal() == order[paged]
    qtbot.keyClick(view, Qt.Key.Key_End)  # a table's End: the row's last column, the same deal
    assert view.currentIndex().row() == paged and board.selected_deal() == order[paged]
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # the last row
    assert view.currentIndex().row() == len(order) - 1 and board.selected_deal() == order[-1]
    settle()
    assert visible(view, len(order) - 1)
    assert view.model().index(len(order) - 1, Column.TITLE).data()  # its card read on arriving
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert board.selected_deal() == order[-2]
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert activated == [order[-2]]
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert board.selected_deal() == order[0] and view.currentIndex().row() == 0


def test_a_deep_deal_selected_from_outside_is_scrolled_to(many) -> None:  # noqa: ANN001
    board, d = many
    view = board.list_view
    deep = rows(view)[250]
    assert board.select_deal(deep)
    settle()
    assert view.currentIndex().row() == 250 and view.currentIndex().data(CardRole.DEAL_ID) == deep
    assert visible(view, 250)
    assert view.model().index(250, Column.TITLE).data() == f"Deal {d.ids.index(deep) + 1:03}"
    # back to the columns and again to the list: the deal stays selected in both
    board.set_listing(False)
    assert board.selected_deal() == deep
    board.set_listing(True)
    assert view.currentIndex().data(CardRole.DEAL_ID) == deep


# ------------------------------------------------------------------ search and order
def test_a_search_narrows_the_list_and_keeps_the_selected_deal(many, qtbot) -> None:  # noqa: ANN001
    board, d = many
    view = board.list_view
    chosen = d.ids[254]  # "Deal 255"
    assert board.select_deal(chosen)
    searched(board, "deal 25")
    expected = {deal for n, deal in enumerate(d.ids, 1) if "25" in f"{n:03}" and deal not in d.closed}
    assert set(rows(view)) == expected and view.model().rowCount() == board.counts()[1]
    assert board.selected_deal() == chosen and view.currentIndex().data(CardRole.DEAL_ID) == chosen
    titles = {view.model().index(r, Column.TITLE).data() for r in range(view.model().rowCount())}
    assert all("25" in t for t in titles)
    searched(board, "deal 25 kiosk")  # nothing matches: the deal stays the selected one
    assert view.model().rowCount() == 0 and board.selected_deal() == chosen
    searched(board, "")
    assert view.model().rowCount() == len(d.ids) - len(d.closed)
    assert board.selected_deal() == chosen and view.currentIndex().data(CardRole.DEAL_ID) == chosen


def test_a_click_on_a_heading_sorts_and_keeps_the_selected_deal(many, planner: Planner) -> None:  # noqa: ANN001
    board, d = many
    view = board.list_view
    chosen = d.ids[123]
    assert board.select_deal(chosen)
    click_heading(view, Column.VALUE)
    values = {deal: planner.deals.get(deal).value for deal in rows(view)}
    assert rows(view) == sorted(values, key=lambda deal: (values[deal], deal))
    assert board.selected_deal() == chosen and view.currentIndex().data(CardRole.DEAL_ID) == chosen
    click_heading(view, Column.VALUE)  # again: the other way round, equal values still by id
    assert view.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert rows(view) == sorted(values, key=lambda deal: (-values[deal], deal))
    assert view.currentIndex().data(CardRole.DEAL_ID) == chosen
    click_heading(view, Column.TITLE)
    assert rows(view) == sorted(values, key=lambda deal: d.ids.index(deal))  # "Deal 001", "Deal 002"…
    assert view.model().index(0, Column.TITLE).data() == "Deal 001"
    assert board.selected_deal() == chosen and view.currentIndex().data(CardRole.DEAL_ID) == chosen


# ------------------------------------------------------------------ menu, double click, edits
def test_the_menu_and_a_double_click_act_on_a_deep_row(many, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    board, _d = many
    view = board.list_view
    deep = rows(view)[200]
    activated: list[int] = []
    board.dealActivated.connect(activated.append)
    shown: list[list[str]] = []

    made = board.deal_list.menu

    def answered(deal: int) -> SimpleNamespace:
        """The deal's menu as the list asks for it, answered with its first action at once."""
        menu: QMenu = made(deal)
        shown.append([a.text() for a in menu.actions()])
        menu.actions()[0].trigger()  # "Open Deal"
        return SimpleNamespace(exec=lambda *_args: None)

    monkeypatch.setattr(board.deal_list, "menu", answered)
    view.scrollTo(view.model().index(200, 0))
    settle()
    centre = view.visualRect(view.model().index(200, Column.TITLE)).center()
    view.customContextMenuRequested.emit(centre)
    assert shown and shown[0][0] == "&Open Deal" and activated == [deep]
    assert board.selected_deal() == deep
    other = view.visualRect(view.model().index(201, Column.ACCOUNT)).center()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=other)  # a double click's first press
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=other)
    assert activated == [deep, rows(view)[201]]


def test_edits_reach_rows_the_list_has_not_read(many, planner: Planner) -> None:  # noqa: ANN001
    board, d = many
    view = board.list_view
    order = rows(view)
    kept, renamed, closing = order[3], order[260], order[270]
    assert board.select_deal(kept)
    planner.deals.update(renamed, title="Renamed far down")
    board.refresh_deal(renamed)
    assert view.model().index(260, Column.TITLE).data() == "Renamed far down"
    planner.deals.abandon(closing, "No budget")
    board.refresh_deal(closing)
    assert closing not in rows(view) and view.model().rowCount() == len(order) - 1
    assert board.selected_deal() == kept and view.currentIndex().data(CardRole.DEAL_ID) == kept
    board.show_closed_action.trigger()  # the closed deals listed too, the abandoned one with them
    assert closing in rows(view) and view.model().rowCount() == len(order) - 1 + len(d.closed) + 1
    row = rows(view).index(closing)
    assert view.model().index(row, Column.STATUS).data() == "Abandoned"
    assert board.selected_deal() == kept and view.currentIndex().data(CardRole.DEAL_ID) == kept


# ------------------------------------------------------------------ what is read, and when
def test_the_list_reads_once_per_change_and_nothing_while_hidden(many, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    board, d = many
    asked: list[object] = []
    store_class = type(board.planner.deals.store)
    read = store_class.list_ids

    def counted(store: object, *args: object, **kwargs: object) -> list[int]:
        asked.append(args)  # in the window's thread, or in a search's (every connection's store)
        return read(store, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(store_class, "list_ids", counted)
    for text in ("d", "de", "dea"):
        searched(board, text)
    assert len(asked) == 3  # one query per keystroke
    click_heading(board.list_view, Column.STAGE)
    assert len(asked) == 4
    board.set_listing(False)
    for text in ("deal", "deal 1", ""):
        searched(board, text)
    board.bar.filters.overdue.trigger()
    assert len(asked) == 4  # hidden: nothing read
    board.set_listing(True)
    assert len(asked) == 5  # shown again: read once, under the board's query now
    assert set(rows(board.list_view)) == {deal for deal in d.ids if deal not in d.closed
                                          and (board.planner.deals.get(deal).expected_close or date.max)
                                          < date.today()}
    assert all(board.planner.deals.get(deal).status == DealStatus.OPEN for deal in rows(board.list_view))



def test_the_hidden_columns_read_nothing_while_the_list_shows(many) -> None:  # noqa: ANN001
    """While the list shows, a search, a filter or closed deals shown read no card for the
    hidden columns nor the closed lane; the columns show the query's cards when they come back."""
    board, d = many
    held = [list(c.model.cards) for c in board.columns]
    resets: list[int] = []
    for column in board.columns:
        column.model.modelReset.connect(lambda: resets.append(1))
    for text in ("d", "de", "deal 1"):
        searched(board, text)
    board.set_show_closed(True)
    assert [list(c.model.cards) for c in board.columns] == held and not resets  # untouched
    assert not board.lane_model.cards  # the lane is hidden too: not read
    assert all("1" in board.list_view.model().index(r, Column.TITLE).data()
               for r in range(board.list_view.model().rowCount()))
    board.set_listing(False)
    settle()
    shown = [card for c in board.columns for card in c.model.cards]
    assert shown and all("1" in card.title for card in shown)  # the search that was typed
    assert board.lane_model.cards  # shown with the columns: read now
    assert all("1" in card.title and card.deal_id in d.closed for card in board.lane_model.cards)


def test_a_search_typed_in_the_list_reads_its_rows_beside(many, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    """A keystroke with the list open: the list's rows are read in the search's thread with
    the columns' scan, not in the window's; a new order chosen meanwhile is read here, in it."""
    import threading

    board, d = many
    read_here: list[object] = []
    read = board.planner.deals.store.list_ids

    def where(*args: object, **kwargs: object) -> list[int]:
        if threading.current_thread() is threading.main_thread():
            read_here.append(args)
        return read(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(type(board.planner.deals.store), "list_ids",
                        lambda store, *a, **k: where(*a, **k) if store is board.planner.deals.store
                        else read.__func__(store, *a, **k))  # type: ignore[attr-defined]
    searched(board, "deal 2")
    assert read_here == []
    expected = {deal for n, deal in enumerate(d.ids, 1) if "2" in f"{n:03}" and deal not in d.closed}
    assert set(rows(board.list_view)) == expected
    assert rows(board.list_view) == by_close(board.planner, list(expected))  # in the list's order
    click_heading(board.list_view, Column.TITLE)  # a new order: read here, at once
    assert len(read_here) == 1
    assert rows(board.list_view) == sorted(expected, key=lambda deal: board.planner.deals.get(deal).title.casefold())
