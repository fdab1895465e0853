"""The deal workspace: fields, stages (frozen ones read-only), contacts, history, actions."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from builders import confirm_current, new_deal
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QLabel, QMessageBox

from planner.domain import messages
from planner.domain.errors import PlannerError
from planner.domain.model import Contact, ItemKind, StageState
from planner.services import Planner
from planner.ui.deal import DealWorkspace
from planner.ui.deal.dialogs import AbandonDialog, CorrectionDialog
from planner.ui.deal.event_log import EventLogModel
from planner.ui.deal.work_items import WorkItemsModel
from planner.ui.session import Session


@pytest.fixture
def stack(session: Session) -> QUndoStack:
    return session.undo_stack


def deal_in_stage_2(planner: Planner) -> int:
    deal_id = new_deal(planner, stages=3, title="MES rollout", value=8_600_000.0)
    confirm_current(planner, deal_id, on=date(2026, 3, 4), evidence="Kick-off minutes signed")
    return deal_id


def test_empty_state_invites_to_select_a_deal(workspace: DealWorkspace) -> None:
    workspace.show_deal(None)
    assert workspace.empty_title.isVisible()
    assert "Select a deal" in workspace.empty_title.text()


def test_open_deal_mid_process(planner: Planner, workspace: DealWorkspace) -> None:
    deal_id = deal_in_stage_2(planner)
    workspace.show_deal(deal_id)
    assert workspace.title.text() == "MES rollout"
    assert workspace.strip.segment_count() == 3
    states = [s.segment.state for s in workspace._sections]
    assert states == [StageState.FROZEN, StageState.CURRENT, StageState.FUTURE]
    current = workspace._sections[1]
    assert current.expanded and not workspace._sections[0].expanded
    assert current.tasks.view.isEnabled() and current.tasks.add_field.isVisibleTo(workspace)
    assert workspace.confirm_button.isVisible() and not workspace.follow_button.isVisible()
    assert "8,600,000" in workspace.fields.value.text()


def test_frozen_stage_is_read_only_and_the_file_refuses_too(planner: Planner, workspace: DealWorkspace) -> None:
    deal_id = deal_in_stage_2(planner)
    workspace.show_deal(deal_id)
    frozen = workspace._sections[0]
    frozen.set_expanded(True)
    assert not frozen.tasks.view.isEnabled()
    assert not frozen.tasks.tools.isVisibleTo(workspace)
    assert not frozen.deliverables.view.isEnabled()
    model = frozen.tasks.model
    index = model.index(0)
    assert not model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert frozen.notes.isReadOnly()
    task = model.item(0)
    with pytest.raises(PlannerError):
        planner.work.set_done(ItemKind.TASK, task.id, not task.done)
    with pytest.raises(PlannerError):
        planner.work.set_note(deal_id, task.stage_id, "rewrite history")
    assert frozen.confirmation.isVisibleTo(workspace)
    texts = " ".join(w.text() for w in frozen.confirmation.findChildren(QLabel))
    assert "Kick-off minutes signed" in texts


def test_future_stage_shows_its_templates_greyed(planner: Planner, workspace: DealWorkspace) -> None:
    workspace.show_deal(deal_in_stage_2(planner))
    future = workspace._sections[2]
    future.set_expanded(True)
    assert future.templates.isVisibleTo(workspace) and not future.templates.isEnabled()
    assert "Task 3" in future.templates.text() and "Deliverable 3" in future.templates.text()
    assert not future.tasks.isVisibleTo(workspace)


def test_correction_notes_are_shown_and_added(planner: Planner, workspace: DealWorkspace,
                                              stack: QUndoStack, monkeypatch: pytest.MonkeyPatch) -> None:
    deal_id = deal_in_stage_2(planner)
    milestone = planner.milestones.of(deal_id)[0]
    planner.milestones.correct(milestone.id, "Minutes were dated a week late.", date(2026, 3, 10))
    workspace.show_deal(deal_id)
    box = workspace._sections[0].confirmation
    notes = [w.text() for w in box.findChildren(QLabel, "correction")]
    assert any("Minutes were dated a week late." in n for n in notes)

    def accept(dialog: CorrectionDialog) -> int:
        dialog.text.setPlainText("Evidence link added later.")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CorrectionDialog, "exec", accept)
    changed: list[int] = []
    workspace.session.changed.connect(lambda c: changed.extend(c.deals))
    workspace._sections[0].confirmation.add_button.click()
    texts = [c.text for c in planner.milestones.of(deal_id)[0].corrections]
    assert texts == ["Minutes were dated a week late.", "Evidence link added later."]
    assert stack.count() == 0  # append-only: not an undo command
    assert changed == [deal_id]
    notes = [w.text() for w in workspace._sections[0].confirmation.findChildren(QLabel, "correction")]
    assert any("Evidence link added later." in n for n in notes)


def test_correction_dialog_needs_text(planner: Planner, qtbot) -> None:
    deal_id = deal_in_stage_2(planner)
    dialog = CorrectionDialog(planner.milestones.of(deal_id)[0], "Stage 1")
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    dialog.text.setPlainText("   ")
    assert not dialog.ok.isEnabled()
    dialog.text.setPlainText("Wrong date")
    assert dialog.ok.isEnabled()


def test_ticking_a_task_in_the_view_writes_and_undoes(planner: Planner, workspace: DealWorkspace,
                                                      stack: QUndoStack) -> None:
    deal_id = deal_in_stage_2(planner)
    workspace.show_deal(deal_id)
    current = workspace._sections[1]
    model = current.tasks.model
    task = model.item(0)
    assert model.setData(model.index(0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert planner.work.get(deal_id).stage_tasks(task.stage_id)[0].done
    assert model.item(0).done  # the view shows what the file says
    stack.undo()
    assert not planner.work.get(deal_id).stage_tasks(task.stage_id)[0].done
    assert not workspace._sections[1].tasks.model.item(0).done


def test_add_and_remove_task_from_the_section(planner: Planner, workspace: DealWorkspace, qtbot,
                                              stack: QUndoStack) -> None:
    deal_id = deal_in_stage_2(planner)
    workspace.show_deal(deal_id)
    tasks = workspace._sections[1].tasks
    tasks.add_field.setFocus()
    qtbot.keyClicks(tasks.add_field, "Send the ROI sheet")
    qtbot.keyClick(tasks.add_field, Qt.Key.Key_Return)
    texts = [t.text for t in planner.work.get(deal_id).stage_tasks(tasks.stage_id)]
    assert "Send the ROI sheet" in texts and tasks.add_field.text() == ""
    row = [t.text for t in tasks.model.items()].index("Send the ROI sheet")
    tasks.view.setCurrentIndex(tasks.model.index(row))
    tasks.remove_button.click()
    assert "Send the ROI sheet" not in [t.text for t in planner.work.get(deal_id).stage_tasks(tasks.stage_id)]
    stack.undo()
    assert "Send the ROI sheet" in [t.text for t in planner.work.get(deal_id).stage_tasks(tasks.stage_id)]


def test_required_items_cannot_be_removed(planner: Planner, session: Session, qtbot) -> None:
    deal_id = new_deal(planner, required=True)
    ws = DealWorkspace(session)
    qtbot.addWidget(ws)
    ws.show_deal(deal_id)
    tasks = ws._sections[0].tasks
    tasks.view.setCurrentIndex(tasks.model.index(0))  # "Task 1", required
    assert tasks.model.item(0).required and not tasks.remove_button.isEnabled()


def test_field_edits_are_saved_when_editing_finishes_and_undo(planner: Planner, workspace: DealWorkspace,
                                                              stack: QUndoStack, qtbot) -> None:
    deal_id = deal_in_stage_2(planner)
    workspace.show_deal(deal_id)
    changed: list[int] = []
    workspace.session.changed.connect(lambda c: changed.extend(c.deals))
    title = workspace.fields.title
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "MES phase 1")
    assert planner.deals.get(deal_id).title == "MES rollout"  # not before editing finishes
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert planner.deals.get(deal_id).title == "MES phase 1"
    assert workspace.title.text() == "MES phase 1"
    assert changed == [deal_id]
    stack.undo()
    assert planner.deals.get(deal_id).title == "MES rollout"
    assert workspace.fields.title.text() == "MES rollout"
    assert changed == [deal_id, deal_id]  # an undo is an edit too


def test_notes_are_saved_while_typing(planner: Planner, workspace: DealWorkspace, qtbot) -> None:
    deal_id = deal_in_stage_2(planner)
    workspace.show_deal(deal_id)
    notes = workspace.fields.notes
    notes.setFocus()
    qtbot.keyClicks(notes, "Met the CFO")
    qtbot.waitUntil(lambda: planner.deals.get(deal_id).notes == "Met the CFO", timeout=3000)


def test_empty_title_is_refused_inline(planner: Planner, workspace: DealWorkspace) -> None:
    deal_id = deal_in_stage_2(planner)
    workspace.show_deal(deal_id)
    workspace.fields.title.setText("   ")
    workspace.fields.title.setModified(True)  # as typing leaves it (setText does not)
    workspace.fields.title.editingFinished.emit()
    assert planner.deals.get(deal_id).title == "MES rollout"
    assert workspace.fields.title.text() == "MES rollout"
    assert workspace.fields.error.isVisibleTo(workspace)


def test_dates_can_be_set_and_cleared(planner: Planner, workspace: DealWorkspace, stack: QUndoStack) -> None:
    deal_id = deal_in_stage_2(planner)
    workspace.show_deal(deal_id)
    field = workspace.fields.expected_close
    field.edit.setDate(field.edit.date().currentDate().addDays(30))
    field.edit.editingFinished.emit()
    assert planner.deals.get(deal_id).expected_close is not None
    field.clear_button.click()
    assert planner.deals.get(deal_id).expected_close is None
    stack.undo()
    assert planner.deals.get(deal_id).expected_close is not None


def test_contacts_added_from_the_workspace(planner: Planner, workspace: DealWorkspace, stack: QUndoStack,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from planner.ui.kit.contacts import ContactDialog

    deal_id = deal_in_stage_2(planner)
    workspace.show_deal(deal_id)

    def fill(dialog: ContactDialog) -> int:
        dialog.name.setText("Chen Yi-chun")
        dialog.role.setCurrentIndex(dialog.role.findData("technical_evaluator"))
        dialog.attitude.setCurrentIndex(dialog.attitude.findData("supporter"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ContactDialog, "exec", fill)
    workspace.contacts.add_button.click()
    account_id = planner.deals.get(deal_id).account_id
    [contact] = planner.contacts.of(account_id)
    assert (contact.name, contact.role, contact.attitude) == ("Chen Yi-chun", "technical_evaluator", "supporter")
    assert workspace.contacts.model.rowCount() == 1
    stack.undo()
    assert planner.contacts.of(account_id) == [] and workspace.contacts.model.rowCount() == 0


def test_abandon_requires_a_reason_and_is_not_undoable(planner: Planner, workspace: DealWorkspace,
                                                       stack: QUndoStack, monkeypatch: pytest.MonkeyPatch,
                                                       qtbot) -> None:
    deal_id = deal_in_stage_2(planner)
    workspace.show_deal(deal_id)
    dialog = AbandonDialog("MES rollout")
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.error.text()
    with pytest.raises(PlannerError):
        planner.deals.abandon(deal_id, "  ")

    def give_reason(d: AbandonDialog) -> int:
        d.text.setPlainText("Budget frozen until next year")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AbandonDialog, "exec", give_reason)
    workspace.abandon_button.click()
    deal = planner.deals.get(deal_id)
    assert (deal.status, deal.close_reason) == ("abandoned", "Budget frozen until next year")
    assert stack.count() == 0
    assert not workspace.abandon_button.isVisible() and workspace.follow_button.isVisible()
    assert "Budget frozen" in workspace.banner.text()


def test_closed_deal_is_read_only(planner: Planner, workspace: DealWorkspace) -> None:
    deal_id = deal_in_stage_2(planner)
    planner.deals.abandon(deal_id, "Lost interest")
    workspace.show_deal(deal_id)
    f = workspace.fields
    assert f.title.isReadOnly() and f.value.isReadOnly() and f.notes.isReadOnly()
    assert not f.account.isEnabled() and not f.currency.isEnabled()
    assert all(not s.tasks.view.isEnabled() and not s.tasks.tools.isVisibleTo(s) for s in workspace._sections)
    assert all(s.notes.isReadOnly() for s in workspace._sections)
    assert f.status.text() == "Abandoned" and f.reason.text() == "Lost interest"


def test_follow_up_creates_a_linked_deal(planner: Planner, workspace: DealWorkspace,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    deal_id = deal_in_stage_2(planner)
    planner.deals.abandon(deal_id, "Timing")
    workspace.show_deal(deal_id)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("MES, next year", True)))
    created: list[int] = []
    workspace.dealCreated.connect(created.append)
    workspace.follow_button.click()
    [new_id] = created
    new = planner.deals.get(new_id)
    assert new.follow_up_of == deal_id and new.title == "MES, next year" and new.is_open
    assert workspace.deal_id() == new_id
    assert "MES rollout" in workspace.fields.follows.text()


def test_confirm_button_asks_the_board(planner: Planner, workspace: DealWorkspace) -> None:
    deal_id = deal_in_stage_2(planner)
    workspace.show_deal(deal_id)
    asked: list[int] = []
    workspace.confirmRequested.connect(asked.append)
    workspace.confirm_button.click()
    assert asked == [deal_id]


def test_confirmation_elsewhere_refreshes_and_opens_the_new_stage(planner: Planner,
                                                                  workspace: DealWorkspace) -> None:
    deal_id = deal_in_stage_2(planner)
    workspace.show_deal(deal_id)
    confirm_current(planner, deal_id)
    workspace.reload()
    assert [s.segment.state for s in workspace._sections][:2] == [StageState.FROZEN, StageState.FROZEN]
    assert workspace._sections[2].expanded


def test_delete_refused_with_confirmed_milestones(planner: Planner, workspace: DealWorkspace,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, _t, text, *a: told.append(text)))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    deal_id = deal_in_stage_2(planner)
    workspace.show_deal(deal_id)
    workspace.delete_action.trigger()
    assert told and "cannot be deleted" in told[0]
    assert planner.deals.get(deal_id).title == "MES rollout"
    with pytest.raises(PlannerError):  # the file refuses it too
        planner.deals.delete(deal_id)
    fresh = new_deal(planner, title="Typo deal")
    workspace.show_deal(fresh)
    workspace.delete_action.trigger()
    assert workspace.deal_id() is None
    with pytest.raises(PlannerError):
        planner.deals.get(fresh)


def test_archive_toggles(planner: Planner, workspace: DealWorkspace) -> None:
    deal_id = deal_in_stage_2(planner)
    workspace.show_deal(deal_id)
    workspace.archive_action.trigger()
    assert planner.deals.get(deal_id).archived and "Archived" in workspace.banner.text()
    workspace.archive_action.trigger()
    assert not planner.deals.get(deal_id).archived


def test_event_log_in_words(planner: Planner, workspace: DealWorkspace, stack: QUndoStack) -> None:
    deal_id = deal_in_stage_2(planner)
    planner.deals.update(deal_id, value=9_000_000.0)
    workspace.show_deal(deal_id)
    model = workspace.history_model
    rows = [(model.index(r, 1).data(), model.index(r, 2).data()) for r in range(model.rowCount())]
    assert rows[0] == ("Changed the value", "8,600,000 → 9,000,000")  # newest first
    whats = [w for w, _ in rows]
    assert "Milestone confirmed: Stage 1" in whats and "Deal created" in whats
    assert "Moved to the next stage" in whats


def test_models_pass_the_model_tester(planner: Planner, workspace: DealWorkspace, qtmodeltester) -> None:
    deal_id = deal_in_stage_2(planner)
    planner.contacts.add(Contact(planner.deals.get(deal_id).account_id, "Lin", "CEO"))
    workspace.show_deal(deal_id)
    qtmodeltester.check(workspace._sections[1].tasks.model)
    qtmodeltester.check(workspace._sections[1].deliverables.model)
    qtmodeltester.check(workspace.contacts.model)
    qtmodeltester.check(workspace.history_model)
    empty = WorkItemsModel(ItemKind.TASK)
    qtmodeltester.check(empty)
    qtmodeltester.check(EventLogModel())


@pytest.mark.parametrize("lang", ["en", "zh_TW"])
def test_panel_holds_at_side_panel_width(planner: Planner, session: Session, qtbot, lang: str) -> None:
    from planner import i18n

    i18n.install(lang)
    try:
        deal_id = deal_in_stage_2(planner)
        ws = DealWorkspace(session)
        qtbot.addWidget(ws)
        ws.resize(340, 700)  # the dock's narrowest
        ws.show()
        ws.show_deal(deal_id)
        for section in ws._sections:
            section.set_expanded(True)
        ws.history_section.set_expanded(True)
        QApplication.processEvents()
        inner = ws.scroll.widget()
        assert inner.minimumSizeHint().width() <= ws.scroll.viewport().width()
        assert ws.minimumSizeHint().width() <= 340
    finally:
        i18n.install("en")


def test_another_file_empties_the_panel_and_its_undo_history(planner: Planner, workspace: DealWorkspace,
                                                             tmp_path) -> None:  # noqa: ANN001
    deal_id = deal_in_stage_2(planner)
    workspace.show_deal(deal_id)
    workspace.fields.risks.setPlainText("Budget freeze")
    workspace.fields.risks.commit()
    assert workspace.stack.count() == 1
    other = Planner.open(tmp_path / "other.planner", create=True)
    try:
        workspace.session.switch_to(other)
        assert workspace.deal_id() is None and workspace.empty_title.isVisible()
        assert workspace.stack.count() == 0 and workspace.planner is other
        planner.deals.update(deal_id, title="Edited in the old file")  # not this panel's file any more
        assert workspace.deal_id() is None
    finally:
        other.close()


def test_keyboard_ticks_renames_and_links(planner: Planner, workspace: DealWorkspace, qtbot,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    deal_id = deal_in_stage_2(planner)
    workspace.show_deal(deal_id)
    tasks = workspace._sections[1].tasks
    tasks.view.setFocus()
    tasks.view.setCurrentIndex(tasks.model.index(1))
    qtbot.keyClick(tasks.view, Qt.Key.Key_Space)
    stage_id = tasks.stage_id
    assert planner.work.get(deal_id).stage_tasks(stage_id)[1].done
    assert tasks.model.setData(tasks.model.index(1), "Optional 2, done with the CFO", Qt.ItemDataRole.EditRole)
    assert planner.work.get(deal_id).stage_tasks(stage_id)[1].text == "Optional 2, done with the CFO"
    deliverables = workspace._sections[1].deliverables
    deliverables.view.setCurrentIndex(deliverables.model.index(0))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("https://example.com/p.pdf", True)))
    deliverables.link_button.click()
    assert planner.work.get(deal_id).stage_deliverables(stage_id)[0].link == "https://example.com/p.pdf"
    assert "https://example.com/p.pdf" in deliverables.model.index(0).data()


def test_stage_note_saved_and_logged(planner: Planner, workspace: DealWorkspace, stack: QUndoStack) -> None:
    deal_id = deal_in_stage_2(planner)
    workspace.show_deal(deal_id)
    section = workspace._sections[1]
    section.notes.setPlainText("CFO wants the ROI sheet first.")
    section.notes.commit()
    assert planner.work.get(deal_id).notes[section.stage.id] == "CFO wants the ROI sheet first."
    top = workspace.history_model.index(0, 1).data()
    assert top == "Stage note edited: Stage 2"
    stack.undo()
    assert planner.work.get(deal_id).notes.get(section.stage.id, "") == ""
    assert workspace._sections[1].notes.toPlainText() == ""


def test_clicking_the_stage_map_opens_that_stage(planner: Planner, workspace: DealWorkspace, qtbot) -> None:
    deal_id = deal_in_stage_2(planner)
    workspace.show_deal(deal_id)
    assert not workspace._sections[0].expanded
    strip = workspace.strip
    first = strip._rects()[0].center().toPoint()
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=first)
    assert workspace._sections[0].expanded
    assert "confirmed on" in strip.summary() and "current stage" in strip.summary()


def test_delete_refused_for_a_deal_closed_before_any_milestone(planner: Planner, workspace: DealWorkspace,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """An abandoned deal counts in the win rates and the reasons for losing: it is archived, not
    deleted (the file refuses it to the sqlite3 shell too)."""
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, _t, text, *a: told.append(text)))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    deal_id = new_deal(planner, title="Given up")
    planner.deals.abandon(deal_id, "No budget")
    workspace.show_deal(deal_id)
    workspace.delete_action.trigger()
    assert told and "closed deal cannot be deleted" in told[0]
    with pytest.raises(PlannerError, match="closed deal cannot be deleted"):
        planner.deals.delete(deal_id)
    with pytest.raises(sqlite3.IntegrityError, match=messages.CLOSED_KEPT.raised):
        planner.store.conn.execute("DELETE FROM deals WHERE id = ?", [deal_id])
    assert planner.deals.get(deal_id).title == "Given up"
