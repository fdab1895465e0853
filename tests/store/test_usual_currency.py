"""The home currency of a file that has none set follows its deals, though the count behind
it is kept between reads (it reads every deal): a write here or a commit elsewhere renews it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from builders import new_deal

from planner.services import Planner


def test_the_usual_currency_follows_writes_here_and_elsewhere(tmp_path: Path) -> None:
    path = tmp_path / "f.planner"
    p = Planner.open(path, create=True)
    try:
        assert p.rates.home("en") == "USD"  # no deals: the language's
        new_deal(p, title="One", currency="TWD")
        assert p.rates.home("en") == "TWD"
        new_deal(p, title="Two", currency="EUR")
        new_deal(p, title="Three", currency="EUR")
        assert p.rates.home("en") == "EUR"  # this connection's writes
        shell = sqlite3.connect(path, isolation_level=None)
        shell.execute("UPDATE deals SET currency = 'JPY' WHERE title IN ('One', 'Two', 'Three')")
        shell.close()
        assert p.rates.home("en") == "JPY"  # another program's commit
    finally:
        p.close()
