"""The statements that write a planned history: the rows the services would write, made in
Python, in the order the days came (``planner.store.bulk`` runs them in the file).

``replay`` writes a plan through the services, which read the deal back before every step
(its milestones, work and buying group) to decide what to write. Here each deal is held in
Python as the file has it (``_Deal``), so only the writes remain: each the statement the
services send, with the values they would send. The ids the file will give are known ahead
(it gives the next one; nothing is deleted), so the statements need no answer from the
file and can be made in another process while the file takes the ones before them; every
insert carries the id it must get, and the store refuses the file when it gets another.

This module reads no file: a process that makes statements needs only the plan.
"""

from __future__ import annotations

import functools
import pickle
import signal
import sys
import traceback
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any, NamedTuple

from planner.demo import history, next_steps, people
from planner.demo.history import LAST_SECOND, Do, Plan, PlannedDeal, Step
from planner.domain import event_values, rules
from planner.domain.buying import missing_roles
from planner.domain.lifecycle import Tick
from planner.domain.model import BuyingRole, Contact, DealContact, ItemKind, Outcome, Process, Stage
from planner.store.bulk import MANY, SEAL_NOW, Statement  # (sql, parameters, the id an insert must get)

EVENTS_AT_ONCE = 2000  # events sent as one statement: memory stays flat
# steps between two seals of the history inside the one transaction (about 4,000 deals): a seal
# encodes all it seals at once, at 100,000 deals a million rows if sealed once at the end (the
# writing process's peak was 665 MB, 135 MB sealed in steps). ``replay`` seals after the same
# steps, so both files keep the same ledger; a plan of fewer steps (the app's demo) is sealed
# once, at its commit, as before.
SEAL_STEPS = 10_000

INSERT_DEAL = """INSERT INTO deals (created_at, account_id, title, value, currency, expected_close,
    next_target, notes, risks, next_step, next_step_due, process_id, stage_id, follow_up_of)
    VALUES (?, ?, ?, ?, ?, ?, ?, '', ?, '', NULL, ?, ?, ?)"""
INSERT_MEMBER = """INSERT INTO deal_contacts (deal_id, contact_id, role, attitude, influence, wants)
    VALUES (?, ?, ?, ?, ?, ?)"""
INSERT_CONTACT = """INSERT INTO contacts (account_id, name, title, role, attitude, influence, email, phone, notes)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"""
INSERT_MILESTONE = """INSERT INTO milestones (recorded_at, deal_id, stage_id, confirmed_on, outcome, evidence,
    evidence_link, decision) VALUES (?, ?, ?, ?, ?, ?, '', ?)"""
INSERT_PEOPLE = "INSERT INTO milestone_contacts (milestone_id, contact_id, role) VALUES (?, ?, ?)"
INSERT_CORRECTION = "INSERT INTO corrections (recorded_at, milestone_id, text, written_on) VALUES (?, ?, ?, ?)"
INSERT_EVENTS = "INSERT INTO events (id, at, deal_id, kind, field, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)"
TICK = {ItemKind.TASK: "UPDATE tasks SET done = 1 WHERE id = ?",
        ItemKind.DELIVERABLE: "UPDATE deliverables SET done = 1 WHERE id = ?"}
CLOSE_CATEGORY = "UPDATE deals SET close_category = ? WHERE id = ?"
ABANDON = "UPDATE deals SET status = ?, close_reason = ?, close_category = ? WHERE id = ?"
ARCHIVE = "UPDATE deals SET archived = ? WHERE id = ?"
TASK_DUE = "UPDATE tasks SET due = ? WHERE id = ?"
# the tables whose ids the statements must know ahead, each the last id it holds so far
COUNTED = ("deals", "deal_contacts", "contacts", "milestones", "corrections", "tasks", "deliverables", "events")


@functools.cache
def _update_deal(columns: tuple[str, ...]) -> str:
    return f"UPDATE deals SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?"


class Start(NamedTuple):
    """What the file holds when the history begins (``replay.set_up``), by the plan's indexes."""

    processes: dict[str, Process]  # as stored, with their stages' and work's ids
    accounts: list[int]  # each customer's account id
    contacts: list[list[Contact]]  # each customer's contacts, as stored, in id order
    categories: dict[str, int]  # reason category key -> id
    last: dict[str, int]  # by table of ``COUNTED``: the last id the file has given


def stamp(on: date, second: int) -> str:
    """``replay.moment(on, second)`` as the file stamps it (``Store.dated``)."""
    return f"{on.isoformat()}T{second // 3600:02d}:{second // 60 % 60:02d}:{second % 60:02d}Z"


@functools.lru_cache(maxsize=8192)
def _text(value: str) -> str:
    return event_values.encode(value)


def encode(value: Any) -> str:
    """``event_values.encode(value)``, the common values at once and the common texts
    remembered: the log repeats them (tests compare the two for every kind of value)."""
    kind = type(value)
    if kind is str:
        return _text(value)
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return str(value)
    return event_values.encode(value)


class _Item:
    """A task or deliverable of the stage a deal is in, as the file's trigger copied it."""

    __slots__ = ("done", "id", "text")

    def __init__(self, item_id: int, text: str) -> None:
        self.id, self.text, self.done = item_id, text, False


class _Deal:
    """A deal as the file has it, held while the plan is written."""

    __slots__ = ("account", "currency", "expected_close", "first_milestone", "id", "items", "members",
                 "next_target", "process", "stage", "status", "value")

    def __init__(self, deal_id: int, process: str, account: int, value: float, currency: str,
                 expected_close: str | None, next_target: str | None) -> None:
        self.id, self.process, self.account = deal_id, process, account
        self.value, self.currency = value, currency
        self.expected_close, self.next_target = expected_close, next_target
        self.stage = 0
        self.status = "open"
        self.items: dict[tuple[ItemKind, int, str], _Item] = {}  # the current stage's work
        self.members: list[DealContact] = []  # the buying group, in the order people were added
        self.first_milestone: int | None = None


class Statements:
    """The statements of ``plan`` from ``start`` on, in order (``batches``)."""

    def __init__(self, plan: Plan, start: Start, seal_steps: int = SEAL_STEPS) -> None:
        self.plan = plan
        self.seal_steps = seal_steps
        self.processes, self.account_ids, self.categories = start.processes, start.accounts, start.categories
        self.contacts = [list(c) for c in start.contacts]  # people met along the way join them
        self.last = dict(start.last)
        self.deals: dict[int, _Deal] = {}  # by planned index, while a later step may need it
        self.closed: dict[int, int] = {}  # the ids of deals lost or given up, by planned index
        self.out: list[Statement] = []
        self.events: list[tuple[Any, ...]] = []
        self.at = ""  # the moment of the step being written, as the file stamps it

    def batches(self, size: int = 5000) -> Iterator[list[Statement]]:
        """Every statement, ``size`` or so at a time."""
        steps = {Do.OPEN: self.open, Do.FOLLOW: self.follow, Do.WORK: self.work, Do.CONFIRM: self.confirm,
                 Do.LOSE: self.lose, Do.ABANDON: self.abandon, Do.ARCHIVE: self.archive, Do.CORRECT: self.correct}
        for n, step in enumerate(self.plan.steps(), 1):
            self.at = stamp(step.on, step.second)
            steps[step.do](step)
            if n % self.seal_steps == 0:  # the events so far first: they are sealed with the rest
                self._events()
                self.out.append(SEAL_NOW)
            if len(self.out) >= size:
                yield self._taken()
        self.at = stamp(self.plan.today - timedelta(days=1), LAST_SECOND + 1)
        self.next_steps()
        self._events()
        yield self._taken()

    def _taken(self) -> list[Statement]:
        out, self.out = self.out, []
        return out

    def _insert(self, table: str, sql: str, params: tuple[Any, ...]) -> int:
        """An insert, and the id the file will give its row."""
        self.last[table] += 1
        self.out.append((sql, params, self.last[table]))
        return self.last[table]

    def _run(self, sql: str, params: tuple[Any, ...]) -> None:
        self.out.append((sql, params, 0))

    # --- the event log: what ``Store.log`` appends, with the ids it gives ---
    def log(self, deal_id: int, kind: str, field: str = "", before: Any = "", after: Any = "") -> None:
        self.last["events"] += 1
        self.events.append((self.last["events"], self.at, deal_id, kind, field, encode(before), encode(after)))
        if len(self.events) >= EVENTS_AT_ONCE:
            self._events()

    def _events(self) -> None:
        if self.events:  # no trigger reads the log: it may come after the rows it speaks of
            self.out.append((INSERT_EVENTS, self.events, MANY))
            self.events = []

    # --- a deal's rows ---
    def _enter(self, deal: _Deal, stage: Stage) -> None:
        """The stage's work, as the file's trigger copies it when the deal enters the stage."""
        deal.items = {}
        for position, template in enumerate(stage.tasks):
            self.last["tasks"] += 1
            deal.items[(ItemKind.TASK, position, template.text)] = _Item(self.last["tasks"], template.text)
        for position, template in enumerate(stage.deliverables):
            self.last["deliverables"] += 1
            deal.items[(ItemKind.DELIVERABLE, position, template.text)] = _Item(self.last["deliverables"],
                                                                                template.text)

    def _create(self, planned: PlannedDeal, account: int, title: str, value: float, currency: str,
                expected_close: date | None, next_target: date | None, risks: str,
                follow_up_of: int | None) -> _Deal:
        """``Deals.create``: the deal in its process's first stage, and its first event."""
        process = self.processes[planned.process]
        first = process.stages[0]
        title, value, currency = rules.check_name(title), rules.check_value(value), rules.check_currency(currency)
        close, target = _day(expected_close), _day(next_target)
        deal_id = self._insert("deals", INSERT_DEAL, (
            self.at, account, title, value, currency, close, target, rules.check_text(risks),
            process.id, first.id, follow_up_of))
        deal = _Deal(deal_id, planned.process, account, value, currency, close, target)
        self._enter(deal, first)
        self.log(deal_id, "created", "title", "", title)
        return deal

    def _add_member(self, deal: _Deal, contact_id: int, role: BuyingRole, attitude: Any, influence: Any,
                    wants: str, name: str, title: str) -> None:
        """``BuyingGroups.add``: a contact of the deal's account into its buying group."""
        wants = rules.check_text(wants.strip())
        member_id = self._insert("deal_contacts", INSERT_MEMBER, (
            deal.id, contact_id, str(role), str(attitude), str(influence), wants))
        deal.members.append(DealContact(deal.id, contact_id, role, attitude, influence, wants, name, title,
                                        member_id))
        self.log(deal.id, "person_added", str(contact_id), "", name)

    def _update(self, deal: _Deal, **fields: str | None) -> None:
        """``Deals.update`` of its dates: what differs, each change logged."""
        diff = {f: v for f, v in fields.items() if v != getattr(deal, f)}
        if diff:
            self._run(_update_deal(tuple(diff)), (*diff.values(), deal.id))
            for f, v in diff.items():
                self.log(deal.id, "edited", f, getattr(deal, f), v)
                setattr(deal, f, v)

    def _tick(self, deal: _Deal, tick: Tick) -> None:
        item = deal.items.get((tick.kind, tick.position, tick.text))
        if item is not None and not item.done:
            self._run(TICK[tick.kind], (item.id,))
            item.done = True
            self.log(deal.id, f"{tick.kind}_done", item.text, False, True)

    # --- the steps, as ``replay`` takes them through the services ---
    def open(self, step: Step) -> None:
        planned = self.plan.deals[step.deal]
        customer = self.plan.customers[planned.customer]
        deal = self._create(planned, self.account_ids[planned.customer], planned.title, planned.value,
                            planned.currency, planned.expected_close, planned.next_target, planned.risks, None)
        self.deals[step.deal] = deal
        closes = any(s.do in (Do.CONFIRM, Do.LOSE, Do.ABANDON) for s in planned.steps)
        young = not closes and (self.plan.today - planned.created).days < people.YOUNG
        contacts = self.contacts[planned.customer]
        for member in people.group(planned, customer.contacts, young):
            contact = contacts[member.contact]
            assert contact.id is not None
            self._add_member(deal, contact.id, member.role, member.attitude, member.influence, member.wants,
                             contact.name, contact.title)

    def follow(self, step: Step) -> None:
        """``Deals.follow_up``: a new deal after a won one, with its buying group as it stood."""
        planned = self.plan.deals[step.deal]
        assert planned.follow_up_of is not None
        old = self.deals[planned.follow_up_of]
        deal = self._create(planned, old.account, planned.title, old.value, old.currency, None, None, "", old.id)
        self.deals[step.deal] = deal
        for m in old.members:
            self._add_member(deal, m.contact_id, m.role, m.attitude, m.influence, m.wants, m.name, m.title)
        self.log(old.id, "follow_up", "deal", "", deal.id)
        if planned.expected_close is not None:
            self._update(deal, expected_close=planned.expected_close.isoformat())

    def work(self, step: Step) -> None:
        deal = self.deals[step.deal]
        if deal.stage == step.stage:  # only the stage it is in has its work yet
            for tick in step.ticks:
                self._tick(deal, tick)

    def confirm(self, step: Step) -> None:
        self._milestone(step, Outcome.REACHED)

    def lose(self, step: Step) -> None:
        self._milestone(step, Outcome.AGAINST)

    def _milestone(self, step: Step, outcome: Outcome) -> None:
        """``Milestones.confirm`` of one milestone, with the work ticked in the dialog."""
        deal = self.deals[step.deal]
        stages = self.processes[deal.process].stages
        stage = stages[step.stage]
        if outcome == Outcome.REACHED:
            self._identify(deal, step, stage.required_roles)
        named = tuple(sorted(set(people.confirmed_by(stage.ref_key, deal.members))))
        category = self.categories.get(step.category)
        if step.stage == deal.stage:
            for tick in step.ticks:
                self._tick(deal, tick)
        milestone_id = self._insert("milestones", INSERT_MILESTONE, (
            self.at, deal.id, stage.id, step.on.isoformat(), str(outcome), step.text.strip(), step.decision.strip()))
        if deal.first_milestone is None:
            deal.first_milestone = milestone_id
        self.log(deal.id, "milestone", stage.name, str(outcome), step.on.isoformat())
        if named:
            roles = {m.contact_id: m.role for m in deal.members}
            self.out.append((INSERT_PEOPLE, [(milestone_id, c, str(roles[c])) for c in named], MANY))
            self.log(deal.id, "milestone_people", str(milestone_id), "", list(named))
        if outcome == Outcome.REACHED and step.stage + 1 < len(stages):
            following = stages[step.stage + 1]
            self.log(deal.id, "stage", "stage_id", stage.name, following.name)
            deal.stage = step.stage + 1
            self._enter(deal, following)  # what the file's trigger does as the deal moves on
        else:
            deal.status = "lost" if outcome == Outcome.AGAINST else "won"
            self.log(deal.id, "status", "status", "open", deal.status)
        if category is not None:  # ``Deals.set_close_category``, in the same transaction
            self._run(CLOSE_CATEGORY, (category, deal.id))
            self.log(deal.id, "edited", "close_category", None, category)
        edits = {f: v.isoformat() for f, v in (("next_target", step.next_target),
                                                ("expected_close", step.expected_close)) if v is not None}
        if edits:
            self._update(deal, **edits)
        if deal.status == "lost":
            self._forget(step.deal)

    def _identify(self, deal: _Deal, step: Step, required: list[BuyingRole]) -> None:
        """Before a milestone that requires roles, the seller has found who plays them (as
        ``replay`` does: a contact of the account in that role, or someone new)."""
        group = list(deal.members)
        planned = self.plan.deals[step.deal]
        contacts = self.contacts[planned.customer]
        for role in missing_roles(required, group):
            taken = {p.contact_id for p in group}
            known = next((c for c in contacts if c.role == role and c.id not in taken), None)
            if known is None:  # ``BuyingGroups.add_new``: a new contact of the account
                new = people.newcomer(role, planned.words == 1, deal.account)
                new.name = rules.check_name(new.name)  # as ``clean_contact`` does
                new.notes = rules.check_text(new.notes)
                new.id = self._insert("contacts", INSERT_CONTACT, (
                    new.account_id, new.name, new.title, str(new.role), str(new.attitude), str(new.influence),
                    new.email, new.phone, new.notes))
                contacts.append(new)
                known = new
            assert known.id is not None
            self._add_member(deal, known.id, known.role, known.attitude, known.influence, "", known.name,
                             known.title)

    def abandon(self, step: Step) -> None:
        deal = self.deals[step.deal]
        reason = rules.check_reason(step.text)
        category = self.categories.get(step.category)
        self._run(ABANDON, ("abandoned", reason, category, deal.id))
        deal.status = "abandoned"
        self.log(deal.id, "abandoned", "status", "open", "abandoned")
        if category is not None:
            self.log(deal.id, "edited", "close_category", None, category)
        self._forget(step.deal)

    def archive(self, step: Step) -> None:
        held = self.deals.get(step.deal)
        deal_id = held.id if held is not None else self.closed[step.deal]
        self._run(ARCHIVE, (1, deal_id))
        self.log(deal_id, "archived")

    def correct(self, step: Step) -> None:
        deal = self.deals[step.deal]
        assert deal.first_milestone is not None
        text = rules.check_reason(step.text)
        self._insert("corrections", INSERT_CORRECTION, (self.at, deal.first_milestone, text, step.on.isoformat()))
        self.log(deal.id, "correction", str(deal.first_milestone), "", text)

    def _forget(self, index: int) -> None:
        """A deal lost or given up: only its id is needed again (archived later). A won one
        stays held, for the follow-up that may come."""
        self.closed[index] = self.deals.pop(index).id

    # --- what comes next on the deals still open (``next_steps.write``) ---
    def next_steps(self) -> None:
        today = self.plan.today
        for index in sorted(self.deals):
            deal = self.deals[index]
            if deal.status != "open":
                continue
            planned = self.plan.deals[index]
            text, due = next_steps.step_for(planned, self.processes[deal.process].stages[deal.stage], today)
            # ``Deals.set_next_step`` on a deal that has no step and no date yet
            before: dict[str, str | None] = {"next_step": "", "next_step_due": None}
            diff = {f: v for f, v in (("next_step", rules.check_step(text)), ("next_step_due", _day(due)))
                    if v != before[f]}
            if diff:
                self._run(_update_deal(tuple(diff)), (*diff.values(), deal.id))
                for f, v in diff.items():
                    self.log(deal.id, "edited", f, before[f], v)
            open_tasks = [item for (kind, _, _), item in deal.items.items() if kind == ItemKind.TASK and not item.done]
            found = next_steps.work_due(planned, today, len(open_tasks))
            if found is not None:
                task, day = open_tasks[found[0]], found[1].isoformat()
                self._run(TASK_DUE, (day, task.id))
                self.log(deal.id, "task_due", task.text, None, day)


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def main() -> None:
    """The second process of ``bulk.build``, ``python -c "from planner.demo.statements import
    main; main()" TOTAL TODAY LANGUAGE SEAL_STEPS``: the plan without its deals, then its
    statements batch by batch once the ``Start`` has come, pickled over standard output and input."""
    out, given = sys.stdout.buffer, sys.stdin.buffer
    # Ctrl+C reaches both processes: the writing one stops, removes its file and then this one
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        total, today, language = int(sys.argv[1]), date.fromisoformat(sys.argv[2]), sys.argv[3] or None
        plan = history.plan(total, today, language=language)
        pickle.dump(("plan", (plan.today, plan.processes, plan.customers, [], plan.start)), out)
        out.flush()
        made = Statements(plan, pickle.load(given), int(sys.argv[4]))
        for batch in made.batches():
            pickle.dump(("batch", batch), out)
        pickle.dump(("batch", None), out)
        pickle.dump(("last", made.last), out)
    except BrokenPipeError:  # the writing stopped: nobody to tell
        return
    except BaseException:  # noqa: BLE001 - told to the writing process, which stops
        pickle.dump(("error", traceback.format_exc()), out)
    out.flush()
