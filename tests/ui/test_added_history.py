"""Rows another program added to the history (through the file's rules, so no alteration) are
sealed by the app's next change as they are: the file notes them as it opens, and a banner names
them before any change of ours seals them unseen."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from forging import sealed_file

from planner.services import Planner
from planner.store import chain
from planner.ui.history_watch import AddedBanner
from planner.ui.main_window import MainWindow


def _added_by_hand(path: Path, events: int = 2) -> None:
    """Events written by the sqlite3 shell: the triggers take them, nothing seals them."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for i in range(events):
            conn.execute("INSERT INTO events (deal_id, kind, field, before, after) "
                         "VALUES (1, 'edited', 'notes', '\"\"', ?)", [f'"by hand {i}"'])
    finally:
        conn.close()


def _window(qtbot, planner: Planner) -> MainWindow:  # noqa: ANN001
    window = MainWindow(planner, with_workspace=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.started, timeout=20_000)
    qtbot.waitUntil(lambda: window.history is not None, timeout=20_000)
    return window


def test_rows_added_elsewhere_are_noted_at_opening_and_named_until_sealed(tmp_path: Path) -> None:
    path = tmp_path / "h.planner"
    sealed_file(path)
    planner = Planner.open(path)
    assert planner.file.added_elsewhere() == []
    planner.close()
    _added_by_hand(path)
    planner = Planner.open(path)
    try:
        noted = [p.english() for p in planner.file.added_elsewhere()]
        assert len(noted) == 1 and "event" in noted[0] and "not sealed" in noted[0].lower()
        planner.deals.update(1, notes="ours")  # seals them, as every change does
        assert chain.not_sealed_yet(planner.store.conn) == []
        assert [p.english() for p in planner.file.added_elsewhere()] == noted  # as it opened
    finally:
        planner.close()
    planner = Planner.open(path)
    assert planner.file.added_elsewhere() == []
    planner.close()


@pytest.mark.parametrize("read_only", [False, True])
def test_the_window_names_them_before_a_change_seals_them(qtbot, tmp_path: Path, read_only: bool,  # noqa: ANN001
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "h.planner"
    sealed_file(path)
    _added_by_hand(path, events=3)
    window = _window(qtbot, Planner.open(path, read_only=read_only))
    banner = window.history.added  # type: ignore[union-attr]
    assert isinstance(banner, AddedBanner) and banner.isVisible()
    assert "Another program added" in banner.text.text()
    assert ("next change saved here seals them" in banner.text.text()) is not read_only
    shown: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.exec",
                        lambda box: shown.append(box.informativeText()))
    banner.details_button.click()
    assert shown and "event" in shown[0]
    banner.dismiss_button.click()
    assert not banner.isVisible()


def test_rows_added_while_the_window_is_open_are_named_once_a_change_seals_them(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "h.planner"
    sealed_file(path)
    planner = Planner.open(path)
    window = _window(qtbot, planner)
    assert window.history.added is None  # type: ignore[union-attr]
    _added_by_hand(path)  # the sqlite3 shell, while the window is open
    planner.deals.update(1, notes="ours")  # begins by noting them; its commit seals them
    assert chain.not_sealed_yet(planner.store.conn) == []
    banner = window.history.added  # type: ignore[union-attr]
    assert isinstance(banner, AddedBanner) and banner.isVisible()
    assert "your last change sealed those rows" in banner.text.text()
    banner.dismiss_button.click()
    planner.deals.update(1, notes="ours again")  # nothing new: it stays dismissed
    assert not banner.isVisible()
    _added_by_hand(path, events=1)
    planner.deals.update(1, notes="and again")
    assert banner.isVisible() and len(banner.rows) == 2


def test_a_file_nobody_else_wrote_shows_no_such_banner(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "h.planner"
    sealed_file(path)
    window = _window(qtbot, Planner.open(path))
    assert window.history.added is None  # type: ignore[union-attr]


def test_a_file_without_a_ledger_notes_nothing_and_opens(tmp_path: Path) -> None:
    conn = sqlite3.connect(":memory:")
    assert chain.not_sealed_yet(conn) == []
