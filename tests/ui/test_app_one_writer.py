"""One writer at a time (issue 10, section 2): the window holds its file's lock; a second
start or File > Open on a file held elsewhere brings that window forward, or offers a
read-only view; a read-only window changes nothing."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from builders import new_deal

from planner.file_lock import held_elsewhere, lock_path
from planner.services import Planner
from planner.services.plannerfile import PlannerFile
from planner.ui import opening, window_link
from planner.ui.main_window import WRITING_ACTIONS, MainWindow
from planner.ui.opening import Opened, Why

HOLDER = textwrap.dedent("""
    import sys
    from planner.file_lock import PlannerLock
    lock = PlannerLock(sys.argv[1])
    assert lock.acquire()
    print("held", flush=True)
    sys.stdin.read()  # until the test closes our stdin
""")


def _env(tmp_path: Path) -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", DEAL_PLANNER_DATA_DIR=str(tmp_path / "data"),
                XDG_CONFIG_HOME=str(tmp_path / "config"))


@pytest.fixture
def file_with_deal(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "shared.planner"
    planner = Planner.open(path, create=True)
    deal = new_deal(planner, title="Kiosk rollout")
    planner.close()
    return path, deal


@pytest.fixture
def held(file_with_deal: tuple[Path, int], tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the file's lock, with no window to answer (a hung app, another
    user, another computer)."""
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(file_with_deal[0])], env=_env(tmp_path),
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "held"
    yield child
    child.stdin.close()  # type: ignore[union-attr]
    child.wait(timeout=10)


def test_the_window_holds_the_lock_from_open_to_close(qtbot, file_with_deal, tmp_path: Path) -> None:  # noqa: ANN001
    path, _deal = file_with_deal
    opened = opening.open_for_window(path, None)
    assert isinstance(opened, Opened) and opened.lock is not None and opened.read_only is None
    window = MainWindow(opened, with_workspace=False)
    qtbot.addWidget(window)
    assert lock_path(path).exists()
    other = tmp_path / "other.planner"
    Planner.open(other, create=True).close()
    assert window.open_path(other)  # File > Open: the first file's lock goes, the new one's is taken
    assert not lock_path(path).exists() and lock_path(other).exists()
    window.close_file()
    assert not lock_path(other).exists()


def test_a_file_held_elsewhere_is_offered_read_only(qtbot, file_with_deal, held) -> None:  # noqa: ANN001
    path, deal = file_with_deal
    asked = []

    def ask(parent, asked_path, holder):  # noqa: ANN001, ANN202
        asked.append((asked_path, holder))
        return True

    opened = opening.open_for_window(path, None, ask=ask)
    assert isinstance(opened, Opened) and opened.planner.read_only
    assert opened.read_only is not None and opened.read_only.why == Why.ELSEWHERE
    assert asked[0][1].pid == held.pid
    assert opened.planner.deals.get(deal).title == "Kiosk rollout"
    opened.close()
    assert held_elsewhere(path) is not None  # looking at it took nothing from its holder
    assert opening.open_for_window(path, None, ask=lambda *a: False) is None  # Cancel


def test_the_question_names_who_has_the_file(qtbot, monkeypatch, file_with_deal, held) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QMessageBox

    shown = []

    def answer(box: QMessageBox) -> int:
        shown.append(box.text() + " ".join(b.text() for b in box.buttons()))
        return 0  # closed without a choice: Cancel

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert opening.open_for_window(file_with_deal[0], None) is None
    assert f"process {held.pid}" in shown[0] and "Open &Read-Only" in shown[0] and "Cancel" in shown[0]


def test_the_read_only_window_changes_nothing(qtbot, file_with_deal, held) -> None:  # noqa: ANN001
    path, deal = file_with_deal
    opened = opening.open_for_window(path, None, ask=lambda *a: True)
    window = MainWindow(opened)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.started)
    assert window.banner is not None and window.banner.isVisible()
    assert window.windowTitle().startswith("shared.planner (read-only)")
    assert "open in another window" in window.banner.text.text()
    assert f"process {held.pid}" in window.banner.text.text()
    for name in (*WRITING_ACTIONS, "undo", "redo"):
        assert not window.actions_by_name[name].isEnabled(), name
    for name in ("export", "backup", "find", "save_as", "open_file", "properties"):
        assert window.actions_by_name[name].isEnabled(), name
    assert all(not view.dragEnabled() and not view.acceptDrops() for view in window.board.views())
    assert window.board.select_deal(deal)
    assert window.confirm_move(deal, window.board.next_target(deal)) is False
    assert "read-only" in window.statusBar().currentMessage()
    menu = window.board.context_menu(deal)
    assert [a.text() for a in menu.actions() if a.text()] == ["&Open Deal"]
    window.board.set_filter("Kiosk")  # searching works
    assert window.board.counts()[1] == 1
    ws = window.workspace
    assert ws is not None
    ws.show_deal(deal)
    assert ws.fields.title.isReadOnly() and not ws.confirm_button.isVisible()
    assert not ws.contacts.add_button.isVisible()
    window.close_file()


def test_a_read_only_window_backs_up_and_exports(qtbot, file_with_deal, held, file_answers,  # noqa: ANN001
                                                 tmp_path: Path) -> None:
    from planner.ui.export.dialog import ExportDialog

    path, deal = file_with_deal
    window = MainWindow(opening.open_for_window(path, None, ask=lambda *a: True), with_workspace=False)
    qtbot.addWidget(window)
    file_answers.will_answer(tmp_path / "copy.planner")
    window.actions_by_name["backup"].trigger()
    copy = Planner.open(tmp_path / "copy.planner")
    assert copy.deals.get(deal).title == "Kiosk rollout"
    copy.close()
    dialog = ExportDialog(window.planner, None, window)
    dialog.path_edit.setText(str(tmp_path / "plan.pdf"))
    dialog.export()
    assert dialog.pages >= 1, dialog.status.text()
    assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF")
    window.close_file()


def test_open_for_changes_once_the_other_window_is_gone(qtbot, file_with_deal, held) -> None:  # noqa: ANN001
    path, _deal = file_with_deal
    window = MainWindow(opening.open_for_window(path, None, ask=lambda *a: True), with_workspace=False)
    qtbot.addWidget(window)
    window.banner.reopen_button.click()  # still held: stays read-only and says so
    assert not window.writable and "still open in another window" in window.statusBar().currentMessage()
    held.stdin.close()
    held.wait(timeout=10)
    window.banner.reopen_button.click()
    assert window.writable and not window.banner.isVisible()
    assert window.actions_by_name["new_deal"].isEnabled() and lock_path(path).exists()
    window.close_file()
    assert not lock_path(path).exists()


def test_file_open_read_only_on_request(qtbot, window: MainWindow, file_with_deal, file_answers) -> None:  # noqa: ANN001
    path, _deal = file_with_deal
    file_answers.will_answer(path)
    window.actions_by_name["open_read_only"].trigger()
    assert window.planner.path == path and window.read_only.why == Why.ASKED
    assert "opened this file to look at it" in window.banner.text.text()
    assert not lock_path(path).exists()  # a reader takes no lock


def test_the_running_window_comes_forward_for_a_second_start(qtbot, file_with_deal, tmp_path: Path) -> None:  # noqa: ANN001
    """The answering side in this process, the asking side in another (a second start)."""
    path, _deal = file_with_deal
    window = MainWindow(opening.open_for_window(path, None), with_workspace=False)
    qtbot.addWidget(window)
    came: list[bool] = []
    window.bring_forward = lambda: came.append(True)  # type: ignore[method-assign]
    window.listen_for_other_windows()
    asker = subprocess.Popen([sys.executable, "-c", "import sys; from PySide6.QtCore import QCoreApplication; "
                              "app = QCoreApplication([]); from planner.ui import opening; "
                              "print(opening.open_for_window(sys.argv[1], None) is opening.FORWARDED)", str(path)],
                             env=_env(tmp_path), stdout=subprocess.PIPE, text=True)
    qtbot.waitUntil(lambda: asker.poll() is not None, timeout=10_000)
    assert asker.stdout.read().strip() == "True" and came == [True]  # type: ignore[union-attr]
    window.close_file()
    assert not window_link.ask_to_come_forward(path, wait_ms=200)  # closed: nobody answers


def test_server_names_differ_by_file_and_user(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    a, b = tmp_path / "a.planner", tmp_path / "b.planner"
    assert window_link.server_name(a) == window_link.server_name(tmp_path / "." / "a.planner")
    assert window_link.server_name(a) != window_link.server_name(b)
    before = window_link.server_name(a)
    monkeypatch.setattr(window_link, "_user", lambda: "someone-else")
    assert window_link.server_name(a) != before


def test_a_second_start_exits_0_and_the_first_keeps_the_file(tmp_path: Path, file_with_deal) -> None:  # noqa: ANN001
    path, _deal = file_with_deal
    env = _env(tmp_path)
    first = subprocess.Popen([sys.executable, "-m", "planner", str(path)], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while not window_link.ask_to_come_forward(path, wait_ms=300):  # listening once it is on screen
            assert first.poll() is None and time.monotonic() < deadline, first.stderr.read()  # type: ignore[union-attr]
            time.sleep(0.1)
        started = time.monotonic()
        second = subprocess.run([sys.executable, "-m", "planner", str(path)], env=env,
                                capture_output=True, text=True, timeout=30)
        assert second.returncode == 0, second.stderr
        assert time.monotonic() - started < 10
        assert first.poll() is None and held_elsewhere(path) is not None
    finally:
        first.terminate()
        first.wait(timeout=30)
    assert held_elsewhere(path) is None and not lock_path(path).exists()


def test_the_lock_is_taken_over_after_a_crash(tmp_path: Path, file_with_deal) -> None:  # noqa: ANN001
    path, _deal = file_with_deal
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], env=_env(tmp_path),
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "held"  # type: ignore[union-attr]
    child.kill()
    child.wait(timeout=10)
    assert lock_path(path).exists()  # left behind by the crash...
    opened = opening.open_for_window(path, None, ask=lambda *a: pytest.fail("asked"))
    assert isinstance(opened, Opened) and opened.lock is not None  # ...and stale: taken over
    opened.close()


def test_a_tampered_file_opens_read_only_with_what_was_found(qtbot, monkeypatch, file_with_deal) -> None:  # noqa: ANN001
    """The services open a file whose rules were changed read-only (Planner.tampering); the
    window says why, and lists what was found on demand."""
    from PySide6.QtWidgets import QMessageBox

    from planner.domain.errors import PlannerError

    path, _deal = file_with_deal
    found = [PlannerError("The trigger that keeps milestones is missing.")]
    monkeypatch.setattr(PlannerFile, "tampering", lambda self: found)
    opened = opening.open_for_window(path, None, opener=lambda: Planner.open(path, read_only=True))
    assert isinstance(opened, Opened) and opened.lock is None  # nobody writes it: the lock is not kept
    assert opened.read_only is not None and opened.read_only.why == Why.TAMPERED
    window = MainWindow(opened, with_workspace=False)
    qtbot.addWidget(window)
    assert "rules inside this file" in window.banner.text.text()
    assert not window.banner.reopen_button.isVisible() and not window.actions_by_name["new_deal"].isEnabled()
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.informativeText()))
    window.banner.details_button.click()
    assert "milestones is missing" in shown[0]
    window.close_file()
    assert not lock_path(path).exists()


@pytest.mark.parametrize("action", ["backup", "save_as"])
def test_no_copy_is_written_over_a_file_another_window_has(window: MainWindow, file_with_deal, held,  # noqa: ANN001
                                                           file_answers, monkeypatch, action: str) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QMessageBox

    path, deal = file_with_deal
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(str(a[2])))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("offered to replace it"))
    file_answers.will_answer(path)
    window.actions_by_name[action].trigger()
    assert warned and "open in another window" in warned[0] and f"process {held.pid}" in warned[0]
    reread = Planner.open(path, read_only=True)
    assert reread.deals.get(deal).title == "Kiosk rollout"
    reread.close()


def test_a_new_file_in_a_new_folder_gets_its_lock_once_made(tmp_path: Path) -> None:
    path = tmp_path / "new" / "folder" / "first.planner"
    opened = opening.open_for_window(path, None, opener=lambda: Planner.open(path, create=True))
    assert isinstance(opened, Opened) and opened.read_only is None
    assert opened.lock is not None and opened.lock.held and lock_path(path).exists()
    opened.close()
    assert not lock_path(path).exists()


def test_a_folder_nobody_may_write_opens_read_only(file_with_deal, monkeypatch) -> None:  # noqa: ANN001
    """No lock can be made beside the file (a read-only share, a CD): nobody writes there,
    so the window shows it read-only without asking (tests run as root, who may write
    anywhere: the refusal is made here)."""
    from planner.file_lock import PlannerLock

    path, deal = file_with_deal
    monkeypatch.setattr(PlannerLock, "acquire", lambda self: False)
    monkeypatch.setattr(PlannerLock, "refused_by_holder", property(lambda self: False))
    opened = opening.open_for_window(path, None, ask=lambda *a: pytest.fail("asked"))
    assert isinstance(opened, Opened) and opened.read_only.why == Why.UNWRITABLE
    assert opened.planner.deals.get(deal).title == "Kiosk rollout"
    opened.close()


def test_recent_files_and_file_open_offer_read_only_too(window: MainWindow, file_with_deal, held,  # noqa: ANN001
                                                        monkeypatch) -> None:  # noqa: ANN001
    path, deal = file_with_deal
    answers = iter([False, True])
    monkeypatch.setattr(opening, "ask_read_only", lambda *a: next(answers))
    first = window.planner
    assert window.open_path(path) is False and window.planner is first  # Cancel: nothing changes
    assert window.open_path(path) is True  # as a recent file or File > Open: Open Read-Only
    assert window.planner.read_only and window.read_only.why == Why.ELSEWHERE
    assert window.planner.deals.get(deal).title == "Kiosk rollout"
    assert "read-only" in window.statusBar().currentMessage()
