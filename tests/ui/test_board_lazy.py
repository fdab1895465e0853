"""The board reads what it shows: closed deals wait until the lane, the list with closed deals,
a filter or a closed deal asked for needs them, and the user cannot tell (issue 15)."""

from __future__ import annotations

import pytest
from builders import confirm_current, days_ago, simple_process
from searching import searched
from PySide6.QtWidgets import QApplication

from planner.domain.model import Account, Deal, Outcome
from planner.services import Planner
from planner.ui.board import Board
from planner.ui.board.model import CardRole

OPEN, CLOSED = 30, 25  # more cards in the first column than fit on screen


@pytest.fixture
def filled(qtbot, planner: Planner) -> tuple[Board, dict[str, int]]:  # noqa: ANN001
    pid = planner.processes.create(simple_process(3))
    acme = planner.accounts.create(Account(name="Acme Machinery"))
    only_closed = planner.accounts.create(Account(name="Gamma Shipping"))  # has closed deals only
    for i in range(OPEN):
        planner.deals.create(Deal(acme, pid, f"Open deal {i:02}", value=1000 + i, currency="TWD"))
    closed = []
    for i in range(CLOSED):
        deal = planner.deals.create(Deal(only_closed if i % 2 else acme, pid, f"Closed deal {i:02}",
                                         value=500, currency="TWD"))
        confirm_current(planner, deal, outcome=Outcome.AGAINST, on=days_ago(3))
        closed.append(deal)
    planner.deals.archive(closed[0])
    widget = Board(planner)
    qtbot.addWidget(widget)
    widget.resize(1000, 500)
    widget.reload()
    widget.show()
    QApplication.processEvents()
    return widget, {"pid": pid, "closed": closed[5], "archived": closed[0], "gamma": only_closed}


def scroll_lane_to_the_end(board: Board) -> None:
    """As a user drags the lane's scroll bar to its end, again and again: a page more each time."""
    bar = board.lane.view.horizontalScrollBar()
    for _ in range(CLOSED):
        QApplication.processEvents()
        bar.setValue(bar.maximum())


def lane_ids(board: Board) -> list[int]:
    model = board.lane.view.model()
    return [model.index(r, 0).data(CardRole.DEAL_ID) for r in range(model.rowCount())]


def test_closed_deals_wait_but_are_counted(filled) -> None:  # noqa: ANN001
    board, _ = filled
    assert board.columns[0].view.verticalScrollBar().maximum() > 0  # more cards than the column shows
    assert len(board.lane_model.cards) == 0  # nothing read for the hidden lane
    assert board.counts() == (OPEN, OPEN, CLOSED - 1)  # the archived one is not counted
    assert board.closed_total() == CLOSED - 1
    board.show_archived_action.setChecked(True)
    assert board.closed_total() == CLOSED
    assert len(board.lane_model.cards) == 0


def test_the_lane_reads_them_when_it_opens(filled) -> None:  # noqa: ANN001
    board, _ = filled
    board.show_closed_action.trigger()
    # read through the filter (the archived one is not), a page at first and the rest as it scrolls
    assert board.lane_model.total == CLOSED - 1
    assert 0 < len(board.lane_model.cards) < CLOSED - 1
    scroll_lane_to_the_end(board)
    assert len(board.lane_model.cards) == CLOSED - 1
    assert len(lane_ids(board)) == CLOSED - 1
    assert f"{CLOSED - 1} lost" in board.lane.summary.text()
    assert board.counts() == (OPEN, OPEN, CLOSED - 1)


def test_a_search_finds_a_closed_deal_not_read_yet(filled) -> None:  # noqa: ANN001
    board, deals = filled
    searched(board, "closed deal 05")
    assert board.counts() == (OPEN, 0, 1)
    board.show_closed_action.trigger()
    assert lane_ids(board) == [deals["closed"]]
    searched(board, "")
    assert board.counts() == (OPEN, OPEN, CLOSED - 1)


def test_the_account_filter_names_accounts_with_closed_deals_only(filled) -> None:  # noqa: ANN001
    board, _ = filled
    names = [board.account_combo.itemText(i) for i in range(board.account_combo.count())]
    assert "Gamma Shipping" in names
    board.account_combo.setCurrentIndex(names.index("Gamma Shipping"))
    assert board.counts() == (OPEN, 0, CLOSED // 2)


def test_asking_for_a_closed_deal_opens_the_lane_on_it(filled) -> None:  # noqa: ANN001
    board, deals = filled
    assert board.select_deal(deals["closed"])
    assert board.lane.isVisible()
    assert board.selected_deal() == deals["closed"]
    assert board.card_of(deals["closed"]) is not None


def test_a_deal_closed_while_the_lane_waits_is_counted_once(filled, planner: Planner) -> None:  # noqa: ANN001
    board, _ = filled
    first = board.columns[0].model.cards[0].deal_id
    confirm_current(planner, first, outcome=Outcome.AGAINST, on=days_ago(1))
    board.refresh_deal(first)
    assert board.counts() == (OPEN - 1, OPEN - 1, CLOSED)
    assert board.select_deal(first)  # the lane opens, reads the others, and the deal stays selected
    assert board.lane.isVisible() and board.selected_deal() == first
    assert board.lane.view.currentIndex().data(CardRole.DEAL_ID) == first
    assert board.lane_model.total == CLOSED
    scroll_lane_to_the_end(board)
    assert len(lane_ids(board)) == CLOSED
    assert first in lane_ids(board)
