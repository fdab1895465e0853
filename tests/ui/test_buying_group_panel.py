"""The deal panel's buying group: the map, the list, the gaps, undoable edits, closed deals,
the confirmation dialog's people and required roles, the stage editor, the board's mark."""

from __future__ import annotations

from datetime import date

import pytest
from builders import confirm_current, new_deal
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from planner import i18n
from planner.domain.model import Attitude, BuyingRole, Contact, Gap, Influence, Outcome, Stage
from planner.services import Planner
from planner.ui.board.model import CardListModel, CardRole
from planner.ui.deal import DealWorkspace
from planner.ui.deal.buying_dialogs import NEW_PERSON, MemberDialog
from planner.ui.deal.confirm import ConfirmDialog
from planner.ui.deal.event_log import EventLogModel
from planner.ui.deal.influence_map import InfluenceMap
from planner.ui.processes.stage_editor import StageEditor
from planner.ui.session import Session


@pytest.fixture
def stack(session: Session) -> QUndoStack:
    return session.undo_stack


@pytest.fixture
def workspace(workspace: DealWorkspace) -> DealWorkspace:
    workspace.resize(460, 1400)  # tall: the buying group in view below the fields
    return workspace


@pytest.fixture
def deal(planner: Planner) -> int:
    return new_deal(planner, title="MES rollout", account="Acme")


def person(planner: Planner, deal: int, name: str, role: BuyingRole = BuyingRole.OTHER,
           attitude: Attitude = Attitude.UNKNOWN, influence: Influence = Influence.MEDIUM) -> int:
    return planner.contacts.add(Contact(planner.deals.get(deal).account_id, name, role=role, attitude=attitude,
                                        influence=influence))


def answer(monkeypatch: pytest.MonkeyPatch, fill) -> list[MemberDialog]:  # noqa: ANN001
    """The member dialog, filled in by ``fill(dialog)`` and accepted (a falsy result: cancelled)."""
    shown: list[MemberDialog] = []

    def run(dialog: MemberDialog) -> int:
        shown.append(dialog)
        return QDialog.DialogCode.Rejected if fill(dialog) is False else QDialog.DialogCode.Accepted

    monkeypatch.setattr(MemberDialog, "exec", run)
    return shown


def test_the_group_shows_as_a_map_and_a_list_with_its_gaps(planner: Planner, workspace: DealWorkspace,
                                                           deal: int) -> None:
    from planner import i18n

    i18n.install("en")  # English with its plural forms ("1 gap"), whatever ran before
    workspace.show_deal(deal)
    box = workspace.buying_box
    assert box.gaps.isVisibleTo(workspace) and "Nobody" in box.gaps.text.text()
    assert workspace.buying_section.header.note.text() == "1 gap"
    assert box.empty.isVisibleTo(workspace) and not box.view.isVisibleTo(workspace)
    ann = person(planner, deal, "Ann", BuyingRole.USER, Attitude.OPPONENT, Influence.HIGH)
    planner.buying_group.add(deal, ann)  # a write from elsewhere: the panel follows
    assert box.model.rowCount() == 1 and [p.name for p in box.map.people()] == ["Ann"]
    assert box.gaps.text.text().splitlines() == [
        "No economic buyer identified", "An opponent has high influence", "No coach: nobody inside guides us"]
    assert workspace.buying_section.header.note.text() == "3 gaps"
    card = box.map.map_layout().cards[0]
    assert (card.person.attitude, card.person.influence) == (Attitude.OPPONENT, Influence.HIGH)


def test_adding_someone_of_the_account_is_undoable(planner: Planner, workspace: DealWorkspace, deal: int,
                                                   stack: QUndoStack, monkeypatch: pytest.MonkeyPatch) -> None:
    ann = person(planner, deal, "Ann", BuyingRole.ECONOMIC_BUYER, Attitude.SUPPORTER, Influence.HIGH)
    person(planner, deal, "Bo")
    workspace.show_deal(deal)

    def fill(dialog: MemberDialog) -> None:
        assert [dialog.person.itemData(i) for i in range(dialog.person.count())][-1] == NEW_PERSON
        dialog.person.setCurrentIndex(dialog.person.findData(ann))
        assert dialog.role.currentData() == "economic_buyer"  # the account's view, as the start
        dialog.influence.setCurrentIndex(dialog.influence.findData("medium"))  # weighs less in this deal
        dialog.wants.setPlainText("A payback within two years")

    answer(monkeypatch, fill)
    workspace.buying_box.add_button.click()
    [member] = planner.buying_group.of(deal)
    assert (member.name, member.role, member.influence, member.wants) == (
        "Ann", BuyingRole.ECONOMIC_BUYER, Influence.MEDIUM, "A payback within two years")
    assert workspace.buying_box.selected() == member
    stack.undo()
    assert planner.buying_group.of(deal) == []
    stack.redo()
    assert planner.buying_group.of(deal) == [member]  # the same row again


def test_adding_a_new_person_makes_a_contact_and_undo_takes_both(planner: Planner, workspace: DealWorkspace,
                                                                 deal: int, stack: QUndoStack,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    workspace.show_deal(deal)

    def fill(dialog: MemberDialog) -> None:
        assert dialog.chosen() == NEW_PERSON and dialog.name.isVisibleTo(dialog)  # no contacts yet
        dialog.name.setText("林志明")
        dialog.title_edit.setText("廠長")
        dialog.role.setCurrentIndex(dialog.role.findData("coach"))

    answer(monkeypatch, fill)
    workspace.buying_box.add_button.click()
    account = planner.deals.get(deal).account_id
    assert [(c.name, c.title, c.role) for c in planner.contacts.of(account)] == [("林志明", "廠長", BuyingRole.COACH)]
    assert workspace.contacts.model.rowCount() == 1  # the account's contacts list follows
    stack.undo()
    assert planner.contacts.of(account) == [] and planner.buying_group.of(deal) == []
    stack.redo()
    assert [p.name for p in planner.buying_group.of(deal)] == ["林志明"]


def test_a_new_person_needs_a_name(qtbot) -> None:  # noqa: ANN001
    dialog = MemberDialog([], None)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and "name" in dialog.error.text()


def test_a_click_on_the_map_edits_that_person(planner: Planner, workspace: DealWorkspace, deal: int,
                                              stack: QUndoStack, monkeypatch: pytest.MonkeyPatch, qtbot) -> None:  # noqa: ANN001
    for name in ("Ann", "Bo"):
        planner.buying_group.add(deal, person(planner, deal, name))
    workspace.show_deal(deal)
    box = workspace.buying_box
    bo = next(c for c in box.map.map_layout().cards if c.person.name == "Bo")

    def fill(dialog: MemberDialog) -> None:
        assert dialog.person_name.text() == "Bo"
        dialog.attitude.setCurrentIndex(dialog.attitude.findData("supporter"))

    shown = answer(monkeypatch, fill)
    centre = QPointF(bo.rect.x + bo.rect.w / 2, bo.rect.y + bo.rect.h / 2).toPoint()
    qtbot.mouseClick(box.map, Qt.MouseButton.LeftButton, pos=centre)
    assert len(shown) == 1
    assert {p.name: p.attitude for p in planner.buying_group.of(deal)} == {
        "Ann": Attitude.UNKNOWN, "Bo": Attitude.SUPPORTER}
    assert box.selected().name == "Bo"  # type: ignore[union-attr]
    moved = next(c for c in box.map.map_layout().cards if c.person.name == "Bo")
    assert moved.person.attitude == Attitude.SUPPORTER  # the map redrawn from the file
    stack.undo()
    assert planner.buying_group.of(deal)[1].attitude == Attitude.UNKNOWN


def test_removing_asks_and_is_undoable(planner: Planner, workspace: DealWorkspace, deal: int, stack: QUndoStack,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    planner.buying_group.add(deal, person(planner, deal, "Ann"))
    workspace.show_deal(deal)
    box = workspace.buying_box
    box.view.setCurrentIndex(box.model.index(0))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    box.remove_button.click()
    assert planner.buying_group.of(deal) == [] and box.model.rowCount() == 0
    assert planner.contacts.of(planner.deals.get(deal).account_id)  # still a contact of the account
    stack.undo()
    assert [p.name for p in planner.buying_group.of(deal)] == ["Ann"]


def test_a_closed_deals_group_is_shown_not_edited(planner: Planner, workspace: DealWorkspace, deal: int,
                                                  monkeypatch: pytest.MonkeyPatch, qtbot) -> None:  # noqa: ANN001
    planner.buying_group.add(deal, person(planner, deal, "Ann", attitude=Attitude.OPPONENT,
                                          influence=Influence.HIGH))
    planner.deals.abandon(deal, "No budget")
    workspace.show_deal(deal)
    box = workspace.buying_box
    assert not box.add_button.isVisibleTo(workspace) and not box.remove_button.isVisibleTo(workspace)
    assert box.closed_note.isVisibleTo(workspace) and box.gaps.isHidden()  # no warnings on a closed deal
    shown = answer(monkeypatch, lambda d: None)
    card = box.map.map_layout().cards[0]
    qtbot.mouseClick(box.map, Qt.MouseButton.LeftButton,
                     pos=QPoint(int(card.rect.x + 5), int(card.rect.y + 5)))
    assert shown == [] and box.selected().name == "Ann"  # type: ignore[union-attr]


def test_the_map_answers_the_keyboard_and_grows_with_people(planner: Planner, qtbot, deal: int) -> None:  # noqa: ANN001
    view = InfluenceMap()
    qtbot.addWidget(view)
    view.resize(420, 300)
    empty = view.heightForWidth(420)
    for i in range(15):
        planner.buying_group.add(deal, person(planner, deal, f"Person {i}", influence=Influence.HIGH,
                                              attitude=Attitude.SUPPORTER))
    view.set_people(planner.buying_group.of(deal))
    assert view.heightForWidth(420) > empty + 15 * 20
    activated: list[int] = []
    view.personActivated.connect(activated.append)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    cards = view.map_layout().cards
    assert activated == [cards[1].person.key] and view.current() == cards[1].person.key
    member = planner.buying_group.of(deal)[0]
    assert "Supporter" in InfluenceMap.describe(member) and "High influence" in InfluenceMap.describe(member)


def test_the_panel_speaks_chinese(planner: Planner, workspace: DealWorkspace, deal: int) -> None:
    planner.buying_group.add(deal, person(planner, deal, "王大明", BuyingRole.ECONOMIC_BUYER))
    workspace.show_deal(deal)
    try:
        i18n.install("zh_TW")
        box = workspace.buying_box
        assert box.map.map_layout().cards[0].name == ("王大明",)
        heads = [h.lines for h in box.map.map_layout().rows.values()]
        assert len(heads) == 3
    finally:
        i18n.install("en")


def required_stage(planner: Planner, deal: int, *roles: BuyingRole) -> int:
    process = planner.processes.get(planner.deals.get(deal).process_id)
    process.stages[0].required_roles = list(roles)
    planner.processes.update(process)
    return process.stages[0].id or 0


def fill(dialog: ConfirmDialog) -> None:
    for page in dialog.pages:
        page.evidence.setPlainText("Signed minutes")
    dialog.acknowledge.setChecked(True)


def test_the_confirmation_waits_for_required_roles_and_names_who_confirmed(planner: Planner, deal: int,
                                                                           qtbot) -> None:  # noqa: ANN001
    stage = required_stage(planner, deal, BuyingRole.ECONOMIC_BUYER)
    bo = person(planner, deal, "Bo", BuyingRole.COACH)
    planner.buying_group.add(deal, bo)
    dialog = ConfirmDialog(planner, deal, planner.processes.get(planner.deals.get(deal).process_id).stages[1].id)
    qtbot.addWidget(dialog)
    fill(dialog)
    page = dialog.pages[0]
    assert not dialog.confirm_button.isEnabled()
    assert "economic buyer" in dialog.problem_label.text() and "buying group" in dialog.problem_label.text()
    assert page.people.count() == 1
    dialog.close()
    ann = person(planner, deal, "Ann", BuyingRole.ECONOMIC_BUYER)
    planner.buying_group.add(deal, ann)
    dialog = ConfirmDialog(planner, deal, planner.processes.get(planner.deals.get(deal).process_id).stages[1].id)
    qtbot.addWidget(dialog)
    fill(dialog)
    page = dialog.pages[0]
    assert dialog.confirm_button.isEnabled() and dialog.problem_label.isHidden()
    assert [page.people.item(i).text() for i in range(page.people.count())] == [
        "Ann · Economic buyer", "Bo · Coach (inside guide)"]
    page.people.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.confirm_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    [milestone] = planner.milestones.of(deal)
    assert milestone.stage_id == stage and [p.name for p in milestone.people] == ["Ann"]


def test_a_confirmed_milestone_and_the_log_say_who_confirmed(planner: Planner, workspace: DealWorkspace,
                                                             deal: int) -> None:
    ann = person(planner, deal, "Ann", BuyingRole.ECONOMIC_BUYER)
    planner.buying_group.add(deal, ann)
    stage = planner.deals.get(deal).stage_id or 0
    from planner.services import Confirmation

    planner.milestones.confirm(deal, [Confirmation(stage, date.today(), "Minutes", people=(ann,))])
    workspace.show_deal(deal)
    section = workspace.section_for(stage)
    assert section is not None
    section.set_expanded(True)
    texts = [w.text() for w in section.findChildren(QLabel)]
    assert any("Confirmed or decided by" in t and "Ann (Economic buyer)" in t for t in texts)
    model: EventLogModel = workspace.history_model
    rows = [model.describe(model.data(model.index(r, 0), Qt.ItemDataRole.UserRole + 1))
            for r in range(model.rowCount())]
    assert ("Added to the buying group", "Ann") in rows
    assert any(what.startswith("Confirmed or decided by") and change == "Ann" for what, change in rows)


def test_the_event_log_words_each_change_of_the_group(planner: Planner, deal: int) -> None:
    import dataclasses

    ann = person(planner, deal, "Ann")
    member = planner.buying_group.add(deal, ann)
    planner.buying_group.update(dataclasses.replace(planner.buying_group.get(member), role=BuyingRole.COACH,
                                                    attitude=Attitude.SUPPORTER, influence=Influence.LOW,
                                                    wants="Less paperwork"))
    planner.buying_group.remove(member)
    model = EventLogModel()
    model.set_events(planner.deals.events(deal), {}, {}, {}, people={ann: "Ann"})
    described = [model.describe(e) for e in planner.deals.events(deal)[1:]]
    assert described == [
        ("Added to the buying group", "Ann"),
        ("Buying role of Ann", "Other role → Coach (inside guide)"),
        ("Attitude of Ann", "Attitude unknown → Supporter"),
        ("Influence of Ann", "Medium influence → Low influence"),
        ("What Ann wants", "Less paperwork"),
        ("Taken out of the buying group", "Ann")]


def test_the_stage_editor_sets_the_roles_a_stage_requires(qtbot) -> None:  # noqa: ANN001
    editor = StageEditor()
    qtbot.addWidget(editor)
    stage = Stage("Commercial evaluation", "Terms agreed", 50)
    editor.set_stage(stage)
    assert editor.tabs.tabText(2) == "Buyin&g roles (0)"
    editor.roles.boxes[BuyingRole.COACH].setChecked(True)
    editor.roles.boxes[BuyingRole.ECONOMIC_BUYER].setChecked(True)
    assert stage.required_roles == [BuyingRole.ECONOMIC_BUYER, BuyingRole.COACH]
    assert editor.tabs.tabText(2) == "Buyin&g roles (2)"
    editor.set_stage(Stage("Other", "M", 10, required_roles=[BuyingRole.USER]))
    assert [r for r, b in editor.roles.boxes.items() if b.isChecked()] == [BuyingRole.USER]


def test_the_board_marks_a_card_with_gaps(planner: Planner, deal: int, qapp) -> None:  # noqa: ANN001
    stage = planner.deals.get(deal).stage_id or 0
    model = CardListModel(stage, {stage: 0})
    model.set_cards(planner.deals.cards(planner.deals.get(deal).process_id))
    index = model.index(0)
    assert model.data(index, CardRole.GAPS) == (str(Gap.NOBODY),)
    assert "Buying group: Nobody in the buying group is identified yet" in model.data(
        index, Qt.ItemDataRole.ToolTipRole)
    for name, role in (("Ann", BuyingRole.ECONOMIC_BUYER), ("Bo", BuyingRole.COACH)):
        planner.buying_group.add(deal, person(planner, deal, name, role))
    model.upsert(planner.deals.card(deal))
    assert model.data(index, CardRole.GAPS) == ()
    assert "Buying group" not in model.data(index, Qt.ItemDataRole.ToolTipRole)
    confirm_current(planner, deal, outcome=Outcome.AGAINST)
    model.upsert(planner.deals.card(deal))
    assert model.data(index, CardRole.GAPS) == ()  # a closed deal: no warning


def test_the_process_editor_saves_the_roles_a_stage_requires(planner: Planner, qtbot) -> None:  # noqa: ANN001
    from builders import simple_process

    from planner.ui.processes.library_editor import ProcessEditorDialog

    pid = planner.processes.create(simple_process(3))
    editor = ProcessEditorDialog(planner, planner.processes.get(pid), 0)
    qtbot.addWidget(editor)
    editor.panel.select_row(1)
    editor.panel.editor.roles.boxes[BuyingRole.ECONOMIC_BUYER].setChecked(True)
    editor.save()
    assert editor.result() == QDialog.DialogCode.Accepted
    assert [s.required_roles for s in planner.processes.get(pid).stages] == [[], [BuyingRole.ECONOMIC_BUYER], []]


def test_the_wizard_gives_a_stage_its_required_roles(planner: Planner, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QWizard

    from planner.domain.reference import STAGE_KEYS
    from planner.ui.processes.wizard import TAILOR, TailoringWizard

    wizard = TailoringWizard(planner)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.start_page.choose("key_account")
    for _ in range(1 + len(STAGE_KEYS)):
        wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentId() == TAILOR
    panel = wizard.tailor_page.panel
    panel.select_row(2)
    panel.editor.roles.boxes[BuyingRole.COACH].setChecked(True)
    panel.editor.roles.boxes[BuyingRole.ECONOMIC_BUYER].setChecked(True)
    wizard.button(QWizard.WizardButton.NextButton).click()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.process_id is not None
    stages = planner.processes.get(wizard.process_id).stages
    assert stages[2].required_roles == [BuyingRole.ECONOMIC_BUYER, BuyingRole.COACH]
    assert [s.required_roles for i, s in enumerate(stages) if i != 2] == [[]] * (len(stages) - 1)
