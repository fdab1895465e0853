"""The window's first paint, and where start-up ends for the user (and the smoke test quits)."""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class FirstPaint(QObject):
    """Watches the window for its first paint; ``then`` runs after it.

    With ``quit_now`` (smoke tests, start-up timing) the app quits once the window is
    usable, not at its first paint: the window paints first and its board loads the shown
    process's cards right after (``MainWindow.started``), so the app quits once those
    cards are painted, which is what a user waits for."""

    def __init__(self, window: QWidget, quit_now: bool, then: Callable[[], None] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.quit_now = quit_now
        self.then = then  # what waits for the window to be on screen
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            if self.quit_now:
                QTimer.singleShot(0, keep_startup_objects)  # as below: the collector back on, as in use
                shown = getattr(self.window, "cardsShown", None)
                if shown is not None:  # the window says when its cards are on screen
                    shown.connect(lambda: QCoreApplication.exit(0))
                else:
                    QTimer.singleShot(1, self._quit_when_started)
            else:
                QTimer.singleShot(0, self._started)
        return False

    def _quit_when_started(self) -> None:
        # a window without a ``started`` flag has nothing deferred: its first paint is it
        if not getattr(self.window, "started", True):
            QTimer.singleShot(1, self._quit_when_started)  # its cards load on a timer of their own
            return
        self.window.repaint()  # what the next frame shows: the board with its cards, painted now
        QCoreApplication.exit(0)  # work queued after the board (the log, the window link) must not run

    def _started(self) -> None:
        keep_startup_objects()
        if self.then is not None:
            self.then()


def keep_startup_objects() -> None:
    """Start-up makes long-lived objects (modules, classes, the window) and little garbage:
    the collector runs off until the first paint (about 10 ms saved), then never walks those
    objects again, in use nor in its passes at exit (about 15 ms)."""
    gc.freeze()
    gc.enable()
