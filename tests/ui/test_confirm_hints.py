"""The confirmation dialog's hints are the refusals a save would meet, word for word: both
come from the domain's one decision (planner.domain.lifecycle)."""

from __future__ import annotations

from datetime import date

from builders import new_deal
from PySide6.QtCore import Qt

from planner.domain import messages
from planner.domain.errors import InvalidInput, PlannerError
from planner.i18n import error_text
from planner.services import Planner
from planner.ui.deal.confirm import REQUIRED_ROLE, ConfirmDialog


def refusal(planner: Planner, dialog: ConfirmDialog) -> str:
    """What saving the dialog as it stands is refused with (nothing is written)."""
    pages = dialog.effective_pages()
    try:
        planner.milestones.confirm(dialog.deal_id, [p.confirmation() for p in pages],
                                  ticks={p.stage.id: p.ticked() for p in pages}, today=dialog.today)
    except PlannerError as e:
        return error_text(e)
    raise AssertionError("the dialog's state was saved")


def test_each_hint_is_the_refusal_a_save_would_meet(qtbot, planner: Planner) -> None:  # noqa: ANN001
    deal_id = new_deal(planner, stages=2, required=True)
    dialog = ConfirmDialog(planner, deal_id, None, today=date.today())
    qtbot.addWidget(dialog)
    first, second = dialog.pages

    # nothing typed: the evidence is what a save is refused for first
    assert first.problems()[0] == refusal(planner, dialog) == error_text(InvalidInput(messages.EVIDENCE_MISSING))
    assert dialog.problem_label.text() == first.problems()[0]
    first.evidence.setPlainText("Minutes of the kick-off")
    # then the required work, beside the work list, with what to do about it
    assert first.problems() == [refusal(planner, dialog)]
    assert first.blocking().startswith(refusal(planner, dialog)) and "Task 1" in first.blocking()
    assert dialog.problem_label.isHidden()
    # a lost milestone asks for the customer's decision instead
    first.against.setChecked(True)
    assert first.problems() == [refusal(planner, dialog)] == [error_text(InvalidInput(messages.DECISION_MISSING))]
    assert dialog.problem_label.text() == first.problems()[0] and first.blocking() == ""
    first.decision.setText("Chose the incumbent supplier")
    assert first.problems() == []
    assert planner.milestones.of(deal_id) == []  # every refusal above wrote nothing

    # reached again, its work ticked: the next page is judged as the deal would stand then
    first.reached.setChecked(True)
    for i in range(first.work_list.count()):
        if first.work_list.item(i).data(REQUIRED_ROLE):
            first.work_list.item(i).setCheckState(Qt.CheckState.Checked)
    assert first.problems() == []
    second.evidence.setPlainText("Signed contract")
    assert second.problems() == [refusal(planner, dialog)] and "Deliverable 2" in second.blocking()
    dialog.acknowledge.setChecked(True)
    assert not dialog.confirm_button.isEnabled()
