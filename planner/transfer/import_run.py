"""Doing an import: everything the plan says, in one transaction, after a snapshot.

Every row goes through the use cases a user's edit takes (accounts, contacts, deals,
milestones), inside one ``Planner.write``: the file's rules judge each row as they judge a
person's, and the first refusal rolls back every row, naming the file and line that failed.

A deal that was further along in the other tool has not lived our milestones. It comes in
with them confirmed *as imported*: dated on the import day, the evidence saying where it
came from and that no evidence was given here (each stage's required work is ticked, as the
file demands before a milestone; the evidence says so too). A won deal has every milestone
so; a lost one the milestone of the stage it was lost in, against us, with its reason; an
abandoned one is abandoned with its reason. Nothing is dated before the import: the file
records when it learnt of a deal, and the other tool's dates are kept in the words.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.domain.errors import PlannerError
from planner.domain.model import Contact, Deal, DealStatus, ItemKind, Outcome, Process, Stage
from planner.services import Changes, Confirmation, Planner, Tick
from planner.transfer import messages as m
from planner.transfer.import_plan import DealImport, ImportPlan, source_label
from planner.transfer.messages import ImportRefused, say, text


@dataclass(frozen=True)
class Imported:
    """What an import wrote."""

    accounts: int
    contacts: int
    deals: int
    snapshot: str  # the snapshot taken before it ("" when none was asked for)
    changes: Changes


def refusal(plan: ImportPlan) -> ImportRefused | None:
    """Why the plan cannot be imported as it stands (the first reason), or None."""
    if plan.problems:
        return ImportRefused(text(plan.problems[0]))
    if plan.errors:
        return ImportRefused(text(say(m.HAS_ERRORS, n=len(plan.errors))))
    return None


def run(planner: Planner, plan: ImportPlan, snapshot: bool = True) -> Imported:
    """Write the plan into the file, all of it or nothing; refuses a plan with problems.

    ``snapshot``: take a "before import" snapshot first (the app and the command always do;
    a dry run's scratch copy does not). If it cannot be written, nothing is imported."""
    refused = refusal(plan)
    if refused is not None:
        raise refused
    taken = ""
    if snapshot:
        from planner import snapshots

        taken = str(snapshots.before_risky(planner, snapshots.Kind.BEFORE_IMPORT).path)
    writer = _Writer(planner, plan)
    with planner.write() as changes:
        writer.write()
    return Imported(len(writer.account_ids), writer.contacts, writer.deals, taken, changes.frozen())


class _Writer:
    def __init__(self, planner: Planner, plan: ImportPlan) -> None:
        self.planner, self.plan = planner, plan
        self.day = plan.choices.today
        self.source = text(source_label(plan.choices.source))
        self.account_ids: dict[str, int] = {}
        self.contacts = 0
        self.deals = 0

    def write(self) -> None:
        for key, new in self.plan.accounts.items():
            self.account_ids[key] = self.planner.accounts.create(new.account)
        for row in self.plan.rows:
            try:
                if row.person is not None:
                    self._person(row.person.account, row.person.contact)
                elif row.deal is not None:
                    self._deal(row.deal)
            except PlannerError as e:
                raise ImportRefused(text(say(m.ROW_FAILED, file=row.file, line=row.line, reason=text(e)))) from None

    def _id(self, account: int | str) -> int:
        return account if isinstance(account, int) else self.account_ids[account]

    def _person(self, account: int | str, contact: Contact) -> None:
        contact.account_id = self._id(account)
        self.planner.contacts.add(contact)
        self.contacts += 1

    def _deal(self, d: DealImport) -> None:
        process = self.plan.process
        assert process is not None and process.id is not None
        account_id = self._id(d.account)
        if d.contact_person:
            self._person(account_id, Contact(account_id, d.contact_person))
        deal_id = self.planner.deals.create(Deal(
            account_id, process.id, d.title, value=d.value, currency=d.currency, expected_close=d.expected_close,
            next_target=d.next_target, notes=self._notes(d), risks=d.risks))
        self.deals += 1
        confirmations, ticks = self._milestones(d, process)
        if confirmations:
            self.planner.milestones.confirm(deal_id, confirmations, ticks=ticks, today=self.day)
        if d.status is DealStatus.ABANDONED:
            self.planner.deals.abandon(deal_id, d.reason or text(say(m.REASON_MISSING, source=self.source)))

    def _notes(self, d: DealImport) -> str:
        provenance = (say(m.PROVENANCE_ID, source=self.source, day=self.day.isoformat(), id=d.external_id)
                      if d.external_id else say(m.PROVENANCE, source=self.source, day=self.day.isoformat()))
        lines = [text(provenance)]
        if d.created is not None:
            lines.append(text(say(m.CREATED_THERE, day=d.created.isoformat())))
        return "\n\n".join(x for x in (d.notes, " ".join(lines)) if x)

    def _milestones(self, d: DealImport, process: Process) -> tuple[list[Confirmation], dict[int, list[Tick]]]:
        """The milestones the deal passed there, confirmed as imported, each with the work
        its stage requires ticked (the file refuses a milestone without it)."""
        stages = process.stages
        last = d.stage_index if d.status is not DealStatus.WON else len(stages)
        day, source = self.day.isoformat(), self.source
        when = text(say(m.WHEN, day=d.closed_on.isoformat())) if d.closed_on else ""
        passed = text(say(m.EVIDENCE_PASSED, source=source, day=day))
        out: list[Confirmation] = []
        ticks: dict[int, list[Tick]] = {}
        for i, stage in enumerate(stages[:last]):
            assert stage.id is not None
            evidence = passed
            decision = ""
            if d.status is DealStatus.WON and i == len(stages) - 1:
                evidence = text(say(m.EVIDENCE_WON, source=source, day=day, when=when))
                decision = d.reason
            out.append(Confirmation(stage.id, self.day, evidence, decision=decision))
            ticks[stage.id] = _required(stage)
        if d.status is DealStatus.LOST:
            stage = stages[d.stage_index]
            assert stage.id is not None
            reason = d.reason or text(say(m.REASON_MISSING, source=source))
            out.append(Confirmation(stage.id, self.day, text(say(m.EVIDENCE_LOST, source=source, day=day, when=when)),
                                    Outcome.AGAINST, decision=reason))
        return out, ticks


def _required(stage: Stage) -> list[Tick]:
    """The stage's required tasks and deliverables, as the confirmation ticks them."""
    return ([Tick(ItemKind.TASK, i, t.text) for i, t in enumerate(stage.tasks) if t.required]
            + [Tick(ItemKind.DELIVERABLE, i, t.text) for i, t in enumerate(stage.deliverables) if t.required])


def trial(planner: Planner, plan: ImportPlan) -> ImportRefused | None:
    """Run the import on a copy of the file in memory and throw the copy away: what the
    file's own rules would refuse, found without writing a byte of the file. None: all well."""
    from planner.store import table_copy
    from planner.store.repository import Store

    if refusal(plan) is not None:
        return refusal(plan)
    scratch = Planner(Store(table_copy.scratch_copy(planner.store.conn), planner.path))
    try:
        run(scratch, plan, snapshot=False)
    except ImportRefused as e:
        return e
    finally:
        scratch.close()
    return None
