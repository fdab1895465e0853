"""The app's log: a small rotating file in the app-data folder, for what a user can send us.

Unexpected errors go there with their traceback, Qt's own warnings too, and the few things
worth knowing afterwards (snapshots taken and removed, restores). ``logging.handlers`` costs
tens of milliseconds to import, so the app installs the log once its window is painted; an
error before that installs it on the way (:func:`record` via ``planner.ui.crash``).
Qt is imported only by :func:`install_qt_handler`.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from logging.handlers import RotatingFileHandler

LOGGER = "planner"  # every module logs under planner.<module>
FILE_NAME = "deal-planner.log"
MAX_BYTES = 1_000_000
BACKUPS = 3  # deal-planner.log.1 … .3: about 4 MB at most
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_handler: list[RotatingFileHandler] = []  # the installed one, if any

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def _writable_folder(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / FILE_NAME
        with open(probe, "a", encoding="utf-8"):
            pass
    except OSError:
        return False
    return True


def install(data_dir: Path) -> Path:
    """Log to ``data_dir/logs/deal-planner.log`` (rotated at 1 MB, three old files kept) and
    return that path; installing again moves the log. Never fails: where the folder cannot be
    written, the log goes to the system's temporary folder instead."""
    from logging.handlers import RotatingFileHandler

    folder = Path(data_dir) / "logs"
    if not _writable_folder(folder):
        import tempfile

        folder = Path(tempfile.gettempdir()) / f"deal-planner-{_user()}"
        _writable_folder(folder)
    path = folder / FILE_NAME
    uninstall()
    handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter(FORMAT))
    logger = logging.getLogger(LOGGER)
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    _handler.append(handler)
    logging.captureWarnings(True)  # Python's warnings (deprecations in a library...) too
    logging.getLogger("py.warnings").addHandler(handler)
    return path


def _user() -> str:
    try:
        return str(os.getuid())  # type: ignore[attr-defined,unused-ignore]  # POSIX only; Windows lacks it
    except AttributeError:  # Windows: the temporary folder is the user's own already
        return "user"


def uninstall() -> None:
    """Stop logging to the file (tests; or before moving the log)."""
    for handler in _handler:
        logging.getLogger(LOGGER).removeHandler(handler)
        logging.getLogger("py.warnings").removeHandler(handler)
        handler.close()
    _handler.clear()


def current() -> Path | None:
    """The log file, if one is installed."""
    return Path(_handler[0].baseFilename) if _handler else None


def ensure(data_dir: Path | None = None) -> Path:
    """The log file, installed first if it is not yet (in ``data_dir`` or the app-data folder)."""
    found = current()
    if found is not None:
        return found
    if data_dir is None:
        from planner.paths import data_dir as app_data

        data_dir = app_data()
    return install(data_dir)


def record(error: BaseException | ExcInfo, message: str = "Unexpected error") -> Path:
    """Write an unexpected error with its traceback to the log; returns the log file."""
    path = ensure()
    info = error if isinstance(error, tuple) else (type(error), error, error.__traceback__)
    logging.getLogger(LOGGER).error(message, exc_info=info)
    for handler in _handler:
        handler.flush()
    return path


_QT_LEVELS = {"QtDebugMsg": logging.DEBUG, "QtInfoMsg": logging.INFO, "QtWarningMsg": logging.WARNING,
              "QtCriticalMsg": logging.ERROR, "QtFatalMsg": logging.CRITICAL}


def qt_message(kind: Any, context: Any, message: str) -> None:
    """Qt's message handler: Qt's warnings into the log, and on stderr as Qt would print them."""
    level = _QT_LEVELS.get(getattr(kind, "name", str(kind)), logging.WARNING)
    where = getattr(context, "file", None)
    suffix = f" ({where}:{getattr(context, 'line', 0)})" if where else ""
    logging.getLogger(f"{LOGGER}.qt").log(level, "%s%s", message, suffix)
    if level >= logging.WARNING:
        print(message, file=sys.stderr)


def install_qt_handler() -> Any:
    """Route Qt's messages (qWarning and friends) to the log; returns the previous handler,
    which a test can put back."""
    from PySide6.QtCore import qInstallMessageHandler

    return qInstallMessageHandler(qt_message)
