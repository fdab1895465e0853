"""Review > Stalled Deals: the list, its order, Open, Abandon with a reason, refusals, refresh."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from stalled_history import History, build

from planner.services import Planner
from planner.ui.review import StalledDialog
from planner.ui.review.model import DEAL_ID, Column, StalledModel
from planner.ui.review.reason import ReasonDialog
from planner.ui.session import Session


@pytest.fixture
def history(planner: Planner) -> History:
    return build(planner)


@pytest.fixture
def dialog(qtbot, session: Session, history: History) -> StalledDialog:  # noqa: ANN001
    d = StalledDialog(session)
    qtbot.addWidget(d)
    d.show()
    return d


def shown(d: StalledDialog) -> list[int]:
    return [d.proxy.index(r, 0).data(DEAL_ID) for r in range(d.proxy.rowCount())]


def answer_reason(monkeypatch: pytest.MonkeyPatch, reason: str, seen: list[ReasonDialog]) -> None:
    def run(self: ReasonDialog) -> int:
        seen.append(self)
        self.text.setPlainText(reason)
        self.ok.click()
        return int(self.result())

    monkeypatch.setattr(ReasonDialog, "exec", run)


def test_lists_the_stalled_deals_furthest_past_first(dialog: StalledDialog, history: History, qtmodeltester) -> None:  # noqa: ANN001
    qtmodeltester.check(dialog.model)
    assert shown(dialog) == [history.new, history.second, history.slow]  # 3, 1 and 1 days over
    assert dialog.pages.currentWidget() is dialog.table and dialog.selected_deal() == history.new
    row = [dialog.proxy.index(0, c).data() for c in Column]
    assert row == ["New process", "Beta", "Fresh", "Stage 1", "17", "14 d (idle setting)", "3"]
    tip = dialog.proxy.index(2, Column.DEAL).data(Qt.ItemDataRole.ToolTipRole)
    assert "9 days in this stage" in tip and "at most 8 days" in tip and "80th percentile of 5" in tip
    assert dialog.note.text().startswith("Stalled deals: 3.")


def test_columns_sort_by_their_values(dialog: StalledDialog, history: History) -> None:
    dialog.table.sortByColumn(Column.DAYS, Qt.SortOrder.AscendingOrder)
    assert shown(dialog) == [history.slow, history.new, history.second]  # 9, 17, 21 (not "17" < "21" < "9")
    dialog.table.sortByColumn(Column.DEAL, Qt.SortOrder.AscendingOrder)
    assert shown(dialog) == [history.new, history.second, history.slow]


def test_open_by_button_or_keyboard_emits_the_deal(qtbot, dialog: StalledDialog, history: History) -> None:  # noqa: ANN001
    dialog.table.selectRow(2)
    with qtbot.waitSignal(dialog.openRequested) as signal:
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert signal.args == [history.slow] and dialog.result() == StalledDialog.DialogCode.Accepted


def test_abandon_asks_a_reason_and_the_list_follows_the_file(
        dialog: StalledDialog, history: History, planner: Planner, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[ReasonDialog] = []
    answer_reason(monkeypatch, "  No budget this year ", seen)
    dialog.table.selectRow(shown(dialog).index(history.second))
    assert not seen and dialog.abandon_button.isEnabled()
    dialog.abandon_button.click()
    assert seen and seen[0].result() == ReasonDialog.DialogCode.Accepted
    deal = planner.deals.get(history.second)
    assert (deal.status, deal.close_reason) == ("abandoned", "No budget this year")
    assert shown(dialog) == [history.new, history.slow]  # re-read through session.changed
    assert deal.close_category is None  # no category chosen: uncategorised


def test_abandon_files_the_deal_under_the_category_chosen(
        dialog: StalledDialog, history: History, planner: Planner, monkeypatch: pytest.MonkeyPatch) -> None:
    def run(self: ReasonDialog) -> int:
        assert self.category.currentText() == "No category" and self.category.count() == 8
        self.text.setPlainText("Their budget went to the new plant")
        self.category.setCurrentIndex(self.category.findText("No budget"))
        self.ok.click()
        return int(self.result())

    monkeypatch.setattr(ReasonDialog, "exec", run)
    dialog.table.selectRow(shown(dialog).index(history.slow))
    dialog.abandon_selected()
    deal = planner.deals.get(history.slow)
    assert (deal.status, deal.close_category) == ("abandoned", planner.reasons.all()[2].id)


def test_a_refusal_is_shown_and_the_reason_kept(
        dialog: StalledDialog, history: History, planner: Planner, monkeypatch: pytest.MonkeyPatch) -> None:
    other = Planner.open(planner.path)  # another writer closes it meanwhile: this list does not know
    try:
        other.deals.abandon(history.new, "Closed elsewhere")
    finally:
        other.close()
    seen: list[ReasonDialog] = []
    answer_reason(monkeypatch, "Timing", seen)
    dialog.table.selectRow(shown(dialog).index(history.new))
    dialog.abandon_selected()
    assert seen[0].result() != ReasonDialog.DialogCode.Accepted
    assert seen[0].error.isVisibleTo(seen[0]) and seen[0].error.text()
    assert seen[0].value() == "Timing"
    assert planner.deals.get(history.new).close_reason == "Closed elsewhere"


def test_the_reason_is_required(qtbot) -> None:  # noqa: ANN001
    acts: list[str] = []
    d = ReasonDialog("Deal", "why", lambda reason, _category: acts.append(reason))
    qtbot.addWidget(d)
    assert not d.ok.isEnabled() and not d.ok.isDefault()
    d.text.setPlainText("   ")
    assert not d.ok.isEnabled()
    d.accept()
    assert acts == [] and d.error.text()
    d.text.setPlainText("Competitor won")
    d.ok.click()
    assert acts == ["Competitor won"]


def test_an_empty_review_says_so(qtbot, session: Session) -> None:  # noqa: ANN001
    d = StalledDialog(session)
    qtbot.addWidget(d)
    assert d.pages.currentWidget() is d.empty and "No deal is stalled" in d.empty.text()
    assert not d.open_button.isEnabled() and not d.abandon_button.isEnabled()


def test_a_setting_change_re_reads_the_list(dialog: StalledDialog, history: History, planner: Planner) -> None:
    planner.settings.set("idle_days", "30")
    assert shown(dialog) == [history.second, history.slow]


def test_model_headers(qtbot) -> None:  # noqa: ANN001
    model = StalledModel()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in Column][:2] == ["Deal", "Account"]


def test_read_only_offers_open_but_not_abandon(qtbot, session: Session, history: History,  # noqa: ANN001
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    d = StalledDialog(session, writable=False)
    qtbot.addWidget(d)
    seen: list[ReasonDialog] = []
    answer_reason(monkeypatch, "Timing", seen)
    assert d.open_button.isEnabled() and not d.abandon_button.isEnabled()
    qtbot.keyClick(d.table, Qt.Key.Key_Delete)
    d.abandon_selected()
    assert seen == [] and len(shown(d)) == 3


def test_delete_key_asks_to_abandon(dialog: StalledDialog, history: History, qtbot,  # noqa: ANN001
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[ReasonDialog] = []
    answer_reason(monkeypatch, "Competitor", seen)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert len(seen) == 1 and shown(dialog) == [history.second, history.slow]


def test_long_names_leave_the_figures_in_view(qtbot, session: Session, history: History,  # noqa: ANN001
                                              planner: Planner) -> None:
    long = "Taiwan Precision Machinery Manufacturing and Automation Holdings Co., Ltd. (Taichung Plant)"
    for account in planner.accounts.all():
        planner.accounts.update(dataclasses.replace(account, name=f"{account.name} {long}"))
    for summary in planner.processes.summaries():
        process = planner.processes.get(summary.id)
        process.name = f"{process.name}: {long}"
        for stage in process.stages:
            stage.name = f"{stage.name} – {long}"
        planner.processes.update(process)
    d = StalledDialog(session)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    header, room = d.table.horizontalHeader(), d.table.viewport().width()
    for column in (Column.DAYS, Column.BAR, Column.OVER):  # whole, without scrolling sideways
        assert header.sectionViewportPosition(column) + header.sectionSize(column) <= room, column
    assert header.sectionSize(Column.DEAL) >= 100  # the title keeps room of its own
    figures = sum(header.sectionSize(c) for c in (Column.DAYS, Column.BAR, Column.OVER))
    for column in (Column.ACCOUNT, Column.PROCESS, Column.STAGE):  # a fifth of the rest each, not less
        assert header.sectionSize(column) >= (room - figures) // 5 - 1, column
    tip = d.proxy.index(0, Column.ACCOUNT).data(Qt.ItemDataRole.ToolTipRole)
    assert long in tip and "days" in tip  # the whole name where the cell elides it, then why
