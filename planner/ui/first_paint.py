"""The window's first paint: where start-up ends (and the smoke test quits)."""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class FirstPaint(QObject):
    """Watches the window for its first paint; with ``quit_now`` the app quits there
    (smoke tests, start-up timing)."""

    def __init__(self, window: QWidget, quit_now: bool, then: Callable[[], None] | None = None) -> None:
        super().__init__(window)
        self.quit_now = quit_now
        self.then = then  # what waits for the window to be on screen
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            if self.quit_now:
                QCoreApplication.exit(0)  # now: work queued for after the first paint must not run
            else:
                QTimer.singleShot(0, self._started)
        return False

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
