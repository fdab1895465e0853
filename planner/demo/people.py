"""Who decides in the demo's deals: each deal's buying group, and who confirmed its milestones.

Drawn from the deal's customer's contacts by a generator of its own, seeded by the deal, so
that the history's plan (``history``) and its random stream stay as they were: the same day
still builds the same file. A few of the hand-written deals are set by hand to show each
gap the map reveals: a strong opponent, no coach, no economic buyer, nobody at all.
"""

from __future__ import annotations

import random
from typing import NamedTuple

from planner.demo import content
from planner.demo.history import SEED, PlannedDeal
from planner.domain.model import Attitude, BuyingRole, Contact, DealContact, Influence

# how likely a contact of the account is to be in one of its deals' buying groups, by role
_JOINS = {BuyingRole.ECONOMIC_BUYER: 0.75, BuyingRole.TECHNICAL_EVALUATOR: 0.8, BuyingRole.USER: 0.6,
          BuyingRole.COACH: 0.8, BuyingRole.PROCUREMENT: 0.6, BuyingRole.OTHER: 0.5}
# who is named as having confirmed or decided each reference stage's milestone
_DECIDES: dict[str | None, tuple[BuyingRole, ...]] = {
    "a": (BuyingRole.COACH,), "b": (BuyingRole.USER, BuyingRole.COACH),
    "c": (BuyingRole.TECHNICAL_EVALUATOR,), "d": (BuyingRole.TECHNICAL_EVALUATOR, BuyingRole.USER),
    "e": (BuyingRole.ECONOMIC_BUYER, BuyingRole.PROCUREMENT), "f": (BuyingRole.ECONOMIC_BUYER, BuyingRole.PROCUREMENT),
    "g": (BuyingRole.USER,), "h": (BuyingRole.ECONOMIC_BUYER,), None: (BuyingRole.ECONOMIC_BUYER,)}
YOUNG = 60  # days: an open deal younger than this, with no milestone, may have nobody identified yet


class Member(NamedTuple):
    """One person of a planned group: the contact (by its place in the customer's list) and
    the part they play in this deal."""

    contact: int
    role: BuyingRole
    attitude: Attitude
    influence: Influence
    wants: str


# hand-written deals shown with a gap each: deal index -> {contact index: (attitude, influence)}, None: nobody
_BY_HAND: dict[int, dict[int, tuple[Attitude, Influence]] | None] = {
    0: {0: (Attitude.SUPPORTER, Influence.HIGH), 1: (Attitude.NEUTRAL, Influence.HIGH),
        2: (Attitude.NEUTRAL, Influence.MEDIUM), 3: (Attitude.SUPPORTER, Influence.MEDIUM)},  # all known
    1: {0: (Attitude.SUPPORTER, Influence.HIGH), 1: (Attitude.OPPONENT, Influence.HIGH),
        3: (Attitude.SUPPORTER, Influence.LOW)},  # the IT manager is against us, and weighs a lot
    3: {0: (Attitude.NEUTRAL, Influence.HIGH), 1: (Attitude.SUPPORTER, Influence.MEDIUM)},  # no coach
    7: {0: (Attitude.NEUTRAL, Influence.HIGH), 1: (Attitude.SUPPORTER, Influence.HIGH),
        2: (Attitude.SUPPORTER, Influence.LOW), 3: (Attitude.OPPONENT, Influence.HIGH)},  # purchasing against us
    9: {0: (Attitude.NEUTRAL, Influence.HIGH), 1: (Attitude.SUPPORTER, Influence.MEDIUM)},  # no economic buyer
    11: None,  # a new deal: nobody identified yet
}


def group(deal: PlannedDeal, contacts: list[Contact], young: bool) -> list[Member]:
    """The deal's buying group when it is created."""
    if not contacts:  # nobody to choose (a large file's own customers): no generator to seed
        return []
    rng = random.Random(f"{SEED}-people-{deal.index}")
    lang = deal.words
    if deal.index in _BY_HAND:
        chosen = _BY_HAND[deal.index] or {}
        return [Member(i, contacts[i].role, attitude, influence, rng.choice(content.WANTS[contacts[i].role])[lang])
                for i, (attitude, influence) in chosen.items() if i < len(contacts)]
    if young and rng.random() < 0.35:
        return []
    out = []
    for i, c in enumerate(contacts):
        if rng.random() >= _JOINS[c.role]:
            continue
        attitude = c.attitude
        if rng.random() < 0.2:  # this deal is seen otherwise than the account's usual view
            attitude = rng.choice([a for a in Attitude if a != c.attitude])
        wants = rng.choice(content.WANTS[c.role])[lang] if rng.random() < 0.6 else ""
        out.append(Member(i, c.role, attitude, c.influence, wants))
    return out


def confirmed_by(ref_key: str | None, people: list[DealContact]) -> tuple[int, ...]:
    """Who of the group is named on a milestone of the reference stage ``ref_key``: the roles
    that decide there, at most two people."""
    roles = _DECIDES.get(ref_key, _DECIDES[None])
    found = [p.contact_id for role in roles for p in people if p.role == role]
    return tuple(dict.fromkeys(found))[:2]


def newcomer(role: BuyingRole, english: bool, account_id: int) -> Contact:
    """Someone the seller came to know in the role a stage requires, when the account had nobody."""
    known = content.NEW_PEOPLE.get(role)
    name, title = (known[1 if english else 0] if known
                   else (("Alex Morgan", "Manager") if english else ("陳建國", "經理")))
    return Contact(account_id, name, title, role, Attitude.NEUTRAL, Influence.HIGH)
