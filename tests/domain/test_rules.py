"""The method's rules as plain functions, without Qt or a file."""

from datetime import date, timedelta

import pytest

from planner.domain import rules
from planner.domain.errors import InvalidInput, RuleViolation
from planner.domain.model import (
    Deal,
    DealStatus,
    Deliverable,
    Milestone,
    Outcome,
    Process,
    Stage,
    StageState,
    Task,
)


def process(n: int = 4) -> Process:
    return Process("P", [Stage(f"S{i}", f"M{i}", 10 * i, position=i, id=i + 1) for i in range(n)], id=1)


def deal(stage_id: int = 1, status: DealStatus = DealStatus.OPEN) -> Deal:
    return Deal(1, 1, "D", stage_id=stage_id, status=status, id=1)


def test_confirming_freezes_the_stage_and_all_before() -> None:
    p = process()
    ms = [Milestone(1, 2, date(2026, 1, 1), "e")]
    assert rules.frozen_stage_ids(p, ms) == {1, 2}


def test_stage_map_marks_frozen_current_and_future() -> None:
    p = process()
    ms = [Milestone(1, 1, date(2026, 1, 1), "e")]
    states = [e.state for e in rules.stage_map(p, deal(2), ms)]
    assert states == [StageState.FROZEN, StageState.CURRENT, StageState.FUTURE, StageState.FUTURE]


def test_jumping_ahead_crosses_every_milestone_in_order() -> None:
    p = process()
    assert [s.id for s in rules.stages_to_cross(p, deal(1), 4)] == [1, 2, 3]
    assert [s.id for s in rules.stages_to_cross(p, deal(2), None)] == [2, 3, 4]


def test_moving_back_is_refused() -> None:
    with pytest.raises(RuleViolation):
        rules.stages_to_cross(process(), deal(3), 1)


def test_closed_deal_cannot_move() -> None:
    with pytest.raises(RuleViolation):
        rules.stages_to_cross(process(), deal(1, DealStatus.WON), 2)


def test_confirmation_date_rules() -> None:
    today = date(2026, 11, 27)
    with pytest.raises(InvalidInput):
        rules.check_confirmation(Outcome.REACHED, today + timedelta(days=1), "e", today, None, [])
    with pytest.raises(InvalidInput):
        rules.check_confirmation(Outcome.REACHED, date(2026, 1, 1), "e", today, date(2026, 2, 1), [])
    with pytest.raises(InvalidInput):
        rules.check_confirmation(Outcome.REACHED, today, "   ", today, None, [])
    rules.check_confirmation(Outcome.REACHED, today, "e", today, today, [])


def test_required_work_blocks_only_a_reached_milestone() -> None:
    tasks = [Task(1, 1, "call", required=True), Task(1, 1, "optional")]
    dels = [Deliverable(1, 1, "proposal", required=True, done=True)]
    blocking = rules.blocking_items(tasks, dels)
    assert blocking == ["call"]
    today = date(2026, 11, 27)
    with pytest.raises(RuleViolation):
        rules.check_confirmation(Outcome.REACHED, today, "e", today, None, blocking)
    rules.check_confirmation(Outcome.AGAINST, today, "e", today, None, blocking)


@pytest.mark.parametrize("value", [-1, float("nan"), float("inf"), 1e16])
def test_bad_values_refused(value: float) -> None:
    with pytest.raises(InvalidInput):
        rules.check_value(value)


@pytest.mark.parametrize("rate", [-1, 101, 50.5])
def test_win_rate_range(rate) -> None:
    with pytest.raises(InvalidInput):
        rules.check_win_rate(rate)


def test_names_are_trimmed_and_required() -> None:
    assert rules.check_name("  a   b ") == "a b"
    with pytest.raises(InvalidInput):
        rules.check_name("  \n ")
    with pytest.raises(InvalidInput):
        rules.check_name("x" * 301)


def test_currency_code() -> None:
    assert rules.check_currency(" usd ") == "USD"
    with pytest.raises(InvalidInput):
        rules.check_currency("dollars")


def test_process_edit_keeps_history() -> None:
    old = process()
    used = {1, 2}
    renamed = Process("P", [Stage("New name", s.milestone, 99, id=s.id) for s in old.stages], id=1)
    rules.check_process_edit(old, renamed, used)  # renaming and new win rates are fine
    with pytest.raises(RuleViolation, match="removed"):
        rules.check_process_edit(old, Process("P", old.stages[1:], id=1), used)
    swapped = Process("P", [old.stages[1], old.stages[0], *old.stages[2:]], id=1)
    with pytest.raises(RuleViolation, match="moved"):
        rules.check_process_edit(old, swapped, used)
    # unused stages may go or move
    rules.check_process_edit(old, Process("P", old.stages[:2] + [old.stages[3]], id=1), used)


def test_weighted_value_and_falling_rates() -> None:
    assert rules.weighted(1000, 35) == 350
    stages = [Stage("a", "m", 50), Stage("b", "m", 40), Stage("c", "m", 60)]
    assert [s.name for s in rules.falling_win_rates(stages)] == ["b"]
