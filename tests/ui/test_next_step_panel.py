"""The deal panel's next step (what, by when, Done), due dates on a stage's tasks and
deliverables, the card's next milestone target, and how the history words them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from builders import confirm_current, new_deal
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack

from planner.domain.model import ItemKind, Outcome
from planner.services import Planner
from planner.ui.deal import DealWorkspace
from planner.ui.deal import due_date as due_dialog
from planner.ui.deal.event_log import EventLogModel
from planner.ui.session import Session

TODAY = date.today()


@pytest.fixture
def stack(session: Session) -> QUndoStack:
    return session.undo_stack


def test_the_next_step_is_written_with_its_date_and_undone(planner: Planner, workspace: DealWorkspace,
                                                           stack: QUndoStack, qtbot) -> None:  # noqa: ANN001
    deal = new_deal(planner)
    workspace.show_deal(deal)
    box = workspace.next_step
    assert box.isVisible() and box.step.text() == "" and not box.due.isEnabled()  # no date without a step
    assert not box.done_button.isEnabled()
    box.step.setFocus()
    qtbot.keyClicks(box.step, "  Call   the CFO ")
    assert box.due.isEnabled()
    qtbot.keyClick(box.step, Qt.Key.Key_Return)
    assert (planner.deals.get(deal).next_step, planner.deals.get(deal).next_step_due) == ("Call the CFO", None)
    assert stack.undoText() == "Next step “Call the CFO”"
    box.due.edit.setDate(QDate.currentDate().addDays(-2))
    box.due.edit.editingFinished.emit()
    assert planner.deals.get(deal).next_step_due == TODAY - timedelta(days=2)
    assert box.due.note.isVisibleTo(box) and "overdue" in box.due.note.text()  # said in place, no box
    assert box.header.note.text() != ""  # the date beside the title, read while folded
    assert box.done_button.isEnabled()
    stack.undo()
    assert planner.deals.get(deal).next_step_due is None and box.due.date() is None
    stack.undo()
    assert planner.deals.get(deal).next_step == "" and box.step.text() == ""


def test_clearing_the_step_clears_its_date(planner: Planner, workspace: DealWorkspace, qtbot) -> None:  # noqa: ANN001
    deal = new_deal(planner)
    planner.deals.set_next_step(deal, "Send the quote", TODAY)
    workspace.show_deal(deal)
    box = workspace.next_step
    assert box.step.text() == "Send the quote" and box.due.date() == TODAY
    box.step.setFocus()
    box.step.selectAll()
    qtbot.keyClick(box.step, Qt.Key.Key_Delete)
    qtbot.keyClick(box.step, Qt.Key.Key_Return)
    assert (planner.deals.get(deal).next_step, planner.deals.get(deal).next_step_due) == ("", None)
    assert not box.due.isEnabled()


def test_done_ticks_the_step_and_undo_brings_it_back(planner: Planner, workspace: DealWorkspace,
                                                     stack: QUndoStack) -> None:
    deal = new_deal(planner)
    planner.deals.set_next_step(deal, "Send the quote", TODAY + timedelta(days=1))
    workspace.show_deal(deal)
    box = workspace.next_step
    box.done_button.click()
    assert planner.deals.get(deal).next_step == "" and box.step.text() == ""
    assert box.step.hasFocus() or not box.isActiveWindow()  # ready for the step after it
    assert stack.undoText() == "Tick “Send the quote”"
    stack.undo()
    assert box.step.text() == "Send the quote" and box.due.date() == TODAY + timedelta(days=1)
    kinds = [(e.kind, e.after) for e in planner.deals.events(deal)][-2:]
    assert kinds == [("next_step_done", "True"), ("next_step_done", "False")]


def test_a_closed_deal_shows_its_last_step_read_only_or_nothing(planner: Planner, workspace: DealWorkspace) -> None:
    lost = new_deal(planner, stages=2)
    planner.deals.set_next_step(lost, "Ask for the tender rules", TODAY)
    confirm_current(planner, lost, Outcome.AGAINST)
    workspace.show_deal(lost)
    box = workspace.next_step
    assert box.isVisible() and box.step.isReadOnly() and not box.done_button.isVisible()
    assert box.step.text() == "Ask for the tender rules"
    box.step.setText("Forged")
    box.commit()
    assert planner.deals.get(lost).next_step == "Ask for the tender rules"
    won = new_deal(planner, stages=1)
    confirm_current(planner, won)
    workspace.show_deal(won)
    assert not workspace.next_step.isVisible()  # nothing planned, nothing to show


def test_a_read_only_file_shows_the_step_without_editing(planner: Planner, workspace: DealWorkspace) -> None:
    deal = new_deal(planner)
    planner.deals.set_next_step(deal, "Call", None)
    workspace.show_deal(deal)
    workspace.set_read_only(True)
    assert workspace.next_step.step.isReadOnly() and not workspace.next_step.done_button.isVisible()


def test_a_task_gets_a_due_date_shown_under_it(planner: Planner, workspace: DealWorkspace, stack: QUndoStack,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    deal = new_deal(planner)
    workspace.show_deal(deal)
    section = workspace.section_for(planner.deals.get(deal).stage_id)  # type: ignore[arg-type]
    assert section is not None
    tasks = section.tasks
    asked: list[tuple[str, date | None]] = []

    def answer(_parent: object, item: str, due: date | None) -> tuple[bool, date | None]:
        asked.append((item, due))
        return True, TODAY - timedelta(days=1)

    monkeypatch.setattr(due_dialog, "ask_due", answer)
    assert not tasks.due_button.isEnabled()  # nothing selected yet
    tasks.view.setCurrentIndex(tasks.model.index(0))
    assert tasks.due_button.isEnabled()
    tasks.due_button.click()
    assert asked == [("Task 1", None)]
    task = planner.work.get(deal).tasks[0]
    assert task.due == TODAY - timedelta(days=1)
    index = tasks.model.index(0)
    assert "\nDue " in index.data() and index.data(Qt.ItemDataRole.ForegroundRole) is not None  # passed: red
    assert "Overdue" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert stack.undoText() == "Set the due date of “Task 1”"
    monkeypatch.setattr(due_dialog, "ask_due", lambda *_: (False, None))  # cancelled: nothing changes
    tasks.due_button.click()
    assert planner.work.get(deal).tasks[0].due == TODAY - timedelta(days=1)
    stack.undo()
    assert planner.work.get(deal).tasks[0].due is None and "Due" not in tasks.model.index(0).data()


def test_the_due_date_dialog_offers_no_date(qtbot) -> None:  # noqa: ANN001
    dialog = due_dialog.DueDateDialog("Task 1", TODAY)
    qtbot.addWidget(dialog)
    assert dialog.date() == TODAY and "Task 1" in dialog.question.text()
    dialog.field.clear_button.click()
    assert dialog.date() is None


def test_the_history_says_what_happened_to_steps_and_dates(planner: Planner) -> None:
    deal = new_deal(planner)
    planner.deals.set_next_step(deal, "Call", date(2026, 3, 4))
    planner.deals.complete_next_step(deal)
    planner.work.set_due(ItemKind.TASK, planner.work.get(deal).tasks[0].id, date(2026, 3, 5))  # type: ignore[arg-type]
    model = EventLogModel()
    described = [model.describe(e) for e in planner.deals.events(deal)[1:]]
    assert described[0] == ("Changed the next step", "(empty) → Call")
    assert described[1][0] == "Changed the next step's date" and "2026" in described[1][1]
    assert described[2][0] == "Next step done" and described[2][1].startswith("Call (by ")
    assert described[3][0] == "Task due date" and described[3][1].startswith("Task 1: ")


def test_the_card_shows_the_next_milestones_target(qtbot, planner: Planner) -> None:  # noqa: ANN001
    from planner.ui.board.model import CardListModel, CardRole

    deal = new_deal(planner, next_target=TODAY - timedelta(days=3))
    other = new_deal(planner, title="Later", next_target=TODAY + timedelta(days=30))
    cards = [planner.deals.card(deal), planner.deals.card(other)]
    assert cards[0].next_target == TODAY - timedelta(days=3)
    model = CardListModel(cards[0].stage_id, {}, today=TODAY)
    model.set_cards(cards)
    late, soon = model.index(model.row_of(deal)), model.index(model.row_of(other))
    assert late.data(CardRole.NEXT_TARGET) == cards[0].next_target.isoformat()  # type: ignore[union-attr]
    assert "Next milestone target:" in late.data(Qt.ItemDataRole.ToolTipRole) and "(passed)" in late.data(
        Qt.ItemDataRole.ToolTipRole)
    assert "(passed)" not in soon.data(Qt.ItemDataRole.ToolTipRole)
    assert model.target_passed(cards[0]) and not model.target_passed(cards[1])
