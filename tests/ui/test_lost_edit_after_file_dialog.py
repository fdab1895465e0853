"""Issue 10, as reported: the app opens and cancels a file dialog on its file's folder,
``deal-planner backup`` runs beside it, the app goes on editing, then it is killed with
SIGKILL. Every edit the app acknowledged must be in the file.

Before the fix, the dialog's type sniffing dropped the app's SQLite locks; the backup then
believed it was alone, checkpointed and deleted the WAL, and later edits went to a deleted
file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from builders import new_deal

from planner.services import Planner

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX locks and SIGKILL")

# The real window on the file, under its lock as the app takes it. It cancels File > Open
# once the dialog has typed every file of the folder, then renames the deal on each
# "edit N" line through the undo stack, as the deal panel does, and answers once the
# services have returned (the edit is committed). Only SIGKILL ends it.
DRIVER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel
    from planner.ui.app import make_application
    app = make_application()
    from planner.ui import opening
    from planner.ui.kit import undo
    from planner.ui.main_window import MainWindow

    path, deal = Path(sys.argv[1]), int(sys.argv[2])
    window = MainWindow(opening.open_for_window(path, None), with_workspace=False)
    window.show()
    while not window.started:
        app.processEvents()

    def cancel_when_typed():
        dialog = QApplication.activeModalWidget()
        model = dialog.findChild(QFileSystemModel)
        names = [str(p) for p in path.parent.iterdir()]
        while not all(model.index(n).isValid() and model.type(model.index(n)) for n in names):
            app.processEvents()
        dialog.reject()

    QTimer.singleShot(0, cancel_when_typed)
    window.actions_by_name["open_file"].trigger()
    print("dialog closed", flush=True)
    for line in sys.stdin:
        title = line.split(" ", 1)[1].strip()
        old = window.planner.deals.get(deal).title
        assert undo.push(window.undo_stack, undo.EditDealField(window.planner, deal, "title", old, title))
        print("edited", title, flush=True)
""")


def test_acknowledged_edits_survive_a_dialog_a_backup_and_kill_9(tmp_path: Path) -> None:
    folder = tmp_path / "Documents"
    folder.mkdir()
    path = folder / "deals.planner"
    with_deal = Planner.open(path, create=True)
    deal = new_deal(with_deal)
    with_deal.close()
    for other in ("colleague.planner", "2025.planner"):
        Planner.open(folder / other, create=True).close()

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DEAL_PLANNER_DATA_DIR=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    app = subprocess.Popen([sys.executable, "-c", DRIVER, str(path), str(deal)], env=env, text=True,
                           stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert app.stdin is not None and app.stdout is not None

    def answer() -> str:
        line = app.stdout.readline().strip()  # type: ignore[union-attr]
        assert line, app.stderr.read() if app.stderr else ""
        return line

    def backup(n: int) -> None:
        done = subprocess.run([sys.executable, "-m", "planner", "backup", "--db", str(path),
                               "-o", str(tmp_path / f"backup{n}.planner")],
                              env=env, capture_output=True, text=True, timeout=30)
        assert done.returncode == 0, done.stderr

    acknowledged = []
    try:
        assert answer() == "dialog closed"
        for n in range(3):
            if n != 1:  # a backup before the first edit and between the last two
                backup(n)
            app.stdin.write(f"edit Renamed {n}\n")
            app.stdin.flush()
            assert answer() == f"edited Renamed {n}"
            acknowledged.append(f"Renamed {n}")
    finally:
        app.send_signal(signal.SIGKILL)
        app.wait(timeout=30)

    reopened = Planner.open(path)
    try:
        titles = [e.after for e in reopened.deals.events(deal) if e.field == "title"]
        assert [t for t in titles if t.startswith("Renamed")] == acknowledged
        assert reopened.deals.get(deal).title == acknowledged[-1]
    finally:
        reopened.close()
    last = Planner.open(tmp_path / "backup2.planner")
    try:
        assert last.deals.get(deal).title == "Renamed 1"  # the backup saw the edits before it
    finally:
        last.close()
