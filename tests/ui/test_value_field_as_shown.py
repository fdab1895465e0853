"""Passing through a deal's value without typing changes nothing, whatever the value.

Found from outside: a deal of NT$1,000 trillion (the file's largest value, which an import
or the command line can write) showed as 1,000,000,000,000 in the deal panel, the field's
own limit; tabbing through that field saved the smaller number. The same held for a value
with more decimals than the field shows (0.125 became 0.13). The field now reaches the
file's limit, and only a value the user typed is saved.
"""

from __future__ import annotations

from datetime import date

import pytest
from builders import new_deal
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from planner.domain import rules
from planner.services import Planner
from planner.ui.deal import DealWorkspace


def _kept_when_passed_through(planner: Planner, panel: DealWorkspace, qtbot, value: float,  # noqa: ANN001
                              currency: str) -> bool:
    deal_id = new_deal(planner, value=value, currency=currency)
    panel.show_deal(deal_id)
    field = panel.fields.value
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # in and out again: editing finished, nothing typed
    panel.fields.title.setFocus()
    return planner.deals.get(deal_id).value == value


@pytest.mark.parametrize(("value", "currency"), [(rules.MAX_VALUE, "TWD"), (999_999_999_999_999.0, "USD"),
                                                 (0.125, "USD"), (1234.567, "TWD"), (10.5, "JPY")])
def test_the_value_is_kept_when_the_field_is_passed_through(planner: Planner, workspace: DealWorkspace, qtbot,
                                                            value: float, currency: str) -> None:
    assert _kept_when_passed_through(planner, workspace, qtbot, value, currency)
    assert not workspace.session.undo_stack.canUndo()


def test_the_largest_value_the_file_takes_is_shown_and_can_be_typed(planner: Planner, workspace: DealWorkspace,
                                                                    qtbot) -> None:
    deal_id = new_deal(planner, value=5.0)
    workspace.show_deal(deal_id)
    field = workspace.fields.value
    assert field.maximum() == rules.MAX_VALUE
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "1000000000000000")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert planner.deals.get(deal_id).value == rules.MAX_VALUE
    workspace.show_deal(deal_id)
    assert field.text().replace(",", "") == "1000000000000000"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.floats(min_value=0, max_value=rules.MAX_VALUE, allow_nan=False),
       st.sampled_from(["TWD", "USD", "JPY", "EUR"]))
def test_any_value_the_file_holds_survives_a_pass_through(planner: Planner, workspace: DealWorkspace, qtbot,
                                                          value: float, currency: str) -> None:
    assert _kept_when_passed_through(planner, workspace, qtbot, value, currency)


@pytest.mark.parametrize("day", [date(1850, 6, 1), date(1900, 1, 1), date(1, 1, 1), date(9999, 12, 31)])
def test_a_date_the_field_cannot_show_is_kept_when_passed_through(planner: Planner, workspace: DealWorkspace,
                                                                   qtbot, day: date) -> None:  # noqa: ANN001
    """The same for dates: one before 1900 (an import of old records) showed as "No date",
    and tabbing through the field cleared it."""
    deal_id = new_deal(planner, expected_close=day, next_target=day)
    workspace.show_deal(deal_id)
    for field in (workspace.fields.expected_close, workspace.fields.next_target):
        field.edit.setFocus()
        qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    workspace.fields.title.setFocus()
    deal = planner.deals.get(deal_id)
    assert (deal.expected_close, deal.next_target) == (day, day)


def test_a_note_with_the_line_breaks_of_a_spreadsheet_is_kept_when_passed_through(
        planner: Planner, workspace: DealWorkspace, qtbot) -> None:  # noqa: ANN001
    """The same for notes: "\\r\\n" (a cell of a Windows spreadsheet) is "\\n" in the editor, and
    tabbing through saved that as an edit nobody made, in the history and the undo stack."""
    deal_id = new_deal(planner, risks="One\u2028two")
    # kept so by an older version (the app now keeps "\n"), or written by another program
    planner.store.conn.execute("UPDATE deals SET notes = 'Met the CFO' || char(13, 10) || 'Budget in Q3' WHERE id = ?",
                               [deal_id])
    planner.store.conn.commit()
    workspace.show_deal(deal_id)
    for note in (workspace.fields.notes, workspace.fields.risks):
        note.setFocus()
        qtbot.keyClick(note, Qt.Key.Key_Tab)
    workspace.fields.title.setFocus()
    deal = planner.deals.get(deal_id)
    assert (deal.notes, deal.risks) == ("Met the CFO\r\nBudget in Q3", "One\u2028two")
    assert not workspace.session.undo_stack.canUndo()
    workspace.fields.notes.setFocus()
    qtbot.keyClicks(workspace.fields.notes, "!")
    workspace.fields.title.setFocus()
    assert planner.deals.get(deal_id).notes in ("!Met the CFO\nBudget in Q3", "Met the CFO\nBudget in Q3!")
