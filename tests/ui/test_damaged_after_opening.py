"""The window opens before the file's integrity check is over; a problem it finds afterwards
is put to the user (planner/ui/damaged_file.py), with every write refused until they choose.

The check is held back by a quick check that waits for the test's word, so the verdict
arrives after the board is painted because the test says so, not by chance."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from builders import confirm_current, new_deal
from held_check import HeldCheck
from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QMessageBox, QStyleOptionViewItem

from planner import i18n, snapshots
from planner.domain.errors import PlannerError
from planner.domain.model import Account
from planner.services import Planner
from planner.snapshots import Kind
from planner.store import database
from planner.ui import damaged_file
from planner.ui.board.delegate import CardDelegate
from planner.ui.damaged_file import Choice
from planner.ui.main_window import MainWindow
from planner.ui.opening import Opened, Why, open_for_window


def sound_file(tmp_path: Path) -> Path:
    path = tmp_path / "deals.planner"
    p = Planner.open(path, create=True)
    for _ in range(3):
        confirm_current(p, new_deal(p))
    p.close()
    return path


def damage_ledger(path: Path) -> None:
    """Garbage over the root page of the hash chain's table: SQLite's quick check fails, the
    board's tables still read."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'ledger'").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * page_size:root * page_size] = b"\xff" * page_size
    path.write_bytes(bytes(data))


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[HeldCheck]:
    check = HeldCheck()
    monkeypatch.setattr(database, "_quick_check", check)
    yield check
    check.go.set()


class Asked:
    """Stands in for the question: records what the window and the file were like when it
    was asked, and answers with the given choices in turn."""

    def __init__(self, *answers: Choice) -> None:
        self.answers = list(answers)
        self.problems: list[str] = []
        self.refusals: list[str] = []  # what a write attempted at that moment said

    def __call__(self, parent: MainWindow, path: Path, problem: str) -> Choice:
        self.problems.append(problem)
        try:
            parent.planner.accounts.create(Account(name="While asked"))
        except PlannerError as e:
            self.refusals.append(e.english())
        return self.answers.pop(0)


def start(qtbot, path: Path) -> MainWindow:  # noqa: ANN001
    """The window as the app's start opens it: the check started, the file opened under its lock."""
    opened = open_for_window(path, None, opener=Planner.begin_open(path))
    assert isinstance(opened, Opened)
    window = MainWindow(opened, with_workspace=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.started, timeout=10_000)
    return window


def cards(window: MainWindow) -> int:
    return sum(len(c.model.cards) for c in window.board.columns)


def test_a_damaged_file_paints_then_asks_and_refuses_writes_until_the_user_chooses(
        qtbot, tmp_path: Path, held: HeldCheck, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    path = sound_file(tmp_path)
    damage_ledger(path)
    asked = Asked(Choice.READ_ONLY)
    monkeypatch.setattr(damaged_file, "ask", asked)
    painted: list[bool] = []  # for each card painted: had the user been asked yet?
    paint = CardDelegate.paint

    def counting(self: CardDelegate, painter: QPainter, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> None:
        painted.append(bool(asked.problems))
        paint(self, painter, option, index)

    monkeypatch.setattr(CardDelegate, "paint", counting)
    window = start(qtbot, path)
    qtbot.waitUntil(lambda: bool(painted), timeout=10_000)
    assert cards(window) > 0 and painted and not any(painted)  # the board, painted, before any question
    assert asked.problems == []
    held.release()
    qtbot.waitUntil(lambda: bool(asked.problems), timeout=10_000)
    assert asked.problems[0] != "ok"
    assert len(asked.refusals) == 1 and "damaged" in asked.refusals[0]  # refused while the user decides
    # kept read-only: said so, and nothing can be changed
    assert window.read_only is not None and window.read_only.why is Why.DAMAGED
    assert window.banner is not None and window.banner.isVisible() and "damaged" in window.banner.text.text()
    assert "read-only" in window.windowTitle()
    assert not window.actions_by_name["new_deal"].isEnabled()
    with pytest.raises(PlannerError, match="damaged"):
        window.planner.accounts.create(Account(name="Later"))
    assert window.snapshot_thread is None  # no snapshot of a damaged file (it could push a sound one out)
    window.close_file()


def test_close_closes_the_window(qtbot, tmp_path: Path, held: HeldCheck, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    path = sound_file(tmp_path)
    damage_ledger(path)
    asked = Asked(Choice.CLOSE)
    monkeypatch.setattr(damaged_file, "ask", asked)
    window = start(qtbot, path)
    held.release()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert len(asked.problems) == 1
    window.close_file()


def test_restore_puts_a_snapshot_back_and_the_file_is_writable_again(
        qtbot, tmp_path: Path, held: HeldCheck, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    path = sound_file(tmp_path)
    held.go.set()  # the snapshot is taken of the sound file, its check not held (it waited 30 s)
    sound = Planner.open(path)
    snapshot = snapshots.before_risky(sound, Kind.BEFORE_IMPORT)
    sound.close()
    held.go.clear()
    damage_ledger(path)
    asked = Asked(Choice.RESTORE, Choice.RESTORE)  # the first restore is cancelled: asked again
    monkeypatch.setattr(damaged_file, "ask", asked)
    restores: list[str] = []

    class Restored:
        def done_message(self) -> str:
            return "restored"

    def ask_restore(planner: Planner, parent: object = None) -> Restored | None:
        restores.append(planner.path.name)
        if len(restores) == 1:
            return None  # cancelled
        snapshots.restore(planner, snapshot)
        return Restored()

    monkeypatch.setattr("planner.ui.file.restore.ask_restore", ask_restore)
    window = start(qtbot, path)
    damaged = window.planner
    held.release()
    qtbot.waitUntil(lambda: window.planner is not damaged, timeout=10_000)
    assert len(asked.problems) == 2 and len(restores) == 2
    check = window.planner.file.integrity_check()  # checked beside the window as it opened again
    assert window.writable and (check is None or (check.wait() and check.problem is None))
    assert window.planner.file.check() == []
    window.planner.accounts.create(Account(name="After the restore"))
    assert cards(window) > 0
    window.close_file()


def test_a_sound_file_shows_nothing_and_writes(qtbot, tmp_path: Path, held: HeldCheck,  # noqa: ANN001
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    asked = Asked()
    monkeypatch.setattr(damaged_file, "ask", asked)
    window = start(qtbot, sound_file(tmp_path))
    assert window.snapshot_thread is None  # the day's snapshot waits for the verdict
    held.release()
    check = window.planner.file.integrity_check()
    assert check is not None
    qtbot.waitUntil(lambda: check.done and window.snapshot_thread is not None, timeout=10_000)
    window.wait_for_snapshot()
    assert asked.problems == [] and window.banner is None and window.writable
    window.planner.accounts.create(Account(name="Fine"))
    window.close_file()


def test_a_write_made_while_the_check_runs_waits_and_succeeds(qtbot, tmp_path: Path, held: HeldCheck,  # noqa: ANN001
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    asked = Asked()
    monkeypatch.setattr(damaged_file, "ask", asked)
    window = start(qtbot, sound_file(tmp_path))
    held.release(after=0.3)
    started = time.monotonic()
    account = window.planner.accounts.create(Account(name="Meanwhile"))
    assert time.monotonic() - started >= 0.25
    assert window.planner.accounts.get(account).name == "Meanwhile"
    qtbot.waitUntil(lambda: window.snapshot_thread is not None, timeout=10_000)
    window.close_file()
    assert asked.problems == []


@pytest.mark.parametrize(("lang", "button", "choice"), [
    ("en", "&Restore a Snapshot…", Choice.RESTORE),
    ("en", "&Keep Read-Only", Choice.READ_ONLY),
    ("en", "&Close", Choice.CLOSE),
    ("zh_TW", None, Choice.READ_ONLY),  # closed with Escape: nothing changes
])
def test_the_question_names_the_file_and_offers_three_choices(
        qapp, lang: str, button: str | None, choice: Choice, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    shown: list[QMessageBox] = []

    def answer(box: QMessageBox) -> int:
        shown.append(box)
        if button is None:
            box.escapeButton().click()
        else:
            next(b for b in box.buttons() if b.text() == button).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    i18n.install(lang)
    try:
        assert damaged_file.ask(None, Path("/work/deals.planner"), "Page 45: btreeInitPage() returns error code 11"
                                ) is choice
    finally:
        i18n.install("en")
    box = shown[0]
    assert "deals.planner" in box.text()
    assert len(box.buttons()) >= 3
    assert "btreeInitPage" in box.detailedText()


def test_a_verdict_in_before_the_first_paint_asks_once_after_it(
        qtbot, tmp_path: Path, held: HeldCheck, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    """The verdict's arrival and the end of start-up both look at it: one question, after the paint."""
    path = sound_file(tmp_path)
    damage_ledger(path)
    asked = Asked(Choice.READ_ONLY)
    monkeypatch.setattr(damaged_file, "ask", asked)
    opened = open_for_window(path, None, opener=Planner.begin_open(path))
    assert isinstance(opened, Opened)
    window = MainWindow(opened, with_workspace=False)
    qtbot.addWidget(window)
    held.release()
    check = window.planner.file.integrity_check()
    assert check is not None and check.wait(10) and check.problem is not None
    assert asked.problems == []  # not before the window is on screen
    window.show()
    qtbot.waitUntil(lambda: window.started and bool(asked.problems), timeout=10_000)
    qtbot.wait(100)  # the queued arrival too
    assert len(asked.problems) == 1
    window.close_file()


def test_file_open_shows_the_file_before_its_check_and_asks_when_it_is_damaged(
        qtbot, tmp_path: Path, held: HeldCheck, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    """File › Open does not wait for the quick check either: the other file shows at once,
    and its damage, found afterwards, is put to the user as at start-up."""
    first = sound_file(tmp_path / "first")
    other = sound_file(tmp_path / "other")
    damage_ledger(other)
    asked = Asked(Choice.READ_ONLY)
    monkeypatch.setattr(damaged_file, "ask", asked)
    held.release()
    window = start(qtbot, first)
    held.go.clear()  # the next file's check is held
    assert window.open_path(other)
    assert window.planner.path == other and cards(window) > 0  # shown, its check still running
    check = window.planner.file.integrity_check()
    assert check is not None and not check.done and asked.problems == []
    held.release()
    qtbot.waitUntil(lambda: bool(asked.problems), timeout=10_000)
    assert window.read_only is not None and window.read_only.why is Why.DAMAGED
    window.close_file()
