"""SQLite's quick check held back until a test lets it go: "still checking" on purpose, not a race."""

from __future__ import annotations

import sqlite3
import threading

from planner.store import database


class HeldCheck:
    """SQLite's quick check, held until ``release()``; counts its runs."""

    def __init__(self) -> None:
        self.go = threading.Event()
        self.runs = 0
        self.real = database._quick_check

    def __call__(self, conn: sqlite3.Connection | None) -> str:
        self.runs += 1
        self.go.wait(30)
        return self.real(conn)

    def release(self, after: float = 0.0) -> None:
        if after:
            threading.Timer(after, self.go.set).start()
        else:
            self.go.set()
