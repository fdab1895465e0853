"""History rewritten as the triggers cannot stop it: a plain ``sqlite3`` connection drops the
triggers of a table, changes rows, and puts the triggers back exactly as they were."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def around_triggers(conn: sqlite3.Connection, tables: tuple[str, ...], *statements: str,
                    params: tuple[object, ...] = ()) -> None:
    """Run ``statements`` with every trigger on ``tables`` dropped, then put them back exactly."""
    marks = ", ".join("?" * len(tables))
    saved = conn.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ({marks})",
        tables).fetchall()
    for name, _ in saved:
        conn.execute(f'DROP TRIGGER "{name}"')
    for statement in statements:
        conn.execute(statement, params if "?" in statement else ())
    for _, sql in saved:
        conn.execute(sql)


def forge_evidence(path: Path, text: str = "FORGED") -> None:
    """Every confirmed milestone's evidence rewritten in ``path``, from another connection."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        around_triggers(conn, ("milestones",), "UPDATE milestones SET evidence = ?", params=(text,))
    finally:
        conn.close()


def sealed_file(path: Path) -> int:
    """A new planner file at ``path`` with one deal past a confirmed milestone (a history to
    seal); the id of the deal's account."""
    from builders import confirm_current, new_deal

    from planner.services import Planner

    planner = Planner.open(path, create=True)
    try:
        deal = new_deal(planner, title="Pilot", value=1200.0)
        confirm_current(planner, deal)
        return planner.deals.get(deal).account_id
    finally:
        planner.close()
