"""The board's list model and filter proxy: Qt's model rules, derived facts, drag verdicts."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt

from planner.domain.model import Card, DealStatus
from planner.ui.board.filter import CardFilter
from planner.ui.board.model import MIME_TYPE, CardListModel, CardRole, decode, encode

TODAY = date(2026, 6, 15)


def card(deal_id: int, stage_id: int = 10, *, close: date | None = None, status: DealStatus = DealStatus.OPEN,
         milestone: date | None = None, account_id: int = 1,
         text: str = "", title: str | None = None, value: float = 1000.0) -> Card:
    title = title or f"Deal {deal_id}"
    return Card(deal_id=deal_id, title=title, account="Acme", stage_id=stage_id, status=status, value=value,
                currency="TWD", expected_close=close, last_milestone_on=milestone,
                created_on=TODAY - timedelta(days=40),
                tasks_done=1, tasks_total=3, search_text=(title + " acme " + text).lower(), account_id=account_id)


POSITIONS = {10: 0, 20: 1, 30: 2}


@pytest.fixture
def model(qtbot) -> CardListModel:  # noqa: ANN001
    m = CardListModel(20, POSITIONS, TODAY, idle_days=14)
    m.set_cards([card(1, 20, close=TODAY + timedelta(days=5)), card(2, 20, close=TODAY - timedelta(days=1)),
                 card(3, 20)])
    return m


def test_the_models_follow_qts_rules(qtmodeltester, model: CardListModel) -> None:  # noqa: ANN001
    qtmodeltester.check(model)
    proxy = CardFilter(model)
    qtmodeltester.check(proxy)
    proxy.set_filter("deal 2", None)
    qtmodeltester.check(proxy)


def test_cards_are_ordered_by_expected_close_and_kept_in_order(model: CardListModel) -> None:
    assert [c.deal_id for c in model.cards] == [2, 1, 3]  # overdue first, undated last
    model.upsert(card(4, 20, close=TODAY))
    assert [c.deal_id for c in model.cards] == [2, 4, 1, 3]
    model.upsert(card(1, 20, close=TODAY - timedelta(days=9)))  # a new date moves the card
    assert [c.deal_id for c in model.cards] == [1, 2, 4, 3]
    assert model.remove(2) and not model.remove(2)
    assert model.rowCount() == 3


def test_roles_give_what_a_card_shows(model: CardListModel) -> None:
    overdue = model.index(model.row_of(2))
    assert overdue.data(Qt.ItemDataRole.DisplayRole) == "Deal 2"
    assert overdue.data(CardRole.DEAL_ID) == 2
    assert overdue.data(CardRole.OVERDUE) is True
    assert model.index(model.row_of(1)).data(CardRole.OVERDUE) is False
    assert overdue.data(CardRole.TASKS_DONE) == 1 and overdue.data(CardRole.TASKS_TOTAL) == 3
    # no milestone yet: days are counted from the deal's creation
    assert overdue.data(CardRole.DAYS_SINCE_MILESTONE) == 40
    assert "Overdue" in overdue.data(Qt.ItemDataRole.ToolTipRole)


def test_days_since_the_last_milestone_and_idle_mark() -> None:
    # idle time counts from the last milestone, or from the deal's creation (40 days ago here)
    m = CardListModel(20, POSITIONS, TODAY, idle_days=14)
    m.set_cards([card(1, milestone=TODAY - timedelta(days=15)),
                 card(2, milestone=TODAY - timedelta(days=14)),
                 card(3, status=DealStatus.WON, milestone=TODAY - timedelta(days=90)),
                 card(4)])
    first, second, closed, fresh = (m.index(m.row_of(i)) for i in (1, 2, 3, 4))
    assert first.data(CardRole.DAYS_SINCE_MILESTONE) == 15
    assert first.data(CardRole.IDLE) is True and first.data(CardRole.IDLE_DAYS) == 15
    assert second.data(CardRole.IDLE) is False  # exactly the threshold is not idle yet
    assert closed.data(CardRole.IDLE) is False  # a closed deal is never "idle"
    assert fresh.data(CardRole.IDLE) is True and fresh.data(CardRole.IDLE_DAYS) == 40  # no milestone yet
    m.set_context(TODAY, idle_days=13)
    assert second.data(CardRole.IDLE) is True


def test_only_open_cards_can_be_dragged(model: CardListModel) -> None:
    model.upsert(card(9, 20, status=DealStatus.LOST))
    assert model.flags(model.index(model.row_of(1))) & Qt.ItemFlag.ItemIsDragEnabled
    assert not model.flags(model.index(model.row_of(9))) & Qt.ItemFlag.ItemIsDragEnabled
    assert model.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDropEnabled


def test_a_column_takes_cards_from_earlier_stages_only(model: CardListModel, qtbot) -> None:  # noqa: ANN001
    data = model.mimeData([model.index(0)])
    assert data is not None and data.hasFormat(MIME_TYPE)
    assert decode(data) == (2, 20)
    later = CardListModel(30, POSITIONS, TODAY)
    earlier = CardListModel(10, POSITIONS, TODAY)
    assert later.drop_verdict(data) == "forward"
    assert later.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert earlier.drop_verdict(data) == "back"
    assert not earlier.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert model.drop_verdict(data) == ""  # its own column

    with qtbot.waitSignal(later.moveRequested) as moved:
        assert later.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex()) is False
    assert moved.args == [2, 30]
    with qtbot.waitSignal(earlier.moveRefused) as refused:
        earlier.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert refused.args == [2, 10]
    assert model.rowCount() == 3  # rows never move by themselves


def test_foreign_drops_are_ignored() -> None:
    m = CardListModel(30, POSITIONS, TODAY)
    from PySide6.QtCore import QMimeData

    other = QMimeData()
    other.setText("hello")
    assert decode(other) is None and m.drop_verdict(other) == ""
    assert m.drop_verdict(encode(5, 999)) == ""  # a stage of another process


def test_filter_matches_every_word_and_the_account(model: CardListModel) -> None:
    model.upsert(card(7, 20, text="meeting with Mr. Lin about the budget", account_id=2))
    proxy = CardFilter(model)
    proxy.set_filter("LIN budget", None)
    assert [proxy.index(r, 0).data(CardRole.DEAL_ID) for r in range(proxy.rowCount())] == [7]
    proxy.set_filter("lin", 1)
    assert proxy.rowCount() == 0
    proxy.set_filter("", 1)
    assert proxy.rowCount() == 3
    assert {c.deal_id for c in proxy.visible_cards()} == {1, 2, 3}
    proxy.set_filter("", None)
    assert proxy.rowCount() == 4 and not proxy.active
