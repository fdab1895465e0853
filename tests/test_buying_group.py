"""The buying group through the services: defaults, the log, closed deals, required roles,
who confirmed a milestone, follow-ups, and what moves or deletes are refused."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from builders import confirm_current, new_deal, simple_process

from planner.domain import messages
from planner.domain.errors import InvalidInput, PlannerError, RuleViolation
from planner.domain.model import Account, Attitude, BuyingRole, Contact, Gap, Influence, Outcome
from planner.services import Confirmation, Planner


@pytest.fixture
def deal(planner: Planner) -> int:
    return new_deal(planner, title="Main", account="Acme")


def account_of(planner: Planner, deal_id: int) -> int:
    return planner.deals.get(deal_id).account_id


def test_a_person_joins_with_their_account_level_part_as_default(planner: Planner, deal: int) -> None:
    ann = planner.contacts.add(Contact(account_of(planner, deal), "Ann", role=BuyingRole.ECONOMIC_BUYER,
                                       attitude=Attitude.SUPPORTER, influence=Influence.HIGH))
    member = planner.buying_group.get(planner.buying_group.add(deal, ann, wants="  Fewer stock-outs "))
    assert (member.name, member.role, member.attitude, member.influence, member.wants) == (
        "Ann", BuyingRole.ECONOMIC_BUYER, Attitude.SUPPORTER, Influence.HIGH, "Fewer stock-outs")
    # in another deal the same person may play another part
    other = planner.deals.create(dataclasses.replace(planner.deals.get(deal), id=None, title="Second"))
    second = planner.buying_group.get(planner.buying_group.add(other, ann, role=BuyingRole.USER,
                                                               attitude=Attitude.OPPONENT))
    assert (second.role, second.attitude, second.influence) == (BuyingRole.USER, Attitude.OPPONENT, Influence.HIGH)
    assert planner.contacts.of(account_of(planner, deal))[0].role == BuyingRole.ECONOMIC_BUYER  # unchanged


def test_every_change_is_logged(planner: Planner, deal: int) -> None:
    ann = planner.contacts.add(Contact(account_of(planner, deal), "Ann"))
    member_id = planner.buying_group.add(deal, ann)
    member = planner.buying_group.get(member_id)
    planner.buying_group.update(dataclasses.replace(member, role=BuyingRole.COACH, wants="A reference visit"))
    removed = planner.buying_group.remove(member_id)
    planner.buying_group.restore(removed)
    log = [(e.kind, e.field, e.before, e.after) for e in planner.deals.events(deal)][1:]
    assert log == [("person_added", str(ann), "", "Ann"), ("person_role", str(ann), "other", "coach"),
                   ("person_wants", str(ann), "", "A reference visit"), ("person_removed", str(ann), "Ann", ""),
                   ("person_added", str(ann), "", "Ann")]
    assert planner.buying_group.get(member_id).role == BuyingRole.COACH  # back under its id, as it was


def test_a_person_is_in_a_group_once_and_only_of_the_deals_account(planner: Planner, deal: int) -> None:
    ann = planner.contacts.add(Contact(account_of(planner, deal), "Ann"))
    planner.buying_group.add(deal, ann)
    with pytest.raises(InvalidInput) as twice:
        planner.buying_group.add(deal, ann)
    assert twice.value.english() == "Ann is already in the deal's buying group."
    stranger = planner.contacts.add(Contact(planner.accounts.create(Account(name="Beta")), "Stranger"))
    with pytest.raises(RuleViolation, match="only people of the deal's account"):
        planner.buying_group.add(deal, stranger)


def test_a_new_person_joins_the_account_and_the_group_at_once(planner: Planner, deal: int) -> None:
    contact_id, member_id = planner.buying_group.add_new(deal, Contact(0, " 林  志明 ", role=BuyingRole.COACH,
                                                                       attitude=Attitude.SUPPORTER))
    contact = planner.contacts.of(account_of(planner, deal))[0]
    assert (contact.id, contact.name, contact.account_id) == (contact_id, "林 志明", account_of(planner, deal))
    assert planner.buying_group.get(member_id).role == BuyingRole.COACH
    planner.buying_group.remove(member_id, delete_contact=True)  # the undo of it
    assert planner.contacts.of(account_of(planner, deal)) == []


def test_a_closed_deals_group_is_read_only(planner: Planner, deal: int) -> None:
    ann = planner.contacts.add(Contact(account_of(planner, deal), "Ann"))
    bo = planner.contacts.add(Contact(account_of(planner, deal), "Bo"))
    member_id = planner.buying_group.add(deal, ann)
    planner.deals.abandon(deal, "No budget")
    member = planner.buying_group.get(member_id)
    for attempt in (lambda: planner.buying_group.add(deal, bo),
                    lambda: planner.buying_group.update(dataclasses.replace(member, role=BuyingRole.USER)),
                    lambda: planner.buying_group.remove(member_id)):
        with pytest.raises(RuleViolation, match="closed"):
            attempt()


def test_people_in_a_group_stay_with_their_account(planner: Planner, deal: int) -> None:
    ann = planner.contacts.add(Contact(account_of(planner, deal), "Ann"))
    planner.buying_group.add(deal, ann)
    beta = planner.accounts.create(Account(name="Beta"))
    with pytest.raises(RuleViolation) as moved:
        planner.deals.update(deal, account_id=beta)
    assert moved.value.source == messages.GROUP_MOVES
    with pytest.raises(RuleViolation) as deleted:
        planner.contacts.delete(ann)
    assert deleted.value.source == messages.CONTACT_IN_USE.says
    with pytest.raises(RuleViolation):
        planner.contacts.update(dataclasses.replace(planner.contacts.of(account_of(planner, deal))[0],
                                                    account_id=beta))


def test_gaps_follow_the_group(planner: Planner, deal: int) -> None:
    account = account_of(planner, deal)
    assert planner.buying_group.gaps(deal) == (Gap.NOBODY,)
    assert planner.deals.card(deal).gaps == (Gap.NOBODY,)
    boss = planner.contacts.add(Contact(account, "Boss", role=BuyingRole.USER, attitude=Attitude.OPPONENT,
                                        influence=Influence.HIGH))
    planner.buying_group.add(deal, boss)
    assert planner.buying_group.gaps(deal) == (Gap.NO_ECONOMIC_BUYER, Gap.STRONG_OPPONENT, Gap.NO_COACH)
    planner.buying_group.add_new(deal, Contact(0, "Eb", role=BuyingRole.ECONOMIC_BUYER))
    planner.buying_group.add_new(deal, Contact(0, "Co", role=BuyingRole.COACH))
    assert planner.deals.card(deal).gaps == (Gap.STRONG_OPPONENT,)


def required(planner: Planner, deal: int, *roles: BuyingRole) -> int:
    process = planner.processes.get(planner.deals.get(deal).process_id)
    process.stages[0].required_roles = list(roles)
    planner.processes.update(process)
    return process.stages[0].id or 0


def test_a_stage_waits_for_the_roles_it_requires(planner: Planner, deal: int) -> None:
    stage = required(planner, deal, BuyingRole.COACH, BuyingRole.ECONOMIC_BUYER)
    assert planner.processes.get(planner.deals.get(deal).process_id).stages[0].required_roles == [
        BuyingRole.ECONOMIC_BUYER, BuyingRole.COACH]  # in the app's order
    with pytest.raises(RuleViolation) as blocked:
        confirm_current(planner, deal)
    assert blocked.value.source == messages.ROLE_MISSING
    assert blocked.value.params == {"role": "economic buyer"}
    planner.buying_group.add_new(deal, Contact(0, "Eb", role=BuyingRole.ECONOMIC_BUYER))
    with pytest.raises(RuleViolation) as still:
        confirm_current(planner, deal)
    assert still.value.params == {"role": "coach"}
    assert planner.deals.get(deal).stage_id == stage  # nothing written
    planner.buying_group.add_new(deal, Contact(0, "Co", role=BuyingRole.COACH))
    confirm_current(planner, deal)
    assert planner.deals.get(deal).stage_id != stage


def test_a_stage_that_requires_roles_can_still_go_against_us(planner: Planner, deal: int) -> None:
    required(planner, deal, BuyingRole.ECONOMIC_BUYER)
    confirm_current(planner, deal, Outcome.AGAINST)
    assert planner.deals.get(deal).status == "lost"


def test_only_people_of_the_group_confirm_a_milestone(planner: Planner, deal: int) -> None:
    outsider = planner.contacts.add(Contact(account_of(planner, deal), "Outsider"))
    stage = planner.deals.get(deal).stage_id or 0
    with pytest.raises(RuleViolation) as refused:
        planner.milestones.confirm(deal, [Confirmation(stage, date.today(), "Minutes", people=(outsider,))])
    assert refused.value.source == messages.NOT_IN_GROUP
    assert planner.milestones.of(deal) == []


def test_people_named_on_two_milestones_at_once(planner: Planner, deal: int) -> None:
    ann = planner.contacts.add(Contact(account_of(planner, deal), "Ann", role=BuyingRole.ECONOMIC_BUYER))
    bo = planner.contacts.add(Contact(account_of(planner, deal), "Bo", role=BuyingRole.TECHNICAL_EVALUATOR))
    for contact in (ann, bo):
        planner.buying_group.add(deal, contact)
    process = planner.processes.get(planner.deals.get(deal).process_id)
    first, second = (s.id or 0 for s in process.stages[:2])
    planner.milestones.confirm(deal, [Confirmation(first, date.today(), "Minutes", people=(bo,)),
                                      Confirmation(second, date.today(), "Budget", people=(ann, bo))])
    assert [[p.name for p in m.people] for m in planner.milestones.of(deal)] == [["Bo"], ["Ann", "Bo"]]
    assert planner.file.check() == []


def test_a_follow_up_starts_with_the_same_people(planner: Planner, deal: int) -> None:
    ann = planner.contacts.add(Contact(account_of(planner, deal), "Ann"))
    planner.buying_group.add(deal, ann, role=BuyingRole.COACH, wants="To be heard")
    confirm_current(planner, deal, Outcome.AGAINST)
    follow = planner.deals.follow_up(deal)
    [member] = planner.buying_group.of(follow)
    assert (member.contact_id, member.role, member.wants) == (ann, BuyingRole.COACH, "To be heard")
    assert [e.kind for e in planner.deals.events(follow)] == ["created", "person_added"]


def test_required_roles_of_a_new_process_and_of_a_copy(planner: Planner) -> None:
    process = simple_process(3)
    process.stages[1].required_roles = [BuyingRole.PROCUREMENT, BuyingRole.PROCUREMENT, BuyingRole.USER]
    pid = planner.processes.create(process)
    assert [s.required_roles for s in planner.processes.get(pid).stages] == [
        [], [BuyingRole.USER, BuyingRole.PROCUREMENT], []]
    copy = planner.processes.duplicate(pid, "Copy")
    assert planner.processes.get(copy).stages[1].required_roles == [BuyingRole.USER, BuyingRole.PROCUREMENT]
    edited = planner.processes.get(pid)
    edited.stages[1].required_roles = []
    edited.stages[2].required_roles = [BuyingRole.ECONOMIC_BUYER]
    planner.processes.update(edited)
    assert [s.required_roles for s in planner.processes.get(pid).stages] == [
        [], [], [BuyingRole.ECONOMIC_BUYER]]


def test_the_account_plan_carries_the_group_and_the_people_of_milestones(planner: Planner, deal: int) -> None:
    ann = planner.contacts.add(Contact(account_of(planner, deal), "Ann", role=BuyingRole.ECONOMIC_BUYER))
    planner.buying_group.add(deal, ann)
    stage = planner.deals.get(deal).stage_id or 0
    planner.milestones.confirm(deal, [Confirmation(stage, date.today(), "Minutes", people=(ann,))])
    plan = planner.reports.account_plan(account_of(planner, deal))
    [dp] = plan.open_deals
    assert [p.name for p in dp.people] == ["Ann"]
    assert [p.name for p in dp.milestones[0].people] == ["Ann"]


def test_a_removed_member_of_a_closed_deal_cannot_come_back(planner: Planner, deal: int) -> None:
    ann = planner.contacts.add(Contact(account_of(planner, deal), "Ann"))
    removed = planner.buying_group.remove(planner.buying_group.add(deal, ann))
    planner.deals.abandon(deal, "Gone quiet")
    with pytest.raises(PlannerError):
        planner.buying_group.restore(removed)
    assert planner.buying_group.of(deal) == []
