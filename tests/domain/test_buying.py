"""The buying group's gaps and a stage's required roles, as pure functions."""

from __future__ import annotations

from datetime import date

from planner.domain import buying, lifecycle, messages
from planner.domain.lifecycle import Block, Confirmation
from planner.domain.model import (
    Attitude,
    BuyingRole,
    Deal,
    DealContact,
    Gap,
    Influence,
    Outcome,
    Process,
    Stage,
)

R, A, LEVEL = BuyingRole, Attitude, Influence


def person(role: BuyingRole, attitude: Attitude = A.NEUTRAL, influence: Influence = LEVEL.MEDIUM,
           contact: int = 1, name: str = "") -> DealContact:
    return DealContact(7, contact, role, attitude, influence, name=name or str(role))


def test_nobody_identified_is_the_one_gap_of_an_empty_group() -> None:
    assert buying.group_gaps([]) == (Gap.NOBODY,)


def test_each_gap_on_its_own() -> None:
    full = [person(R.ECONOMIC_BUYER), person(R.COACH, contact=2)]
    assert buying.group_gaps(full) == ()
    assert buying.group_gaps(full[1:]) == (Gap.NO_ECONOMIC_BUYER,)
    assert buying.group_gaps(full[:1]) == (Gap.NO_COACH,)
    assert buying.group_gaps([*full, person(R.USER, A.OPPONENT, LEVEL.HIGH, 3)]) == (Gap.STRONG_OPPONENT,)
    # an opponent of medium influence, or a strong neutral, is no such gap
    assert buying.group_gaps([*full, person(R.USER, A.OPPONENT, LEVEL.MEDIUM, 3),
                              person(R.USER, A.NEUTRAL, LEVEL.HIGH, 4)]) == ()
    assert buying.group_gaps([person(R.USER, A.OPPONENT, LEVEL.HIGH)]) == (
        Gap.NO_ECONOMIC_BUYER, Gap.STRONG_OPPONENT, Gap.NO_COACH)


def test_a_cards_summary_reads_as_the_group() -> None:
    assert buying.gaps_of_summary(None) == (Gap.NOBODY,)
    assert buying.gaps_of_summary("economic_buyer supporter high,coach neutral low") == ()
    assert buying.gaps_of_summary("user opponent high") == (Gap.NO_ECONOMIC_BUYER, Gap.STRONG_OPPONENT,
                                                             Gap.NO_COACH)
    assert buying.gaps_of_summary("garbage") == (Gap.NOBODY,)  # a file edited around its rules
    assert buying.gaps_of_summary(42) == (Gap.NOBODY,)


def test_missing_roles_in_the_apps_order() -> None:
    group = [person(R.USER)]
    assert buying.missing_roles([R.COACH, R.ECONOMIC_BUYER, R.USER], group) == [R.ECONOMIC_BUYER, R.COACH]
    assert buying.missing_roles([], group) == []


def test_the_group_is_listed_by_role_then_influence_then_name() -> None:
    group = [person(R.USER, name="b"), person(R.USER, influence=LEVEL.HIGH, name="z"),
             person(R.ECONOMIC_BUYER, name="y"), person(R.USER, name="A")]
    assert [p.name for p in buying.ordered(group)] == ["y", "z", "A", "b"]


def _process() -> Process:
    return Process("P", [Stage("One", "M1", 20, id=1, required_roles=[R.ECONOMIC_BUYER, R.COACH]),
                         Stage("Two", "M2", 60, id=2, required_roles=[R.PROCUREMENT])])


def test_a_milestone_is_blocked_once_per_role_missing() -> None:
    deal = Deal(1, 1, "Deal", stage_id=1, id=7)
    c = Confirmation(1, date(2026, 1, 5), "Minutes")
    decision = lifecycle.decide(_process(), deal, [], [], [], c, date(2026, 1, 6), [person(R.COACH)])
    assert [b.block for b in decision.blockers] == [Block.ROLES_MISSING]
    assert decision.blockers[0].error.params == {"role": messages.ROLE_NAMES["economic_buyer"]}
    assert Block.ROLES_MISSING.in_file and Block.ROLES_MISSING.rule == messages.ROLES_REQUIRED
    against = lifecycle.decide(_process(), deal, [], [], [], c._replace(outcome=Outcome.AGAINST, decision="No"),
                               date(2026, 1, 6), [])
    assert against.allowed  # a milestone that went against us needs no role


def test_walking_two_milestones_judges_each_stage_by_its_own_roles() -> None:
    deal = Deal(1, 1, "Deal", stage_id=1, id=7)
    steps = [Confirmation(1, date(2026, 1, 5), "Minutes"), Confirmation(2, date(2026, 1, 5), "Order")]
    group = [person(R.ECONOMIC_BUYER), person(R.COACH, contact=2)]
    first, second = lifecycle.walk(_process(), deal, [], [], [], steps, {}, date(2026, 1, 6), group)
    assert first.allowed
    assert [b.error.params for b in second.blockers] == [{"role": "procurement"}]


def test_only_people_of_the_group_confirm() -> None:
    deal = Deal(1, 1, "Deal", stage_id=2, id=7)
    c = Confirmation(2, date(2026, 1, 5), "Minutes", people=(1, 9))
    decision = lifecycle.decide(_process(), deal, [], [], [], c, date(2026, 1, 6), [person(R.PROCUREMENT)])
    assert [b.block for b in decision.blockers] == [Block.NOT_IN_GROUP]
