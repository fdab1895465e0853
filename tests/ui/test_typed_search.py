"""The search as it is typed is read in a thread: the keystroke returns at once, the board
shows what was found a moment later, only the latest search is shown, and an answer made
stale by an edit, a sort or an error is read again on the spot."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import simple_process
from PySide6.QtWidgets import QApplication
from searching import searched

from planner.domain.model import Account, Deal
from planner.services import Planner
from planner.ui.board import Board
from planner.ui.board.model import CardRole
from planner.ui.board.query import SortOrder


@pytest.fixture
def board(qtbot, tmp_path: Path) -> Board:  # noqa: ANN001
    planner = Planner.open(tmp_path / "typed.planner", create=True)
    process = planner.processes.create(simple_process(3))
    acme = planner.accounts.create(Account(name="Acme"))
    for n in range(12):
        planner.deals.create(Deal(acme, process, f"{'Kiosk' if n % 3 == 0 else 'Scanner'} {n:02}", value=100 + n))
    widget = Board(planner)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.reload()
    widget.show()
    yield widget
    planner.close()


def titles(board: Board) -> list[str]:
    model = board.columns[0].view.model()
    return [board.columns[0].model.card(r).title for r in range(model.rowCount())
            if model.index(r, 0).data(CardRole.DEAL_ID)]


def test_a_keystroke_returns_before_the_file_is_searched(board: Board) -> None:
    board.search.setText("kiosk")
    assert board.typed.busy  # asked for, in a thread: the board shows what it showed
    assert len(titles(board)) == 12
    searched(board)
    assert titles(board) == ["Kiosk 00", "Kiosk 03", "Kiosk 06", "Kiosk 09"]
    assert board.counts() == (12, 4, 0) and board.columns[0].header.filtered


def test_only_the_latest_search_is_shown(board: Board, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[str, ...]] = []
    apply = board.apply_query
    monkeypatch.setattr(board, "apply_query", lambda found=None: (shown.append(board.bar.query().words),
                                                                   apply(found)))
    for text in ["k", "ki", "kio", "kios", "kiosk 0", "kiosk 09"]:
        board.search.setText(text)  # typed faster than the file answers
    searched(board)
    assert shown == [("kiosk", "09")]
    assert titles(board) == ["Kiosk 09"]


def held_back(board: Board, monkeypatch: pytest.MonkeyPatch) -> list[tuple[object, object]]:
    """Searches read at once but answered only when the test says (``done(scan, None)``):
    (the scan as the file was when asked, its ``done``) per search asked for."""
    deals = board.planner.deals
    held: list[tuple[object, object]] = []
    monkeypatch.setattr(deals, "board_scan_beside", lambda query, order, closed, done, first=0, listed=None: (
        held.append((deals.board_scan(query, order, closed), done)), deals.board_state())[1])
    return held


def test_an_edit_while_searching_is_in_what_is_shown(board: Board, monkeypatch: pytest.MonkeyPatch) -> None:
    """The answer was read before the edit: it is not used, the board reads again."""
    held = held_back(board, monkeypatch)
    board.search.setText("kiosk")
    scanner = next(c.deal_id for c in board.columns[0].model.cards if c.title == "Scanner 01")
    board.planner.deals.update(scanner, title="Kiosk 01")  # after the file was read for the search
    stale, done = held[0]
    done(stale, None)  # from the reading thread
    searched(board)
    assert "Kiosk 01" in titles(board) and len(titles(board)) == 5


def test_a_sort_chosen_while_searching_is_kept(board: Board, monkeypatch: pytest.MonkeyPatch) -> None:
    held = held_back(board, monkeypatch)
    board.search.setText("kiosk")
    board.bar.sort.set_order(SortOrder.NEWEST)
    stale, done = held[0]
    done(stale, None)  # in the order before
    searched(board)
    assert titles(board) == ["Kiosk 09", "Kiosk 06", "Kiosk 03", "Kiosk 00"]


def test_a_search_that_fails_beside_is_read_here(board: Board, monkeypatch: pytest.MonkeyPatch) -> None:
    deals = board.planner.deals
    monkeypatch.setattr(deals, "board_scan_beside", lambda query, order, closed, done, first=0, listed=None: (
        done(None, RuntimeError("the thread's connection failed")), deals.board_state())[1])
    searched(board, "scanner 1")
    assert titles(board) == ["Scanner 01", "Scanner 10", "Scanner 11"]


def test_a_file_that_cannot_be_read_beside_is_searched_at_once(board: Board,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(board.planner.deals, "board_scan_beside", lambda *args, **kwargs: None)
    board.search.setText("kiosk 0")
    assert not board.typed.busy
    assert titles(board) == ["Kiosk 00", "Kiosk 03", "Kiosk 06", "Kiosk 09"]


def test_another_filter_overtakes_a_search_under_way(board: Board) -> None:
    board.search.setText("kiosk")
    assert board.typed.busy
    board.set_filter("scanner 1")  # applied at once: the search under way is dropped
    assert not board.typed.busy
    assert titles(board) == ["Scanner 01", "Scanner 10", "Scanner 11"]
    searched(board)
    assert titles(board) == ["Scanner 01", "Scanner 10", "Scanner 11"]


def test_closing_the_file_while_searching_is_quiet(board: Board) -> None:
    board.search.setText("kiosk")
    board.planner.close()  # the reading thread ends with it
    for _ in range(5):
        QApplication.processEvents()


def test_the_cards_to_show_are_read_in_the_thread_too(board: Board, monkeypatch: pytest.MonkeyPatch) -> None:
    """The window is left with the found cards to show: it reads none of the first page itself."""
    asked: list[list[int]] = []
    read = board.planner.deals.board_cards
    monkeypatch.setattr(board.planner.deals, "board_cards", lambda ids: (asked.append(ids), read(ids))[1])
    searched(board, "scanner")
    assert len(titles(board)) == 8 and asked == []
