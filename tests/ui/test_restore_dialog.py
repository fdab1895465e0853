"""File > Restore: the snapshots listed newest first, an empty state, a confirmed restore."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from builders import new_deal
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from shown import as_shown

from planner import i18n, snapshots
from planner.services import Planner
from planner.snapshots import Kind
from planner.ui.file.restore import RestoreDialog, ask_restore, when

START = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


@pytest.fixture
def zh_tw(qapp) -> Iterator[None]:  # noqa: ANN001
    i18n.install("zh_TW")
    yield
    i18n.install("en")


def titles(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT title FROM deals ORDER BY id")]
    finally:
        conn.close()


def three_snapshots(planner: Planner) -> list[snapshots.Snapshot]:
    new_deal(planner, title="First")
    snapshots.daily_if_due(planner, now=START)
    new_deal(planner, title="Second")
    snapshots.before_risky(planner, Kind.BEFORE_IMPORT, now=START + timedelta(hours=2))
    snapshots.daily_if_due(planner, now=START + timedelta(days=1))
    return snapshots.listing(planner.path)


def row_texts(dialog: RestoreDialog) -> list[list[str]]:
    table = dialog.table
    return [[table.topLevelItem(r).text(c) for c in range(4)] for r in range(table.topLevelItemCount())]


def test_the_snapshots_are_listed_newest_first(qtbot, planner: Planner, tmp_path: Path) -> None:  # noqa: ANN001
    listed = three_snapshots(planner)
    dialog = RestoreDialog(planner)
    qtbot.addWidget(dialog)
    rows = row_texts(dialog)
    assert [r[1] for r in rows] == ["Daily", "Before import", "Weekly"]
    assert [r[2] for r in rows] == ["2", "2", "1"]
    assert rows[0][0] == when(listed[0].taken_at) and "2026" in rows[0][0]
    assert all(r[3] == "—" or r[3] for r in rows)  # a fingerprint, or the dash without a hash chain
    assert dialog.pages.currentWidget() is dialog.table
    assert dialog.table.currentItem() is dialog.table.topLevelItem(0)
    assert dialog.restore_button.isEnabled() and dialog.restore_button.isDefault()
    dialog.show()
    dialog.grab().save(str(tmp_path / "restore-en.png"))


def test_no_snapshot_yet_shows_an_empty_state(qtbot, planner: Planner, tmp_path: Path) -> None:  # noqa: ANN001
    dialog = RestoreDialog(planner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.pages.currentWidget() is dialog.empty and dialog.empty.isVisible()
    assert "no snapshots" in dialog.empty.text()
    assert not dialog.restore_button.isEnabled() and dialog.close_button.isDefault()
    dialog.grab().save(str(tmp_path / "restore-empty-en.png"))


def test_restore_after_confirmation_puts_the_file_back(qtbot, planner: Planner,  # noqa: ANN001
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    three_snapshots(planner)
    new_deal(planner, title="Third")
    dialog = RestoreDialog(planner)
    qtbot.addWidget(dialog)
    dialog.table.setCurrentItem(dialog.table.topLevelItem(2))  # the oldest: one deal
    asked: list[str] = []
    monkeypatch.setattr(RestoreDialog, "confirm", lambda self, s: asked.append(s.kind) or True)
    dialog.restore_button.click()
    assert asked == [Kind.WEEKLY]
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.restored is not None
    assert titles(planner.path) == ["First"]
    assert dialog.before is not None and titles(dialog.before.path) == ["First", "Second", "Third"]
    assert dialog.before.kind is Kind.BEFORE_RESTORE
    assert "kept as a snapshot" in dialog.done_message()


def test_enter_asks_once_and_cancel_changes_nothing(qtbot, planner: Planner,  # noqa: ANN001
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    three_snapshots(planner)
    dialog = RestoreDialog(planner)
    qtbot.addWidget(dialog)
    dialog.show()
    asked: list[object] = []
    monkeypatch.setattr(RestoreDialog, "confirm", lambda self, s: asked.append(s) or False)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert len(asked) == 1  # Enter on the list: one question, not two
    assert dialog.isVisible() and dialog.restored is None
    assert titles(planner.path) == ["First", "Second"]
    assert len(snapshots.listing(planner.path)) == 3


def test_the_confirmation_defaults_to_cancel(qtbot, planner: Planner, tmp_path: Path) -> None:  # noqa: ANN001
    three_snapshots(planner)
    dialog = RestoreDialog(planner)
    qtbot.addWidget(dialog)
    seen: list[tuple[str, str, str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append((box.defaultButton().text(), box.escapeButton().text(), as_shown(box.text())))
        box.grab().save(str(tmp_path / "restore-confirm-en.png"))
        box.defaultButton().click()  # what Enter does

    QTimer.singleShot(0, answer)
    assert dialog.confirm(dialog.selected()) is False
    assert seen and seen[0][0] == "Cancel"
    assert "before restore" in seen[0][2] and "2026" in seen[0][2]


def test_a_refused_restore_is_explained_and_the_file_is_unchanged(qtbot, planner: Planner,  # noqa: ANN001
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    listed = three_snapshots(planner)
    listed[0].path.write_bytes(b"not a database at all" * 10)
    dialog = RestoreDialog(planner)
    qtbot.addWidget(dialog)
    warned: list[str] = []
    monkeypatch.setattr(RestoreDialog, "confirm", lambda self, s: True)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(as_shown(text)))
    dialog.restore_selected()
    assert len(warned) == 1 and "unchanged" in warned[0] and "not a Deal Planner file" in warned[0]
    assert dialog.restored is None and dialog.result() != QDialog.DialogCode.Accepted
    assert titles(planner.path) == ["First", "Second"]


def test_ask_restore_tells_the_window_whether_to_reopen(qtbot, planner: Planner,  # noqa: ANN001
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    three_snapshots(planner)
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert ask_restore(planner) is None

    def user(self: RestoreDialog) -> int:
        self.confirm = lambda s: True  # type: ignore[method-assign]
        self.restore_selected()
        return self.result()

    monkeypatch.setattr(RestoreDialog, "exec", user)
    done = ask_restore(planner)
    assert done is not None and done.restored is not None


def test_the_dialog_in_chinese(qtbot, planner: Planner, tmp_path: Path, zh_tw: None) -> None:  # noqa: ANN001
    three_snapshots(planner)
    dialog = RestoreDialog(planner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "還原快照"
    assert [r[1] for r in row_texts(dialog)] == ["每日", "匯入前", "每週"]
    assert "2026年" in row_texts(dialog)[0][0]
    assert dialog.close_button.text() == "關閉(&C)" or "關閉" in dialog.close_button.text()
    dialog.grab().save(str(tmp_path / "restore-zh.png"))
    empty = RestoreDialog(Planner.open(tmp_path / "other.planner", create=True))
    qtbot.addWidget(empty)
    empty.show()
    assert "還沒有" in empty.empty.text()
    empty.grab().save(str(tmp_path / "restore-empty-zh.png"))
    empty.planner.close()


def test_the_retention_is_in_the_settings_dialog(qtbot, planner: Planner) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QSpinBox

    from planner.ui.preferences.settings import SettingsDialog

    dialog = SettingsDialog(planner)
    qtbot.addWidget(dialog)
    days, weeks = dialog.editors["snapshot_days"], dialog.editors["snapshot_weeks"]
    assert isinstance(days, QSpinBox) and isinstance(weeks, QSpinBox)
    assert (days.value(), days.suffix()) == (7, " days")
    assert (weeks.value(), weeks.suffix()) == (4, "")  # a number of snapshots, not of days
    days.setValue(10)
    weeks.setValue(8)
    dialog.save()
    assert snapshots.Retention.of(planner.settings.all()) == snapshots.Retention(days=10, weeks=8)


# ----------------------------------------------------------------- in the main window
def wired(window) -> None:  # noqa: ANN001
    """The day's snapshot, written in a thread after the window opened, is there."""
    if window.snapshot_thread is not None:
        window.snapshot_thread.join(30)


def test_the_window_takes_the_snapshot_of_the_day_when_it_opens_a_file(window, planner: Planner) -> None:  # noqa: ANN001
    wired(window)
    listed = snapshots.listing(planner.path)
    assert len(listed) == 1 and listed[0].kind is Kind.WEEKLY  # the first of the week
    window.take_daily_snapshot()
    assert len(snapshots.listing(planner.path)) == 1  # once a day


def test_file_restore_puts_the_file_back_and_reopens_it(window, planner: Planner,  # noqa: ANN001
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    wired(window)
    path = planner.path
    new_deal(planner, title="After the snapshot")
    window.refresh()

    def user(self: RestoreDialog) -> int:
        self.confirm = lambda s: True  # type: ignore[method-assign]
        self.restore_selected()
        return self.result()

    monkeypatch.setattr(RestoreDialog, "exec", user)
    window.actions_by_name["restore"].trigger()
    assert window.planner is not planner and window.planner.path == path
    assert window.planner.deals.all() == []  # as it was when the window opened it
    assert window.writable and window.opened.lock is not None and window.opened.lock.held
    assert "kept as a snapshot" in window.statusBar().currentMessage()
    kinds = [s.kind for s in snapshots.listing(path)]
    assert Kind.BEFORE_RESTORE in kinds
    new_deal(window.planner, title="Works after the restore")


def test_closing_waits_for_the_days_snapshot_so_no_wal_is_left(window, planner: Planner) -> None:  # noqa: ANN001
    """The snapshot reads through a connection of its own: were it the last one open, SQLite
    would leave the file's WAL behind at quit instead of folding it in."""
    path = planner.path
    assert window.snapshot_thread is not None  # the day's first opening: one is being written
    window.close_file()
    assert window.snapshot_thread is None
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()
