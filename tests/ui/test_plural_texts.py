"""Counts on screen in English as English says them: "1 day", "2 days", "1 closed deal" (Qt's
plural forms, from the English catalogue of plural forms): the stalled deals' reasons, the
track record's tips, note and win/loss line, the adopted rates and the forecast's export."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import confirm_current, simple_process
from plurals import english_plurals
from PySide6.QtCore import Qt

from planner.domain.calibration import RateAdoption
from planner.domain.model import Account, Deal
from planner.domain.stalled import Basis, StalledDeal, Threshold
from planner.services import Planner
from planner.ui.calibration import model as table
from planner.ui.calibration.adoptions import AdoptionsList
from planner.ui.calibration.dialog import CalibrationDialog
from planner.ui.review.model import Column, StalledModel
from planner.ui.session import Session


def _stalled(days: int, bar: Threshold) -> StalledDeal:
    return StalledDeal(1, "Kiosk", 1, "Acme", 1, "Direct", 1, "Proposal", days, bar)


def test_a_stalled_deals_reason_counts_days_and_deals(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    model = StalledModel()
    model.set_deals([_stalled(2, Threshold(1, Basis.TRACK_RECORD, 1)),
                     _stalled(1, Threshold(3, Basis.TRACK_RECORD, 5)),
                     _stalled(15, Threshold(1, Basis.IDLE_SETTING, 0)),
                     _stalled(1, Threshold(14, Basis.IDLE_SETTING, 0))])
    with english_plurals(tmp_path):
        tips = [model.data(model.index(row, Column.DAYS), Qt.ItemDataRole.ToolTipRole) for row in range(4)]
    assert tips == [
        "2 days in this stage; your won deals took at most 1 day here (80th percentile of 1 won deal)",
        "1 day in this stage; your won deals took at most 3 days here (80th percentile of 5 won deals)",
        "15 days in this stage, more than the 1 idle day set for this file (too few won deals here yet to compare "
        "with)",
        "1 day in this stage, more than the 14 idle days set for this file (too few won deals here yet to compare "
        "with)"]


@pytest.fixture
def one_won(planner: Planner) -> int:
    """A process whose only deal was won: one closed deal at each stage."""
    process = planner.processes.create(simple_process(2, name="Solo"))
    deal = planner.deals.create(Deal(account_id=planner.accounts.create(Account("Acme")), process_id=process,
                                     title="Kiosk"))
    confirm_current(planner, deal)
    confirm_current(planner, deal)
    return process


def test_the_track_record_counts_one_closed_deal_as_one(qtbot, session: Session, one_won: int,  # noqa: ANN001
                                                        tmp_path: Path) -> None:
    with english_plurals(tmp_path):
        dialog = CalibrationDialog(session, one_won)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.table.selectRow(0)

        def tip(column: int) -> str:
            return dialog.model.index(0, column).data(Qt.ItemDataRole.ToolTipRole)

        assert tip(table.OBSERVED).startswith("Won: 1 of 1 closed deal (100%); 95% range ")
        assert tip(table.OBSERVED).endswith("\nToo few to go by: 10 closed deals are needed.")
        assert tip(table.SAMPLE) == "Closed: 1 of the 1 deal that entered this stage."
        assert tip(table.MEDIAN_DAYS) == "From 1 won deal that passed this stage."
        assert dialog.note.text() == "“Stage 1” has 1 closed deal: its observed rate is worth adopting from 10 on."
        assert "from 10 closed deals on" in dialog.explanation.text()
        dialog.tabs.setCurrentIndex(1)
        assert dialog.win_loss.summary.text().startswith("1 closed deal: 1 won, 0 lost, 0 abandoned (100% won).")


def test_adopted_rates_say_their_sample(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    listed = AdoptionsList()
    qtbot.addWidget(listed)
    with english_plurals(tmp_path):
        listed.show_adoptions([RateAdoption(1, 1, 7, 10, 100, 1, 1, "2026-01-05T09:00:00Z"),
                               RateAdoption(2, 1, 7, 10, 33, 4, 12, "2026-03-05T09:00:00Z")], {7: "Proposal"})
        sources = [row[-1] for row in listed.rows()]
    assert sources == ["4 of 12 closed deals won (33.3%)", "1 of 1 closed deal won (100%)"]


def test_the_forecasts_export_says_one_page(qtbot, planner: Planner, tmp_path: Path) -> None:  # noqa: ANN001
    from planner.ui.forecast.export import ForecastExportDialog

    dialog = ForecastExportDialog(planner, "month", None, "All processes")
    qtbot.addWidget(dialog)
    target = tmp_path / "forecast.pdf"
    dialog.path_edit.setText(str(target))
    with english_plurals(tmp_path):
        assert dialog.export()
    assert dialog.pages == 1 and dialog.status.text().startswith(f"Wrote {target} (1 page).")
