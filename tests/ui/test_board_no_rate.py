"""A card whose currency has no exchange rate says so: marked, and named in its tooltip."""

from __future__ import annotations

from builders import new_deal
from PySide6.QtCore import Qt

from planner import settings
from planner.domain.model import Deal
from planner.services import Planner
from planner.ui.board import Board
from planner.ui.board.model import CardRole


def _data(board: Board, deal_id: int, role: int) -> object:
    for model in [c.model for c in board.columns]:
        row = model.row_of(deal_id)
        if row >= 0:
            return model.index(row).data(role)
    raise AssertionError(deal_id)


def test_a_card_without_a_rate_is_marked_until_one_is_set(qtbot, planner: Planner) -> None:  # noqa: ANN001
    planner.settings.set(settings.HOME_CURRENCY.key, "TWD")
    home = new_deal(planner, value=1000, currency="TWD")
    first = planner.deals.get(home)
    yen = planner.deals.create(Deal(account_id=first.account_id, process_id=first.process_id, title="Tokyo",
                                    value=50_000_000, currency="JPY"))
    board = Board(planner)
    qtbot.addWidget(board)
    board.resize(1100, 700)
    board.reload(planner.deals.get(home).process_id)
    board.show()
    assert _data(board, home, CardRole.NO_RATE) is False
    assert _data(board, yen, CardRole.NO_RATE) is True
    told = str(_data(board, yen, Qt.ItemDataRole.AccessibleTextRole))
    assert "No exchange rate from JPY to TWD" in told and "left out of the totals" in told
    board.grab()  # the mark paints without error

    board.apply_changes(planner.rates.set("JPY", 0.21, language="zh_TW"))
    assert _data(board, yen, CardRole.NO_RATE) is False
    assert "No exchange rate" not in str(_data(board, yen, Qt.ItemDataRole.AccessibleTextRole))
