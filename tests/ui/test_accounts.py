"""The accounts dialog: list and filter, the account editor, and its contacts, all undoable."""

from __future__ import annotations

import pytest
from builders import simple_process
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from planner.domain.model import Account, Attitude, BuyingRole, Contact, Deal, Influence
from planner.services import Planner
from planner.ui.accounts.dialog import AccountsDialog, AccountsModel
from planner.ui.kit.contacts import ContactDialog, ContactsModel
from planner.ui.session import Session


@pytest.fixture
def stack(session: Session) -> QUndoStack:
    return session.undo_stack


@pytest.fixture
def accounts(planner: Planner) -> dict[str, int]:
    ids = {name: planner.accounts.create(Account(name, industry=industry)) for name, industry in (
        ("台灣精密機械", "工具機製造"), ("Northwind Traders", "Wholesale"), ("Contoso", "Electronics"))}
    planner.contacts.add(Contact(ids["Northwind Traders"], "Margaret Peacock", "CFO",
                                BuyingRole.ECONOMIC_BUYER, Attitude.NEUTRAL, Influence.HIGH))
    return ids


@pytest.fixture
def dialog(session: Session, accounts: dict[str, int], qtbot) -> AccountsDialog:  # noqa: ANN001
    d = AccountsDialog(session)
    qtbot.addWidget(d)
    d.show()
    return d


def test_lists_and_filters_accounts(dialog: AccountsDialog, qtbot) -> None:
    assert dialog.proxy.rowCount() == 3
    qtbot.keyClicks(dialog.filter, "wholesale")  # industry counts too
    assert dialog.proxy.rowCount() == 1
    assert dialog.proxy.index(0, 0).data() == "Northwind Traders"
    assert dialog.current_account().name == "Northwind Traders"
    assert dialog.count.text() == "1 of 3 accounts"
    dialog.filter.clear()
    dialog.filter.setText("精密")  # QTest types ASCII only
    assert [dialog.proxy.index(r, 0).data() for r in range(dialog.proxy.rowCount())] == ["台灣精密機械"]


def test_editing_an_account_is_saved_and_undone(planner: Planner, dialog: AccountsDialog,
                                                accounts: dict[str, int], stack: QUndoStack, qtbot) -> None:
    aid = accounts["Contoso"]
    dialog.select_account(aid)
    industry = dialog.editor.edits["industry"]
    industry.setFocus()
    industry.selectAll()
    qtbot.keyClicks(industry, "Electronics manufacturing")
    qtbot.keyClick(industry, Qt.Key.Key_Return)
    assert planner.accounts.get(aid).industry == "Electronics manufacturing"
    dialog.editor.notes.setPlainText("Samples first, then a pilot.")
    dialog.editor.notes.commit()
    assert planner.accounts.get(aid).notes == "Samples first, then a pilot."
    stack.undo()
    stack.undo()
    assert planner.accounts.get(aid).industry == "Electronics"
    assert planner.accounts.get(aid).notes == ""
    assert dialog.editor.edits["industry"].text() == "Electronics"


def test_account_needs_a_name(planner: Planner, dialog: AccountsDialog, accounts: dict[str, int],
                              monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: shown.append(text)))
    dialog.select_account(accounts["Contoso"])
    dialog.editor.edits["name"].setText("  ")
    dialog.editor.edits["name"].editingFinished.emit()
    assert shown and planner.accounts.get(accounts["Contoso"]).name == "Contoso"
    assert dialog.editor.edits["name"].text() == "Contoso"


def test_archive_an_account(planner: Planner, dialog: AccountsDialog, accounts: dict[str, int],
                            stack: QUndoStack) -> None:
    dialog.select_account(accounts["Contoso"])
    dialog.editor.archived.setChecked(True)
    assert planner.accounts.get(accounts["Contoso"]).archived
    assert "Contoso" not in [a.name for a in planner.accounts.all()]
    stack.undo()
    assert not planner.accounts.get(accounts["Contoso"]).archived


def test_new_account(planner: Planner, dialog: AccountsDialog, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("大安巷口咖啡館", True)))
    dialog.new_button.click()
    assert dialog.current_account().name == "大安巷口咖啡館"
    assert "大安巷口咖啡館" in [a.name for a in planner.accounts.all()]


def test_contacts_add_edit_remove(planner: Planner, dialog: AccountsDialog, accounts: dict[str, int],
                                  stack: QUndoStack, monkeypatch: pytest.MonkeyPatch) -> None:
    aid = accounts["Northwind Traders"]
    dialog.select_account(aid)
    panel = dialog.editor.contacts
    assert panel.model.rowCount() == 1

    def add(d: ContactDialog) -> int:
        d.name.setText("Andrew Fuller")
        d.title_edit.setText("Head of IT")
        d.role.setCurrentIndex(d.role.findData("technical_evaluator"))
        d.attitude.setCurrentIndex(d.attitude.findData("supporter"))
        d.influence.setCurrentIndex(d.influence.findData("high"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ContactDialog, "exec", add)
    panel.add_button.click()
    added = next(c for c in planner.contacts.of(aid) if c.name == "Andrew Fuller")
    assert (added.role, added.attitude, added.influence) == ("technical_evaluator", "supporter", "high")
    assert panel.selected() == added  # the new person is selected

    def edit(d: ContactDialog) -> int:
        d.attitude.setCurrentIndex(d.attitude.findData("opponent"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ContactDialog, "exec", edit)
    panel.edit_button.click()
    assert planner.contacts.of(aid)[-1].attitude == "opponent"
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    panel.remove_button.click()
    assert [c.name for c in planner.contacts.of(aid)] == ["Margaret Peacock"]
    stack.undo()
    assert planner.contacts.of(aid)[-1] == Contact(aid, "Andrew Fuller", "Head of IT", BuyingRole.TECHNICAL_EVALUATOR,
                                                Attitude.OPPONENT, Influence.HIGH, id=added.id)
    stack.undo()
    assert planner.contacts.of(aid)[-1].attitude == "supporter"
    stack.undo()
    assert [c.name for c in planner.contacts.of(aid)] == ["Margaret Peacock"]
    assert panel.model.rowCount() == 1


def test_contact_dialog_requires_a_name(qtbot) -> None:
    d = ContactDialog(Contact(1, ""))
    qtbot.addWidget(d)
    d.accept()
    assert d.result() != QDialog.DialogCode.Accepted and d.error.text()


def test_contact_combos_show_translated_labels(qtbot) -> None:
    d = ContactDialog(Contact(1, "Lin", role=BuyingRole.COACH, attitude=Attitude.OPPONENT))
    qtbot.addWidget(d)
    assert d.role.currentText() == "Coach (inside guide)"
    assert d.attitude.currentText() == "Opponent"
    assert d.role.count() == len(BuyingRole) and d.influence.count() == len(Influence)


def test_models_pass_the_model_tester(planner: Planner, dialog: AccountsDialog, accounts: dict[str, int],
                                      qtmodeltester) -> None:
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(dialog.proxy)
    contacts = ContactsModel()
    contacts.set_contacts(planner.contacts.of(accounts["Northwind Traders"]))
    qtmodeltester.check(contacts)
    qtmodeltester.check(AccountsModel())


def test_archived_accounts_on_request(planner: Planner, dialog: AccountsDialog, accounts: dict[str, int]) -> None:
    planner.accounts.update(Account("Contoso", archived=True, id=accounts["Contoso"]))
    dialog.reload()
    assert dialog.proxy.rowCount() == 2
    dialog.show_archived.setChecked(True)
    assert dialog.proxy.rowCount() == 3


def test_account_plan_is_exported_from_the_account(planner: Planner, session: Session, accounts: dict[str, int],
                                                   monkeypatch: pytest.MonkeyPatch, qtbot) -> None:  # noqa: ANN001
    """The accounts dialog asks the window, which opens the export feature on that account."""
    from planner.ui.export import dialog as export_dialog
    from planner.ui.main_window import MainWindow

    window = MainWindow(planner, with_workspace=False)
    qtbot.addWidget(window)
    opened: list[int | None] = []
    monkeypatch.setattr(export_dialog.ExportDialog, "exec",
                        lambda self: opened.append(self.account_combo.currentData()) or QDialog.DialogCode.Rejected)
    seen: list[object] = []

    def user(self: AccountsDialog) -> int:
        seen.append(self)
        self.select_account(accounts["Contoso"])
        assert self.export_button.isEnabled()
        self.export_button.click()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(AccountsDialog, "exec", user)
    window.open_accounts()
    assert seen and opened == [accounts["Contoso"]]


def test_an_unused_account_is_deleted_and_undo_brings_it_back(planner: Planner, dialog: AccountsDialog,
                                                              accounts: dict[str, int], qtbot) -> None:
    aid = accounts["Northwind Traders"]  # no deals, one contact
    dialog.select_account(aid)
    assert dialog.delete_button.isEnabled()
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Delete)
    assert aid not in [a.id for a in planner.accounts.all(include_archived=True)]
    assert "Northwind Traders" not in [dialog.proxy.index(r, 0).data() for r in range(dialog.proxy.rowCount())]
    assert dialog.current_account() is not None  # the next account is shown, not a stale editor
    undo_action = next(a for a in dialog.actions() if a.text().startswith("Undo"))
    undo_action.trigger()  # the dialog's own undo: the window's Edit menu is out of reach here
    assert [c.name for c in planner.contacts.of(aid)] == ["Margaret Peacock"]
    assert dialog.current_account().id == aid


def test_an_account_with_deals_cannot_be_deleted(planner: Planner, dialog: AccountsDialog,
                                                 accounts: dict[str, int]) -> None:
    aid = accounts["Contoso"]
    pid = planner.processes.create(simple_process(2))
    planner.deals.create(Deal(account_id=aid, process_id=pid, title="Pilot"))
    dialog.reload()
    dialog.select_account(aid)
    assert not dialog.delete_button.isEnabled()
    assert "archive" in dialog.delete_button.toolTip()
    dialog.delete_account()
    assert planner.accounts.get(aid).name == "Contoso"


def test_creating_an_account_can_be_undone(planner: Planner, dialog: AccountsDialog, stack: QUndoStack,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Typo Ltd", True)))
    dialog.new_button.click()
    assert dialog.current_account().name == "Typo Ltd"
    stack.undo()
    assert "Typo Ltd" not in [a.name for a in planner.accounts.all(include_archived=True)]
    stack.redo()
    assert "Typo Ltd" in [a.name for a in planner.accounts.all()]


def test_passing_through_the_fields_saves_nothing(planner: Planner, session: Session, qtbot) -> None:  # noqa: ANN001
    """As in the deal panel (tests/ui/test_value_field_as_shown.py): an account imported with
    spaces around its industry, or notes with a spreadsheet's line breaks, stays as it is when
    Tab walks through its fields."""
    aid = planner.accounts.create(Account("Acme", industry=" Food processing ", size="  50 staff"))
    # kept so by an older version (the app now keeps "\n"), or written by another program
    planner.store.conn.execute("UPDATE accounts SET notes = 'Met them' || char(13, 10) || 'in March' WHERE id = ?",
                               [aid])
    planner.store.conn.commit()
    d = AccountsDialog(session)
    qtbot.addWidget(d)
    d.show()
    d.select_account(aid)
    for edit in [*d.editor.edits.values(), d.editor.notes]:
        edit.setFocus()
        qtbot.keyClick(edit, Qt.Key.Key_Tab)
    d.filter.setFocus()
    account = planner.accounts.get(aid)
    kept = (account.industry, account.size, account.notes)
    assert kept == (" Food processing ", "  50 staff", "Met them\r\nin March")
    assert not session.undo_stack.canUndo()
