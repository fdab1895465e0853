"""One change channel: a write reaches the board and the deal panel through the session's
``changed`` signal, and they read again only what it names (issue #11's two traces)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from builders import new_deal
from PySide6.QtCore import Qt

from planner.domain.model import Account, Deal, ItemTemplate, Process, Stage
from planner.services import Planner
from planner.ui.deal.confirm import ConfirmDialog
from planner.ui.main_window import MainWindow


def selects_during(planner: Planner, qtbot, action: Callable[[], None]) -> list[str]:  # noqa: ANN001
    seen: list[str] = []
    planner.store.conn.set_trace_callback(seen.append)
    try:
        action()
        qtbot.wait(20)  # anything queued after the write runs too
    finally:
        planner.store.conn.set_trace_callback(None)
    return [s for s in seen if s.lstrip().upper().startswith(("SELECT", "WITH"))]


@pytest.fixture
def traced(planner: Planner, qtbot) -> tuple[MainWindow, int, int]:  # noqa: ANN001
    stages = [Stage(name=f"Stage {i}", milestone=f"Milestone {i}", win_rate=10 * i,
                    tasks=[ItemTemplate(f"Task {i}a"), ItemTemplate(f"Task {i}b")],
                    deliverables=[ItemTemplate(f"Deliverable {i}")]) for i in range(1, 5)]
    process_id = planner.processes.create(Process(name="Four stages", stages=stages))
    account_id = planner.accounts.create(Account(name="Acme"))
    for n in range(10):
        planner.deals.create(Deal(account_id, process_id, f"Other {n}"))
    deal_id = planner.deals.create(Deal(account_id, process_id, "Traced deal"))
    window = MainWindow(planner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.workspace is not None and window.board.card_of(deal_id) is not None)
    window.board.select_deal(deal_id)
    return window, deal_id, process_id


def test_a_note_edit_reads_only_the_deal_its_card_and_its_log(planner: Planner, traced, qtbot) -> None:  # noqa: ANN001
    window, deal_id, _ = traced

    def edit() -> None:
        notes = window.workspace.fields.notes  # type: ignore[union-attr]
        notes.setPlainText("Met the CFO")
        notes.commit()

    selects = selects_during(planner, qtbot, edit)
    assert planner.deals.get(deal_id).notes == "Met the CFO"
    assert window.board.card_of(deal_id) is not None
    reads = [s for s in selects if "ledger" not in s]  # the hash chain's own bookkeeping aside
    whole_deal = ("SELECT * FROM processes", "SELECT * FROM stages", "SELECT * FROM tasks", "SELECT * FROM accounts")
    assert not any(s.startswith(whole_deal) for s in reads), reads  # what the panel holds is not read again
    assert len(selects) <= 10, selects  # 24 before the change channel


def test_a_two_milestone_confirmation_reads_the_deal_once_for_the_dialog(planner: Planner, traced,  # noqa: ANN001
                                                                        qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    window, deal_id, process_id = traced
    target = planner.processes.get(process_id).stages[2].id

    def user(dialog: ConfirmDialog) -> int:
        for page in dialog.effective_pages():
            page.evidence.setPlainText("Signed minutes")
            for row in range(page.work_list.count()):
                item = page.work_list.item(row)
                if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                    item.setCheckState(Qt.CheckState.Checked)
        dialog.acknowledge.setChecked(True)
        dialog.confirm_button.click()
        return int(dialog.result())

    monkeypatch.setattr(ConfirmDialog, "exec", user)
    selects = selects_during(planner, qtbot, lambda: window.confirm_move(deal_id, target))  # type: ignore[arg-type]
    work = planner.work.get(deal_id)
    assert work.deal.stage_id == target and len(work.milestones) == 2
    assert sum(t.done for t in work.tasks) == 4 and sum(d.done for d in work.deliverables) == 2
    assert window.workspace.deal_id() == deal_id  # type: ignore[union-attr]  # the selection stayed on it
    assert sum("FROM processes" in s for s in selects) == 1, selects  # the dialog's read, nothing after
    assert len(selects) <= 40, selects  # 113 before the change channel


def test_writes_without_undo_reach_the_board_too(planner: Planner, traced, qtbot) -> None:  # noqa: ANN001
    window, deal_id, _ = traced
    planner.deals.abandon(deal_id, "No budget this year")  # as the CLI or a dialog would
    card = window.board.card_of(deal_id)
    assert card is not None and card.status == "abandoned"
    assert window.board.lane_model.row_of(deal_id) >= 0
    other = new_deal(planner, title="Made elsewhere")  # another process: the board lists it
    assert any(p[0] == planner.deals.get(other).process_id for p in window.board.visible_processes())
