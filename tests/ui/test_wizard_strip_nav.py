"""The wizard's question pages show the start's own milestone; the strip navigates."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard

from planner.domain.reference import STAGE_KEYS, preset
from planner.services import Planner
from planner.ui.processes.strip import StripState
from planner.ui.processes.wizard import FINISH, FIRST_QUESTION, START, TAILOR, TailoringWizard

SALE = STAGE_KEYS.index("f")


@pytest.fixture
def wizard(qtbot, planner: Planner):
    w = TailoringWizard(planner)
    w.show()
    yield w
    w._dirty = False  # closing at teardown must not ask "Discard this process?"
    w.close()
    w.deleteLater()


def next_page(w: QWizard) -> None:
    w.button(QWizard.WizardButton.NextButton).click()


def test_shop_sale_question_shows_the_payment_not_a_contract(wizard: TailoringWizard) -> None:
    wizard.start_page.choose("pay_and_take")
    for _ in range(SALE + 1):
        next_page(wizard)
    assert wizard.currentId() == FIRST_QUESTION + SALE
    shown = wizard.currentPage().milestone.text()
    assert "Payment received" in shown
    assert "Contract" not in shown


def test_full_reference_sale_question_keeps_the_methods_milestone(wizard: TailoringWizard) -> None:
    wizard.start_page.choose(None)
    next_page(wizard)
    wizard.currentPage().keep.click()
    wizard.strip.view.clicked.emit(wizard.strip.model.index(SALE, 0))
    # stage b is unanswered: the walk stops there instead of skipping the question
    assert wizard.currentId() == FIRST_QUESTION + 1
    for _ in range(SALE - 1):
        wizard.currentPage().keep.click()
        next_page(wizard)
    assert "Contract signed" in wizard.currentPage().milestone.text()


def test_strip_shows_a_chosen_preset_on_the_first_page(wizard: TailoringWizard) -> None:
    wizard.start_page.choose("pay_and_take")
    shown = wizard.strip.shown()
    assert len(shown) == len(STAGE_KEYS)
    assert [e.ref_key for e in shown if e.state == StripState.KEPT] == preset("pay_and_take").kept()
    assert wizard.strip.view.isVisible() and wizard.strip.view.model().rowCount() == len(STAGE_KEYS)


def test_clicking_a_stage_on_the_first_page_opens_its_question(wizard: TailoringWizard) -> None:
    wizard.start_page.choose("key_account")
    QTest.mouseClick(wizard.strip.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=wizard.strip.view.visualRect(wizard.strip.model.index(3, 0)).center())
    assert wizard.currentId() == FIRST_QUESTION + 3
    assert wizard.draft.preset_key == "key_account"  # the start was taken on the way
    assert wizard.strip.shown()[3].current


def test_clicking_an_earlier_stage_goes_back(wizard: TailoringWizard) -> None:
    wizard.start_page.choose("group_enterprise")
    for _ in range(6):
        next_page(wizard)
    assert wizard.currentId() == FIRST_QUESTION + 5
    wizard.strip.view.clicked.emit(wizard.strip.model.index(1, 0))
    assert wizard.currentId() == FIRST_QUESTION + 1
    assert wizard.strip.shown()[1].current and not wizard.strip.shown()[5].current


def test_keyboard_reaches_the_strip_and_enter_navigates(wizard: TailoringWizard) -> None:
    wizard.start_page.choose("standard_b2b")
    view = wizard.strip.view
    assert view.focusPolicy() & Qt.FocusPolicy.TabFocus
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    QTest.keyClick(view, Qt.Key.Key_Down)
    QTest.keyClick(view, Qt.Key.Key_Down)
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert wizard.currentId() == FIRST_QUESTION + 2
    wizard.strip.view.setFocus()
    wizard.strip.view.setCurrentIndex(view.model().index(0, 0))
    QTest.keyClick(view, Qt.Key.Key_Space)
    assert wizard.currentId() == FIRST_QUESTION


def test_on_the_tailoring_page_a_kept_stage_is_selected_there(wizard: TailoringWizard) -> None:
    wizard.start_page.choose("key_account")
    for _ in range(len(STAGE_KEYS) + 1):
        next_page(wizard)
    assert wizard.currentId() == TAILOR
    panel = wizard.tailor_page.panel
    panel.add_stage()  # a stage of one's own has no question page
    own = panel.editor.stage()
    assert own is not None and own.ref_key is None
    panel.select_row(0)
    row = next(i for i, e in enumerate(wizard.strip.shown()) if e.stage is own)
    wizard.strip.view.clicked.emit(wizard.strip.model.index(row, 0))
    assert wizard.currentId() == TAILOR
    assert panel.editor.stage() is own
    kept_g = next(i for i, e in enumerate(wizard.strip.shown()) if e.ref_key == "g")
    wizard.strip.view.clicked.emit(wizard.strip.model.index(kept_g, 0))
    assert wizard.currentId() == TAILOR and panel.editor.stage().ref_key == "g"


def test_a_dropped_stage_opens_its_question_and_finish_goes_back_to_tailoring(
        wizard: TailoringWizard) -> None:
    wizard.start_page.choose("pay_and_take")
    for _ in range(len(STAGE_KEYS) + 2):
        next_page(wizard)
    assert wizard.currentId() == FINISH
    sale = next(i for i, e in enumerate(wizard.strip.shown()) if e.ref_key == "f")
    wizard.strip.view.clicked.emit(wizard.strip.model.index(sale, 0))
    assert wizard.currentId() == TAILOR
    assert wizard.tailor_page.panel.editor.stage().ref_key == "f"
    wizard.strip.view.clicked.emit(wizard.strip.model.index(0, 0))  # stage a: dropped by the shop
    assert wizard.currentId() == FIRST_QUESTION
    assert wizard.currentId() != START
