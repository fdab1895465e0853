"""Waiting for the board's search as it is typed: the file is searched in a thread, and the
board shows what it found a moment later (planner/ui/board/typed_search.py)."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtWidgets import QApplication


def searched(board: Any, text: str | None = None, timeout: float = 10.0) -> None:
    """Type ``text`` into ``board``'s search (as a whole, or nothing if None) and wait until
    the board shows what the file gave for it."""
    if text is not None:
        board.search.setText(text)
    deadline = time.monotonic() + timeout
    while board.typed.busy:
        if time.monotonic() > deadline:
            raise AssertionError(f"the search for {board.search.text()!r} did not come back in {timeout} s")
        QApplication.processEvents()
        time.sleep(0.001)
    QApplication.processEvents()
