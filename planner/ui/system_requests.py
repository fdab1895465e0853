"""What the operating system asks of the running app: to open a planner file (macOS sends
a double-clicked file to the running app as an event), and to quit (a terminate signal)."""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSocketNotifier
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from planner.ui.main_window import MainWindow


class FileOpenRequests(QObject):
    """Hands ``open_path`` the files the system sends to the running app."""

    def __init__(self, open_path: Callable[[str], object], parent: QObject) -> None:
        super().__init__(parent)
        self.open_path = open_path

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent) and event.file():
            self.open_path(event.file())
            return True
        return False


def attach(window: MainWindow) -> None:
    """Both, for the app's one window; called once it is on screen."""
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(FileOpenRequests(window.open_path, window))
    close_on_signals(window)


def close_on_signals(window: QWidget) -> None:
    """Ctrl+C in a terminal and SIGTERM (a logout, ``kill``) close the window as File › Quit
    does: its layout is kept and the planner file closed cleanly.

    Qt's event loop runs in C++, where Python's signal handlers wait; a socket that the
    signal wakes brings the loop back to Python, which then runs the handler."""
    reader, writer = socket.socketpair()
    for end in (reader, writer):
        end.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, window)
    notifier.activated.connect(lambda *_: reader.recv(64))
    notifier.sockets = (reader, writer)  # type: ignore[attr-defined]  # kept open with the window

    def close(*_: object) -> None:
        window.close()
        QApplication.quit()  # also ends a dialog's loop, if one is open

    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, close)
