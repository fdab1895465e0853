"""The buying group on paper: each open deal's people, gaps, map and who confirmed a milestone."""

from __future__ import annotations

import dataclasses

import pytest
from pdf_helpers import flat
from pdf_plans import small_plan

from planner.domain.model import Attitude, BuyingRole, DealContact, Influence, MilestonePerson
from planner.domain.plan import AccountPlan
from planner.report.influence_map import METRICS, WORDS, InfluenceMap
from planner.report.labels import Labels

NAMES = ["王大明", "Alexandra Konstantinopoulou-Featherstonehaugh", "歐陽志明", "Li Wei", "María José García-Fernández",
         "陳美玲", "Dr. Hiroshi Takahashi-Yamamoto", "Bo Svensson", "司馬相如", "Zoë Adams", "Jean-Baptiste Poquelin",
         "林淑芬", "Oscar Diaz", "黃國強", "Rachel Kim"]


def group(n: int) -> list[DealContact]:
    roles, attitudes, levels = list(BuyingRole), list(Attitude), list(Influence)
    return [DealContact(1, 100 + i, roles[i % 6], attitudes[i % 4], levels[i % 3],
                        wants="A payback within two years" if i == 0 else "", name=NAMES[i],
                        title="CFO" if i == 0 else "", id=i + 1) for i in range(n)]


def plan_with(people: list[DealContact], confirmed_by: list[DealContact] | None = None) -> AccountPlan:
    plan = small_plan(confirmed=1)
    dp = plan.open_deals[0]
    dp.people = people
    dp.process.stages[1].required_roles = [BuyingRole.ECONOMIC_BUYER, BuyingRole.COACH]
    if confirmed_by:
        dp.milestones[0].people = [MilestonePerson(p.contact_id, p.name, p.role) for p in confirmed_by]
    return plan


@pytest.mark.parametrize("lang", ["en", "zh_TW"])
@pytest.mark.parametrize("n", [1, 5, 15])
def test_the_group_its_map_and_who_confirmed_are_printed(write, lang: str, n: int) -> None:
    people = group(n)
    written = write(plan_with(people, confirmed_by=people[:2]), lang)
    text = flat(written.text)
    words = WORDS[lang]
    assert flat(words["title"]) in text and flat(words["wants"]) in text
    for person in people:  # in the table whole (the map may shorten a long name)
        assert flat(person.name) in text, person.name
    assert flat(words["confirmed_by"]) in text
    labels = Labels(lang)
    assert flat(words["person"].format(name=people[0].name, role=labels.enum(people[0].role))) in text
    assert flat(words["requires"].format(roles=words["list"].join(
        labels.enum(r) for r in (BuyingRole.ECONOMIC_BUYER, BuyingRole.COACH)))) in text


def test_the_gaps_are_printed(write) -> None:
    strong = DealContact(1, 100, BuyingRole.USER, Attitude.OPPONENT, Influence.HIGH, name="Boss", id=1)
    text = flat(write(plan_with([strong]), "en").text)
    for key in ("gap.no_economic_buyer", "gap.strong_opponent", "gap.no_coach"):
        assert flat(WORDS["en"][key]) in text, key
    assert flat(WORDS["en"]["missing"].format(roles="Economic buyer, Coach")) in text
    nobody = flat(write(plan_with([]), "zh_TW").text)
    assert flat(WORDS["zh_TW"]["gap.nobody"]) in nobody
    assert flat(WORDS["zh_TW"]["wants"]) not in nobody  # no people: no map, no table


def test_a_deal_without_people_prints_as_before_but_for_the_warning(write) -> None:
    plain = small_plan(confirmed=1)
    text = flat(write(plain, "en").text)
    assert flat(WORDS["en"]["gap.nobody"]) in text and flat(WORDS["en"]["confirmed_by"]) not in text


def test_the_map_keeps_its_width_and_shrinks_only_when_huge() -> None:
    labels = Labels("en")
    fitting = InfluenceMap(group(15), labels)
    width, height = fitting.wrap(480, 700)
    assert width == 480 and fitting._scale == 1.0 and height > 10 * METRICS.name_line
    crowd = [dataclasses.replace(p, id=i + 1, attitude=Attitude.SUPPORTER, influence=Influence.HIGH)
             for i, p in enumerate(group(15) * 4)]
    huge = InfluenceMap(crowd, labels)
    width, height = huge.wrap(480, 700)
    assert width == 480 and height <= 620.5 and huge._scale < 1.0
