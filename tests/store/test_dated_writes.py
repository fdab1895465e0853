"""``Store.dated``: rows written inside carry the given moment instead of the clock's."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from builders import confirm_current, new_deal

from planner.services import Planner


def test_rows_written_inside_carry_the_moment(planner: Planner) -> None:
    then = datetime(2024, 3, 5, 2, 30, 15, tzinfo=UTC)
    with planner.store.dated(then):
        deal_id = new_deal(planner)
        confirm_current(planner, deal_id, on=then.date())
        milestone = planner.milestones.of(deal_id)[0]
        assert milestone.id is not None
        planner.milestones.correct(milestone.id, "Minutes were of the 4th", then.date())
    stamp = "2024-03-05T02:30:15Z"
    q = planner.store.conn.execute
    for table, column in (("processes", "created_at"), ("accounts", "created_at"), ("deals", "created_at"),
                          ("milestones", "recorded_at"), ("corrections", "recorded_at"), ("events", "at")):
        assert {r[0] for r in q(f"SELECT {column} FROM {table}")} == {stamp}, table
    assert planner.file.check() == []
    new_deal(planner, title="Later")  # the clock again outside
    assert q("SELECT created_at FROM deals ORDER BY id DESC").fetchone()[0] > stamp


def test_nested_moments_restore_the_outer_one(planner: Planner) -> None:
    outer, inner = datetime(2024, 1, 1, tzinfo=UTC), datetime(2024, 2, 1, tzinfo=UTC)
    with planner.store.dated(outer):
        with planner.store.dated(inner):
            new_deal(planner, title="Inner")
        new_deal(planner, title="Outer")
    stamps = [r[0] for r in planner.store.conn.execute("SELECT created_at FROM deals ORDER BY id")]
    assert stamps == ["2024-02-01T00:00:00Z", "2024-01-01T00:00:00Z"]


@pytest.mark.parametrize("moment", [datetime.now(UTC) + timedelta(minutes=5), datetime(2024, 1, 1)])
def test_a_moment_to_come_or_without_a_zone_is_refused(planner: Planner, moment: datetime) -> None:
    with pytest.raises(ValueError), planner.store.dated(moment):
        pass
