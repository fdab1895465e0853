"""What the user sees when the app meets a bug: one clear message that names the log file.

The traceback goes to the log (``planner.logbook``) and to stderr; the message says the work
is safe (every edit is in the file when it is made) and where the details are, so the user
can send them. Errors in other threads are logged only: a dialog belongs to the GUI thread.
"""

from __future__ import annotations

import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication

from planner import APP_NAME, logbook

_showing: list[bool] = [False]  # an error raised while the message is up is logged only


def message(error: BaseException, log_file: Path) -> str:
    """The text of the message, in the user's language."""
    detail = str(error).strip().splitlines()[0][:200] if str(error).strip() else type(error).__name__
    return QCoreApplication.translate(
        "crash",
        "Something went wrong: {error}\n\nYour saved work is safe in the planner file. The details "
        "were written to {log}; if you report the problem, please attach that file.",
    ).format(error=detail, log=log_file)


def excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """``sys.excepthook`` for the app: log the traceback, then tell the user once."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    traceback.print_exception(kind, error, tb)
    try:
        log_file = logbook.record((kind, error, tb))
    except Exception:  # noqa: BLE001 - the message must come even when the log cannot be written
        log_file = Path(logbook.FILE_NAME)
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None or _showing[0]:
        return
    from PySide6.QtWidgets import QMessageBox

    from planner.ui.kit import plain

    _showing[0] = True
    try:
        QMessageBox.critical(None, APP_NAME, plain.html(message(error, log_file)))
    finally:
        _showing[0] = False


def thread_excepthook(args: threading.ExceptHookArgs) -> None:
    """``threading.excepthook``: a background thread's error goes to the log."""
    if args.exc_value is None or issubclass(args.exc_type, SystemExit):
        return
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback)
    logbook.record((args.exc_type, args.exc_value, args.exc_traceback),
                   f"Unexpected error in thread {getattr(args.thread, 'name', '?')}")


def install() -> None:
    """Both hooks, and Qt's warnings into the log."""
    sys.excepthook = excepthook
    threading.excepthook = thread_excepthook
    logbook.install_qt_handler()
