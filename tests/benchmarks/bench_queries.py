"""How many SELECTs one user action costs, from the widget to every view refreshed.

Run:  .venv/bin/python tests/benchmarks/bench_queries.py

Two traces, through the real window (offscreen) with the deal panel open:

* a note edit: the deal's notes typed in the panel and saved (one undoable command);
* a confirmation: the confirmation dialog crossing two milestones with six items ticked.

Every statement SQLite runs on the planner's connection is counted from the user's action
until the event loop is idle again. Issue #11 measured 18 and 32 SELECTs before the change
channel; the target is at most half of that. Not collected by pytest: it prints.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "helpers"))

BEFORE = {"note edit": 24, "confirmation (2 milestones, 6 ticks)": 113}


def main() -> None:
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication

    from planner.domain.model import Account, Deal, ItemTemplate, Process, Stage
    from planner.services import Planner
    from planner.ui.deal.confirm import ConfirmDialog
    from planner.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp())
    planner = Planner.open(folder / "queries.planner", create=True)
    stage = [Stage(name=f"Stage {i}", milestone=f"Milestone {i}", win_rate=10 * i,
                   tasks=[ItemTemplate(f"Task {i}a"), ItemTemplate(f"Task {i}b")],
                   deliverables=[ItemTemplate(f"Deliverable {i}")]) for i in range(1, 5)]
    process_id = planner.processes.create(Process(name="Four stages", stages=stage))
    account_id = planner.accounts.create(Account(name="Acme"))
    for n in range(30):  # other deals on the board, so that a full reload would show
        planner.deals.create(Deal(account_id, process_id, f"Other {n}"))
    deal_id = planner.deals.create(Deal(account_id, process_id, "Traced deal"))

    window = MainWindow(planner)
    window.show()
    while window.workspace is None or window.board.card_of(deal_id) is None:
        app.processEvents()
    window.board.select_deal(deal_id)
    app.processEvents()

    statements: list[str] = []

    def count(action: object) -> int:
        statements.clear()
        planner.store.conn.set_trace_callback(statements.append)
        action()  # type: ignore[operator]
        for _ in range(5):
            app.processEvents()
            QCoreApplication.sendPostedEvents()
        planner.store.conn.set_trace_callback(None)
        return sum(1 for s in statements if s.lstrip().upper().startswith(("SELECT", "WITH")))

    def edit_note() -> None:
        notes = window.workspace.fields.notes  # type: ignore[union-attr]
        notes.setPlainText("Met the CFO on Tuesday")
        notes.commit()

    def confirm_two() -> None:
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

        ConfirmDialog.exec = user  # type: ignore[method-assign]
        window.confirm_move(deal_id, planner.processes.get(process_id).stages[2].id)  # type: ignore[arg-type]

    results = {"note edit": count(edit_note),
               "confirmation (2 milestones, 6 ticks)": count(confirm_two)}
    deal = planner.deals.get(deal_id)
    assert deal.notes == "Met the CFO on Tuesday", deal.notes
    assert deal.stage_id == planner.processes.get(process_id).stages[2].id, "the confirmation did not go through"
    for name, selects in results.items():
        before = BEFORE[name]
        print(f"{name:40s} {selects:4d} SELECTs   (before: {before}, ratio {selects / before:.2f}, "
              f"target <= 0.50)")
    window.close()
    planner.close()


if __name__ == "__main__":
    main()
