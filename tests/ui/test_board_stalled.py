"""The board's stalled mark: read from the track record once per load, explained in the tooltip."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from stalled_history import History, build

from planner.domain.model import Card, DealStatus
from planner.services import Planner
from planner.ui.board import Board
from planner.ui.board.model import CardListModel, CardRole

TODAY = date(2026, 6, 15)


@pytest.fixture
def board(qtbot, planner: Planner) -> tuple[Board, History]:  # noqa: ANN001
    history = build(planner)
    widget = Board(planner)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.reload(history.tracked)
    widget.show()
    return widget, history


def role(board: Board, deal_id: int, which: int) -> object:
    for model in [c.model for c in board.columns]:
        row = model.row_of(deal_id)
        if row >= 0:
            return model.index(row).data(which)
    raise AssertionError(deal_id)


def test_cards_past_their_wins_are_marked_stalled_and_say_why(board: tuple[Board, History]) -> None:
    widget, h = board
    assert role(widget, h.slow, CardRole.STALLED) is True
    assert role(widget, h.on_pace, CardRole.STALLED) is False
    assert role(widget, h.second, CardRole.STALLED) is True
    from PySide6.QtCore import Qt

    told = role(widget, h.slow, Qt.ItemDataRole.AccessibleTextRole)
    assert "9 days in this stage" in told and "at most 8 days" in told and "80th percentile of 5" in told
    assert "Idle:" not in told  # the stalled sentence replaces the idle one
    assert "Stalled" not in role(widget, h.on_pace, Qt.ItemDataRole.AccessibleTextRole)


def test_without_enough_wins_the_idle_setting_is_the_bar(board: tuple[Board, History]) -> None:
    from PySide6.QtCore import Qt

    widget, h = board
    widget.reload(h.fresh)
    assert role(widget, h.new, CardRole.STALLED) is True and role(widget, h.young, CardRole.STALLED) is False
    told = role(widget, h.new, Qt.ItemDataRole.AccessibleTextRole)
    assert "17 days in this stage" in told and "14 idle days" in told
    widget.set_idle_days(20)  # the fallback follows the setting at once
    assert role(widget, h.new, CardRole.STALLED) is False


def test_the_track_record_is_read_once_per_load_not_per_card(board: tuple[Board, History], monkeypatch) -> None:  # noqa: ANN001
    widget, h = board
    calls: list[tuple] = []
    real = widget.planner.deals.stall_record  # the won deals' times alone, not every deal of the process
    monkeypatch.setattr(widget.planner.deals, "stall_record", lambda *a: calls.append(a) or real(*a))
    widget.load_cards()
    for deal_id in (h.slow, h.on_pace, h.second):
        role(widget, deal_id, CardRole.STALLED)
        widget.columns[0].view.grab()  # painting every card asks nothing more of the file
    assert calls == [(h.tracked,)]
    widget.refresh_deal(h.on_pace)  # an edit that wins nothing re-reads one card only
    assert calls == [(h.tracked,)]


def test_a_new_win_moves_the_bar(board: tuple[Board, History]) -> None:
    widget, h = board
    planner = widget.planner
    assert role(widget, h.slow, CardRole.STALLED) is True
    from stalled_history import confirm

    today = date.today()
    for _ in range(3):  # three slow wins at 30 days lift the 80th percentile past 9 days
        from stalled_history import deal

        d = deal(planner, h.tracked, 1, "Late win", 100, today)
        confirm(planner, d, today - timedelta(days=70), today)
        confirm(planner, d, today - timedelta(days=60), today)
        widget.refresh_deal(d)
    assert planner.reports.calibration(h.tracked)[0].stages[0].p80_days == 30
    assert role(widget, h.slow, CardRole.STALLED) is False


def card(days: int, status: DealStatus = DealStatus.OPEN) -> Card:
    return Card(1, "Deal", "Acme", 10, status, 1.0, "TWD", None, TODAY - timedelta(days=days),
                TODAY - timedelta(days=99), 0, 0, "deal", 1)


def test_the_model_without_a_track_record_uses_idle_days(qtbot) -> None:  # noqa: ANN001
    model = CardListModel(10, {10: 0}, TODAY, idle_days=14)
    model.set_cards([card(15)])
    assert model.index(0).data(CardRole.STALLED) is True and model.index(0).data(CardRole.IDLE) is True
    model.set_cards([card(15, DealStatus.WON)])
    assert model.index(0).data(CardRole.STALLED) is False
