"""Tools > Your Track Record: the table shows what reports.calibration computes, and adopting
an observed rate changes the stage's rate and refreshes the table."""

from __future__ import annotations

import pytest
from builders import confirm_current, simple_process
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from planner.domain.calibration import MIN_CLOSED, StageCalibration, wilson
from planner.domain.errors import QT_TRANSLATE_NOOP, InvalidInput
from planner.domain.model import Account, Deal, Outcome
from planner.services import Planner
from planner.ui.calibration import model as table
from planner.ui.calibration.dialog import CalibrationDialog
from planner.ui.session import Session

WON, LOST, ABANDONED, OPEN = 4, 6, 2, 2  # at the first stage: 4 of 12 closed won (33% vs 10% configured)


def recorded(planner: Planner) -> int:
    """A three-stage process whose first stage has a meaningful record far from its rate."""
    process_id = planner.processes.create(simple_process(3, name="Direct"))
    account = planner.accounts.create(Account(name="Acme"))

    def deal(title: str) -> int:
        return planner.deals.create(Deal(account_id=account, process_id=process_id, title=title))

    for i in range(WON):
        deal_id = deal(f"Won {i}")
        for _ in range(3):
            confirm_current(planner, deal_id)
    for i in range(LOST):
        confirm_current(planner, deal(f"Lost {i}"), Outcome.AGAINST)
    for i in range(ABANDONED):
        planner.deals.abandon(deal(f"Abandoned {i}"), "No budget")
    for i in range(OPEN):
        deal(f"Open {i}")
    return process_id


@pytest.fixture
def process_id(planner: Planner) -> int:
    return recorded(planner)


@pytest.fixture
def dialog(qtbot, session: Session, process_id: int) -> CalibrationDialog:  # noqa: ANN001
    d = CalibrationDialog(session, process_id)
    qtbot.addWidget(d)
    d.show()
    return d


def texts(d: CalibrationDialog, row: int) -> list[str]:
    return [d.model.index(row, c).data() for c in range(d.model.columnCount())]


def test_rows_are_the_reports_figures(dialog: CalibrationDialog, planner: Planner, process_id: int) -> None:
    expected = planner.reports.calibration(process_id)[0].stages
    assert dialog.model.rowCount() == len(expected) == 3
    assert dialog.pages.currentWidget() is dialog.table
    for row, stage in enumerate(expected):
        assert dialog.model.index(row, 0).data(table.STAGE_ROLE) == stage
        shown = texts(dialog, row)
        assert shown[table.STAGE] == stage.name
        assert shown[table.CONFIGURED] == f"{stage.configured_rate}%"
        assert [int(shown[c]) for c in (table.SAMPLE, table.WON, table.LOST, table.ABANDONED, table.OPEN)] == [
            stage.closed, stage.won, stage.lost, stage.abandoned, stage.open]
    first = texts(dialog, 0)
    low, high = expected[0].interval  # type: ignore[misc]
    assert first[table.OBSERVED] == f"▲ 33% ({round(low * 100)}%–{round(high * 100)}%)"
    assert texts(dialog, 1)[table.OBSERVED] == f"too few ({WON})"  # only the won deals got past it
    assert dialog.model.index(0, table.OBSERVED).data(table.GAP_ROLE) == 23
    assert dialog.model.index(0, table.OBSERVED).data(Qt.ItemDataRole.FontRole).bold()  # not colour alone


def test_the_model_follows_qts_rules(qtmodeltester, dialog: CalibrationDialog) -> None:  # noqa: ANN001
    qtmodeltester.check(dialog.model)
    dialog.model.set_process(None)
    qtmodeltester.check(dialog.model)


def test_adopting_changes_the_rate_for_the_future_and_refreshes(
        dialog: CalibrationDialog, planner: Planner, process_id: int, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[str, int]] = []
    monkeypatch.setattr(dialog, "confirm", lambda stage, rate: asked.append((stage.name, rate)) or True)
    dialog.table.selectRow(0)
    assert dialog.adopt_button.isEnabled() and "10%" in dialog.note.text() and "33%" in dialog.note.text()
    assert dialog.adopt_selected()
    assert asked == [("Stage 1", 33)]
    assert planner.processes.get(process_id).stages[0].win_rate == 33
    assert texts(dialog, 0)[table.CONFIGURED] == "33%"  # from session.changed, nothing by hand
    assert texts(dialog, 0)[table.OBSERVED].startswith("33% (")  # no longer far apart: no mark
    assert dialog.selected_stage().stage_id == planner.processes.get(process_id).stages[0].id  # type: ignore[union-attr]
    assert not dialog.adopt_button.isEnabled()  # the same rate again would change nothing
    assert planner.reports.calibration(process_id)[0].stages[0].won == WON  # the history is untouched
    # the change is recorded, and listed under the table with the figure it came from
    assert dialog.adoptions.none.isHidden() and not dialog.adoptions.table.isHidden()
    [row] = dialog.adoptions.rows()
    assert row[1:] == ["Stage 1", "10% → 33%", "4 of 12 closed deals won (33.3%)"]


def test_cancelling_changes_nothing(dialog: CalibrationDialog, planner: Planner, process_id: int,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dialog, "confirm", lambda stage, rate: False)
    dialog.table.selectRow(0)
    assert not dialog.adopt_selected()
    assert planner.processes.get(process_id).stages[0].win_rate == 10


def test_a_refusal_is_shown_and_the_rate_kept(dialog: CalibrationDialog, planner: Planner, process_id: int,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dialog, "confirm", lambda stage, rate: True)

    def refuse(stage_id: int, rate: int) -> None:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A win rate is a whole number from 0 to 100."))

    monkeypatch.setattr(planner.processes, "adopt_rate", refuse)
    dialog.table.selectRow(0)
    assert not dialog.adopt_selected()
    assert dialog.error.isVisibleTo(dialog)
    assert dialog.error.text() == "The rate was not changed: A win rate is a whole number from 0 to 100."
    assert planner.processes.get(process_id).stages[0].win_rate == 10
    dialog.table.selectRow(1)
    assert not dialog.error.isVisibleTo(dialog)  # another stage: the message was about the last one


def test_adopt_is_off_below_the_minimum_and_when_read_only(qtbot, dialog: CalibrationDialog,  # noqa: ANN001
                                                           session: Session, process_id: int) -> None:
    dialog.table.selectRow(1)
    assert not dialog.adopt_button.isEnabled() and "10" in dialog.note.text()
    assert not dialog.adopt_selected()
    looking = CalibrationDialog(session, process_id, writable=False)
    qtbot.addWidget(looking)
    looking.table.selectRow(0)
    assert not looking.adopt_button.isEnabled() and "read-only" in looking.note.text()
    assert not looking.adopt_selected()


def test_a_change_made_elsewhere_shows(dialog: CalibrationDialog, planner: Planner, process_id: int) -> None:
    stage_id = planner.processes.get(process_id).stages[0].id
    planner.processes.adopt_rate(stage_id, 40)  # type: ignore[arg-type]
    assert texts(dialog, 0)[table.CONFIGURED] == "40%"
    account = planner.accounts.create(Account(name="Beta"))
    planner.deals.create(Deal(account_id=account, process_id=process_id, title="New"))
    assert texts(dialog, 0)[table.OPEN] == str(OPEN + 1)


def test_empty_states_say_what_will_appear(qtbot, session: Session, planner: Planner) -> None:  # noqa: ANN001
    nothing = CalibrationDialog(session)
    qtbot.addWidget(nothing)
    assert nothing.pages.currentWidget() is nothing.empty and "no process yet" in nothing.empty.text()
    assert not nothing.processes.isEnabled() and not nothing.adopt_button.isEnabled()
    process_id = planner.processes.create(simple_process(2, name="Fresh"))  # the list follows the change
    assert nothing.process_id() == process_id
    assert "won, lost or abandoned yet" in nothing.empty.text() and str(MIN_CLOSED) in nothing.empty.text()
    recorded(planner)
    nothing.processes.setCurrentIndex(nothing.processes.findText("Direct"))
    assert nothing.pages.currentWidget() is nothing.table


@given(won=st.integers(0, 30), lost=st.integers(0, 30), still_open=st.integers(0, 5), rate=st.integers(0, 100))
def test_marks_and_adopt_follow_the_definitions(qapp, won: int, lost: int, still_open: int, rate: int) -> None:  # noqa: ANN001
    closed = won + lost
    stage = StageCalibration(
        stage_id=1, name="S", position=0, configured_rate=rate, entered=closed + still_open, won=won, lost=lost,
        abandoned=0, open=still_open, won_share=won / closed if closed else None,
        interval=wilson(won, closed) if closed else None, meaningful=closed >= MIN_CLOSED,
        median_days=None, p80_days=None, timed=0)
    model = table.CalibrationModel()
    text = model.observed_text(stage)
    assert text.startswith("too few") == (not stage.meaningful)
    observed = stage.adoptable_rate
    assert table.adoptable(stage) == (observed if observed is not None and observed != rate else None)
    marked = observed is not None and abs(observed - rate) > table.FAR_APART
    assert text.startswith((table.UP, table.DOWN)) == marked
    if marked:
        assert text.startswith(table.UP if observed > rate else table.DOWN)  # type: ignore[operator]
    assert model.observed_tip(stage)
