"""Every write reports what it changed, once, after its one transaction commits.

The file itself is the judge: before and after each use case, a digest of every deal (its
row, work, notes, milestones and log), account, account's contacts and process is taken
with plain SQL; whatever differs must be named in the ``Changes`` the use case reported.
A use case that forgot to report a deal would leave a view showing the old one.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable
from datetime import date

import pytest
from builders import confirm_current, new_deal, simple_process

from planner.domain.errors import PlannerError
from planner.domain.model import Account, Attitude, BuyingRole, Contact, Deal, ItemKind, Outcome, Process
from planner.services import Changes, Confirmation, Part, Planner, Tick

Digest = dict[str, dict[int, str]]


def digest(planner: Planner) -> Digest:
    conn = planner.store.conn

    def rows(sql: str) -> dict[int, str]:
        out: dict[int, list[str]] = {}
        for key, *rest in conn.execute(sql):
            out.setdefault(key, []).append(repr(rest))
        return {k: hashlib.sha1("".join(sorted(v)).encode()).hexdigest() for k, v in out.items()}

    deal_parts = " UNION ALL ".join(
        f"SELECT deal_id, '{t[:20]}', * FROM (SELECT deal_id, {cols} FROM {t})" for t, cols in (
            ("tasks", "id, stage_id, text, done, required"), ("deliverables", "id, stage_id, text, done, link"),
            ("stage_notes", "stage_id, text, 0, 0, 0"), ("milestones", "id, stage_id, outcome, evidence, decision"),
            ("events", "id, kind, field, before, after"),
            ("deal_contacts", "id, contact_id, role || attitude || influence, wants, 0"),
            ("(SELECT m.deal_id, p.* FROM milestone_contacts p JOIN milestones m ON m.id = p.milestone_id)",
             "milestone_id, contact_id, role, 0, 0")))
    stages = rows("SELECT s.process_id, s.*, i.text, r.role FROM stages s LEFT JOIN stage_items i ON i.stage_id = s.id "
                  "LEFT JOIN stage_roles r ON r.stage_id = s.id")
    own = rows("SELECT id, * FROM processes")
    return {
        "deals": {**rows("SELECT id, * FROM deals"),
                  **{k: v + "w" for k, v in rows(f"SELECT deal_id, * FROM ({deal_parts})").items()}},
        "accounts": rows("SELECT id, * FROM accounts"),
        "contacts_of": rows("SELECT account_id, * FROM contacts"),
        # one digest per process over its own row and its stages' (a dict union would keep only one)
        "processes": {k: stages.get(k, "") + own.get(k, "") for k in stages.keys() | own.keys()},
    }


def differing(before: Digest, after: Digest) -> dict[str, set[int]]:
    return {kind: {k for k in before[kind].keys() | after[kind].keys() if before[kind].get(k) != after[kind].get(k)}
            for kind in before}


@pytest.fixture
def world(planner: Planner) -> dict[str, int]:
    deal = new_deal(planner, title="Main deal", account="Acme")
    other = new_deal(planner, title="Other deal", account="Beta")
    closed = new_deal(planner, title="Closed deal", account="Gamma")
    confirm_current(planner, closed, outcome=Outcome.AGAINST)
    planner.deals.set_next_step(other, "Send the quote", date.today())
    work = planner.work.get(deal)
    ada = planner.contacts.add(Contact(work.deal.account_id, "Ada"))
    bob = planner.contacts.add(Contact(work.deal.account_id, "Bob", role=BuyingRole.ECONOMIC_BUYER))
    return {"deal": deal, "other": other, "closed": closed, "account": work.deal.account_id,
            "process": work.process.id or 0, "stage": work.deal.stage_id or 0,
            "task": work.tasks[0].id or 0,
            "contact": ada, "bob": bob, "member": planner.buying_group.add(deal, bob)}


def _requiring(process: Process) -> Process:
    process.stages[-1].required_roles = [BuyingRole.COACH]
    return process


USE_CASES: dict[str, Callable[[Planner, dict[str, int]], object]] = {
    "edit a deal": lambda p, w: p.deals.update(w["deal"], title="Renamed", value=12.5),
    "move a deal to another account": lambda p, w: p.deals.update(w["other"], account_id=w["account"]),
    "archive a deal": lambda p, w: p.deals.archive(w["deal"]),
    "abandon a deal": lambda p, w: p.deals.abandon(w["deal"], "No budget"),
    "delete a deal": lambda p, w: p.deals.delete(w["other"]),
    "create a deal": lambda p, w: p.deals.create(Deal(w["account"], w["process"], "New one")),
    "create a deal with a new account": lambda p, w: p.deals.create(
        Deal(0, w["process"], "Fresh"), new_account=Account(name="Delta")),
    "follow up a closed deal": lambda p, w: p.deals.follow_up(w["closed"]),
    "tick a task": lambda p, w: p.work.set_done(ItemKind.TASK, w["task"], True),
    "add a deliverable": lambda p, w: p.work.add(ItemKind.DELIVERABLE, w["deal"], w["stage"], "Slides"),
    "rename a task": lambda p, w: p.work.edit(ItemKind.TASK, w["task"], text="Call the CFO"),
    "remove a task": lambda p, w: p.work.remove(ItemKind.TASK, p.work.get(w["deal"]).tasks[1].id or 0),
    "write a stage note": lambda p, w: p.work.set_note(w["deal"], w["stage"], "CFO first"),
    "confirm with ticks": lambda p, w: p.milestones.confirm(
        w["deal"], [Confirmation(w["stage"], date.today(), "Minutes")],
        ticks={w["stage"]: [Tick(ItemKind.TASK, 0, "Task 1")]}),
    "confirm two at once": lambda p, w: p.milestones.confirm(w["deal"], [
        Confirmation(w["stage"], date.today(), "Minutes"),
        Confirmation(p.processes.get(w["process"]).stages[1].id or 0, date.today(), "Budget mail")]),
    "lose at a milestone": lambda p, w: p.milestones.confirm(
        w["deal"], [Confirmation(w["stage"], date.today(), "Call", Outcome.AGAINST, decision="Chose a rival")]),
    "correct a milestone": lambda p, w: p.milestones.correct(p.milestones.of(w["closed"])[0].id or 0, "Was the 3rd"),
    "edit an account": lambda p, w: p.accounts.update(dataclasses.replace(p.accounts.get(w["account"]), name="Acme Co")),
    "create an account": lambda p, w: p.accounts.create(Account(name="Epsilon")),
    "add a contact": lambda p, w: p.contacts.add(Contact(w["account"], "Grace")),
    "edit a contact": lambda p, w: p.contacts.update(dataclasses.replace(
        p.contacts.of(w["account"])[0], name="Ada L.")),
    "delete a contact": lambda p, w: p.contacts.delete(w["contact"]),
    "create a process": lambda p, w: p.processes.create(simple_process(2, name="Short")),
    "edit a process": lambda p, w: p.processes.update(dataclasses.replace(
        p.processes.get(w["process"]), name="Renamed process")),
    "archive a process": lambda p, w: p.processes.archive(w["process"]),
    "adopt an observed rate": lambda p, w: p.processes.adopt_rate(p.processes.get(w["process"]).stages[-1].id or 0, 37),
    "abandon a deal under a category": lambda p, w: p.deals.abandon(w["deal"], "Broke", p.reasons.all()[2].id),
    "lose at a milestone under a category": lambda p, w: p.milestones.confirm(
        w["deal"], [Confirmation(w["stage"], date.today(), "Call", Outcome.AGAINST, decision="Chose a rival")],
        close_category=p.reasons.all()[1].id),
    "file a closed deal under a category": lambda p, w: p.deals.set_close_category(w["closed"], p.reasons.all()[0].id),
    "add a reason category": lambda p, w: p.reasons.add("Tender rules"),
    "rename a reason category": lambda p, w: p.reasons.rename(p.reasons.all()[0].id, "Too expensive"),
    "move a reason category": lambda p, w: p.reasons.move(p.reasons.all()[0].id, 3),
    "retire a reason category": lambda p, w: p.reasons.retire(p.reasons.all()[-1].id),
    "add a person to the buying group": lambda p, w: p.buying_group.add(w["deal"], w["contact"]),
    "add a new person to the buying group": lambda p, w: p.buying_group.add_new(
        w["deal"], Contact(0, "Cleo", role=BuyingRole.COACH)),
    "edit a person of the buying group": lambda p, w: p.buying_group.update(dataclasses.replace(
        p.buying_group.get(w["member"]), attitude=Attitude.OPPONENT, wants="A lower price")),
    "remove a person from the buying group": lambda p, w: p.buying_group.remove(w["member"]),
    "confirm with the people who decided": lambda p, w: p.milestones.confirm(
        w["deal"], [Confirmation(w["stage"], date.today(), "Minutes", people=(w["bob"],))]),
    "require a role of a stage": lambda p, w: p.processes.update(_requiring(p.processes.get(w["process"]))),
    "set a next step": lambda p, w: p.deals.set_next_step(w["deal"], "Call the CFO", date.today()),
    "complete a next step": lambda p, w: p.deals.complete_next_step(w["other"]),
    "bring back a next step": lambda p, w: p.deals.reopen_next_step(w["deal"], "Call back", None),
    "give a task a due date": lambda p, w: p.work.set_due(ItemKind.TASK, w["task"], date.today()),
    "change a setting": lambda p, w: p.settings.set("idle_days", "9"),
    "set an exchange rate": lambda p, w: p.rates.set("JPY", 0.21, language="zh_TW"),
    "change the home currency": lambda p, w: p.settings.set("home_currency", "EUR"),
}


@pytest.mark.parametrize("use_case", list(USE_CASES))
def test_a_write_reports_everything_it_changed_once(planner: Planner, world: dict[str, int], use_case: str) -> None:
    heard: list[Changes] = []
    planner.subscribe(heard.append)
    before = digest(planner)
    USE_CASES[use_case](planner, world)
    changed = differing(before, digest(planner))
    assert len(heard) == 1, f"{use_case}: reported {len(heard)} times"
    reported = heard[0]
    assert changed["deals"] <= set(reported.deals), use_case
    assert changed["accounts"] <= reported.accounts, use_case
    assert changed["contacts_of"] <= reported.contacts_of, use_case
    assert changed["processes"] <= reported.processes, use_case
    assert any(changed.values()) or reported.settings, f"{use_case} changed nothing in the file"


def test_a_refused_write_reports_nothing_and_a_composed_one_reports_once(planner: Planner,
                                                                          world: dict[str, int]) -> None:
    heard: list[Changes] = []
    planner.subscribe(heard.append)
    with pytest.raises(PlannerError):
        planner.deals.update(world["closed"], title="Closed deals cannot change")
    with pytest.raises(PlannerError):  # the account would be written first: not kept either
        planner.deals.create(Deal(0, world["process"], ""), new_account=Account(name="Orphan"))
    assert heard == []
    assert "Orphan" not in [a.name for a in planner.accounts.all(include_archived=True)]
    new_id = planner.deals.follow_up(world["closed"])  # a deal, and an event on the old one
    assert len(heard) == 1
    assert Part.CREATED in heard[0].deal(new_id) and heard[0].deal(world["closed"])


def test_a_write_that_changes_nothing_is_not_reported(planner: Planner, world: dict[str, int]) -> None:
    heard: list[Changes] = []
    planner.subscribe(heard.append)
    title = planner.deals.get(world["deal"]).title
    assert not planner.deals.update(world["deal"], title=title)
    assert not planner.work.set_note(world["deal"], world["stage"], "")
    assert not planner.deals.set_next_step(world["other"], "Send the quote", date.today())
    assert not planner.deals.complete_next_step(world["deal"])  # it has none to complete
    assert not planner.work.set_due(ItemKind.TASK, world["task"], None)
    assert heard == []
