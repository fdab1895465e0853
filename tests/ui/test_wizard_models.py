"""The wizard's draft and Qt models, checked on their own."""

from __future__ import annotations

from PySide6.QtCore import Qt

from planner.domain.model import Answer, ItemTemplate, Stage
from planner.domain.reference import STAGE_KEYS, preset, reference_stage
from planner.domain.tailoring import EditableStages, TailoringDraft, custom_stage
from planner.ui.processes.models import ItemsModel, StageListModel, SummaryModel
from planner.ui.processes.strip import StripModel, entries_for


def test_models_pass_the_model_tester(qtmodeltester) -> None:
    items = ItemsModel("Task")
    items.set_items([ItemTemplate("Call", True), ItemTemplate("Visit")])
    qtmodeltester.check(items)
    items.insertRows(1, 2)
    items.move(0, 1)
    items.removeRows(0, 1)
    qtmodeltester.check(items)

    draft = TailoringDraft("en")
    draft.choose_start("key_account")
    stages = StageListModel(draft)
    qtmodeltester.check(stages)
    stages.insert(2, custom_stage("Own", draft.stages(), 2))
    stages.move(2, 1)
    stages.remove(3)
    qtmodeltester.check(stages)

    summary = SummaryModel()
    summary.set_stages(draft.process().stages)
    qtmodeltester.check(summary)

    strip = StripModel()
    strip.set_entries(entries_for(draft, current_key="c"))
    qtmodeltester.check(strip)


def test_items_model_edits_text_and_required() -> None:
    model = ItemsModel("Deliverable")
    model.set_items([ItemTemplate("Offer")])
    assert model.setData(model.index(0, 0), "Signed offer")
    assert model.setData(model.index(0, 1), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert model.items() == [ItemTemplate("Signed offer", True)]
    assert model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Deliverable"


def test_choosing_a_start_keeps_edited_stages() -> None:
    draft = TailoringDraft("en")
    draft.choose_start("pay_and_take")
    assert draft.draft_of("f").milestone == "Payment received"
    draft.draft_of("f").tools = "Till"  # typed by the user
    untouched = draft.draft_of("b")
    draft.choose_start("group_enterprise")
    assert draft.draft_of("f").tools == "Till"
    assert draft.draft_of("f").milestone == "Payment received"  # kept with the user's edit
    assert draft.draft_of("b") == untouched
    assert draft.name == preset("group_enterprise").text("name", "en")
    assert not draft.choose_start("group_enterprise")  # same start: nothing changes


def test_an_unedited_stage_follows_the_new_preset() -> None:
    draft = TailoringDraft("en")
    draft.choose_start("pay_and_take")
    draft.choose_start("group_enterprise")
    assert draft.draft_of("f").milestone == reference_stage("f").text("milestone", "en")


def test_custom_stages_move_past_reference_stages_only_by_themselves() -> None:
    draft = TailoringDraft("en")
    draft.choose_start("inbound_leads")  # a f g h
    own = custom_stage("Trial", draft.stages(), 1)
    assert own.win_rate == (5 + 70) // 2 and own.answer == Answer.CUSTOM and own.ref_key is None
    draft.insert(1, own)
    assert [s.ref_key for s in draft.stages()] == ["a", None, "f", "g", "h"]
    assert not draft.can_move(0, 1) and not draft.can_remove(0)
    draft.move(1, 1)
    assert [s.ref_key for s in draft.stages()] == ["a", "f", None, "g", "h"]
    # keeping a dropped reference stage puts it back in the method's place
    draft.set_answer("b", Answer.KEEP)
    assert [s.ref_key for s in draft.stages()] == ["a", "b", "f", None, "g", "h"]
    process = draft.process()
    assert [s.position for s in process.stages] == list(range(6))
    assert "b" not in process.dropped and process.dropped["c"] == Answer.DROP


def test_blank_items_are_not_saved() -> None:
    draft = TailoringDraft("en")
    draft.choose_start("pay_and_take")
    draft.draft_of("f").tasks.append(ItemTemplate("   "))
    assert all(t.text.strip() for t in draft.process().stages[0].tasks)


def test_editable_stages_allow_removing_any_but_the_last() -> None:
    stages = EditableStages([Stage("A", "m", 10, ref_key="a", id=1), Stage("B", "m", 20, id=2)])
    assert stages.can_remove(0) and stages.can_remove(1)
    assert not stages.can_move(0, 1) and stages.can_move(1, -1)
    stages.remove(0)
    assert not stages.can_remove(0)
    assert [s.position for s in stages.finished()] == [0]


def test_every_reference_stage_is_in_the_draft_from_the_start() -> None:
    draft = TailoringDraft("zh_TW")
    assert [s.ref_key for s in draft.entries()] == list(STAGE_KEYS)
    assert draft.stages() == []  # nothing kept before any answer
    assert draft.draft_of("a").name == "客戶識別分配階段"
