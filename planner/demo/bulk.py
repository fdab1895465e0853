"""Writing a planned history fast: the rows the services would write, made in Python and sent
as plain statements in the order the days came, in one transaction sealed once at its end.

``replay`` writes the same plan through the services, which read the deal back before every
step (its milestones, work and buying group) to decide what to write: about 55 statements a
deal. Here the deal is held in Python as the file has it (``_Deal``), so only the writes
remain, each the statement the services send with the values they would send. Nothing is
bent: every row is an ordinary INSERT or UPDATE, judged by every trigger of the file as a
user's would be. A milestone still moves its deal on (the file's trigger), a deal entering a
stage still gets the stage's work from the file's trigger, a milestone out of order or
without its required work is still refused and rolls the whole file back. The event log,
which no trigger reads, is appended in batches with the ids it would have got one by one.

The file is the one ``replay`` writes, row for row and seal for seal
(tests/cli/test_demo_bulk.py builds both and compares every table).
"""

from __future__ import annotations

import dataclasses
import functools
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, timedelta
from typing import Any

from planner.demo import next_steps, people
from planner.demo.history import LAST_SECOND, Do, Plan, PlannedDeal, Step
from planner.demo.replay import moment, set_up
from planner.domain import event_values, rules
from planner.domain.buying import missing_roles
from planner.domain.lifecycle import Tick
from planner.domain.model import BuyingRole, Contact, DealContact, ItemKind, Outcome, Process, Stage
from planner.services import Planner
from planner.services.accounts import clean_contact

EVENTS_AT_ONCE = 5000  # events kept before they are written: memory stays flat
CACHE_KIB = 65536  # SQLite's page cache for the one large transaction (64 MiB), then as it was
# The journal while the file is written: a rollback journal keeps only the pages the file had
# before (a new file has few), where the write-ahead log would take every page of the file
# once more (and copy it back afterwards). The file is in WAL mode again when written.
BUILD_JOURNAL = "DELETE"

_INSERT_DEAL = """INSERT INTO deals (created_at, account_id, title, value, currency, expected_close,
    next_target, notes, risks, next_step, next_step_due, process_id, stage_id, follow_up_of)
    VALUES (?, ?, ?, ?, ?, ?, ?, '', ?, '', NULL, ?, ?, ?)"""
_INSERT_MEMBER = """INSERT INTO deal_contacts (deal_id, contact_id, role, attitude, influence, wants)
    VALUES (?, ?, ?, ?, ?, ?)"""
_INSERT_CONTACT = """INSERT INTO contacts (account_id, name, title, role, attitude, influence, email, phone, notes)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"""
_INSERT_MILESTONE = """INSERT INTO milestones (recorded_at, deal_id, stage_id, confirmed_on, outcome, evidence,
    evidence_link, decision) VALUES (?, ?, ?, ?, ?, ?, '', ?)"""
_INSERT_PEOPLE = "INSERT INTO milestone_contacts (milestone_id, contact_id, role) VALUES (?, ?, ?)"
_INSERT_CORRECTION = "INSERT INTO corrections (recorded_at, milestone_id, text, written_on) VALUES (?, ?, ?, ?)"
_INSERT_EVENTS = "INSERT INTO events (id, at, deal_id, kind, field, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)"
_TICK = {ItemKind.TASK: "UPDATE tasks SET done = 1 WHERE id = ?",
         ItemKind.DELIVERABLE: "UPDATE deliverables SET done = 1 WHERE id = ?"}


def write(planner: Planner, plan: Plan) -> None:
    """The whole plan in one transaction: a large file in one commit (and one seal)."""
    with _build_settings(planner.store.conn), planner.store.transaction():
        _Bulk(planner, plan).run()


@contextmanager
def _build_settings(conn: sqlite3.Connection) -> Iterator[None]:
    """The connection tuned for one large transaction (a page cache that holds the indexes
    being filled, ``BUILD_JOURNAL``), and as it was afterwards, written or not."""
    size = conn.execute("PRAGMA cache_size").fetchone()[0]
    journal = conn.execute("PRAGMA journal_mode").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = {-CACHE_KIB}")
    conn.execute(f"PRAGMA journal_mode = {BUILD_JOURNAL}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA journal_mode = {journal}")
        conn.execute(f"PRAGMA cache_size = {int(size)}")


def stamp(on: date, second: int) -> str:
    """``moment(on, second)`` as the file stamps it (``Store.dated``)."""
    return f"{on.isoformat()}T{second // 3600:02d}:{second // 60 % 60:02d}:{second % 60:02d}Z"


@functools.lru_cache(maxsize=8192)
def _text(value: str) -> str:
    return event_values.encode(value)


def _json(value: Any) -> str:
    """``event_values.encode(value)``, the common values at once and the common texts
    remembered: the log repeats them (tests compare the two for every value the demo logs)."""
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


class _Bulk:
    def __init__(self, planner: Planner, plan: Plan) -> None:
        self.planner, self.plan = planner, plan
        self.conn = planner.store.conn
        self.deals: dict[int, _Deal] = {}  # by planned index, while a later step may need it
        self.closed: dict[int, int] = {}  # the ids of deals lost or given up, by planned index
        self.events: list[tuple[Any, ...]] = []
        self.on, self.second = plan.start, 0  # the moment of the step being written
        self.at = ""  # the same as the file stamps it
        self.processes: dict[str, Process] = {}
        self.contacts: list[list[Contact]] = []  # each account's contacts, in id order
        self.account_ids: list[int] = []
        self.categories: dict[str, int] = {}

    def run(self) -> None:
        planner, plan = self.planner, self.plan
        self.processes, accounts, contact_ids, self.categories = set_up(planner, plan)
        self.account_ids = [a.id or 0 for a in accounts]
        self.contacts = [[planner.store.contact(i) or Contact(0, "") for i in ids] for ids in contact_ids]
        row = self.conn.execute("SELECT (SELECT coalesce(max(id), 0) FROM tasks), "
                                "(SELECT coalesce(max(id), 0) FROM deliverables), "
                                "(SELECT coalesce(max(id), 0) FROM events)").fetchone()
        self.task_id, self.deliverable_id, self.event_id = row
        steps = {Do.OPEN: self.open, Do.FOLLOW: self.follow, Do.WORK: self.work, Do.CONFIRM: self.confirm,
                 Do.LOSE: self.lose, Do.ABANDON: self.abandon, Do.ARCHIVE: self.archive, Do.CORRECT: self.correct}
        for step in plan.steps():
            self._moment(step.on, step.second)
            steps[step.do](step)
        self._moment(plan.today - timedelta(days=1), LAST_SECOND + 1)
        self.next_steps()
        self._flush()
        self._check()

    def _moment(self, on: date, second: int) -> None:
        self.on, self.second, self.at = on, second, stamp(on, second)

    # --- the event log: what ``Store.log`` appends, with the ids it would give ---
    def log(self, deal_id: int, kind: str, field: str = "", before: Any = "", after: Any = "") -> None:
        if self.event_id == 0 and not self.events:
            self._first_event(deal_id, kind, field, before, after)
            return
        self.event_id += 1
        self.events.append((self.event_id, self.at, deal_id, kind, field, _json(before), _json(after)))
        if len(self.events) >= EVENTS_AT_ONCE:
            self._flush()

    def _first_event(self, deal_id: int, kind: str, field: str, before: Any, after: Any) -> None:
        """The file's first event through the store, which records where its JSON log begins."""
        with self.planner.store.dated(moment(self.on, self.second)):
            self.planner.store.log(deal_id, kind, field, before, after)
        self.event_id = self.conn.execute("SELECT max(id) FROM events").fetchone()[0]

    def _flush(self) -> None:
        if self.events:
            self.conn.executemany(_INSERT_EVENTS, self.events)
            self.events = []

    def _check(self) -> None:
        """The work the triggers copied is the work held here: otherwise a tick or a due date
        went to the wrong row, and the whole file is rolled back."""
        row = self.conn.execute("SELECT (SELECT coalesce(max(id), 0) FROM tasks), "
                                "(SELECT coalesce(max(id), 0) FROM deliverables)").fetchone()
        if tuple(row) != (self.task_id, self.deliverable_id):
            raise AssertionError(f"the file's work {tuple(row)} is not the work held "
                                 f"{(self.task_id, self.deliverable_id)}")

    # --- a deal's rows ---
    def _enter(self, deal: _Deal, stage: Stage) -> None:
        """The stage's work, as the file's trigger copies it when the deal enters the stage."""
        deal.items = {}
        for position, template in enumerate(stage.tasks):
            self.task_id += 1
            deal.items[(ItemKind.TASK, position, template.text)] = _Item(self.task_id, template.text)
        for position, template in enumerate(stage.deliverables):
            self.deliverable_id += 1
            deal.items[(ItemKind.DELIVERABLE, position, template.text)] = _Item(self.deliverable_id, template.text)

    def _create(self, planned: PlannedDeal, account: int, title: str, value: float, currency: str,
                expected_close: date | None, next_target: date | None, risks: str,
                follow_up_of: int | None) -> _Deal:
        """``Deals.create``: the deal in its process's first stage, and its first event."""
        process = self.processes[planned.process]
        first = process.stages[0]
        title, value, currency = rules.check_name(title), rules.check_value(value), rules.check_currency(currency)
        close, target = _day(expected_close), _day(next_target)
        deal_id = self._insert(_INSERT_DEAL, (
            self.at, account, title, value, currency, close, target, rules.check_text(risks),
            process.id, first.id, follow_up_of))
        deal = _Deal(deal_id, planned.process, account, value, currency, close, target)
        self._enter(deal, first)
        self.log(deal_id, "created", "title", "", title)
        return deal

    def _insert(self, sql: str, params: Sequence[Any]) -> int:
        return int(self.conn.execute(sql, params).lastrowid or 0)

    def _add_member(self, deal: _Deal, contact: Contact, role: BuyingRole, attitude: Any, influence: Any,
                    wants: str) -> None:
        """``BuyingGroups.add``: a contact of the deal's account into its buying group."""
        assert contact.id is not None
        wants = rules.check_text(wants.strip())
        member_id = self._insert(_INSERT_MEMBER, (deal.id, contact.id, str(role), str(attitude), str(influence),
                                                  wants))
        deal.members.append(DealContact(deal.id, contact.id, role, attitude, influence, wants, contact.name,
                                        contact.title, member_id))
        self.log(deal.id, "person_added", str(contact.id), "", contact.name)

    def _update(self, deal: _Deal, **fields: str | None) -> None:
        """``Deals.update`` of dates and the next step: what differs, each change logged."""
        diff = {f: v for f, v in fields.items() if v != getattr(deal, f, None)}
        if not diff:
            return
        sets = ", ".join(f"{f} = ?" for f in diff)
        self.conn.execute(f"UPDATE deals SET {sets} WHERE id = ?", [*diff.values(), deal.id])
        for f, v in diff.items():
            self.log(deal.id, "edited", f, getattr(deal, f, None), v)
            if f in ("expected_close", "next_target"):
                setattr(deal, f, v)

    def _tick(self, deal: _Deal, tick: Tick) -> None:
        item = deal.items.get((tick.kind, tick.position, tick.text))
        if item is not None and not item.done:
            self.conn.execute(_TICK[tick.kind], (item.id,))
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
            self._add_member(deal, contacts[member.contact], member.role, member.attitude, member.influence,
                             member.wants)

    def follow(self, step: Step) -> None:
        """``Deals.follow_up``: a new deal after a won one, with its buying group as it stood."""
        planned = self.plan.deals[step.deal]
        assert planned.follow_up_of is not None
        old = self.deals[planned.follow_up_of]
        deal = self._create(planned, old.account, planned.title, old.value, old.currency, None, None, "", old.id)
        self.deals[step.deal] = deal
        for member in old.members:
            member_id = self._insert(_INSERT_MEMBER, (deal.id, member.contact_id, str(member.role),
                                                      str(member.attitude), str(member.influence), member.wants))
            deal.members.append(DealContact(deal.id, member.contact_id, member.role, member.attitude,
                                            member.influence, member.wants, member.name, member.title, member_id))
            self.log(deal.id, "person_added", str(member.contact_id), "", member.name)
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
        evidence, decision = step.text.strip(), step.decision.strip()
        milestone_id = self._insert(_INSERT_MILESTONE, (self.at, deal.id, stage.id, step.on.isoformat(),
                                                        str(outcome), evidence, decision))
        if deal.first_milestone is None:
            deal.first_milestone = milestone_id
        self.log(deal.id, "milestone", stage.name, str(outcome), step.on.isoformat())
        if named:
            roles = {m.contact_id: m.role for m in deal.members}
            self.conn.executemany(_INSERT_PEOPLE, [(milestone_id, c, str(roles[c])) for c in named])
            self.log(deal.id, "milestone_people", str(milestone_id), "", list(named))
        if outcome == Outcome.REACHED and step.stage + 1 < len(stages):
            following = stages[step.stage + 1]
            self.log(deal.id, "stage", "stage_id", stage.name, following.name)
            deal.stage = step.stage + 1
            self._enter(deal, following)  # what the file's trigger did as the deal moved on
        else:
            deal.status = "lost" if outcome == Outcome.AGAINST else "won"
            self.log(deal.id, "status", "status", "open", deal.status)
        if category is not None:  # ``Deals.set_close_category``, in the same transaction
            self.conn.execute("UPDATE deals SET close_category = ? WHERE id = ?", (category, deal.id))
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
        contacts = self.contacts[self.plan.deals[step.deal].customer]
        for role in missing_roles(required, group):
            taken = {p.contact_id for p in group}
            known = next((c for c in contacts if c.role == role and c.id not in taken), None)
            if known is None:  # ``BuyingGroups.add_new``: a new contact of the account
                english = self.plan.deals[step.deal].words == 1
                new = clean_contact(people.newcomer(role, english, deal.account))
                known = dataclasses.replace(new, id=self._insert(_INSERT_CONTACT, (
                    new.account_id, new.name, new.title, str(new.role), str(new.attitude), str(new.influence),
                    new.email, new.phone, new.notes)))
                contacts.append(known)
            self._add_member(deal, known, known.role, known.attitude, known.influence, "")

    def abandon(self, step: Step) -> None:
        deal = self.deals[step.deal]
        reason = rules.check_reason(step.text)
        category = self.categories.get(step.category)
        self.conn.execute("UPDATE deals SET status = ?, close_reason = ?, close_category = ? WHERE id = ?",
                          ("abandoned", reason, category, deal.id))
        deal.status = "abandoned"
        self.log(deal.id, "abandoned", "status", "open", "abandoned")
        if category is not None:
            self.log(deal.id, "edited", "close_category", None, category)
        self._forget(step.deal)

    def archive(self, step: Step) -> None:
        deal_id = self._deal_id(step.deal)
        self.conn.execute("UPDATE deals SET archived = ? WHERE id = ?", (1, deal_id))
        self.log(deal_id, "archived")

    def correct(self, step: Step) -> None:
        deal = self.deals[step.deal]
        assert deal.first_milestone is not None
        text = rules.check_reason(step.text)
        self._insert(_INSERT_CORRECTION, (self.at, deal.first_milestone, text, step.on.isoformat()))
        self.log(deal.id, "correction", str(deal.first_milestone), "", text)

    # --- a deal lost or given up: only its id is needed again (archived later); a won one
    # stays held, for the follow-up that may come ---
    def _forget(self, index: int) -> None:
        self.closed[index] = self.deals.pop(index).id

    def _deal_id(self, index: int) -> int:
        held = self.deals.get(index)
        return held.id if held is not None else self.closed[index]

    # --- what comes next on the deals still open (``next_steps.write``) ---
    def next_steps(self) -> None:
        today = self.plan.today
        for index in sorted(self.deals):
            deal = self.deals[index]
            if deal.status != "open":
                continue
            planned = self.plan.deals[index]
            stage = self.processes[deal.process].stages[deal.stage]
            text, due = next_steps.step_for(planned, stage, today)
            self._next_step(deal, text, due)
            open_tasks = [item for (kind, _, _), item in deal.items.items() if kind == ItemKind.TASK and not item.done]
            found = next_steps.work_due(planned, today, len(open_tasks))
            if found is not None:
                task, day = open_tasks[found[0]], found[1].isoformat()
                self.conn.execute("UPDATE tasks SET due = ? WHERE id = ?", (day, task.id))
                self.log(deal.id, "task_due", task.text, None, day)

    def _next_step(self, deal: _Deal, text: str, due: date | None) -> None:
        """``Deals.set_next_step`` on a deal that has none yet (no step, no date)."""
        before: dict[str, str | None] = {"next_step": "", "next_step_due": None}
        diff = {f: v for f, v in (("next_step", rules.check_step(text)), ("next_step_due", _day(due)))
                if v != before[f]}
        if not diff:
            return
        sets = ", ".join(f"{f} = ?" for f in diff)
        self.conn.execute(f"UPDATE deals SET {sets} WHERE id = ?", [*diff.values(), deal.id])
        for f, v in diff.items():
            self.log(deal.id, "edited", f, before[f], v)


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None

