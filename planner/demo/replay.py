"""Writing a planned history into a planner file: through the services, in the order the
days came, each step stamped with its own moment (``Store.dated``).

Nothing here bends a rule: every milestone goes through ``planner.milestones.confirm`` with
its work ticked, every reason through the use case that checks it, and the file's triggers
judge each row as they would a user's. Only the clock differs.

The demo is written by ``bulk`` (the same rows, without reading each deal back before every
step: about 320 deals a second here); this is the reference it is compared with, row for row
(tests/cli/test_demo_bulk.py), and it writes the demo's processes and customers for both.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time, timedelta

from planner.demo import next_steps, people, statements
from planner.demo.history import FIRST_SECOND, LAST_SECOND, Do, Plan, Step
from planner.domain.buying import missing_roles
from planner.domain.model import Account, BuyingRole, Deal, Deliverable, ItemKind, Outcome, Process, Task
from planner.services import Confirmation, DealWork, Part, Planner
from planner.store import bulk

_READ = frozenset({Part.MILESTONES, Part.WORK})  # what a step needs to know of its deal again


def moment(on: date, second: int) -> datetime:
    return datetime.combine(on, time(tzinfo=UTC)) + timedelta(seconds=second)


def write(planner: Planner, plan: Plan) -> None:
    """The whole plan in one transaction: a large file in one commit, sealed in steps as
    ``bulk`` seals it (``statements.SEAL_STEPS``)."""
    with planner.store.transaction():
        _Replay(planner, plan).run()


def set_up(planner: Planner, plan: Plan) -> tuple[dict[str, Process], list[Account], list[list[int]], dict[str, int]]:
    """What the history starts from, written through the services on the plan's first day:
    the processes (as stored, with their stages' ids), the accounts and, by customer, their
    contacts' ids; with the reason categories' ids by key."""
    processes: dict[str, Process] = {}
    accounts: list[Account] = []
    contacts: list[list[int]] = []
    with planner.store.dated(moment(plan.start, FIRST_SECOND)):
        for key, process in plan.processes.items():
            processes[key] = planner.processes.get(planner.processes.create(process))
        for customer in plan.customers:
            account_id = planner.accounts.create(customer.account)
            contacts.append([planner.contacts.add(dataclasses.replace(contact, account_id=account_id))
                             for contact in customer.contacts])
            accounts.append(dataclasses.replace(customer.account, id=account_id))
    categories = {c.key: c.id for c in planner.reasons.all() if c.key is not None}
    return processes, accounts, contacts, categories


class _Replay:
    def __init__(self, planner: Planner, plan: Plan) -> None:
        self.planner, self.plan = planner, plan
        self.processes: dict[str, Process] = {}
        self.accounts: list[Account] = []
        self.ids: dict[int, int] = {}  # planned deal -> its id in the file
        # each open deal with its process and account, read once and shared: a step reads
        # only the deal's own rows again (its milestones and work)
        self.held: dict[int, DealWork] = {}
        self.categories: dict[str, int] = {}  # reason category key -> its id in the file
        self.contacts: list[list[int]] = []  # each customer's contacts' ids, in the customer's order

    def run(self) -> None:
        planner = self.planner
        self.processes, self.accounts, self.contacts, self.categories = set_up(planner, self.plan)
        steps = {Do.OPEN: self.open, Do.FOLLOW: self.follow, Do.WORK: self.work, Do.CONFIRM: self.confirm,
                 Do.LOSE: self.lose, Do.ABANDON: self.abandon, Do.ARCHIVE: self.archive,
                 Do.CORRECT: self.correct}
        every = statements.SEAL_STEPS
        for n, step in enumerate(self.plan.steps(), 1):
            with planner.store.dated(moment(step.on, step.second)):
                steps[step.do](step)
            if n % every == 0:
                bulk.seal(planner.store.conn)
        # what comes next on the deals still open, written as of the evening before today
        with planner.store.dated(moment(self.plan.today - timedelta(days=1), LAST_SECOND + 1)):
            next_steps.write(planner, self.plan.deals, self.held, self.plan.today)

    # --- the deal as it stands ---
    def _hold(self, step: Step, deal_id: int) -> None:
        planned = self.plan.deals[step.deal]
        process, account = self.processes[planned.process], self.accounts[planned.customer]
        assert process.id is not None and account.id is not None
        self.ids[step.deal] = deal_id
        shell = Deal(account.id, process.id, planned.title, id=deal_id)
        self.held[step.deal] = DealWork(shell, account, process, [], [], [], {}, set())

    def _current(self, step: Step) -> DealWork:
        return self.planner.work.refreshed(self.held[step.deal], _READ)  # not kept: memory stays flat

    # --- the steps ---
    def open(self, step: Step) -> None:
        planned = self.plan.deals[step.deal]
        process, account = self.processes[planned.process], self.accounts[planned.customer]
        assert process.id is not None and account.id is not None
        self._hold(step, self.planner.deals.create(Deal(
            account.id, process.id, planned.title, value=planned.value, currency=planned.currency,
            expected_close=planned.expected_close, next_target=planned.next_target, risks=planned.risks)))
        # who decides, as the seller knows it when the deal starts (a follow-up takes its deal's)
        closes = any(s.do in (Do.CONFIRM, Do.LOSE, Do.ABANDON) for s in planned.steps)
        young = not closes and (self.plan.today - planned.created).days < people.YOUNG
        customer = self.plan.customers[planned.customer]
        for member in people.group(planned, customer.contacts, young):
            self.planner.buying_group.add(self.ids[step.deal], self.contacts[planned.customer][member.contact],
                                          role=member.role, attitude=member.attitude, influence=member.influence,
                                          wants=member.wants)

    def follow(self, step: Step) -> None:
        planned = self.plan.deals[step.deal]
        assert planned.follow_up_of is not None
        deal_id = self.planner.deals.follow_up(self.ids[planned.follow_up_of], planned.title)
        if planned.expected_close is not None:
            self.planner.deals.update(deal_id, expected_close=planned.expected_close)
        self._hold(step, deal_id)

    def work(self, step: Step) -> None:
        work = self._current(step)
        stage = work.process.stages[step.stage]
        assert stage.id is not None
        items: dict[tuple[ItemKind, int, str], Task | Deliverable] = {
            (ItemKind.TASK, t.position, t.text): t for t in work.stage_tasks(stage.id)}
        items |= {(ItemKind.DELIVERABLE, d.position, d.text): d for d in work.stage_deliverables(stage.id)}
        for tick in step.ticks:
            item = items.get((tick.kind, tick.position, tick.text))
            if item is not None and item.id is not None and not item.done:
                self.planner.work.set_done(tick.kind, item.id, True)

    def _milestone(self, step: Step, outcome: Outcome) -> None:
        work = self._current(step)
        stage = work.process.stages[step.stage]
        assert stage.id is not None and work.deal.id is not None
        if outcome == Outcome.REACHED:
            self._identify(work.deal.id, step, stage.required_roles)
        named = people.confirmed_by(stage.ref_key, self.planner.buying_group.of(work.deal.id))
        self.planner.milestones.confirm(
            work.deal.id, [Confirmation(stage.id, step.on, step.text, outcome, step.decision, people=named)],
            ticks={stage.id: list(step.ticks)}, today=self.plan.today, work=work,
            close_category=self.categories.get(step.category))
        edits = {f: v for f, v in (("next_target", step.next_target), ("expected_close", step.expected_close))
                 if v is not None}
        if edits:
            self.planner.deals.update(work.deal.id, **edits)
        if outcome == Outcome.AGAINST or step.stage + 1 == len(work.process.stages):
            del self.held[step.deal]  # closed: won or lost

    def _identify(self, deal_id: int, step: Step, required: list[BuyingRole]) -> None:
        """Before a milestone that requires roles, the seller has found who plays them: a contact
        of the account in that role, or someone new met along the way."""
        group = self.planner.buying_group.of(deal_id)
        planned = self.plan.deals[step.deal]
        account = self.accounts[planned.customer]
        assert account.id is not None
        for role in missing_roles(required, group):
            taken = {p.contact_id for p in group}
            known = next((c for c in self.planner.contacts.of(account.id)
                          if c.role == role and c.id not in taken), None)
            if known is not None and known.id is not None:
                self.planner.buying_group.add(deal_id, known.id)
            else:
                self.planner.buying_group.add_new(deal_id, people.newcomer(role, planned.words == 1, account.id))

    def confirm(self, step: Step) -> None:
        self._milestone(step, Outcome.REACHED)

    def lose(self, step: Step) -> None:
        self._milestone(step, Outcome.AGAINST)

    def abandon(self, step: Step) -> None:
        self.planner.deals.abandon(self.ids[step.deal], step.text, self.categories.get(step.category))
        del self.held[step.deal]

    def archive(self, step: Step) -> None:
        self.planner.deals.archive(self.ids[step.deal])

    def correct(self, step: Step) -> None:
        first = self.planner.milestones.of(self.ids[step.deal])[0]
        assert first.id is not None
        self.planner.milestones.correct(first.id, step.text, step.on)
