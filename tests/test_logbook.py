"""The log file: unexpected errors with their traceback, Qt's warnings, rotated at 1 MB; and
the one message the user sees, which names that file."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner import logbook


@pytest.fixture(autouse=True)
def _no_log_left() -> Iterator[None]:
    yield
    logbook.uninstall()


def boom_in_a_function() -> None:
    raise ZeroDivisionError("the forecast divided by zero")


def raised() -> BaseException:
    try:
        boom_in_a_function()
    except ZeroDivisionError as e:
        return e
    raise AssertionError


def test_an_unexpected_error_is_logged_with_its_traceback(tmp_path: Path) -> None:
    path = logbook.install(tmp_path)
    assert path == tmp_path / "logs" / "deal-planner.log" == logbook.current()
    assert logbook.record(raised()) == path
    text = path.read_text(encoding="utf-8")
    assert "ERROR planner: Unexpected error" in text
    assert "Traceback (most recent call last)" in text
    assert "boom_in_a_function" in text and "ZeroDivisionError: the forecast divided by zero" in text


def test_the_log_rotates_and_keeps_three_old_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logbook, "MAX_BYTES", 5_000)
    path = logbook.install(tmp_path)
    for n in range(200):
        logbook.record(raised(), f"error number {n}")
    names = sorted(p.name for p in path.parent.iterdir())
    assert names == ["deal-planner.log", "deal-planner.log.1", "deal-planner.log.2", "deal-planner.log.3"]
    assert all(p.stat().st_size <= 5_000 for p in path.parent.iterdir())
    assert "error number 199" in path.read_text(encoding="utf-8")  # the newest in the current file
    assert logbook.MAX_BYTES == 5_000 and logbook.BACKUPS == 3


def test_installing_again_moves_the_log_without_writing_twice(tmp_path: Path) -> None:
    logbook.install(tmp_path / "first")
    path = logbook.install(tmp_path / "second")
    logging.getLogger("planner.snapshots").info("one line")
    assert path.read_text(encoding="utf-8").count("one line") == 1
    assert not (tmp_path / "first" / "logs" / "deal-planner.log").read_text(encoding="utf-8")


def test_a_folder_that_cannot_be_written_sends_the_log_to_the_temporary_folder(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    path = logbook.install(blocked)
    assert blocked not in path.parents
    logbook.record(raised())
    assert "ZeroDivisionError" in path.read_text(encoding="utf-8")


def test_ensure_installs_the_log_in_the_app_data_folder() -> None:
    assert logbook.current() is None
    path = logbook.ensure()
    assert path == Path(os.environ["DEAL_PLANNER_DATA_DIR"]) / "logs" / "deal-planner.log"
    assert logbook.ensure() == path


def test_qt_warnings_go_to_the_log(tmp_path: Path, qapp) -> None:  # noqa: ANN001
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    path = logbook.install(tmp_path)
    previous = logbook.install_qt_handler()
    try:
        from PySide6.QtCore import qWarning

        qWarning("QPainter::begin: Paint device returned engine == 0")
    finally:
        qInstallMessageHandler(previous)
    text = path.read_text(encoding="utf-8")
    assert "WARNING planner.qt: QPainter::begin: Paint device returned engine == 0" in text
    logbook.qt_message(QtMsgType.QtDebugMsg, None, "chatter")  # debug output stays out
    assert "chatter" not in path.read_text(encoding="utf-8")


def test_the_message_names_the_log_file(tmp_path: Path, qapp, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QMessageBox
    from shown import as_shown

    from planner.ui import crash

    path = logbook.install(tmp_path)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(as_shown(text)))
    error = raised()
    crash.excepthook(ZeroDivisionError, error, error.__traceback__)
    assert len(shown) == 1
    assert "the forecast divided by zero" in shown[0] and str(path) in shown[0]
    assert "saved work is safe" in shown[0]
    assert "boom_in_a_function" in path.read_text(encoding="utf-8")


def test_an_error_in_a_thread_is_logged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from planner.ui import crash

    path = logbook.install(tmp_path)
    monkeypatch.setattr(threading, "excepthook", crash.thread_excepthook)
    worker = threading.Thread(target=boom_in_a_function, name="planner-file-check")
    worker.start()
    worker.join()
    text = path.read_text(encoding="utf-8")
    assert "Unexpected error in thread planner-file-check" in text and "boom_in_a_function" in text


# The app's way: hooks installed, an error raised in a slot inside the event loop.
APP = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox
    from planner import logbook
    from planner.ui import crash

    app = QApplication(["deal-planner"])
    crash.install()
    def critical(parent, title, text):
        print("MESSAGE", " ".join(text.split()), flush=True)
        app.quit()
    QMessageBox.critical = critical
    def update_forecast():
        raise KeyError("weighted_value")
    QTimer.singleShot(0, update_forecast)
    app.exec()
    print("LOG", logbook.current(), flush=True)
""")


def test_a_bug_in_the_running_app_reaches_the_log_and_one_message(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DEAL_PLANNER_DATA_DIR=str(tmp_path / "data"))
    done = subprocess.run([sys.executable, "-c", APP], env=env, capture_output=True, text=True, timeout=60)
    lines = done.stdout.splitlines()
    messages = [line for line in lines if line.startswith("MESSAGE")]
    assert len(messages) == 1, done.stdout + done.stderr
    log = tmp_path / "data" / "logs" / "deal-planner.log"
    assert f"LOG {log}" in lines
    assert str(log) in messages[0]
    text = log.read_text(encoding="utf-8")
    assert "in update_forecast" in text and "KeyError: 'weighted_value'" in text


def test_an_unexpected_cli_error_names_the_log(capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import argparse
    import inspect

    from planner import commands

    if "logbook" not in inspect.getsource(commands.run_headless):  # until the lead wires it (see report)
        pytest.skip("the command line does not log its errors yet")

    def check(args: argparse.Namespace) -> int:
        return {}["no such key"]  # a bug

    monkeypatch.setitem(commands.COMMANDS, "check", check)
    code = commands.run_headless(argparse.Namespace(command="check", lang="en", db=None))
    err = capsys.readouterr().err.strip().splitlines()
    log = Path(os.environ["DEAL_PLANNER_DATA_DIR"]) / "logs" / "deal-planner.log"
    assert code == 1 and len(err) == 1
    assert err[0].startswith("deal-planner: Unexpected error: KeyError") and str(log) in err[0]
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "in check" in text and "KeyError: 'no such key'" in text
