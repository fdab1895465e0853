"""Whatever is typed into the deal panel, the file stays sound and the panel shows the file.

A fuzzer beside the cases found from outside (a value the field could not show, a date before
1900, a spreadsheet's line breaks): random edits of hostile text, numbers and dates into each
of the panel's fields, each finished as a user finishes it, then undone or not. Any exception
raised in Qt's callbacks fails the test (pytest-qt); after the edits the file passes its
whole check and every field shows what the file holds (40 sequences a run;
``FUZZ_EXAMPLES=400`` for a deeper search).
"""

from __future__ import annotations

import os
from datetime import date

import pytest
from builders import confirm_current, new_deal
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from planner.services import Planner
from planner.ui.deal import DealWorkspace

TEXTS = ["", " ", "Pilot", "<b>bold</b>", "\u202eevil", "a\r\nb", "x" * 301, "商機 台北", "\x00nul", "\t\n",
         "1,234.50", "-5", "9" * 23, "1e400", "NaN", "%s {title}", "עסקה", "é" * 40]
CURRENCIES = ["TWD", "usd", "XX", "EURO", "€", "", "JPY"]
DATES = [date(1850, 1, 1), date(1900, 1, 1), date(2026, 2, 28), date(9999, 12, 31), None]


def _edit(ws: DealWorkspace, field: str, value: object) -> None:
    f = ws.fields
    if field in ("title", "next_step"):
        edit = f.title if field == "title" else ws.next_step.step
        edit.setFocus()
        edit.setText(str(value))
        edit.setModified(True)  # as typing leaves it
        edit.editingFinished.emit()
    elif field == "value":
        f.value.setFocus()
        f.value.lineEdit().setText(str(value))
        f.value.interpretText()
        f.value.editingFinished.emit()
    elif field == "currency":
        f.currency.setCurrentText(str(value))
        f.currency.lineEdit().editingFinished.emit()
    elif field in ("notes", "risks"):
        note = f.notes if field == "notes" else f.risks
        note.setFocus()
        note.setPlainText(str(value))
        note.commit()
    else:
        dated = {"expected_close": f.expected_close, "next_target": f.next_target, "due": ws.next_step.due}[field]
        day = QDate(value.year, value.month, value.day) if isinstance(value, date) else dated.edit.minimumDate()
        dated.edit.setDate(day)
        dated.edit.editingFinished.emit()
    ws.fields.title.setFocus()


EDITS = st.one_of(
    st.tuples(st.sampled_from(["title", "next_step", "notes", "risks", "value"]), st.sampled_from(TEXTS)),
    st.tuples(st.just("currency"), st.sampled_from(CURRENCIES)),
    st.tuples(st.sampled_from(["expected_close", "next_target", "due"]), st.sampled_from(DATES)),
    st.tuples(st.just("undo"), st.none()),
)


@settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", "40")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(EDITS, min_size=1, max_size=8))
def test_any_edits_leave_a_sound_file_shown_as_it_is(planner: Planner, workspace: DealWorkspace,
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      edits: list[tuple[str, object]]) -> None:
    refused: list[str] = []  # a refused edit says why in a box: answered here
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: refused.append(text)))
    deal_id = new_deal(planner, title="Pilot", value=1200.0, expected_close=date(2027, 1, 1))
    confirm_current(planner, deal_id)
    workspace.session.undo_stack.clear()
    workspace.show_deal(deal_id)
    for field, value in edits:
        if field == "undo":
            workspace.session.undo_stack.undo()
        else:
            _edit(workspace, field, value)
    workspace.flush()
    assert planner.file.check() == []
    deal = planner.deals.get(deal_id)
    workspace.show_deal(deal_id)
    assert workspace.fields.title.text() == deal.title
    assert workspace.fields.notes.toPlainText() == deal.notes.replace("\r\n", "\n")
    assert ws_value(workspace) == round(deal.value, workspace.fields.value.decimals())


def ws_value(workspace: DealWorkspace) -> float:
    return round(workspace.fields.value.value(), workspace.fields.value.decimals())


PASSABLE = ["title", "value", "currency", "expected_close", "next_target", "notes", "risks", "step", "due"]


@settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", "40")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.floats(0, 1e15, allow_nan=False), st.sampled_from(["TWD", "USD", "JPY", "KWD"]),
       st.sampled_from(DATES), st.sampled_from(["", "a\r\nb", "One\u2028two", "x  y", " pad "]),
       st.lists(st.sampled_from(PASSABLE), min_size=1, max_size=9))
def test_passing_through_any_fields_changes_nothing(planner: Planner, workspace: DealWorkspace, qtbot,  # noqa: ANN001
                                                    value: float, currency: str, day: date | None, text: str,
                                                    path: list[str]) -> None:
    deal_id = new_deal(planner, title="Pilot", value=value, currency=currency, expected_close=day,
                       next_target=day, notes=text, risks=text)
    if day is not None:
        planner.deals.set_next_step(deal_id, "Call", day)
    before = planner.deals.get(deal_id)
    workspace.session.undo_stack.clear()
    workspace.show_deal(deal_id)
    f = workspace.fields
    widgets = {"title": f.title, "value": f.value, "currency": f.currency, "expected_close": f.expected_close.edit,
               "next_target": f.next_target.edit, "notes": f.notes, "risks": f.risks,
               "step": workspace.next_step.step, "due": workspace.next_step.due.edit}
    for name in path:
        widgets[name].setFocus()
        qtbot.keyClick(widgets[name], Qt.Key.Key_Tab)
    f.title.setFocus()
    workspace.flush()
    assert planner.deals.get(deal_id) == before
    assert not workspace.session.undo_stack.canUndo()
