"""The tailoring wizard driven as a user would: presets, answers, tailoring, saving, cancelling."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWizard

from planner import i18n
from planner.domain.model import Answer
from planner.domain.reference import STAGE_KEYS, presets, reference_stage
from planner.services import Planner
from planner.ui.processes.strip import StripState
from planner.ui.processes.wizard import FINISH, FIRST_QUESTION, START, TAILOR, TailoringWizard, run_wizard

PRESET_KEYS = [p.key for p in presets()]


@pytest.fixture
def wizard(qtbot, planner: Planner):
    w = TailoringWizard(planner)
    w.show()
    yield w
    w._dirty = False  # closing at teardown must not ask "Discard this process?"
    w.close()
    w.deleteLater()


@pytest.fixture
def no_questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Fail loudly if a message box pops up that the test did not expect."""
    asked: list[str] = []

    def question(*args, **kwargs):
        asked.append(args[1] if len(args) > 1 else "")
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def click_next(w: QWizard) -> None:
    button = w.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled(), f"Next is disabled on page {w.currentId()}"
    button.click()


def click_back(w: QWizard) -> None:
    w.button(QWizard.WizardButton.BackButton).click()


def to_tailoring(w: TailoringWizard, preset_key: str | None) -> None:
    w.start_page.choose(preset_key)
    click_next(w)
    for _ in STAGE_KEYS:
        click_next(w)
    assert w.currentId() == TAILOR


def finish(w: TailoringWizard, name: str | None = None) -> int:
    click_next(w)
    assert w.currentId() == FINISH
    if name is not None:
        w.finish_page.name.clear()
        QTest.keyClicks(w.finish_page.name, name)
    w.button(QWizard.WizardButton.FinishButton).click()
    assert w.result() == QWizard.DialogCode.Accepted, w.finish_page.error_text()
    assert w.process_id is not None
    return w.process_id


# ------------------------------------------------------------------ presets


@pytest.mark.parametrize("key", PRESET_KEYS)
def test_each_preset_end_to_end(wizard: TailoringWizard, planner: Planner, key: str) -> None:
    chosen = next(p for p in presets() if p.key == key)
    to_tailoring(wizard, key)
    process_id = finish(wizard)
    saved = planner.processes.get(process_id)
    assert saved.name == chosen.text("name", "en")
    assert [s.ref_key for s in saved.stages] == chosen.kept()
    assert all(s.answer == Answer.KEEP for s in saved.stages)
    assert saved.dropped == {k: a for k, a in chosen.answers.items() if a != Answer.KEEP}
    assert [p.id for p in planner.processes.summaries()] == [process_id]


def test_pay_and_take_gives_one_stage_ended_by_payment(wizard: TailoringWizard, planner: Planner) -> None:
    to_tailoring(wizard, "pay_and_take")
    saved = planner.processes.get(finish(wizard))
    assert len(saved.stages) == 1
    assert saved.stages[0].milestone == "Payment received"
    assert saved.stages[0].ref_key == "f"


def test_group_enterprise_keeps_all_eight_in_order(wizard: TailoringWizard, planner: Planner) -> None:
    to_tailoring(wizard, "group_enterprise")
    saved = planner.processes.get(finish(wizard))
    assert [s.ref_key for s in saved.stages] == list(STAGE_KEYS)
    assert [s.name for s in saved.stages] == [reference_stage(k).text("name", "en") for k in STAGE_KEYS]
    assert saved.dropped == {}


def test_preset_in_chinese_uses_chinese_texts(qtbot, planner: Planner) -> None:
    i18n.install("zh_TW")
    try:
        w = TailoringWizard(planner)
        qtbot.addWidget(w)
        w.show()
        to_tailoring(w, "pay_and_take")  # nothing typed: closing asks nothing
        saved = planner.processes.get(finish(w))
    finally:
        i18n.install("en")
    assert saved.name == "門市現場交易"
    assert saved.stages[0].milestone == "已收到貨款"


def test_a_preset_answer_can_be_changed_and_shows_why(wizard: TailoringWizard, planner: Planner) -> None:
    wizard.start_page.choose("key_account")
    click_next(wizard)
    page = wizard.currentPage()
    assert page.key == "a" and page.drop.isChecked()
    assert not page.why_box.isHidden()
    assert page.why.text() == next(p for p in presets() if p.key == "key_account").why_text("a", "en")
    page.keep.click()  # the team does get new accounts all the time after all
    for _ in STAGE_KEYS:
        click_next(wizard)
    saved = planner.processes.get(finish(wizard))
    assert [s.ref_key for s in saved.stages] == ["a", "b", "c", "d", "f", "g", "h"]
    assert "a" not in saved.dropped


# ------------------------------------------------------------------ by hand


def test_hand_answered_path_with_keyboard(wizard: TailoringWizard, planner: Planner) -> None:
    wizard.start_page.choose(None)
    click_next(wizard)
    answers = {"a": "keep", "b": "drop", "c": "no_influence", "d": "keep",
               "e": "drop", "f": "keep", "g": "keep", "h": "drop"}
    for key in STAGE_KEYS:
        page = wizard.currentPage()
        assert page.key == key
        assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # unanswered
        button = {"keep": page.keep, "drop": page.drop, "no_influence": page.no_influence}[answers[key]]
        button.setFocus()
        QTest.keyClick(button, Qt.Key.Key_Space)
        assert button.isChecked()
        click_next(wizard)
    saved = planner.processes.get(finish(wizard, "Field sales"))
    assert saved.name == "Field sales"
    assert [s.ref_key for s in saved.stages] == ["a", "d", "f", "g"]
    assert saved.dropped == {"b": Answer.DROP, "c": Answer.NO_INFLUENCE, "e": Answer.DROP, "h": Answer.DROP}


def test_strip_shows_the_process_as_it_stands(wizard: TailoringWizard) -> None:
    wizard.start_page.choose(None)
    click_next(wizard)
    wizard.currentPage().keep.click()
    click_next(wizard)
    shown = wizard.strip.shown()
    assert [e.state for e in shown[:3]] == [StripState.KEPT, StripState.OPEN, StripState.OPEN]
    assert shown[1].current and not shown[0].current
    wizard.currentPage().no_influence.click()
    assert wizard.strip.shown()[1].state == StripState.NO_INFLUENCE
    assert wizard.strip.isVisible()


def test_start_page_strip_previews_the_highlighted_preset(wizard: TailoringWizard) -> None:
    wizard.start_page.choose("pay_and_take")
    kept = [e for e in wizard.strip.shown() if e.state == StripState.KEPT]
    assert [e.milestone for e in kept] == ["Payment received"]


# ------------------------------------------------------------------ tailoring


def test_custom_stage_inserted_where_wanted(wizard: TailoringWizard, planner: Planner) -> None:
    to_tailoring(wizard, "key_account")  # b c d f g h
    panel = wizard.tailor_page.panel
    panel.select_row(1)  # after "Needs assessment"
    panel.list.setFocus()
    QTest.keyClick(panel.list, Qt.Key.Key_Insert)
    assert panel.current_row() == 2
    editor = panel.editor
    editor.name.selectAll()
    QTest.keyClicks(editor.name, "Budget filed with the ministry")
    QTest.keyClicks(editor.milestone, "Budget approved upstream")
    editor.win_rate.setValue(25)
    saved = planner.processes.get(finish(wizard, "State group"))
    assert [s.ref_key for s in saved.stages] == ["b", "c", None, "d", "f", "g", "h"]
    custom = saved.stages[2]
    assert (custom.name, custom.milestone, custom.win_rate, custom.answer) == (
        "Budget filed with the ministry", "Budget approved upstream", 25, Answer.CUSTOM)


def test_reference_stages_keep_the_methods_order(wizard: TailoringWizard) -> None:
    to_tailoring(wizard, "group_enterprise")
    panel = wizard.tailor_page.panel
    panel.select_row(3)
    assert not panel.up_action.isEnabled() and not panel.down_action.isEnabled()
    assert not panel.remove_action.isEnabled()
    panel.add_stage()
    row = panel.current_row()
    panel.move_stage(-1)
    assert panel.current_row() == row - 1
    assert [s.ref_key for s in panel.stages()][:5] == ["a", "b", "c", None, "d"]
    panel.undo_stack.undo()
    panel.undo_stack.undo()
    assert [s.ref_key for s in panel.stages()] == list(STAGE_KEYS)


def test_tasks_and_deliverables_with_required_flags(wizard: TailoringWizard, planner: Planner) -> None:
    to_tailoring(wizard, "pay_and_take")
    editor = wizard.tailor_page.panel.editor
    tasks = editor.tasks
    before = tasks.model.rowCount()
    tasks.view.setFocus()
    tasks.view.setCurrentIndex(tasks.model.index(before - 1, 0))
    QTest.keyClick(tasks.view, Qt.Key.Key_Insert)
    QTest.keyClicks(QApplication.focusWidget(), "Offer a loyalty card")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    QApplication.processEvents()  # Qt commits the editor through a queued call
    assert tasks.model.rowCount() == before + 1
    required = tasks.model.index(before, 1)
    assert tasks.model.setData(required, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    QTest.keyClick(tasks.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # move it up
    first = tasks.model.index(0, 0)
    tasks.view.setCurrentIndex(first)
    QTest.keyClick(tasks.view, Qt.Key.Key_Delete)  # remove the first one
    editor.tools.clear()
    QTest.keyClicks(editor.tools, "Card terminal")
    saved = planner.processes.get(finish(wizard)).stages[0]
    texts = [t.text for t in saved.tasks]
    assert "Help the customer pick the right product" not in texts
    assert texts[-2] == "Offer a loyalty card"
    assert saved.tasks[-2].required
    assert saved.tools == "Card terminal"
    assert [d.text for d in saved.deliverables] == ["Receipt issued"]


def test_falling_win_rates_warn_without_blocking(wizard: TailoringWizard, planner: Planner) -> None:
    to_tailoring(wizard, "inbound_leads")
    panel = wizard.tailor_page.panel
    assert panel.rate_warning() == ""
    panel.select_row(1)
    panel.editor.win_rate.setValue(2)
    assert "not higher than" in panel.rate_warning()
    click_next(wizard)
    assert wizard.currentId() == FINISH
    assert not wizard.finish_page.warning[0].isHidden()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert planner.processes.get(wizard.process_id).stages[1].win_rate == 2


def test_win_rate_stays_within_0_to_100(wizard: TailoringWizard) -> None:
    to_tailoring(wizard, "pay_and_take")
    spin = wizard.tailor_page.panel.editor.win_rate
    spin.setValue(250)
    assert spin.value() == 100
    assert spin.suffix() == "%"
    spin.setValue(-5)
    assert spin.value() == 0


# ------------------------------------------------------------------ validation


def test_empty_stage_name_is_refused_with_a_message(wizard: TailoringWizard) -> None:
    to_tailoring(wizard, "key_account")
    panel = wizard.tailor_page.panel
    panel.select_row(2)
    panel.editor.name.clear()
    QTest.keyClicks(panel.editor.name, " ")
    click_next(wizard)
    assert wizard.currentId() == TAILOR
    assert panel.error_text() == "Stage 3 needs a name."
    assert panel.current_row() == 2


def test_custom_stage_without_milestone_is_refused(wizard: TailoringWizard) -> None:
    to_tailoring(wizard, "pay_and_take")
    wizard.tailor_page.panel.add_stage()
    click_next(wizard)
    assert wizard.currentId() == TAILOR
    assert "needs a milestone" in wizard.tailor_page.panel.error_text()


def test_no_stage_at_all_is_refused(wizard: TailoringWizard) -> None:
    wizard.start_page.choose(None)
    click_next(wizard)
    for _ in STAGE_KEYS:
        wizard.currentPage().drop.click()
        click_next(wizard)
    click_next(wizard)
    assert wizard.currentId() == TAILOR
    assert "at least one stage" in wizard.tailor_page.panel.error_text()


def test_empty_process_name_is_refused(wizard: TailoringWizard, planner: Planner) -> None:
    to_tailoring(wizard, "pay_and_take")
    click_next(wizard)
    wizard.finish_page.name.clear()
    QTest.keyClicks(wizard.finish_page.name, "   ")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.currentId() == FINISH and wizard.isVisible()
    assert wizard.finish_page.error_text() == "Give the process a name."
    assert planner.processes.summaries() == []


def test_finish_shows_every_stage_with_milestone_and_rate(wizard: TailoringWizard) -> None:
    to_tailoring(wizard, "standard_b2b")
    click_next(wizard)
    summary = wizard.finish_page.summary
    rows = [(summary.index(r, 1).data(), summary.index(r, 2).data(), summary.index(r, 3).data())
            for r in range(summary.rowCount())]
    stages = wizard.draft.process().stages
    assert rows == [(s.name, s.milestone, f"{s.win_rate}%") for s in stages]
    assert "no influence" in wizard.finish_page.dropped.text()


# ------------------------------------------------------------------ back and cancel


def test_back_never_loses_what_was_typed(wizard: TailoringWizard, planner: Planner) -> None:
    to_tailoring(wizard, "key_account")
    panel = wizard.tailor_page.panel
    panel.select_row(0)
    panel.editor.name.selectAll()
    QTest.keyClicks(panel.editor.name, "Find the pain")
    click_next(wizard)
    wizard.finish_page.name.clear()
    QTest.keyClicks(wizard.finish_page.name, "Hospitals")
    click_back(wizard)
    assert panel.editor.name.text() == "Find the pain"
    # drop the stage on its question page, then keep it again: the words come back
    for _ in range(len(STAGE_KEYS) - 1):
        click_back(wizard)
    assert wizard.currentPage().key == "b"
    wizard.currentPage().drop.click()
    click_next(wizard)
    click_back(wizard)
    wizard.currentPage().keep.click()
    while wizard.currentId() != FINISH:
        click_next(wizard)
    assert wizard.finish_page.name.text() == "Hospitals"
    wizard.button(QWizard.WizardButton.FinishButton).click()
    saved = planner.processes.get(wizard.process_id)
    assert saved.name == "Hospitals"
    assert saved.stages[0].name == "Find the pain"


def test_going_back_to_another_preset_asks_and_keeps_typed_words(
        wizard: TailoringWizard, monkeypatch: pytest.MonkeyPatch) -> None:
    to_tailoring(wizard, "key_account")
    panel = wizard.tailor_page.panel
    panel.select_row(0)  # b
    panel.editor.name.selectAll()
    QTest.keyClicks(panel.editor.name, "Our discovery")
    while wizard.currentId() != FIRST_QUESTION + 2:
        click_back(wizard)
    wizard.currentPage().drop.click()  # c by hand
    while wizard.currentId() != START:
        click_back(wizard)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: asked.append(a[1]) or QMessageBox.StandardButton.Yes))
    wizard.start_page.choose("group_enterprise")
    click_next(wizard)
    assert asked, "replacing hand-given answers must be confirmed"
    assert wizard.draft.answers == dict.fromkeys(STAGE_KEYS, Answer.KEEP)
    assert wizard.draft.draft_of("b").name == "Our discovery"


def test_cancel_with_nothing_entered_closes_without_asking(
        wizard: TailoringWizard, planner: Planner, no_questions: list[str]) -> None:
    wizard.start_page.choose("key_account")
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert not wizard.isVisible()
    assert no_questions == []
    assert planner.processes.summaries() == []


def test_cancel_after_typing_asks_and_saves_nothing(
        wizard: TailoringWizard, planner: Planner, monkeypatch: pytest.MonkeyPatch) -> None:
    to_tailoring(wizard, "key_account")
    QTest.keyClicks(wizard.tailor_page.panel.editor.tools, ", whiteboard")
    replies = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked: list[str] = []

    def question(*args, **kwargs):
        asked.append(args[1])
        return replies.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert wizard.isVisible() and len(asked) == 1  # "Cancel" in the question: keep working
    QTest.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible() and len(asked) == 2
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert planner.processes.summaries() == []


def test_run_wizard_returns_the_new_id_or_none(qtbot, planner: Planner) -> None:
    def drive() -> None:
        w = QApplication.activeModalWidget()
        assert isinstance(w, TailoringWizard)
        to_tailoring(w, "pay_and_take")
        click_next(w)
        w.button(QWizard.WizardButton.FinishButton).click()

    QTimer.singleShot(0, drive)
    new_id = run_wizard(planner)
    assert new_id is not None and planner.processes.get(new_id).stages[0].milestone == "Payment received"

    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    assert run_wizard(planner) is None
    assert len(planner.processes.summaries()) == 1


def test_fits_a_small_laptop_screen(wizard: TailoringWizard) -> None:
    wizard.resize(1024, 600)
    assert wizard.minimumSizeHint().width() <= 1024
    assert wizard.minimumSizeHint().height() <= 600


def test_a_refusal_from_the_services_is_shown_in_plain_words(wizard: TailoringWizard, planner: Planner) -> None:
    to_tailoring(wizard, "pay_and_take")
    click_next(wizard)
    wizard.finish_page.name.clear()
    QTest.keyClicks(wizard.finish_page.name, "x" * 400)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible() and wizard.process_id is None
    assert wizard.finish_page.error_text() == "The name is too long (at most 300 characters)."
    assert planner.processes.summaries() == []


# ------------------------------------------------------------------ fit


def test_start_page_strip_previews_the_full_reference_at_once(wizard: TailoringWizard) -> None:
    """The highlighted start is previewed from the first look, before any click."""
    shown = wizard.strip.shown()
    assert len(shown) == len(STAGE_KEYS)
    assert all(e.state == StripState.OPEN for e in shown)


def test_no_label_is_clipped_at_the_smallest_size(wizard: TailoringWizard) -> None:
    """At the wizard's minimum size every shown label is at least as wide as it needs
    (long texts wrap), and the stage list wraps long names instead of scrolling sideways."""
    wizard.resize(wizard.minimumSize())
    to_tailoring(wizard, "group_enterprise")
    QApplication.processEvents()
    clipped = [label.text() for label in wizard.currentPage().findChildren(QLabel)
               if label.isVisible() and label.text() and label.width() < label.minimumSizeHint().width()]
    assert clipped == []
    panel = wizard.tailor_page.panel
    assert panel.list.horizontalScrollBar().maximum() == 0
