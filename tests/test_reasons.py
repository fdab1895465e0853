"""Reason categories through the services: the editable list, filing lost and abandoned deals
under one (when they close or later, logged), and adopted rates recorded with their sample."""

from __future__ import annotations

from datetime import date

import pytest
from builders import confirm_current, new_deal

from planner.domain import messages
from planner.domain.errors import InvalidInput, NotFound, PlannerError, RuleViolation
from planner.domain.model import Outcome
from planner.services import Changes, Confirmation, Planner

BUILT_IN = ["price", "competitor", "no_budget", "timing", "no_decision", "relationship", "other"]


def keys(planner: Planner, retired: bool = False) -> list[str | None]:
    return [c.key or c.name for c in planner.reasons.all(include_retired=retired)]


def test_the_list_is_edited_in_place(planner: Planner) -> None:
    heard: list[Changes] = []
    planner.subscribe(heard.append)
    assert keys(planner) == BUILT_IN
    added = planner.reasons.add("  Tender   rules ")
    assert planner.reasons.get(added).name == "Tender rules"
    assert keys(planner) == [*BUILT_IN, "Tender rules"]
    planner.reasons.move(added, 0)
    assert keys(planner) == ["Tender rules", *BUILT_IN]
    planner.reasons.move(added, 99)  # past the end: last
    assert keys(planner)[-1] == "Tender rules"
    price = planner.reasons.all()[0]
    planner.reasons.rename(price.id, "Too expensive")
    assert planner.reasons.get(price.id).source_name == "Too expensive"
    planner.reasons.rename(price.id, "")  # a built-in one gets its own name back
    assert planner.reasons.get(price.id).name == "" and planner.reasons.get(price.id).translatable
    assert len(heard) == 5 and all("reason_categories" in c.settings for c in heard)
    assert planner.reasons.rename(price.id, "") == Changes()  # nothing to do, nothing heard
    assert len(heard) == 5


@pytest.mark.parametrize("name", ["", "   ", "price", "PRICE", "Tender rules"])
def test_a_name_must_be_new_and_not_empty(planner: Planner, name: str) -> None:
    planner.reasons.add("Tender rules")
    with pytest.raises(InvalidInput):
        planner.reasons.add(name)
    custom = planner.reasons.add("Lost the champion")
    with pytest.raises(InvalidInput):
        planner.reasons.rename(custom, name)


def test_retiring_deletes_an_unused_category_and_keeps_a_used_one(planner: Planner) -> None:
    deal_id = new_deal(planner)
    price, competitor, no_budget = (c.id for c in planner.reasons.all()[:3])
    planner.deals.abandon(deal_id, "Too dear", price)
    assert planner.reasons.retire(no_budget) is True  # never used: gone
    assert planner.reasons.retire(price) is False  # carried by a deal: retired, kept
    assert no_budget not in [c.id for c in planner.reasons.all(include_retired=True)]
    assert price not in [c.id for c in planner.reasons.all()]
    assert planner.reasons.get(price).archived and keys(planner, retired=True)[-1] == "price"
    assert planner.deals.get(deal_id).close_category == price  # the deal keeps it
    # a category a deal carried once stays too: its log names it
    planner.deals.set_close_category(deal_id, competitor)
    planner.deals.set_close_category(deal_id, None)
    assert planner.reasons.retire(competitor) is False
    with pytest.raises(InvalidInput):
        planner.reasons.move(competitor, 0)  # a retired one has no place in the list
    planner.reasons.restore(competitor)
    assert keys(planner)[-1] == "competitor"


def test_abandoning_files_the_deal_and_logs_it(planner: Planner) -> None:
    deal_id = new_deal(planner)
    timing = planner.reasons.all()[3].id
    planner.deals.abandon(deal_id, "They moved the project to 2028", timing)
    deal = planner.deals.get(deal_id)
    assert (deal.status, deal.close_reason, deal.close_category) == ("abandoned", "They moved the project to 2028",
                                                                     timing)
    logged = [(e.kind, e.field, e.before, e.after) for e in planner.deals.events(deal_id)][-2:]
    assert logged == [("abandoned", "status", "open", "abandoned"), ("edited", "close_category", "", str(timing))]


def test_an_unknown_category_writes_nothing(planner: Planner) -> None:
    deal_id = new_deal(planner)
    with pytest.raises(NotFound):
        planner.deals.abandon(deal_id, "Gone", 999)
    assert planner.deals.get(deal_id).is_open


def test_losing_at_a_milestone_files_the_deal_in_the_same_write(planner: Planner) -> None:
    deal_id = new_deal(planner)
    heard: list[Changes] = []
    planner.subscribe(heard.append)
    competitor = planner.reasons.all()[1].id
    stage = planner.deals.get(deal_id).stage_id
    planner.milestones.confirm(deal_id, [Confirmation(stage, date.today(), "Letter", Outcome.AGAINST,  # type: ignore[arg-type]
                                                      decision="Chose the incumbent")], close_category=competitor)
    deal = planner.deals.get(deal_id)
    assert (deal.status, deal.close_reason, deal.close_category) == ("lost", "Chose the incumbent", competitor)
    assert len(heard) == 1


def test_a_category_for_a_milestone_reached_is_refused_and_nothing_written(planner: Planner) -> None:
    deal_id = new_deal(planner)
    stage = planner.deals.get(deal_id).stage_id
    with pytest.raises(RuleViolation) as refused:
        planner.milestones.confirm(deal_id, [Confirmation(stage, date.today(), "Minutes")],  # type: ignore[arg-type]
                                   close_category=planner.reasons.all()[0].id)
    assert refused.value.source == messages.CATEGORY_CLOSED.says
    assert planner.milestones.of(deal_id) == [] and planner.deals.get(deal_id).stage_id == stage


def test_a_closed_deal_is_filed_later_and_each_change_logged(planner: Planner) -> None:
    deal_id = new_deal(planner)
    confirm_current(planner, deal_id, Outcome.AGAINST)
    assert planner.deals.get(deal_id).close_category is None  # uncategorised, as old deals are
    price, other = planner.reasons.all()[0].id, planner.reasons.all()[-1].id
    planner.deals.set_close_category(deal_id, price)
    planner.deals.set_close_category(deal_id, other)
    assert planner.deals.set_close_category(deal_id, other) == Changes()
    planner.deals.set_close_category(deal_id, None)
    logged = [(e.field, e.before, e.after) for e in planner.deals.events(deal_id) if e.field == "close_category"]
    assert logged == [("close_category", "", str(price)), ("close_category", str(price), str(other)),
                      ("close_category", str(other), "")]
    assert planner.deals.get(deal_id).close_reason == "Chose another supplier"  # the text stays


@pytest.mark.parametrize("ending", ["open", "won"])
def test_only_a_lost_or_abandoned_deal_is_filed(planner: Planner, ending: str) -> None:
    deal_id = new_deal(planner, stages=1)
    if ending == "won":
        confirm_current(planner, deal_id)
    with pytest.raises(RuleViolation) as refused:
        planner.deals.set_close_category(deal_id, planner.reasons.all()[0].id)
    assert refused.value.source == messages.CATEGORY_CLOSED.says


def test_a_follow_up_starts_without_a_category(planner: Planner) -> None:
    deal_id = new_deal(planner)
    planner.deals.abandon(deal_id, "Later", planner.reasons.all()[3].id)
    assert planner.deals.get(planner.deals.follow_up(deal_id)).close_category is None


def test_adopting_a_rate_records_it_with_its_sample(planner: Planner) -> None:
    deal_id = new_deal(planner, stages=2)
    process_id = planner.deals.get(deal_id).process_id
    confirm_current(planner, deal_id)
    confirm_current(planner, deal_id)  # won: one closed deal entered the first stage, won
    stage = planner.processes.get(process_id).stages[0]
    planner.processes.adopt_rate(stage.id, 100)  # type: ignore[arg-type]
    planner.processes.adopt_rate(stage.id, 90)  # type: ignore[arg-type]
    found = planner.processes.adoptions(process_id)
    assert [(a.stage_id, a.old_rate, a.new_rate, a.won, a.closed, a.observed) for a in found] == [
        (stage.id, stage.win_rate, 100, 1, 1, 1.0), (stage.id, 100, 90, 1, 1, 1.0)]
    assert found[0].adopted_at[:10] <= date.today().isoformat()
    assert planner.processes.adoptions() == found
    assert planner.processes.adopt_rate(stage.id, 90) == Changes()  # no change: nothing recorded  # type: ignore[arg-type]
    assert len(planner.processes.adoptions()) == 2


def test_a_refused_adoption_records_nothing(planner: Planner) -> None:
    deal_id = new_deal(planner)
    stage = planner.processes.get(planner.deals.get(deal_id).process_id).stages[0]
    with pytest.raises(PlannerError):
        planner.processes.adopt_rate(stage.id, 101)  # type: ignore[arg-type]
    assert planner.processes.adoptions() == []
