"""A file whose table was rebuilt around its rules may hold values no screen can show: the
window still opens (read-only, as for any tampered file) and says what it cannot show."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from builders import confirm_current, new_deal
from test_read_fuzz import loosen

from planner.services import Planner
from planner.ui.main_window import MainWindow
from planner.ui.opening import open_for_window


@pytest.mark.parametrize(("table", "column", "value"), [
    ("deals", "expected_close", "soon"),
    ("deals", "value", "a lot"),
    ("milestones", "confirmed_on", "yesterday"),
    ("stages", "win_rate", "high"),
    ("contacts", "role", "boss"),
    ("tasks", "done", 7),
    ("events", "at", None),
])
def test_the_window_opens_on_any_value(qtbot, tmp_path: Path, table: str, column: str, value: object) -> None:  # noqa: ANN001
    path = tmp_path / "odd.planner"
    planner = Planner.open(path, create=True)
    deal = new_deal(planner, stages=3)
    confirm_current(planner, deal)
    planner.close()
    conn = sqlite3.connect(path, isolation_level=None)
    loosen(conn, table)
    conn.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = (SELECT min(rowid) FROM {table})", [value])
    conn.close()

    opened = open_for_window(path, None)
    window = MainWindow(opened, with_workspace=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.started)
    assert window.planner.read_only  # its rules were changed: shown, never written
    if table == "deals":
        assert window.board.columns[0].view.empty_text == "The deals of this process cannot be shown."
    window.close_file()
