"""The method's rules as plain functions, without Qt or a file."""


import pytest

from planner.domain import rules
from planner.domain.errors import InvalidInput, RuleViolation
from planner.domain.model import (
    Process,
    Stage,
)


def process(n: int = 4) -> Process:
    return Process("P", [Stage(f"S{i}", f"M{i}", 10 * i, position=i, id=i + 1) for i in range(n)], id=1)


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
