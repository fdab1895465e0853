"""Undo commands: every reversible edit goes to the file and comes back out of it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from builders import confirm_current, new_deal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from planner.domain.model import Account, Attitude, BuyingRole, Contact, ItemKind
from planner.services import Planner
from planner.ui.kit import undo
from planner.ui.session import Session


@pytest.fixture
def stack(session: Session) -> QUndoStack:
    return session.undo_stack


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Messages the user would see, instead of a modal box that blocks the test."""
    shown: list[str] = []

    def fake(_parent, _title, text, *_args, **_kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(fake))
    return shown


def on_disk(planner: Planner) -> Planner:
    """A second connection to the same file: what a restart would see."""
    return Planner.open(planner.path)


def test_deal_field_edit_goes_to_the_file_and_back(planner: Planner, stack: QUndoStack) -> None:
    deal_id = new_deal(planner, title="Old title", value=100.0)
    assert undo.push(stack, undo.EditDealField(planner, deal_id, "title", "Old title", "New title"))
    assert undo.push(stack, undo.EditDealField(planner, deal_id, "value", 100.0, 2500.0))
    assert undo.push(stack, undo.EditDealField(planner, deal_id, "expected_close", None, date(2030, 1, 31)))
    other = on_disk(planner)
    try:
        d = other.deals.get(deal_id)
        assert (d.title, d.value, d.expected_close) == ("New title", 2500.0, date(2030, 1, 31))
        stack.undo()
        stack.undo()
        stack.undo()
        d = other.deals.get(deal_id)
        assert (d.title, d.value, d.expected_close) == ("Old title", 100.0, None)
        stack.redo()
        assert other.deals.get(deal_id).title == "New title"
        assert other.deals.get(deal_id).value == 100.0
    finally:
        other.close()


def test_each_edit_is_logged_with_before_and_after(planner: Planner, stack: QUndoStack) -> None:
    deal_id = new_deal(planner, title="A")
    undo.push(stack, undo.EditDealField(planner, deal_id, "title", "A", "B"))
    stack.undo()
    edits = [(e.before, e.after) for e in planner.deals.events(deal_id) if e.kind == "edited"]
    assert edits == [("A", "B"), ("B", "A")]


def test_typing_session_merges_into_one_undo_step(planner: Planner, stack: QUndoStack) -> None:
    deal_id = new_deal(planner)
    undo.push(stack, undo.EditDealField(planner, deal_id, "notes", "", "Call", session=7))
    undo.push(stack, undo.EditDealField(planner, deal_id, "notes", "Call", "Call Mr Lin", session=7))
    assert stack.count() == 1
    assert planner.deals.get(deal_id).notes == "Call Mr Lin"  # saved while typing
    stack.undo()
    assert planner.deals.get(deal_id).notes == ""
    undo.push(stack, undo.EditDealField(planner, deal_id, "notes", "", "x", session=8))
    undo.push(stack, undo.EditDealField(planner, deal_id, "notes", "x", "y", session=9))
    assert stack.count() == 2  # another session: another step


def test_tick_add_rename_remove_tasks_undo_redo(planner: Planner, stack: QUndoStack) -> None:
    deal_id = new_deal(planner)
    work = planner.work.get(deal_id)
    stage_id = work.deal.stage_id
    task = work.stage_tasks(stage_id)[0]
    undo.push(stack, undo.SetDone(planner, deal_id, ItemKind.TASK, task.id, task.text, True))
    add = undo.AddItem(planner, deal_id, stage_id, ItemKind.TASK, "Call the CFO")
    undo.push(stack, add)
    undo.push(stack, undo.EditItem(planner, deal_id, ItemKind.TASK, add.item_id, "text", "Call the CFO",
                                   "Call the CFO again"))
    undo.push(stack, undo.RemoveItem(planner, deal_id, ItemKind.TASK, task.id, task.text))

    def tasks() -> dict[int, tuple[str, bool]]:
        other = on_disk(planner)
        try:
            return {t.id: (t.text, t.done) for t in other.work.get(deal_id).stage_tasks(stage_id)}
        finally:
            other.close()

    assert task.id not in tasks() and tasks()[add.item_id] == ("Call the CFO again", False)
    stack.undo()  # remove
    assert tasks()[task.id] == (task.text, True)
    stack.undo()  # rename
    assert tasks()[add.item_id][0] == "Call the CFO"
    stack.undo()  # add
    assert add.item_id not in tasks()
    stack.undo()  # tick
    assert tasks()[task.id] == (task.text, False)
    for _ in range(4):
        stack.redo()
    # redo restores the same rows, so later commands still find them
    assert task.id not in tasks() and tasks()[add.item_id] == ("Call the CFO again", False)


def test_deliverable_link_undo(planner: Planner, stack: QUndoStack) -> None:
    deal_id = new_deal(planner)
    work = planner.work.get(deal_id)
    d = work.stage_deliverables(work.deal.stage_id)[0]
    undo.push(stack, undo.EditItem(planner, deal_id, ItemKind.DELIVERABLE, d.id, "link", "", "/docs/proposal.pdf"))
    assert planner.work.get(deal_id).stage_deliverables(work.deal.stage_id)[0].link == "/docs/proposal.pdf"
    stack.undo()
    assert planner.work.get(deal_id).stage_deliverables(work.deal.stage_id)[0].link == ""


def test_stage_note_undo_redo(planner: Planner, stack: QUndoStack) -> None:
    deal_id = new_deal(planner)
    stage_id = planner.deals.get(deal_id).stage_id
    undo.push(stack, undo.SetStageNote(planner, deal_id, stage_id, "Stage 1", "", "Budget owner: CFO"))
    other = on_disk(planner)
    try:
        assert other.work.get(deal_id).notes[stage_id] == "Budget owner: CFO"
        stack.undo()
        assert other.work.get(deal_id).notes.get(stage_id, "") == ""
        stack.redo()
        assert other.work.get(deal_id).notes[stage_id] == "Budget owner: CFO"
    finally:
        other.close()


def test_contacts_add_edit_delete_undo_redo(planner: Planner, stack: QUndoStack) -> None:
    aid = planner.accounts.create(Account("Acme"))
    add = undo.AddContact(planner, Contact(aid, "Lin", role=BuyingRole.ECONOMIC_BUYER))
    undo.push(stack, add)
    old = planner.contacts.of(aid)[0]
    new = Contact(aid, "Lin Chih-ming", "CEO", BuyingRole.ECONOMIC_BUYER, Attitude.SUPPORTER, id=old.id)
    undo.push(stack, undo.EditContact(planner, old, new))
    undo.push(stack, undo.DeleteContact(planner, new))
    assert planner.contacts.of(aid) == []
    stack.undo()
    assert planner.contacts.of(aid) == [new]  # back under its old id
    stack.undo()
    assert planner.contacts.of(aid) == [old]
    stack.undo()
    assert planner.contacts.of(aid) == []
    stack.redo()
    assert [c.id for c in planner.contacts.of(aid)] == [old.id]


def test_account_edit_undo(planner: Planner, stack: QUndoStack) -> None:
    aid = planner.accounts.create(Account("Acme", industry="Tools"))
    old = planner.accounts.get(aid)
    new = Account("Acme Ltd.", industry="Machine tools", id=aid)
    undo.push(stack, undo.EditAccount(planner, old, new))
    assert planner.accounts.get(aid).name == "Acme Ltd."
    stack.undo()
    assert planner.accounts.get(aid) == old


def test_changes_are_announced_after_do_undo_and_redo(planner: Planner, session: Session, stack: QUndoStack,
                                                      qtbot) -> None:  # noqa: ANN001
    deal_id = new_deal(planner)
    seen: list[int] = []
    session.changed.connect(lambda changes: seen.extend(changes.deals))
    undo.push(stack, undo.EditDealField(planner, deal_id, "risks", "", "Price"))
    stack.undo()
    stack.redo()
    assert seen == [deal_id] * 3


def test_refused_edit_is_not_kept(planner: Planner, stack: QUndoStack, warnings: list[str]) -> None:
    deal_id = new_deal(planner, title="Deal")
    assert not undo.push(stack, undo.EditDealField(planner, deal_id, "currency", "TWD", "dollars"))
    assert stack.count() == 0
    assert planner.deals.get(deal_id).currency == "TWD"
    assert warnings and "three-letter" in warnings[0]


def test_undo_refused_after_a_milestone_froze_the_stage(planner: Planner, stack: QUndoStack,
                                                        warnings: list[str]) -> None:
    deal_id = new_deal(planner)
    work = planner.work.get(deal_id)
    task = work.stage_tasks(work.deal.stage_id)[0]
    undo.push(stack, undo.EditDealField(planner, deal_id, "risks", "", "Budget"))
    undo.push(stack, undo.SetDone(planner, deal_id, ItemKind.TASK, task.id, task.text, True))
    confirm_current(planner, deal_id)  # not undoable: the stage is frozen now
    stack.undo()
    assert warnings and "frozen" in warnings[0]
    # the refused command is dropped; the one below it still undoes
    assert stack.count() == 1 and stack.index() == 1
    assert planner.work.get(deal_id).stage_tasks(work.deal.stage_id)[0].done is True
    stack.undo()
    assert planner.deals.get(deal_id).risks == ""
    assert stack.index() == 0


def test_redo_refused_after_the_deal_closed(planner: Planner, stack: QUndoStack, warnings: list[str]) -> None:
    deal_id = new_deal(planner, title="A")
    undo.push(stack, undo.EditDealField(planner, deal_id, "title", "A", "B"))
    stack.undo()
    planner.deals.abandon(deal_id, "No budget")
    stack.redo()
    assert warnings
    assert stack.count() == 0 and not stack.canRedo()
    assert planner.deals.get(deal_id).title == "A"


def test_command_texts_name_what_they_undo(planner: Planner, stack: QUndoStack) -> None:
    deal_id = new_deal(planner)
    undo.push(stack, undo.EditDealField(planner, deal_id, "expected_close", None, date(2031, 1, 1)))
    assert stack.undoText() == "Edit expected close"


def test_file_survives_reopen(tmp_path: Path, stack: QUndoStack) -> None:
    """Every edit is written when made: a new connection sees it with no save step."""
    planner = Planner.open(tmp_path / "x.planner", create=True)
    deal_id = new_deal(planner, title="T")
    undo.push(stack, undo.EditDealField(planner, deal_id, "notes", "", "written at once"))
    other = Planner.open(tmp_path / "x.planner")
    assert other.deals.get(deal_id).notes == "written at once"
    other.close()
    planner.close()
