"""What the board shows and in which order: the quick filters beside the search, archived
deals on asking, the sort order, the list of the same deals, the selection through a search,
the status bar's counts, and account names in the filter."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from builders import confirm_current, days_ago, simple_process
from searching import searched
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from planner import local_settings
from planner.domain.model import Account, Deal, Outcome
from planner.services import Planner
from planner.ui.board import Board
from planner.ui.board.list_view import Column
from planner.ui.board.model import CardRole
from planner.ui.board.query import Closing, SortOrder, period
from planner.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Deals:
    pid: int
    overdue: int  # expected close passed
    stalled: int  # a milestone 40 days ago, in stage 2
    this_month: int  # closing today
    this_quarter: int  # closing this quarter, another month where the quarter has one
    big: int  # 5,000,000
    small: int  # 500, created last
    lost: int
    acme: int


def other_month_of_quarter(today: date) -> date:
    start, end = period(Closing.QUARTER, today)  # type: ignore[misc]
    return end if end.month != today.month else start


def build(planner: Planner) -> Deals:
    pid = planner.processes.create(simple_process(4))
    acme = planner.accounts.create(Account("Acme Machinery"))
    beta = planner.accounts.create(Account("Beta Logistics"))
    today = date.today()

    def deal(title: str, account: int = acme, **fields: object) -> int:
        return planner.deals.create(Deal(account, pid, title, **fields))  # type: ignore[arg-type]

    overdue = deal("Overdue kiosk", value=20_000, expected_close=days_ago(3))
    stalled = deal("Stalled scanner", beta, value=30_000, expected_close=today + timedelta(days=400))
    confirm_current(planner, stalled, on=days_ago(40))
    this_month = deal("Month deal", value=40_000, expected_close=today)
    this_quarter = deal("Quarter deal", beta, value=60_000, expected_close=other_month_of_quarter(today))
    big = deal("Big line", value=5_000_000, expected_close=today + timedelta(days=500))
    lost = deal("Lost fleet", beta, value=70_000)
    confirm_current(planner, lost, outcome=Outcome.AGAINST, on=days_ago(1))
    small = deal("Apple small", value=500)
    return Deals(pid, overdue, stalled, this_month, this_quarter, big, small, lost, acme)


@pytest.fixture
def board(qtbot, planner: Planner) -> tuple[Board, Deals]:  # noqa: ANN001
    deals = build(planner)
    widget = Board(planner)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.reload(deals.pid)
    widget.show()
    return widget, deals


def shown(board: Board) -> set[int]:
    return {c.deal_id for column in board.columns for c in column.proxy.visible_cards()}


def overdue(board: Board) -> set[int]:
    """The open deals whose expected close has passed (the quarter's other month may have)."""
    today = date.today()
    return {c.deal_id for column in board.columns for c in column.model.cards
            if c.expected_close is not None and c.expected_close < today}


def order(board: Board, column: int = 0) -> list[int]:
    view = board.columns[column].view
    return [view.model().index(r, 0).data(CardRole.DEAL_ID) for r in range(view.model().rowCount())]


# ------------------------------------------------------------------ quick filters
def test_quick_filters_narrow_every_column(board) -> None:  # noqa: ANN001
    widget, d = board
    filters = widget.bar.filters
    everything = shown(widget)
    assert {d.overdue, d.stalled, d.big, d.small} <= everything and d.lost not in everything
    filters.overdue.trigger()
    past = overdue(widget)
    assert d.overdue in past and shown(widget) == past
    assert widget.columns[0].header.filtered and widget.counts()[:2] == (6, len(past))
    assert widget.bar.filters_button.text().replace("&", "") == "Filters (1)"
    filters.overdue.trigger()
    filters.stalled.trigger()
    assert shown(widget) == {d.stalled}
    filters.stalled.trigger()
    filters.month.trigger()
    assert shown(widget) == {d.this_month}
    filters.quarter.trigger()  # the other choice of the pair: only one at a time
    assert not filters.month.isChecked()
    assert shown(widget) >= {d.this_month, d.this_quarter} and d.big not in shown(widget)
    filters.quarter.trigger()  # off again: both may be off
    assert filters.closing_choice() == Closing.ANY and shown(widget) == everything
    filters.set_value_range(1_000, 100_000)
    assert shown(widget) == {d.overdue, d.stalled, d.this_month, d.this_quarter}
    assert "Value" in filters.value.text() and filters.value.isChecked()
    filters.set_value_range(1_000_000, None)
    assert shown(widget) == {d.big}
    filters.overdue.trigger()  # with the range: none is both
    assert shown(widget) == set()
    assert widget.columns[0].view.empty_text == "No matching deals"
    assert filters.count() == 2
    filters.clear.trigger()
    assert shown(widget) == everything and filters.count() == 0 and not filters.clear.isEnabled()


def test_the_value_range_is_asked_in_a_small_dialog(board, qtbot) -> None:  # noqa: ANN001
    widget, d = board
    filters = widget.bar.filters
    filters.value.trigger()
    dialog = filters.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.low.value() == 0 and dialog.low.text() == "Any"
    dialog.low.setValue(50_000)
    dialog.high.setValue(20_000)  # the wrong way round: taken as 20,000 to 50,000
    dialog.accept()
    assert (filters.value_min, filters.value_max) == (20_000, 50_000)
    assert shown(widget) == {d.overdue, d.stalled, d.this_month}  # both ends included
    filters.value.trigger()
    filters.dialog._any_value()  # the dialog's "Any Value"
    filters.dialog.accept()
    assert not filters.value.isChecked() and (filters.value_min, filters.value_max) == (None, None)


def test_archived_deals_are_reachable(board, planner: Planner) -> None:  # noqa: ANN001
    widget, d = board
    planner.deals.archive(d.big)
    widget.refresh_deal(d.big)
    assert d.big not in shown(widget) and widget.counts()[0] == 5
    widget.show_archived_action.trigger()
    assert d.big in shown(widget) and widget.counts()[0] == 6
    card = widget.card_of(d.big)
    assert card is not None and card.archived
    assert local_settings.show_archived()
    assert widget.select_deal(d.big)
    widget.show_archived_action.trigger()
    assert d.big not in shown(widget)
    assert widget.selected_deal() == d.big  # still the chosen one, though hidden: the panel keeps it
    assert widget.reveal(d.big) and widget.show_archived_action.isChecked()


# ------------------------------------------------------------------ sort order
def test_the_order_within_columns_is_a_choice_and_is_remembered(board, qtbot) -> None:  # noqa: ANN001
    widget, d = board
    first = order(widget)
    dates = [widget.card_of(i).expected_close for i in first]  # type: ignore[union-attr]
    assert dates == sorted(dates, key=lambda x: (x is None, x or date.max))  # soonest first, undated last
    assert first[-1] == d.small
    widget.bar.sort.actions[SortOrder.VALUE].trigger()
    assert order(widget) == sorted(first, key=lambda i: -widget.card_of(i).value)  # type: ignore[union-attr]
    assert widget.bar.sort_button.text().replace("&", "") == "Sort: By value"
    assert local_settings.sort_order() == "value"
    widget.bar.sort.actions[SortOrder.TITLE].trigger()
    assert order(widget)[0] == d.small  # "Apple small"
    widget.bar.sort.actions[SortOrder.NEWEST].trigger()
    assert order(widget) == sorted(first, reverse=True)
    widget.bar.sort.actions[SortOrder.IN_STAGE].trigger()
    assert order(widget, 1) == [d.stalled]
    # the selection stays with its deal through a new order
    assert widget.select_deal(d.big)
    widget.bar.sort.actions[SortOrder.VALUE].trigger()
    assert widget.selected_deal() == d.big
    assert widget.columns[0].view.currentIndex().data(CardRole.DEAL_ID) == d.big
    again = Board(widget.planner)
    qtbot.addWidget(again)
    again.reload(d.pid)
    assert again.bar.sort.order() == SortOrder.VALUE and order(again) == order(widget)


# ------------------------------------------------------------------ the selection through a search
def test_a_search_that_hides_the_selected_deal_does_not_move_the_selection(board, qtbot) -> None:  # noqa: ANN001
    widget, d = board
    said: list[int] = []
    widget.dealSelected.connect(said.append)
    assert widget.select_deal(d.this_month)
    assert said == [d.this_month]
    qtbot.keyClicks(widget.search, "kiosk")  # only "Overdue kiosk" matches, in the same column
    searched(widget)
    assert order(widget) == [d.overdue]
    assert widget.selected_deal() == d.this_month and said == [d.this_month]  # no jump to the kiosk
    assert not widget.columns[0].view.selectionModel().hasSelection()
    widget.search.clear()
    searched(widget)
    assert widget.selected_deal() == d.this_month and said == [d.this_month]
    assert widget.columns[0].view.currentIndex().data(CardRole.DEAL_ID) == d.this_month


# ------------------------------------------------------------------ the list
def test_the_list_shows_the_same_deals_through_the_same_filter(board, qtbot) -> None:  # noqa: ANN001
    widget, d = board
    activated: list[int] = []
    widget.dealActivated.connect(activated.append)
    widget.list_action.trigger()
    assert widget.listing and local_settings.board_layout() == "list"
    table = widget.list_view
    ids = {table.model().index(r, 0).data(CardRole.DEAL_ID) for r in range(table.model().rowCount())}
    assert ids == shown(widget)  # the open deals, as the columns have them
    widget.show_closed_action.trigger()
    assert table.model().rowCount() == len(ids) + 1  # and the closed one, while they are shown
    widget.bar.filters.overdue.trigger()
    assert table.model().rowCount() == len(overdue(widget))
    widget.bar.filters.clear.trigger()
    table.sortByColumn(Column.VALUE, Qt.SortOrder.DescendingOrder)
    assert table.model().index(0, Column.TITLE).data() == "Big line"
    assert table.model().index(0, Column.VALUE).data() == "NT$5,000,000"
    table.sortByColumn(Column.TITLE, Qt.SortOrder.AscendingOrder)
    assert table.model().index(0, Column.TITLE).data() == "Apple small"
    assert table.model().index(0, Column.STAGE).data() == "Stage 1"
    # choosing a row chooses the deal; Enter opens it
    table.setFocus()
    table.selectRow(0)
    assert widget.selected_deal() == d.small
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert activated == [d.small]
    # back to the board: the same deal selected there
    widget.board_action.trigger()
    assert not widget.listing and widget.columns[0].view.currentIndex().data(CardRole.DEAL_ID) == d.small
    assert local_settings.board_layout() == "board"


def test_the_list_follows_edits_and_is_remembered(board, planner: Planner, qtbot) -> None:  # noqa: ANN001
    widget, d = board
    widget.set_listing(True)
    table = widget.list_view
    planner.deals.update(d.big, title="Bigger line")
    widget.refresh_deal(d.big)
    titles = {table.model().index(r, Column.TITLE).data() for r in range(table.model().rowCount())}
    assert "Bigger line" in titles and "Big line" not in titles
    again = Board(planner)
    qtbot.addWidget(again)
    again.reload(d.pid)
    assert again.listing


# ------------------------------------------------------------------ counts and messages
def test_the_status_bar_counts_follow_the_filter(window: MainWindow, planner: Planner) -> None:
    deals = build(planner)
    window.refresh()
    window.board.reload(deals.pid)
    label = window.counts_label
    assert label.text().startswith("6 open · 1 closed")
    searched(window.board, "beta")
    assert label.text().startswith("2 of 6 open shown · 1 of 1 closed")
    searched(window.board, "acme")
    assert label.text().startswith("4 of 6 open shown · 0 of 1 closed")
    window.board.bar.filters.overdue.trigger()
    assert label.text().startswith("1 of 6 open shown · 0 of 1 closed")


def test_every_status_bar_message_expires() -> None:
    """Each showMessage() in the UI gives a time: a message never stays on for good."""
    lasting = []
    for path in (ROOT / "planner" / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "showMessage" and len(node.args) + len(node.keywords) < 2):
                lasting.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert lasting == []


def test_status_messages_clear_themselves(window: MainWindow, qtbot, monkeypatch) -> None:  # noqa: ANN001
    bar = window.statusBar()
    bar.showMessage("gone soon", 50)
    assert bar.currentMessage() == "gone soon"
    qtbot.waitUntil(lambda: bar.currentMessage() == "", timeout=2000)


# ------------------------------------------------------------------ account names
def test_the_account_filter_shows_whole_names_and_tells_twins_apart(qtbot, planner: Planner) -> None:  # noqa: ANN001
    pid = planner.processes.create(simple_process(2))
    long_name = "Taiwan Precision Machinery Manufacturing and Automation Systems Corporation"
    longest = planner.accounts.create(Account(long_name))
    first = planner.accounts.create(Account("Acme", industry="machine tools"))
    second = planner.accounts.create(Account("Acme"))
    for account in (longest, first, second):
        planner.deals.create(Deal(account, pid, f"Deal of {account}"))
    board = Board(planner)
    qtbot.addWidget(board)
    board.reload(pid)
    board.show()
    combo = board.account_combo
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert f"Acme (machine tools, #{first})" in labels and f"Acme (#{second})" in labels
    assert len(set(labels)) == len(labels)
    combo.setCurrentIndex(combo.findData(longest))
    assert long_name in combo.toolTip()  # the box may cut it: its tooltip does not
    view = combo.view()
    assert view.minimumWidth() >= min(view.fontMetrics().horizontalAdvance(long_name), 536)
    QApplication.processEvents()


def test_a_language_change_keeps_the_filters_the_order_the_folds_and_the_list(board) -> None:  # noqa: ANN001
    from planner import i18n

    widget, _d = board
    widget.bar.filters.overdue.trigger()
    widget.bar.sort.actions[SortOrder.VALUE].trigger()
    widget.columns[2].set_folded(True)
    widget.set_listing(True)
    reworded: list[int] = []
    widget.list_view.model().headerDataChanged.connect(lambda *_: reworded.append(1))
    try:
        i18n.install("zh_TW")
        for _ in range(3):
            QApplication.processEvents()
        assert widget.bar.filters.overdue.isChecked() and widget.bar.sort.order() == SortOrder.VALUE
        assert widget.columns[2].folded and widget.listing
        assert reworded  # the list's headings are read again in the new language
        assert widget.process_label.text() == "流程(&P)："  # the bar re-worded in place
    finally:
        i18n.install("en")
        QApplication.processEvents()
    assert widget.bar.filters.overdue.text() == "&Overdue"


def test_the_list_gives_dates_and_amounts_room_in_chinese(board) -> None:  # noqa: ANN001
    """The list's columns are sized from samples written as the language writes them: a
    Chinese date (2027年12月28日) is much wider than its English form."""
    from datetime import date

    from planner import i18n
    from planner.domain import formats
    from planner.ui.board.list_view import Column

    widget, _d = board
    widget.set_listing(True)
    try:
        i18n.install("zh_TW")
        for _ in range(3):
            QApplication.processEvents()
        view = widget.list_view
        fm, header = view.fontMetrics(), view.horizontalHeader()
        widest = max(fm.horizontalAdvance(formats.medium_date(date(2027, m, 28), "zh_TW")) for m in range(1, 13))
        assert header.sectionSize(Column.CLOSE) >= widest + 12
        assert header.sectionSize(Column.VALUE) >= fm.horizontalAdvance(formats.money(12_345_678, "TWD", "zh_TW")) + 12
    finally:
        i18n.install("en")
        QApplication.processEvents()
