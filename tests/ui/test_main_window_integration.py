"""The window with the other parts of the UI plugged in: the deal panel, the undo
commands, the dialogs of the Deal and Tools menus. Each test skips while its part
is not installed, so the board's own tests never depend on them."""

from __future__ import annotations

import importlib

import pytest
from builders import new_deal
from searching import searched
from PySide6.QtWidgets import QDialog

from planner.services import Planner
from planner.ui.deal.confirm import ConfirmDialog
from planner.ui.main_window import MainWindow


def test_undo_and_redo_of_an_edit_refresh_its_card(window: MainWindow, planner: Planner) -> None:
    from planner.ui.kit import undo

    deal = new_deal(planner, title="Old title")
    window.refresh()
    undo.push(window.undo_stack, undo.EditDealField(planner, deal, "title", "Old title", "New title"))
    assert window.board.card_of(deal).title == "New title"  # type: ignore[union-attr]
    window.actions_by_name["undo"].trigger()
    assert planner.deals.get(deal).title == "Old title"
    assert window.board.card_of(deal).title == "Old title"  # type: ignore[union-attr]
    window.actions_by_name["redo"].trigger()
    assert window.board.card_of(deal).title == "New title"  # type: ignore[union-attr]
    searched(window.board, "new title")  # the filter sees the edit too
    assert window.board.counts()[1] == 1


def test_the_real_deal_panel_shows_the_selected_deal_and_asks_to_confirm(qtbot, planner: Planner,  # noqa: ANN001
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    deal = new_deal(planner, title="Panel deal")
    window = MainWindow(planner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.workspace is not None and window.board.card_of(deal) is not None)
    window.board.select_deal(deal)
    assert window.dock.widget() is window.workspace
    seen: list[ConfirmDialog] = []

    def cancel(dialog: ConfirmDialog) -> int:
        seen.append(dialog)
        dialog.reject()
        return int(dialog.result())

    monkeypatch.setattr(ConfirmDialog, "exec", cancel)
    window.workspace.confirmRequested.emit(deal)  # type: ignore[union-attr]
    assert seen and seen[0].deal_id == deal


@pytest.mark.parametrize("action, module, name", [
    ("new_deal", "planner.ui.deal.new_deal", "NewDealDialog"),
    ("accounts", "planner.ui.accounts.dialog", "AccountsDialog"),
    ("processes", "planner.ui.processes.library", "ProcessLibraryDialog"),
    ("stalled", "planner.ui.review.stalled", "StalledDialog"),
    ("track_record", "planner.ui.calibration.dialog", "CalibrationDialog"),
])
def test_menu_dialogs_of_the_other_parts_open(window: MainWindow, planner: Planner, monkeypatch: pytest.MonkeyPatch,
                                              action: str, module: str, name: str) -> None:
    dialog_class = getattr(importlib.import_module(module), name)
    new_deal(planner)
    window.refresh()
    opened: list[QDialog] = []

    def close_at_once(dialog: QDialog) -> int:
        opened.append(dialog)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(dialog_class, "exec", close_at_once)
    window.actions_by_name[action].trigger()
    assert len(opened) == 1 and isinstance(opened[0], dialog_class)  # type: ignore[arg-type]
    assert window.board.counts()[0] == 1  # the board is intact afterwards


def test_a_new_deal_from_the_dialog_is_selected_on_the_board(window: MainWindow, planner: Planner,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from planner.ui.deal.new_deal import NewDealDialog as dialog_class
    existing = new_deal(planner)
    window.refresh()
    process_id = planner.deals.get(existing).process_id

    def create(dialog: QDialog) -> int:
        from planner.domain.model import Deal

        dialog.deal_id = planner.deals.create(Deal(planner.deals.get(existing).account_id, process_id, "Fresh one"))
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(dialog_class, "exec", create)
    window.actions_by_name["new_deal"].trigger()
    assert window.board.card_of(window.board.selected_deal()).title == "Fresh one"  # type: ignore[union-attr]


def test_opening_a_stalled_deal_selects_it_on_its_board(qtbot, planner: Planner,  # noqa: ANN001
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from planner.ui.review.stalled import StalledDialog

    first = new_deal(planner, title="On the first process")
    other = new_deal(planner, title="On another process")
    window = MainWindow(planner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.workspace is not None)
    window.board.reload(planner.deals.get(first).process_id)
    searched(window.board, "first")  # the wanted card is filtered out too

    def user(dialog: StalledDialog) -> int:
        dialog.openRequested.emit(other)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(StalledDialog, "exec", user)
    window.actions_by_name["stalled"].trigger()
    assert window.board.process.id == planner.deals.get(other).process_id  # type: ignore[union-attr]
    assert window.board.selected_deal() == other
    assert window.workspace.deal_id() == other  # type: ignore[union-attr]
