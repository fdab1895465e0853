"""The triggers' SQL never changes by accident: every planner file holds it.

``planner.store.tamper`` compares a file's triggers with what this version writes, and the
migration steps of older versions must write what those versions wrote. So the SQL is
compared byte for byte with ``expected/triggers.json``: a dump of a fresh file's
``sqlite_master`` and of every trigger list, taken before the rule messages moved to
``planner.domain.messages``. A deliberate change of the triggers is a new schema version
(a new migration step), and this expectation is then extended, never rewritten.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from planner.domain import messages
from planner.services import Planner
from planner.store import errors, triggers

EXPECTED = json.loads((Path(__file__).parent / "expected" / "triggers.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("steps", ["all_triggers", "required_work_triggers", "milestone_date_triggers",
                                   "current_triggers", "exchange_rate_triggers", "reason_category_triggers",
                                   "rate_adoption_triggers", "buying_group_triggers", "next_step_triggers",
                                   "search_triggers", "stamp_triggers", "kept_deal_triggers"])
def test_every_trigger_list_writes_the_same_sql(steps: str) -> None:
    assert getattr(triggers, steps)() == EXPECTED[steps]


def test_a_fresh_file_holds_the_same_triggers(tmp_path: Path) -> None:
    Planner.open(tmp_path / "fresh.planner", create=True).close()
    conn = sqlite3.connect(tmp_path / "fresh.planner")
    try:
        found = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"))
    finally:
        conn.close()
    assert found == EXPECTED["fresh file (sqlite_master)"]


def test_each_rule_is_raised_by_the_file_and_read_in_one_sentence() -> None:
    sql = "\n".join(EXPECTED["current_triggers"] + EXPECTED["reason_category_triggers"]
                    + EXPECTED["rate_adoption_triggers"] + EXPECTED["buying_group_triggers"]
                    + EXPECTED["stamp_triggers"] + EXPECTED["kept_deal_triggers"])
    for rule in messages.RULES:
        assert f"RAISE(ABORT, '{rule.raised.replace("'", "''")}')" in sql, rule.raised
        assert errors.translate(sqlite3.IntegrityError(rule.raised)).source == rule.says
    assert len({r.raised for r in messages.RULES}) == len(messages.RULES)
