"""Who decides: a deal's buying group, what it leaves open, and what a stage asks of it.

Pure functions over the domain's records. The gaps are the warnings the board's cards and the
deal panel show (``Gap``); the roles a stage requires gate its milestone, as required work does,
and the planner file refuses the milestone too (``planner.store.triggers``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from planner.domain.model import Attitude, BuyingRole, DealContact, Gap, Influence

# the order roles are listed and drawn in: who signs first, then who judges, uses, guides, buys
ROLE_ORDER: tuple[BuyingRole, ...] = (
    BuyingRole.ECONOMIC_BUYER, BuyingRole.TECHNICAL_EVALUATOR, BuyingRole.USER, BuyingRole.COACH,
    BuyingRole.PROCUREMENT, BuyingRole.OTHER)
_RANK = {role: i for i, role in enumerate(ROLE_ORDER)}
_INFLUENCE_RANK = {Influence.HIGH: 0, Influence.MEDIUM: 1, Influence.LOW: 2}


def role_rank(role: BuyingRole) -> int:
    return _RANK[role]


def ordered(people: Iterable[DealContact]) -> list[DealContact]:
    """The buying group as it is listed: by role, then influence (high first), then name."""
    return sorted(people, key=lambda p: (_RANK[p.role], _INFLUENCE_RANK[p.influence], p.name.casefold(),
                                         p.id or 0))


def gaps(people: Iterable[tuple[BuyingRole, Attitude, Influence]]) -> tuple[Gap, ...]:
    """What a buying group of (role, attitude, influence) leaves open, in the order a user
    should look at it. Nobody identified says it all: the other gaps follow from it."""
    found = list(people)
    if not found:
        return (Gap.NOBODY,)
    roles = {role for role, _, _ in found}
    out: list[Gap] = []
    if BuyingRole.ECONOMIC_BUYER not in roles:
        out.append(Gap.NO_ECONOMIC_BUYER)
    if any(a == Attitude.OPPONENT and i == Influence.HIGH for _, a, i in found):
        out.append(Gap.STRONG_OPPONENT)
    if BuyingRole.COACH not in roles:
        out.append(Gap.NO_COACH)
    return tuple(out)


def group_gaps(people: Iterable[DealContact]) -> tuple[Gap, ...]:
    return gaps((p.role, p.attitude, p.influence) for p in people)


# a card's group comes from one query as "role attitude influence" per person, comma-separated
_NOBODY: tuple[Gap, ...] = (Gap.NOBODY,)
_SUMMARY_CACHE: dict[str, tuple[Gap, ...]] = {}


def gaps_of_summary(summary: object) -> tuple[Gap, ...]:
    """``gaps`` of a group written as the board's query writes it (None: nobody). 10,000 cards
    share a few dozen groups: each distinct one is judged once. A value no group could give
    (a file edited around its rules) counts as nobody identified rather than failing the board."""
    if summary is None:
        return _NOBODY
    if not isinstance(summary, str):
        return _NOBODY
    found = _SUMMARY_CACHE.get(summary)
    if found is None:
        try:
            people = []
            for part in summary.split(","):
                role, attitude, influence = part.split(" ")
                people.append((BuyingRole(role), Attitude(attitude), Influence(influence)))
            found = gaps(people)
        except ValueError:
            found = _NOBODY
        if len(_SUMMARY_CACHE) < 10_000:
            _SUMMARY_CACHE[summary] = found
    return found


def missing_roles(required: Sequence[BuyingRole], people: Iterable[DealContact]) -> list[BuyingRole]:
    """The roles a stage requires that nobody in the buying group plays, in the listed order."""
    held = {p.role for p in people}
    return [r for r in ROLE_ORDER if r in set(required) and r not in held]
