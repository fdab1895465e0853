"""Creating a deal: validation in the user's language, no negative values, explicit "no date"."""

from __future__ import annotations

from datetime import date

import pytest
from builders import simple_process
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from planner import i18n
from planner.domain.model import Account
from planner.services import Planner
from planner.ui.deal.new_deal import NEW_ACCOUNT, NewDealDialog


@pytest.fixture
def setup(planner: Planner) -> tuple[int, int]:
    pid = planner.processes.create(simple_process(3))
    aid = planner.accounts.create(Account("Acme"))
    return pid, aid


def make(planner: Planner, qtbot, process_id: int | None) -> NewDealDialog:
    dialog = NewDealDialog(planner, process_id)
    qtbot.addWidget(dialog)
    return dialog


def test_creates_a_deal(planner: Planner, setup: tuple[int, int], qtbot) -> None:
    pid, aid = setup
    dialog = make(planner, qtbot, pid)
    dialog.account.setCurrentIndex(dialog.account.findData(aid))
    qtbot.keyClicks(dialog.title, "Warehouse system")
    dialog.value.setValue(3_200_000)
    dialog.expected_close.set_date(date(2031, 6, 30))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    deal = planner.deals.get(dialog.deal_id)
    assert (deal.title, deal.account_id, deal.process_id, deal.value, deal.currency) == (
        "Warehouse system", aid, pid, 3_200_000.0, planner.rates.home("en"))  # the file's home currency
    assert deal.expected_close == date(2031, 6, 30) and deal.next_target is None


def test_negative_value_is_impossible(planner: Planner, setup: tuple[int, int], qtbot) -> None:
    dialog = make(planner, qtbot, setup[0])
    assert dialog.value.minimum() == 0
    dialog.value.setValue(-500)
    assert dialog.value.value() == 0
    dialog.value.selectAll()
    qtbot.keyClicks(dialog.value, "-42")
    dialog.value.interpretText()
    assert dialog.value.value() >= 0


def test_empty_title_is_refused_inline(planner: Planner, setup: tuple[int, int], qtbot) -> None:
    pid, aid = setup
    dialog = make(planner, qtbot, pid)
    dialog.account.setCurrentIndex(dialog.account.findData(aid))
    dialog.title.setText("   ")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text() == "Give the deal a title."
    assert planner.deals.all() == []


def test_an_account_must_be_chosen(planner: Planner, setup: tuple[int, int], qtbot) -> None:
    planner.accounts.create(Account("Beta"))
    dialog = make(planner, qtbot, setup[0])
    assert dialog.account.currentIndex() == -1  # nothing preselected
    dialog.title.setText("Deal")
    dialog.accept()
    assert dialog.error.text() == "Choose an account."
    assert planner.deals.all() == []


def test_new_account_from_the_dialog(planner: Planner, setup: tuple[int, int], qtbot) -> None:
    dialog = make(planner, qtbot, setup[0])
    dialog.account.setCurrentIndex(dialog.account.findData(NEW_ACCOUNT))
    assert dialog.new_account.isVisibleTo(dialog)
    dialog.title.setText("Pilot")
    dialog.accept()
    assert "name of the new account" in dialog.error.text()
    dialog.new_account.setText("Northwind Traders")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert planner.accounts.get(planner.deals.get(dialog.deal_id).account_id).name == "Northwind Traders"


def test_process_defaults_and_archived_ones_are_hidden(planner: Planner, setup: tuple[int, int],
                                                       qtbot) -> None:
    pid, _ = setup
    second = planner.processes.create(simple_process(2, name="Second"))
    old = planner.processes.create(simple_process(2, name="Old"))
    planner.processes.archive(old)
    dialog = make(planner, qtbot, second)
    assert dialog.process.currentData() == second
    assert dialog.process.findData(old) == -1 and dialog.process.findData(pid) >= 0
    assert "Stage 1" in dialog.first_milestone.text()


def test_currency_is_a_three_letter_code(planner: Planner, setup: tuple[int, int], qtbot) -> None:
    pid, aid = setup
    dialog = make(planner, qtbot, pid)
    dialog.account.setCurrentIndex(dialog.account.findData(aid))
    dialog.title.setText("Export deal")
    dialog.currency.setCurrentText("")
    qtbot.keyClicks(dialog.currency.lineEdit(), "usd1")
    assert dialog.currency.currentText() == "usd"  # the validator keeps it to letters
    dialog.accept()
    assert planner.deals.get(dialog.deal_id).currency == "USD"


def test_dates_have_an_explicit_no_date(planner: Planner, setup: tuple[int, int], qtbot) -> None:
    dialog = make(planner, qtbot, setup[0])
    assert dialog.expected_close.date() is None
    assert dialog.expected_close.edit.text() == "No date"
    dialog.expected_close.edit.stepBy(1)  # stepping from "no date" starts at today
    assert dialog.expected_close.date() == date.today()
    dialog.expected_close.clear_button.click()
    assert dialog.expected_close.date() is None
    dialog.next_target.edit.setDate(QDate(2031, 1, 2))
    assert dialog.next_target.date() == date(2031, 1, 2)


def test_no_process_yet(planner: Planner, qtbot) -> None:
    dialog = make(planner, qtbot, None)
    assert not dialog.ok.isEnabled()
    assert "Tailor a process first" in dialog.error.text()


def test_validation_speaks_the_users_language(planner: Planner, setup: tuple[int, int], qtbot) -> None:
    pid, aid = setup
    i18n.install("zh_TW")
    try:
        dialog = make(planner, qtbot, pid)
        dialog.account.setCurrentIndex(dialog.account.findData(aid))
        dialog.accept()
        assert dialog.error.text() == "請為這筆商機取個名稱。"
        assert dialog.expected_close.edit.text() == "無日期"
    finally:
        i18n.install("en")


def test_enter_in_title_submits(planner: Planner, setup: tuple[int, int], qtbot) -> None:
    pid, aid = setup
    dialog = make(planner, qtbot, pid)
    dialog.show()
    dialog.account.setCurrentIndex(dialog.account.findData(aid))
    dialog.title.setFocus()
    qtbot.keyClicks(dialog.title, "Keyboard deal")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert planner.deals.get(dialog.deal_id).title == "Keyboard deal"


def test_a_failed_save_writes_neither_the_deal_nor_its_new_account(planner: Planner, setup: tuple[int, int],
                                                                   qtbot) -> None:  # noqa: ANN001
    """The deal cannot be written after its new account was (a trigger refuses it here, as a
    full disk would): the account is not left behind, because both are one transaction."""
    dialog = make(planner, qtbot, setup[0])
    dialog.account.setCurrentIndex(dialog.account.findData(NEW_ACCOUNT))
    dialog.new_account.setText("Northwind Traders")
    dialog.title.setText("Pilot")
    planner.store.conn.execute(
        "CREATE TEMP TRIGGER refuse_deals BEFORE INSERT ON main.deals BEGIN SELECT RAISE(ABORT, 'disk full'); END")
    dialog.accept()
    assert "refused" in dialog.error.text()  # the message of a refusal the app does not know
    assert "Northwind Traders" not in [a.name for a in planner.accounts.all(include_archived=True)]
    planner.store.conn.execute("DROP TRIGGER temp.refuse_deals")
    dialog.accept()  # a second try writes both, once
    assert [a.name for a in planner.accounts.all()].count("Northwind Traders") == 1
    assert planner.deals.get(dialog.deal_id).title == "Pilot"
