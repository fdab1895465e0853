"""The Win/Loss tab of Your Track Record: the widget shows what reports.win_loss computes, for
every process or one, and follows the file's changes."""

from __future__ import annotations

import pytest
from builders import confirm_current, new_deal
from PySide6.QtCore import QCoreApplication, QEvent

from planner.domain.model import Outcome
from planner.services import Planner
from planner.ui.calibration.dialog import CalibrationDialog
from planner.ui.calibration.winloss import SHARE_ROLE, WinLossWidget
from planner.ui.session import Session


def closings(planner: Planner) -> dict[str, int]:
    """Two processes: one deal won, two lost (one filed under Price, one in euros without a
    rate), one abandoned under Timing; and a second process with one deal abandoned."""
    won = new_deal(planner, stages=1, title="Won", value=1000)
    process = planner.deals.get(won).process_id
    confirm_current(planner, won)
    account = planner.deals.get(won).account_id
    from planner.domain.model import Deal

    def deal(title: str, value: float, currency: str = "TWD") -> int:
        return planner.deals.create(Deal(account, process, title, value=value, currency=currency))

    price, timing = planner.reasons.all()[0].id, planner.reasons.all()[3].id
    lost = deal("Lost", 400)
    confirm_current(planner, lost, Outcome.AGAINST)
    planner.deals.set_close_category(lost, price)
    euro = deal("Euro", 50, "EUR")
    confirm_current(planner, euro, Outcome.AGAINST)
    planner.deals.abandon(deal("Quiet", 200), "No answer", timing)
    other = new_deal(planner, title="Elsewhere", account="Beta", value=70)
    planner.deals.abandon(other, "Moved on")
    planner.settings.set("home_currency", "TWD")
    return {"process": process, "other": planner.deals.get(other).process_id}


@pytest.fixture
def widget(qtbot) -> WinLossWidget:  # noqa: ANN001
    w = WinLossWidget()
    qtbot.addWidget(w)
    w.resize(900, 600)
    w.show()
    return w


def test_the_tables_are_the_reports_figures(widget: WinLossWidget, planner: Planner) -> None:
    ids = closings(planner)
    widget.refresh(planner)
    assert widget.pane.isVisibleTo(widget) and widget.empty.isHidden()
    assert widget.summary.text().startswith("5 closed deals: 1 won, 2 lost, 2 abandoned (20% won).")
    assert widget.by_category.texts(0) == ["Price", "Timing", "Uncategorised"]
    assert widget.by_category.texts(1) == ["1", "0", "1"] and widget.by_category.texts(2) == ["0", "1", "1"]
    assert widget.by_category.texts(3) == ["25%", "25%", "50%"]
    assert widget.by_category.item(2, 3).data(SHARE_ROLE) == 0.5  # drawn as a bar
    assert widget.by_category.texts(4)[0] == "NT$400"
    assert "€50" in widget.by_category.texts(4)[2] and "without a rate" in widget.by_category.texts(4)[2]
    assert widget.by_process.texts(1) == ["1", "0"] and widget.by_process.texts(4) == ["25%", "0%"]
    assert [s.split(" · ")[-1] for s in widget.by_stage.texts(0)] == ["Stage 1", "Stage 1"]
    # one process: its own part of the whole
    widget.processes.setCurrentIndex(widget.processes.findData(ids["other"]))
    widget.processes.activated.emit(widget.processes.currentIndex())
    assert widget.process_id() == ids["other"]
    assert widget.by_process.rowCount() == 1 and widget.by_category.texts(0) == ["Uncategorised"]
    assert widget.by_stage.texts(0) == ["Stage 1"]  # one process: stages need no process name
    widget.set_process(None)
    assert widget.by_process.rowCount() == 2


def test_a_new_file_says_what_will_show(widget: WinLossWidget, planner: Planner) -> None:
    widget.refresh(planner)
    assert widget.empty.isVisibleTo(widget) and "No deal has been won, lost or abandoned yet" in widget.empty.text()
    assert not widget.pane.isVisibleTo(widget) and not widget.summary.isVisibleTo(widget)


def test_a_language_change_rewords_it(widget: WinLossWidget, planner: Planner) -> None:
    closings(planner)
    widget.refresh(planner)
    widget.by_category.clear()
    QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
    assert widget.by_category.texts(0) == ["Price", "Timing", "Uncategorised"]  # drawn again from what it holds
    assert widget.processes.itemText(0) == "All processes"


def test_the_track_record_shows_it_on_a_tab_that_follows_the_file(qtbot, session: Session,  # noqa: ANN001
                                                                   planner: Planner) -> None:
    closings(planner)
    dialog = CalibrationDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.win_loss.result is None  # read only once its tab is shown
    dialog.tabs.setCurrentIndex(1)
    assert dialog.win_loss.by_category.texts(0) == ["Price", "Timing", "Uncategorised"]
    deal = next(d for d in planner.deals.all() if d.title == "Euro")
    planner.deals.set_close_category(deal.id, planner.reasons.all()[1].id)  # type: ignore[arg-type]
    assert dialog.win_loss.by_category.texts(0) == ["Price", "Competitor", "Timing", "Uncategorised"]
    planner.reasons.rename(planner.reasons.all()[0].id, "Priced out")
    assert dialog.win_loss.by_category.texts(0)[0] == "Priced out"
