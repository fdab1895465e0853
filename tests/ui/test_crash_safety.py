"""Every edit is in the file when it is made: kill -9 right after it loses nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from builders import new_deal

from planner.domain.model import DealStatus
from planner.services import Planner

# The app, driven through its window: a milestone confirmed in the dialog, a setting
# changed in the settings dialog. Then the process announces it and waits to be killed.
SCRIPT = textwrap.dedent("""
    import sys, time
    from planner.ui.app import make_application
    app = make_application()
    from planner.services import Planner
    from planner.ui.deal.confirm import ConfirmDialog
    from planner.ui.main_window import MainWindow
    from planner.ui.preferences.settings import SettingsDialog

    def confirm(dialog):
        dialog.pages[0].evidence.setPlainText("Signed minutes")
        dialog.acknowledge.setChecked(True)
        dialog.confirm_button.click()
        return dialog.result()

    def settings(dialog):
        dialog.editors["idle_days"].setValue(3)
        dialog.save()
        return dialog.result()

    ConfirmDialog.exec = confirm
    SettingsDialog.exec = settings
    window = MainWindow(Planner.open(sys.argv[1]), with_workspace=False)
    window.show()
    deal, deadline = int(sys.argv[2]), time.monotonic() + 20
    while window.board.card_of(deal) is None and time.monotonic() < deadline:
        app.processEvents()  # the cards arrive right after the first paint
    window.board.select_deal(deal)
    window.actions_by_name["confirm"].trigger()
    window.actions_by_name["settings"].trigger()
    print("edited", flush=True)
    time.sleep(120)  # no exit, no close: only the kill ends this
""")


def test_an_edit_survives_kill_9(tmp_path: Path) -> None:
    path = tmp_path / "crash.planner"
    planner = Planner.open(path, create=True)
    deal = new_deal(planner, stages=3)
    first_stage = planner.deals.get(deal).stage_id
    planner.close()

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DEAL_PLANNER_DATA_DIR=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    child = subprocess.Popen([sys.executable, "-c", SCRIPT, str(path), str(deal)], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.strip() == "edited", child.stderr.read() if child.stderr else ""
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    reopened = Planner.open(path)
    try:
        work = reopened.work.get(deal)
        assert [m.evidence for m in work.milestones] == ["Signed minutes"]
        assert work.deal.stage_id != first_stage and work.deal.status == DealStatus.OPEN
        assert reopened.settings.all()["idle_days"] == "3"
        assert reopened.file.check() == []
    finally:
        reopened.close()


@pytest.mark.skipif(sys.platform == "win32", reason="no SIGTERM to send on Windows")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_terminate_signal_closes_the_window_cleanly(tmp_path: Path, signum: int) -> None:
    """A logout, ``kill`` or Ctrl+C in a terminal quits as File › Quit does: no traceback, the
    window's layout kept, the file closed (its -wal and -shm files gone)."""
    path = tmp_path / "app.planner"
    Planner.open(path, create=True).close()
    config = tmp_path / "config"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DEAL_PLANNER_DATA_DIR=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(config))
    child = subprocess.Popen([sys.executable, "-m", "planner", str(path)], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        # the recent-files list is written once the window is on screen
        while not any("recent_files" in f.read_text() for f in config.rglob("*.conf")):
            assert child.poll() is None and time.monotonic() < deadline, child.stderr.read()  # type: ignore[union-attr]
            time.sleep(0.05)
        time.sleep(0.3)
        child.send_signal(signum)
        _out, err = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == 0, err
    assert "Traceback" not in err
    assert any("main_window" in f.read_text() for f in config.rglob("*.conf"))  # the layout is kept
    assert not (tmp_path / "app.planner-wal").exists() and not (tmp_path / "app.planner-shm").exists()
