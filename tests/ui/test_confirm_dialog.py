"""Moving a card forward = confirming milestones in the dialog: confirm, cancel,
went-against-us, required work that blocks, several milestones at once, the keyboard path."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from builders import confirm_current, days_ago, new_deal
from PySide6.QtCore import QDate, QModelIndex, Qt, QUrl
from PySide6.QtWidgets import QDialog, QMessageBox

from planner.domain.model import Account, Deal, DealStatus, ItemTemplate, Outcome, Process, Stage
from planner.services import Planner
from planner.ui.board.model import encode
from planner.ui.deal.confirm import ConfirmDialog
from planner.ui.main_window import MainWindow

Action = Callable[[ConfirmDialog], None]


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list:
    """Replace the modal exec(): each test says what the user does in the dialog."""
    seen: list[ConfirmDialog] = []
    actions: list[Action] = []

    def fake_exec(self: ConfirmDialog) -> int:
        seen.append(self)
        self.show()
        actions.pop(0)(self)
        return int(self.result())

    monkeypatch.setattr(ConfirmDialog, "exec", fake_exec)
    # a scripted Cancel after typing means it: discard (the question itself has tests of its own)
    monkeypatch.setattr(ConfirmDialog, "discard_typed", lambda self: True)
    return [seen, actions]


def fill(dialog: ConfirmDialog, evidence: str = "Signed minutes of the kick-off") -> None:
    for page in dialog.effective_pages():
        page.evidence.setPlainText(evidence)


def confirm(dialog: ConfirmDialog) -> None:
    fill(dialog)
    dialog.acknowledge.setChecked(True)
    assert dialog.confirm_button.isEnabled()
    dialog.confirm_button.click()


def drop(window: MainWindow, deal_id: int, column: int) -> None:
    """What a drop of the deal's card on a column does: the model hands it to the board."""
    board = window.board
    card = board.card_of(deal_id)
    assert card is not None
    target = board.columns[column].model
    target.dropMimeData(encode(deal_id, card.stage_id), Qt.DropAction.MoveAction, -1, -1, QModelIndex())


def column_ids(window: MainWindow, column: int) -> list[int]:
    model = window.board.columns[column].model
    return [c.deal_id for c in model.cards]


def test_dragging_forward_confirms_the_milestone(window: MainWindow, planner: Planner, dialogs, qtbot) -> None:  # noqa: ANN001
    deal = new_deal(planner, stages=3)
    window.refresh()
    seen, actions = dialogs

    def user(dialog: ConfirmDialog) -> None:
        assert [p.stage.name for p in dialog.pages] == ["Stage 1"]
        assert dialog.pages[0].date_edit.date() == QDate.currentDate()
        assert dialog.pages[0].date_edit.maximumDate() == QDate.currentDate()  # never in the future
        assert not dialog.confirm_button.isEnabled()  # no evidence, no acknowledgement yet
        text = dialog.freeze_text.text()
        assert "Stage 1" in text and "cannot be undone" in text
        fill(dialog)
        assert not dialog.confirm_button.isEnabled()  # still needs the explicit acknowledgement
        dialog.pages[0].date_edit.setDate(QDate.currentDate().addDays(-3))
        confirm(dialog)

    actions.append(user)
    drop(window, deal, 1)
    qtbot.waitUntil(lambda: len(seen) == 1)
    work = planner.work.get(deal)
    assert work.deal.stage_id == work.process.stages[1].id
    [milestone] = work.milestones
    assert milestone.evidence == "Signed minutes of the kick-off"
    assert milestone.confirmed_on == date.today() - timedelta(days=3)
    assert column_ids(window, 0) == [] and column_ids(window, 1) == [deal]
    assert window.board.selected_deal() == deal
    assert window.undo_stack.count() == 0  # a confirmation is not undoable...
    assert "Undo does not reverse" in window.statusBar().currentMessage()  # ...and the window says so


def test_cancel_changes_nothing(window: MainWindow, planner: Planner, dialogs, qtbot) -> None:  # noqa: ANN001
    deal = new_deal(planner, stages=3)
    window.refresh()
    before = planner.deals.events(deal)
    seen, actions = dialogs

    def user(dialog: ConfirmDialog) -> None:
        fill(dialog)
        dialog.acknowledge.setChecked(True)
        dialog.pages[0].work_list.item(1).setCheckState(Qt.CheckState.Checked)  # a tick, then cancel
        dialog.cancel_button.click()

    actions.append(user)
    drop(window, deal, 2)
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert [p.stage.name for p in seen[0].pages] == ["Stage 1", "Stage 2"]
    assert planner.milestones.of(deal) == []
    assert planner.deals.events(deal) == before
    assert not any(t.done for t in planner.work.get(deal).tasks)
    assert column_ids(window, 0) == [deal]
    assert "Nothing was confirmed" in window.statusBar().currentMessage()


def test_went_against_us_closes_the_deal_as_lost(window: MainWindow, planner: Planner, dialogs, qtbot) -> None:  # noqa: ANN001
    deal = new_deal(planner, stages=4)
    window.refresh()
    seen, actions = dialogs

    def user(dialog: ConfirmDialog) -> None:
        assert len(dialog.pages) == 3
        page = dialog.pages[0]
        assert page.category.isHidden()  # a reason category is asked only of a deal lost here
        page.against.setChecked(True)
        assert not page.category.isHidden() and page.category.currentText() == "No category"
        page.category.setCurrentIndex(page.category.findText("Competitor"))
        assert len(dialog.effective_pages()) == 1  # nothing is confirmed after a lost milestone
        assert "closes the deal as lost" in dialog.freeze_text.text()
        fill(dialog, "Letter from procurement")
        dialog.acknowledge.setChecked(True)
        assert not dialog.confirm_button.isEnabled()  # the customer's decision is the reason
        page.decision.setText("Chose the incumbent supplier")
        assert dialog.confirm_button.isEnabled()
        dialog.confirm_button.click()

    actions.append(user)
    drop(window, deal, 3)
    qtbot.waitUntil(lambda: len(seen) == 1)
    got = planner.deals.get(deal)
    assert got.status == DealStatus.LOST
    assert got.close_reason == "Chose the incumbent supplier"
    assert got.close_category == planner.reasons.all()[1].id  # filed in the same write
    [milestone] = planner.milestones.of(deal)
    assert milestone.outcome == Outcome.AGAINST
    assert all(deal not in column_ids(window, i) for i in range(4))
    assert window.board.lane_model.row_of(deal) >= 0


def test_a_required_deliverable_blocks_until_it_is_there(window: MainWindow, planner: Planner, dialogs, qtbot) -> None:  # noqa: ANN001
    deal = new_deal(planner, stages=3, required=True)
    window.refresh()
    seen, actions = dialogs

    def user(dialog: ConfirmDialog) -> None:
        page = dialog.pages[0]
        fill(dialog)
        dialog.acknowledge.setChecked(True)
        assert not dialog.confirm_button.isEnabled()
        assert page.blocking_label.isVisible()
        assert "Deliverable 1" in page.blocking_label.text() and "Task 1" in page.blocking_label.text()
        dialog.confirm()  # even forced, nothing is written while it blocks
        assert planner.milestones.of(deal) == []
        required = [page.work_list.item(i) for i in range(page.work_list.count())
                    if page.work_list.item(i).data(Qt.ItemDataRole.UserRole + 4)]
        for item in required:
            item.setCheckState(Qt.CheckState.Checked)
        assert not page.blocking_label.isVisible()
        dialog.confirm_button.click()

    actions.append(user)
    drop(window, deal, 1)
    qtbot.waitUntil(lambda: len(seen) == 1)
    work = planner.work.get(deal)
    first = work.process.stages[0].id
    assert len(work.milestones) == 1
    assert all(d.done for d in work.stage_deliverables(first))
    assert [t.done for t in work.stage_tasks(first)] == [True, False]  # only what was ticked


def test_crossing_stages_ticks_work_of_a_stage_not_yet_entered(planner: Planner, window: MainWindow,
                                                               dialogs, qtbot) -> None:  # noqa: ANN001
    process = Process(name="Gates", stages=[
        Stage(name="Lead", milestone="Account assigned", win_rate=5),
        Stage(name="Qualify", milestone="Budget confirmed", win_rate=20),
        Stage(name="Propose", milestone="Solution chosen", win_rate=50,
              deliverables=[ItemTemplate("Signed proposal", required=True)]),
        Stage(name="Close", milestone="Contract signed", win_rate=80)])
    pid = planner.processes.create(process)
    aid = planner.accounts.create(Account(name="Acme"))
    deal = planner.deals.create(Deal(aid, pid, "Big one"))
    confirm_current(planner, deal, on=days_ago(20))
    window.refresh()
    seen, actions = dialogs

    def user(dialog: ConfirmDialog) -> None:
        assert [p.stage.name for p in dialog.pages] == ["Qualify", "Propose"]
        first, second = dialog.pages
        assert first.work_list.count() == 0  # Qualify asks for nothing
        fill(dialog)
        # a date before the previous milestone cannot be entered
        floor = days_ago(20)
        assert first.date_edit.minimumDate() == QDate(floor.year, floor.month, floor.day)
        dialog.acknowledge.setChecked(True)
        assert not dialog.confirm_button.isEnabled()
        assert "Signed proposal" in second.blocking_label.text()
        dialog.go(1)
        assert dialog.stack.currentIndex() == 1
        second.work_list.item(1).setCheckState(Qt.CheckState.Checked)  # [header, Signed proposal]
        assert "Qualify" in dialog.freeze_text.text() and "Propose" in dialog.freeze_text.text()
        dialog.confirm_button.click()

    actions.append(user)
    drop(window, deal, 3)  # to the last column: crossing Qualify and Propose
    qtbot.waitUntil(lambda: len(seen) == 1)
    work = planner.work.get(deal)
    assert work.deal.stage_id == work.process.stages[3].id
    assert [d.done for d in work.stage_deliverables(work.process.stages[2].id)] == [True]
    assert len(work.milestones) == 3
    # ...and the keyboard confirms the last milestone: the deal is won
    actions.append(confirm)
    window.board.select_deal(deal)
    window.actions_by_name["confirm"].trigger()
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert planner.deals.get(deal).status == DealStatus.WON
    assert window.board.lane_model.row_of(deal) >= 0


def test_evidence_file_is_stored_as_a_link(window: MainWindow, planner: Planner, dialogs, qtbot,  # noqa: ANN001
                                          file_answers, tmp_path: Path) -> None:
    minutes = tmp_path / "kick-off minutes.pdf"
    minutes.write_bytes(b"%PDF-1.4")
    file_answers.will_answer(minutes)
    deal = new_deal(planner)
    window.refresh()
    seen, actions = dialogs

    def user(dialog: ConfirmDialog) -> None:
        dialog.pages[0].attach_button.click()
        assert "kick-off minutes.pdf" in dialog.pages[0].link_label.text()
        confirm(dialog)

    actions.append(user)
    window.board.select_deal(deal)
    window.confirm_selected()
    [milestone] = planner.milestones.of(deal)
    assert milestone.evidence_link == QUrl.fromLocalFile(str(minutes)).toString()
    assert milestone.evidence_link.startswith("file://")


def test_keyboard_shortcut_opens_the_dialog(window: MainWindow, planner: Planner, dialogs, qtbot) -> None:  # noqa: ANN001
    deal = new_deal(planner)
    window.refresh()
    seen, actions = dialogs
    actions.append(lambda d: d.cancel_button.click())
    window.board.select_deal(deal)
    view = window.board.columns[0].view
    window.activateWindow()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert seen[0].deal_id == deal and [p.stage.name for p in seen[0].pages] == ["Stage 1"]


def test_a_closed_deal_cannot_be_confirmed(window: MainWindow, planner: Planner, monkeypatch) -> None:  # noqa: ANN001
    deal = new_deal(planner)
    planner.deals.abandon(deal, "Out of budget")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text))
    assert window.confirm_move(deal, planner.processes.get(planner.deals.get(deal).process_id).stages[1].id) is False
    assert warnings and "closed" in warnings[0]


def test_a_refusal_from_the_file_keeps_the_dialog_open(planner: Planner, qtbot) -> None:  # noqa: ANN001
    deal = new_deal(planner)
    stage = planner.deals.get(deal).stage_id
    dialog = ConfirmDialog(planner, deal, planner.processes.get(planner.deals.get(deal).process_id).stages[1].id)
    qtbot.addWidget(dialog)
    fill(dialog)
    dialog.acknowledge.setChecked(True)
    confirm_current(planner, deal)  # meanwhile, elsewhere: the milestone is already confirmed
    dialog.confirm_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert not dialog.error_label.isHidden() and "in order" in dialog.error_label.text()
    assert len(planner.milestones.of(deal)) == 1 and planner.deals.get(deal).stage_id != stage


def test_a_category_chosen_then_taken_back_by_reached_is_not_sent(planner: Planner, qtbot) -> None:  # noqa: ANN001
    deal = new_deal(planner)
    dialog = ConfirmDialog(planner, deal, planner.processes.get(planner.deals.get(deal).process_id).stages[1].id)
    qtbot.addWidget(dialog)
    page = dialog.pages[0]
    page.against.setChecked(True)
    page.category.setCurrentIndex(2)
    page.reached.setChecked(True)  # changed their mind: the milestone was reached
    assert page.category.isHidden() and page.close_category() is None
    fill(dialog)
    dialog.acknowledge.setChecked(True)
    dialog.confirm_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert planner.deals.get(deal).is_open and planner.deals.get(deal).close_category is None


@pytest.mark.parametrize("typed", ["evidence", "decision", "file"])
def test_esc_asks_before_discarding_what_was_typed(planner: Planner, qtbot, monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
                                                   typed: str) -> None:
    deal = new_deal(planner)
    dialog = ConfirmDialog(planner, deal, planner.processes.get(planner.deals.get(deal).process_id).stages[1].id)
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.pages[0]
    if typed == "evidence":
        page.evidence.setPlainText("Signed minutes of the steering meeting")
    elif typed == "decision":
        page.decision.setText("Go ahead with the pilot")
    else:
        page.set_link(QUrl.fromLocalFile("/tmp/minutes.pdf").toString())
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[1]) or answer[0])
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()  # kept: the user said Cancel
    assert page.evidence.toPlainText() or page.decision.text() or page.evidence_link
    answer[0] = QMessageBox.StandardButton.Discard
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert planner.milestones.of(deal) == []


def test_esc_with_nothing_typed_closes_without_asking(planner: Planner, qtbot,  # noqa: ANN001
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    deal = new_deal(planner)
    dialog = ConfirmDialog(planner, deal, planner.processes.get(planner.deals.get(deal).process_id).stages[1].id)
    qtbot.addWidget(dialog)
    dialog.show()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked with nothing to lose"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
