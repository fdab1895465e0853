"""A board with far more cards than fit on screen (issue 15): each column reads a page of cards
at a time as it scrolls, while its count, its totals, the keyboard, the search, drag and drop
and an edit behave as they do for a column that holds every card."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from builders import confirm_current, days_ago, simple_process
from searching import searched
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from planner.domain.model import Account, Deal, DealStatus, Outcome
from planner.services import Planner
from planner.ui.board import Board
from planner.ui.board.model import PAGE, CardRole

MANY = 500  # in the first stage: a column shows about ten
CLOSED = 30


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, list[int]]]:
    """One file for the module (500 deals take a while to write); each test opens its own copy."""
    path = tmp_path_factory.mktemp("many") / "many.planner"
    planner = Planner.open(path, create=True)
    pid = planner.processes.create(simple_process(3))
    acme = planner.accounts.create(Account(name="Acme Machinery"))
    beta = planner.accounts.create(Account(name="Beta Logistics"))
    today = days_ago(0)
    opened = [planner.deals.create(Deal(
        beta if n % 5 == 0 else acme, pid, f"Deal {n:03}" + (" kiosk" if n % 25 == 0 else ""),
        value=1_000 + n, currency="TWD", expected_close=today + timedelta(days=n % 97) if n % 7 else None))
        for n in range(MANY)]
    closed = []
    for n in range(CLOSED):
        deal = planner.deals.create(Deal(acme, pid, f"Closed {n:02}", value=10, currency="TWD"))
        confirm_current(planner, deal, outcome=Outcome.AGAINST, on=days_ago(2))
        closed.append(deal)
    planner.close()
    return path, {"open": opened, "closed": closed}


@pytest.fixture
def board(qtbot, filled, tmp_path: Path) -> Board:  # noqa: ANN001
    source, _ = filled
    copy = tmp_path / "many.planner"
    copy.write_bytes(source.read_bytes())
    planner = Planner.open(copy)
    widget = Board(planner)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.reload()
    widget.show()
    QApplication.processEvents()
    yield widget
    planner.close()


def in_order(board: Board) -> list[int]:
    """The first column's deals as the board orders them (soonest close first, undated last)."""
    cards = board.planner.deals.cards(board.process.id)  # type: ignore[union-attr]  # a process is shown
    first = board.columns[0].stage.id
    return [c.deal_id for c in cards if c.stage_id == first and c.status == DealStatus.OPEN]


def shown(board: Board, column: int = 0) -> list[int]:
    view = board.columns[column].view
    return [view.model().index(r, 0).data(CardRole.DEAL_ID) for r in range(view.model().rowCount())]


def scroll_to_the_end(board: Board, column: int = 0) -> None:
    """As a user drags the scroll bar down, again and again: the column reads on each time."""
    bar = board.columns[column].view.verticalScrollBar()
    for _ in range(MANY // PAGE + 2):
        bar.setValue(bar.maximum())
        QApplication.processEvents()


def test_a_page_is_read_and_the_header_counts_the_whole_column(board: Board) -> None:
    model, header = board.columns[0].model, board.columns[0].header
    assert 0 < len(model.cards) < MANY  # a page, not the column
    assert model.total == MANY and header.totals.deals == MANY
    assert header.totals.money.value == sum(1_000 + n for n in range(MANY))
    assert header.totals.money.weighted == pytest.approx(sum(1_000 + n for n in range(MANY)) * 0.1)
    assert board.counts() == (MANY, MANY, CLOSED) and board.closed_total() == CLOSED
    assert shown(board) == in_order(board)[:len(model.cards)]  # the order of the whole column


def test_scrolling_reads_on_to_the_last_card(board: Board) -> None:
    first = len(board.columns[0].model.cards)
    board.columns[0].view.verticalScrollBar().setValue(board.columns[0].view.verticalScrollBar().maximum())
    QApplication.processEvents()
    assert len(board.columns[0].model.cards) == first + PAGE  # one page more at the end
    scroll_to_the_end(board)
    assert shown(board) == in_order(board)  # all of them, in order, none twice
    assert board.columns[0].header.totals.deals == MANY


def test_end_and_page_down_reach_the_last_card(board: Board, qtbot) -> None:  # noqa: ANN001
    view = board.columns[0].view
    last = in_order(board)[-1]
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert board.selected_deal() == last
    assert view.viewport().rect().intersects(view.visualRect(view.currentIndex()))  # scrolled to it
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert board.selected_deal() == in_order(board)[0]
    for _ in range(MANY):  # Page Down reads on as it goes
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
        if board.selected_deal() == last:
            break
    assert board.selected_deal() == last


def test_down_arrow_reads_on_past_a_page(board: Board, qtbot) -> None:  # noqa: ANN001
    view = board.columns[0].view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    steps = len(board.columns[0].model.cards) + 3  # past the cards read at first
    for _ in range(steps):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert board.selected_deal() == in_order(board)[steps]


def test_a_search_narrows_counts_totals_and_cards(board: Board) -> None:
    searched(board, "kiosk")
    kiosks = [n for n in range(MANY) if n % 25 == 0]
    header = board.columns[0].header
    assert header.totals.deals == len(kiosks) and header.filtered
    assert header.totals.money.value == sum(1_000 + n for n in kiosks)
    assert board.counts() == (MANY, len(kiosks), 0)
    scroll_to_the_end(board)
    titles = {c.deal_id: c.title for c in board.planner.deals.cards(board.process.id)}  # type: ignore[union-attr]
    assert shown(board) == [d for d in in_order(board) if "kiosk" in titles[d]]
    searched(board, "")
    assert board.columns[0].header.totals.deals == MANY and board.counts() == (MANY, MANY, CLOSED)


def test_a_deal_deep_in_a_column_is_selected_and_dragged(board: Board, qtbot) -> None:  # noqa: ANN001
    deep = in_order(board)[MANY - 3]
    assert board.columns[0].model.row_of(deep) < 0  # not read yet
    assert board.select_deal(deep)  # as the search results or the agenda ask for it
    view = board.columns[0].view
    assert view.currentIndex().data(CardRole.DEAL_ID) == deep
    assert view.viewport().rect().intersects(view.visualRect(view.currentIndex()))
    data = board.columns[0].model.mimeData([board.columns[0].model.index(board.columns[0].model.row_of(deep))])
    assert data is not None
    with qtbot.waitSignal(board.confirmRequested) as asked:
        board.columns[1].model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert asked.args == [deep, board.columns[1].stage.id]
    confirm_current(board.planner, deep, on=days_ago(0))  # what the confirm dialog writes
    board.refresh_deal(deep)
    assert shown(board, 1) == [deep] and board.columns[1].header.totals.deals == 1
    assert board.columns[0].header.totals.deals == MANY - 1 and board.selected_deal() == deep
    assert board.columns[1].view.currentIndex().data(CardRole.DEAL_ID) == deep


def test_an_edit_of_a_card_not_read_yet_changes_the_counts_and_waits_for_its_page(board: Board) -> None:
    model = board.columns[0].model
    held = len(model.cards)
    deep = in_order(board)[MANY - 5]
    before = board.columns[0].header.totals.money.value
    board.planner.deals.update(deep, value=2_000_000)
    board.refresh_deal(deep)
    assert model.row_of(deep) < 0 and len(model.cards) == held  # still beyond the window
    assert board.columns[0].header.totals.money.value == before - (1_000 + in_order_index(board, deep)) + 2_000_000
    # now it closes first: it comes into the window at the top
    board.planner.deals.update(deep, expected_close=days_ago(30))
    board.refresh_deal(deep)
    assert shown(board)[0] == deep and len(model.cards) == held + 1
    assert board.columns[0].header.totals.deals == MANY
    scroll_to_the_end(board)
    assert shown(board) == in_order(board)  # nothing lost nor read twice


def in_order_index(board: Board, deal_id: int) -> int:
    """The number in the title of a deal of the fixture (its value is 1,000 more)."""
    card = board.card_of(deal_id)
    assert card is not None
    return int(card.title.split()[1])


def test_every_order_pages_through_the_whole_column_in_that_order(board: Board) -> None:
    from planner.ui.board.query import SortOrder, sort_key

    model = board.columns[0].model
    cards = [c for c in board.planner.deals.cards(board.process.id)  # type: ignore[union-attr]
             if c.stage_id == board.columns[0].stage.id and c.status == DealStatus.OPEN]
    for order in SortOrder:
        board.bar.sort.set_order(order)
        board._apply_order()
        scroll_to_the_end(board)
        key = sort_key(order)
        assert shown(board) == [c.deal_id for c in sorted(cards, key=lambda c, k=key: k(c, model))]


def test_the_closed_lane_reads_nothing_until_it_opens(board: Board) -> None:
    scans: list[object] = []
    real = board.planner.deals.board_scan
    board.planner.deals.board_scan = lambda q, o, closed=False: scans.append(closed) or real(q, o, closed)  # type: ignore[method-assign]
    searched(board, "deal")  # a filter: the open deals are read again, the closed ones counted
    searched(board, "")
    assert board.lane_model.cards == [] and True not in scans
    board.show_closed_action.trigger()
    assert True in scans and 0 < len(board.lane_model.cards) <= CLOSED
    assert board.lane_model.total == CLOSED and f"{CLOSED} lost" in board.lane.summary.text()


def test_the_stalled_filter_follows_a_new_idle_setting(board: Board) -> None:
    board.bar.filters.stalled.trigger()
    assert board.counts()[1] == 0  # every deal here started today: none has sat too long
    board.set_idle_days(-1)  # a bar every deal has passed
    assert board.counts()[1] == MANY and board.columns[0].header.totals.deals == MANY
    assert len(board.columns[0].model.cards) > 0


def test_a_keystroke_that_finds_the_same_deals_resets_no_column(board: Board) -> None:
    """Typing on in a word ("kios", "kiosk") that finds the same deals leaves every column as
    it is: no reset, so no card is painted again and the selection and scroll stay."""
    searched(board, "kios")
    first = board.columns[0]
    shown = [c.deal_id for c in first.model.cards]
    assert shown and first.model.total == MANY // 25
    resets: list[int] = []
    for column in board.columns:
        column.model.modelAboutToBeReset.connect(lambda: resets.append(1))
    searched(board, "kiosk")  # the same deals
    assert resets == []
    assert [c.deal_id for c in first.model.cards] == shown
    searched(board, "kiosk 02")  # fewer: read again
    assert resets
    assert first.model.total == 1
