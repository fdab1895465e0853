"""A lost or abandoned deal's reason category in the deal panel: chosen when abandoning, shown
under the banner, set or changed later as an undoable edit, named in the history."""

from __future__ import annotations

import pytest
from builders import confirm_current, new_deal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog

from planner.domain.model import Outcome
from planner.services import Planner
from planner.ui.deal import DealWorkspace
from planner.ui.deal.dialogs import AbandonDialog
from planner.ui.deal.event_log import EventLogModel
from planner.ui.session import Session


def choose(workspace: DealWorkspace, text: str) -> None:
    """Pick an entry of the category box as a user does (``activated``, not a programmatic change)."""
    box = workspace.close_category.box
    index = box.findText(text)
    assert index >= 0, [box.itemText(i) for i in range(box.count())]
    box.setCurrentIndex(index)
    box.activated.emit(index)


def history(model: EventLogModel) -> list[tuple[str, str]]:
    return [(model.index(r, 1).data(), model.index(r, 2).data()) for r in range(model.rowCount())]


def test_abandoning_from_the_panel_files_the_deal(planner: Planner, workspace: DealWorkspace,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    deal_id = new_deal(planner)
    workspace.show_deal(deal_id)
    assert workspace.close_category.isHidden()  # an open deal has no category

    def give_up(d: AbandonDialog) -> int:
        assert d.category.currentText() == "No category"  # optional: nothing is preselected
        assert d.category.count() == 8
        d.text.setPlainText("Project moved to 2028")
        d.category.setCurrentIndex(d.category.findText("Timing"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AbandonDialog, "exec", give_up)
    workspace.abandon_button.click()
    assert planner.deals.get(deal_id).close_category == planner.reasons.all()[3].id
    assert workspace.close_category.isVisibleTo(workspace)
    assert workspace.close_category.box.currentText() == "Timing"
    assert ("Changed the reason category", "(no category) → Timing") in history(workspace.history_model)


def test_a_closed_deal_is_filed_later_and_undo_takes_it_back(planner: Planner, workspace: DealWorkspace,
                                                            stack: QUndoStack) -> None:
    deal_id = new_deal(planner)
    confirm_current(planner, deal_id, Outcome.AGAINST)
    workspace.show_deal(deal_id)
    row = workspace.close_category
    assert row.isVisibleTo(workspace) and row.box.currentText() == "No category"
    choose(workspace, "Competitor")
    competitor = planner.reasons.all()[1].id
    assert planner.deals.get(deal_id).close_category == competitor
    assert stack.count() == 1 and stack.undoText() == "Edit reason category"
    choose(workspace, "Competitor")  # the same again: nothing to undo
    assert stack.count() == 1
    stack.undo()
    assert planner.deals.get(deal_id).close_category is None and row.box.currentText() == "No category"
    stack.redo()
    assert planner.deals.get(deal_id).close_category == competitor and row.box.currentText() == "Competitor"
    assert history(workspace.history_model)[:3] == [
        ("Changed the reason category", "(no category) → Competitor"),
        ("Changed the reason category", "Competitor → (no category)"),
        ("Changed the reason category", "(no category) → Competitor")]


def test_renaming_and_retiring_show_in_the_panel(planner: Planner, workspace: DealWorkspace) -> None:
    deal_id = new_deal(planner)
    price = planner.reasons.all()[0].id
    planner.deals.abandon(deal_id, "Too dear", price)
    workspace.show_deal(deal_id)
    planner.reasons.rename(price, "Priced out")
    assert workspace.close_category.box.currentText() == "Priced out"
    planner.reasons.retire(price)  # kept for this deal, marked, offered to no other
    box = workspace.close_category.box
    assert box.currentText() == "Priced out (retired)"
    assert [box.itemText(i) for i in range(box.count())][-1] == "Priced out (retired)"
    choose(workspace, "Other")
    assert box.findText("Priced out (retired)") < 0  # once left, a retired one is not offered again


def test_read_only_shows_the_category_as_text(planner: Planner, workspace: DealWorkspace) -> None:
    deal_id = new_deal(planner)
    planner.deals.abandon(deal_id, "Quiet", planner.reasons.all()[4].id)
    workspace.set_read_only(True)
    workspace.show_deal(deal_id)
    row = workspace.close_category
    assert row.shown.isVisibleTo(workspace) and not row.box.isVisibleTo(workspace)
    assert row.shown.text() == "No decision"


@pytest.fixture
def stack(session: Session) -> QUndoStack:
    return session.undo_stack
