"""The second process of a large demo works ahead of the writing: its batches are read from
the pipe by a thread, so it is never held back by the pipe's 64 KiB while this process writes
or seals; and when it stops midway the writing is told, never left waiting."""

from __future__ import annotations

import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from planner.demo import bulk
from planner.services import Planner

DAY = date.today() - timedelta(days=3)


def test_the_statements_are_made_ahead_and_a_stopped_maker_is_reported(tmp_path: Path) -> None:
    planner = Planner.open(tmp_path / "ahead.planner", create=True)
    try:
        with bulk._Beside(20_000, DAY, "en", seal_steps=500) as beside:
            start = bulk._set_up(planner, beside.plan())
            batches = beside.batches(start)
            first = next(batches)  # nothing written: the next ones pile up meanwhile
            assert first
            deadline = time.monotonic() + 30
            while beside.ahead.qsize() < 2 and time.monotonic() < deadline:
                time.sleep(0.05)
            assert beside.ahead.qsize() >= 2  # held back by the pipe, it would have made one more only
            beside.process.kill()
            with pytest.raises(RuntimeError, match="stopped"):  # what was read ahead, then the word
                for _ in batches:
                    pass
    finally:
        planner.close()
