"""Use cases shared by the UI, the CLI and the tests: one transaction each."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from planner.domain import lifecycle, messages, rules
from planner.domain.errors import (
    QT_TRANSLATE_NOOP,
    InvalidInput,
    NotFound,
    PlannerError,
    RuleViolation,
)
from planner.domain.lifecycle import Confirmation
from planner.domain.model import (
    Account,
    Card,
    Contact,
    Deal,
    DealStatus,
    Deliverable,
    Event,
    Milestone,
    Process,
    Task,
)
from planner.store import rows
from planner.store.errors import UNREADABLE, Unreadable
from planner.store.repository import Store

if TYPE_CHECKING:  # imported where used: the app's start-up opens a file without them
    from planner.domain.plan import AccountPlan, DealPlan, ForecastRow


class ProcessSummary(NamedTuple):
    id: int
    name: str
    description: str
    archived: bool
    stages: int
    deals: int
    open_deals: int


@dataclass
class DealWork:
    """A deal with everything the workspace shows about it."""

    deal: Deal
    account: Account
    process: Process
    milestones: list[Milestone]
    tasks: list[Task]
    deliverables: list[Deliverable]
    notes: dict[int, str]
    frozen: set[int]

    def stage_tasks(self, stage_id: int) -> list[Task]:
        return [t for t in self.tasks if t.stage_id == stage_id]

    def stage_deliverables(self, stage_id: int) -> list[Deliverable]:
        return [d for d in self.deliverables if d.stage_id == stage_id]

    def milestone_for(self, stage_id: int) -> Milestone | None:
        return next((m for m in self.milestones if m.stage_id == stage_id), None)

    def editable(self, stage_id: int) -> bool:
        return self.deal.is_open and stage_id not in self.frozen


_NOT_FOUND = {
    "process": QT_TRANSLATE_NOOP("errors", "The process was not found."),
    "account": QT_TRANSLATE_NOOP("errors", "The account was not found."),
    "contact": QT_TRANSLATE_NOOP("errors", "The contact was not found."),
    "deal": QT_TRANSLATE_NOOP("errors", "The deal was not found."),
    "milestone": QT_TRANSLATE_NOOP("errors", "The milestone was not found."),
    "task": QT_TRANSLATE_NOOP("errors", "The task was not found."),
    "deliverable": QT_TRANSLATE_NOOP("errors", "The deliverable was not found."),
}


def _not_found(what: str) -> NotFound:
    return NotFound(_NOT_FOUND[what])


def _unreadable(table: str, row: int | None, column: str) -> Unreadable:
    return Unreadable(UNREADABLE, table=table, row=str(row), column=column)


class Planner:
    """An open planner file and everything a user can do with it."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @classmethod
    def open(cls, path: Path | str, create: bool = False, read_only: bool = False) -> Planner:
        """Open a planner file; ``read_only`` never writes to it (nor upgrades it: an older
        file is upgraded in memory), and every change is refused with ``FileReadOnly``."""
        return cls(Store.open(Path(path), create=create, read_only=read_only))

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    @property
    def path(self) -> Path:
        return self.store.path

    def close(self) -> None:
        self.store.close()

    # ------------------------------------------------------------ processes
    def processes(self, include_archived: bool = True) -> list[ProcessSummary]:
        return [
            ProcessSummary(r["id"], r["name"], r["description"], bool(r["archived"]), r["stages"], r["deals"],
                           r["open_deals"])
            for r in self.store.process_rows()
            if include_archived or not r["archived"]
        ]

    def used_stages(self, process_id: int) -> set[int]:
        """Ids of the stages that deals are in or have passed: they cannot be removed or
        moved (nor can a stage be added before them), only their words and work improved."""
        return self.store.used_stage_ids(process_id)

    def process(self, process_id: int) -> Process:
        p = self.store.process(process_id)
        if p is None:
            raise _not_found("process")
        return p

    def create_process(self, process: Process) -> int:
        process = self._clean_process(process)
        with self.store.transaction():
            return self.store.insert_process(process)

    def update_process(self, process: Process) -> None:
        assert process.id is not None
        process_id = process.id  # cleaning below keeps it
        process = self._clean_process(process)
        old = self.process(process_id)
        rules.check_process_edit(old, process, self.store.used_stage_ids(process_id))
        with self.store.transaction():
            self.store.update_process(process)

    def duplicate_process(self, process_id: int, name: str) -> int:
        p = self.process(process_id)
        copy = dataclasses.replace(
            p, id=None, name=name, archived=False,
            stages=[dataclasses.replace(s, id=None, process_id=None) for s in p.stages])
        return self.create_process(copy)

    def archive_process(self, process_id: int, archived: bool = True) -> None:
        self.process(process_id)  # NotFound for an unknown id
        with self.store.transaction():
            self.store.update("processes", process_id, {"archived": int(archived)})

    def _clean_process(self, process: Process) -> Process:
        process = dataclasses.replace(
            process, name=rules.check_name(process.name),
            description=rules.check_text(process.description),
            stages=[dataclasses.replace(s, name=rules.check_name(s.name),
                                        milestone=" ".join(s.milestone.split()))
                    for s in process.stages])
        rules.check_process(process)
        return process

    # ------------------------------------------------------------- accounts
    def accounts(self, include_archived: bool = False) -> list[Account]:
        return self.store.accounts(include_archived)

    def account(self, account_id: int) -> Account:
        a = self.store.account(account_id)
        if a is None:
            raise _not_found("account")
        return a

    def find_account(self, id_or_name: str) -> Account:
        """An account by id or by exact name (ignoring case), for the CLI."""
        if id_or_name.strip().isdigit():
            a = self.store.account(int(id_or_name))
            if a is not None:
                return a
        found = self.store.accounts_named(id_or_name.strip())
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "Several accounts are named “{name}”: give the id."),
                name=id_or_name)
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No account “{name}”."), name=id_or_name)

    def create_account(self, account: Account) -> int:
        row = rows.account_row(self._clean_account(account))
        with self.store.transaction():
            return self.store.insert("accounts", row)

    def update_account(self, account: Account) -> None:
        assert account.id is not None
        self.account(account.id)
        row = rows.account_row(self._clean_account(account))
        with self.store.transaction():
            self.store.update("accounts", account.id, row)

    def delete_account(self, account_id: int) -> tuple[Account, list[Contact]]:
        """Delete an account no deal uses, with its contacts; both are returned so that an
        undo can put them back (``restore_account``). The file refuses while a deal uses it."""
        account = self.account(account_id)
        contacts = self.contacts(account_id)
        with self.store.transaction():
            for c in contacts:
                self.store.delete("contacts", c.id)  # type: ignore[arg-type]  # a stored row has its id
            self.store.delete("accounts", account_id)
        return account, contacts

    def restore_account(self, account: Account, contacts: list[Contact]) -> int:
        """Put back a deleted account under its old id, with its contacts (undo)."""
        row = rows.account_row(self._clean_account(account)) | {"id": account.id}
        with self.store.transaction():
            account_id = self.store.insert("accounts", row)
            for c in contacts:
                self.store.insert("contacts", rows.contact_row(self._clean_contact(c)) | {"id": c.id})
        return account_id

    def _clean_account(self, a: Account) -> Account:
        return dataclasses.replace(
            a, name=rules.check_name(a.name), notes=rules.check_text(a.notes),
            industry=rules.check_text(a.industry), size=rules.check_text(a.size),
            kind=rules.check_text(a.kind), relationship=rules.check_text(a.relationship))

    def contacts(self, account_id: int) -> list[Contact]:
        return self.store.contacts(account_id)

    def add_contact(self, contact: Contact) -> int:
        self.account(contact.account_id)
        row = rows.contact_row(self._clean_contact(contact))
        with self.store.transaction():
            return self.store.insert("contacts", row)

    def update_contact(self, contact: Contact) -> None:
        assert contact.id is not None
        if self.store.contact(contact.id) is None:
            raise _not_found("contact")
        row = rows.contact_row(self._clean_contact(contact))
        with self.store.transaction():
            self.store.update("contacts", contact.id, row)

    def delete_contact(self, contact_id: int) -> Contact:
        c = self.store.contact(contact_id)
        if c is None:
            raise _not_found("contact")
        with self.store.transaction():
            self.store.delete("contacts", contact_id)
        return c

    def restore_contact(self, contact: Contact) -> int:
        """Put back a deleted contact under its old id (undo)."""
        row = rows.contact_row(self._clean_contact(contact)) | {"id": contact.id}
        with self.store.transaction():
            return self.store.insert("contacts", row)

    def _clean_contact(self, c: Contact) -> Contact:
        return dataclasses.replace(c, name=rules.check_name(c.name), notes=rules.check_text(c.notes))

    # ---------------------------------------------------------------- deals
    def deal(self, deal_id: int) -> Deal:
        d = self.store.deal(deal_id)
        if d is None:
            raise _not_found("deal")
        return d

    def deals(self, account_id: int | None = None) -> list[Deal]:
        return self.store.deals(account_id)

    def deal_count(self, account_id: int) -> int:
        """How many deals an account has (of any status): an account with one cannot be deleted."""
        return self.store.deal_count(account_id)

    def create_deal(self, deal: Deal) -> int:
        self.account(deal.account_id)
        process = self.process(deal.process_id)
        if process.archived:
            raise RuleViolation(QT_TRANSLATE_NOOP("errors", "An archived process takes no new deals."))
        row = {f: rows.deal_value(f, getattr(deal, f)) for f in rows.DEAL_FIELDS}
        row = self._clean_deal_fields(row)
        row |= {"process_id": process.id, "stage_id": process.stages[0].id,
                "follow_up_of": deal.follow_up_of}
        with self.store.transaction():
            deal_id = self.store.insert("deals", row)
            self.store.log(deal_id, "created", "title", "", row["title"])
        return deal_id

    def update_deal(self, deal_id: int, **changes: Any) -> None:
        """Edit the deal's own fields; each change is logged with before and after."""
        deal = self.deal(deal_id)
        rules.require_open(deal)
        unknown = set(changes) - set(rows.DEAL_FIELDS)
        if unknown:
            raise ValueError(f"not editable: {sorted(unknown)}")
        new = self._clean_deal_fields({f: rows.deal_value(f, v) for f, v in changes.items()})
        if "account_id" in new:
            self.account(new["account_id"])
        old = {f: rows.deal_value(f, getattr(deal, f)) for f in new}
        diff = {f: v for f, v in new.items() if v != old[f]}
        if not diff:
            return
        with self.store.transaction():
            self.store.update("deals", deal_id, diff)
            for f, v in diff.items():
                self.store.log(deal_id, "edited", f, old[f], v)

    def _clean_deal_fields(self, row: dict[str, Any]) -> dict[str, Any]:
        checks: dict[str, Callable[[Any], Any]] = {"title": rules.check_name, "value": rules.check_value,
                  "currency": rules.check_currency, "notes": rules.check_text,
                  "risks": rules.check_text}
        return {f: checks[f](v) if f in checks else v for f, v in row.items()}

    def delete_deal(self, deal_id: int) -> None:
        deal = self.deal(deal_id)
        with self.store.transaction():
            self.store.delete("deals", deal_id)
            self.store.log(deal_id, "deleted", "title", deal.title, "")

    def archive_deal(self, deal_id: int, archived: bool = True) -> None:
        self.deal(deal_id)
        with self.store.transaction():
            self.store.update("deals", deal_id, {"archived": int(archived)})
            self.store.log(deal_id, "archived" if archived else "unarchived")

    def follow_up(self, deal_id: int, title: str | None = None) -> int:
        """A new deal for what comes after a closed one, linked to it."""
        old = self.deal(deal_id)
        new = dataclasses.replace(old, id=None, title=title or old.title, follow_up_of=old.id,
                                  status=DealStatus.OPEN, close_reason="", expected_close=None,
                                  next_target=None, notes="", risks="")
        new_id = self.create_deal(new)
        with self.store.transaction():
            self.store.log(deal_id, "follow_up", "deal", "", new_id)
        return new_id

    def abandon(self, deal_id: int, reason: str) -> None:
        deal = self.deal(deal_id)
        rules.require_open(deal)
        reason = rules.check_reason(reason)
        with self.store.transaction():
            self.store.update("deals", deal_id, {"status": "abandoned", "close_reason": reason})
            self.store.log(deal_id, "abandoned", "status", "open", "abandoned")

    # ------------------------------------------------------------ workspace
    def work(self, deal_id: int) -> DealWork:
        deal = self.deal(deal_id)
        process = self._deal_process(deal)
        milestones = self.store.milestones(deal_id)
        stage_ids = {s.id for s in process.stages}
        for m in milestones:
            if m.stage_id not in stage_ids:  # of another process, or of none
                raise _unreadable("milestones", m.id, "stage_id")
        account = self.store.account(deal.account_id)
        if account is None:
            raise _unreadable("deals", deal.id, "account_id")
        return DealWork(
            deal=deal, account=account, process=process,
            milestones=milestones, tasks=self.store.tasks(deal_id),
            deliverables=self.store.deliverables(deal_id), notes=self.store.stage_notes(deal_id),
            frozen=lifecycle.frozen_stage_ids(process, milestones))

    def _deal_process(self, deal: Deal) -> Process:
        """The deal's process; a deal pointing at no process or at another's stage (a file
        edited around its rules) is named rather than shown wrong."""
        process = self.store.process(deal.process_id)
        if process is None:
            raise _unreadable("deals", deal.id, "process_id")
        if all(s.id != deal.stage_id for s in process.stages):
            raise _unreadable("deals", deal.id, "stage_id")
        return process

    def _work_row(self, table: str, item_id: int) -> dict[str, Any]:
        row = self.store.work_row(table, item_id)
        if row is None:
            raise _not_found(table[:-1])
        return row

    def set_done(self, table: str, item_id: int, done: bool) -> None:
        """Tick or untick a task or deliverable."""
        assert table in ("tasks", "deliverables")
        row = self._work_row(table, item_id)
        if bool(row["done"]) == done:
            return
        with self.store.transaction():
            self.store.update(table, item_id, {"done": int(done)})
            self.store.log(row["deal_id"], f"{table[:-1]}_done", row["text"], bool(row["done"]), done)

    def add_item(self, table: str, deal_id: int, stage_id: int, text: str, required: bool = False,
                 link: str = "") -> int:
        assert table in ("tasks", "deliverables")
        text = rules.check_name(text)
        deal = self.deal(deal_id)
        rules.require_open(deal)
        if stage_id != deal.stage_id:  # a later stage gets its work when the deal enters it
            raise RuleViolation(messages.WORK_CURRENT.says)
        row: dict[str, Any] = {"deal_id": deal_id, "stage_id": stage_id, "text": text,
                               "required": int(required), "position": 1_000_000}
        if table == "deliverables":
            row["link"] = rules.check_text(link)
        with self.store.transaction():
            item_id = self.store.insert(table, row)
            self.store.log(deal_id, f"{table[:-1]}_added", "", "", text)
        return item_id

    def edit_item(self, table: str, item_id: int, text: str | None = None, link: str | None = None) -> None:
        assert table in ("tasks", "deliverables")
        row = self._work_row(table, item_id)
        changes: dict[str, Any] = {}
        if text is not None:
            changes["text"] = rules.check_name(text)
        if link is not None and table == "deliverables":
            changes["link"] = rules.check_text(link)
        with self.store.transaction():
            self.store.update(table, item_id, changes)
            for f, v in changes.items():
                self.store.log(row["deal_id"], f"{table[:-1]}_edited", f, row[f], v)

    def remove_item(self, table: str, item_id: int) -> dict[str, Any]:
        assert table in ("tasks", "deliverables")
        row = self._work_row(table, item_id)
        if row["required"]:
            raise RuleViolation(messages.REQUIRED_STAYS.says)
        with self.store.transaction():
            self.store.delete(table, item_id)
            self.store.log(row["deal_id"], f"{table[:-1]}_removed", "", row["text"], "")
        return row

    def restore_item(self, table: str, row: dict[str, Any]) -> None:
        """Put back a removed task or deliverable (undo)."""
        assert table in ("tasks", "deliverables")
        with self.store.transaction():
            self.store.insert(table, row)
            self.store.log(row["deal_id"], f"{table[:-1]}_added", "", "", row["text"])

    def set_stage_note(self, deal_id: int, stage_id: int, text: str) -> None:
        rules.check_text(text)
        old = self.store.stage_notes(deal_id).get(stage_id, "")
        if old == text:
            return
        with self.store.transaction():
            self.store.set_stage_note(deal_id, stage_id, text)
            self.store.log(deal_id, "note", str(stage_id), old, text)

    # ----------------------------------------------------------- milestones
    def milestones(self, deal_id: int) -> list[Milestone]:
        return self.store.milestones(deal_id)

    def confirm(self, deal_id: int, confirmations: list[Confirmation], today: date | None = None) -> None:
        """Confirm one or more milestones in order, all or nothing."""
        today = today or date.today()
        if not confirmations:
            return
        with self.store.transaction():
            for c in confirmations:
                self._confirm_one(deal_id, c, today)

    def _confirm_one(self, deal_id: int, c: Confirmation, today: date) -> None:
        deal = self.deal(deal_id)
        process = self.process(deal.process_id)
        decision = lifecycle.decide(process, deal, self.store.milestones(deal_id), self.store.tasks(deal_id),
                                    self.store.deliverables(deal_id), c, today).enforce()
        stage = process.stage(c.stage_id)
        self.store.insert("milestones", {
            "deal_id": deal_id, "stage_id": c.stage_id, "confirmed_on": c.confirmed_on.isoformat(),
            "outcome": str(c.outcome), "evidence": c.evidence.strip(),
            "evidence_link": c.evidence_link.strip(), "decision": c.decision.strip()})
        self.store.log(deal_id, "milestone", stage.name, str(c.outcome), c.confirmed_on.isoformat())
        if decision.moves_to is not None:
            self.store.log(deal_id, "stage", "stage_id", stage.name, process.stage(decision.moves_to).name)
        if decision.status != deal.status:
            self.store.log(deal_id, "status", "status", str(deal.status), str(decision.status))
        after = self.deal(deal_id)  # the file's triggers moved the deal: they must agree with the domain
        assert (after.stage_id, after.status) == (decision.moves_to or deal.stage_id, decision.status), decision

    def add_correction(self, milestone_id: int, text: str, written_on: date | None = None) -> int:
        m = self.store.milestone(milestone_id)
        if m is None:
            raise _not_found("milestone")
        text = rules.check_reason(text)
        with self.store.transaction():
            cid = self.store.insert("corrections", {
                "milestone_id": milestone_id, "text": text,
                "written_on": (written_on or date.today()).isoformat()})
            self.store.log(m.deal_id, "correction", str(milestone_id), "", text)
        return cid

    def events(self, deal_id: int) -> list[Event]:
        return self.store.events(deal_id)

    # ---------------------------------------------------------------- board
    def cards(self, process_id: int, today: date | None = None) -> list[Card]:
        return self.store.cards(process_id, today or date.today())

    def forecast(self, deals: list[Deal]) -> list[ForecastRow]:
        """Open value and weighted value by expected close month and currency."""
        from planner.domain.plan import ForecastRow

        processes = {p: self.store.process(p) for p in {d.process_id for d in deals if d.is_open}}
        rates = {s.id: s.win_rate for p in processes.values() if p for s in p.stages}
        for d in deals:
            if d.is_open and d.stage_id not in rates:  # a file edited around its rules
                raise _unreadable("deals", d.id, "stage_id")
        sums: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
        for d in deals:
            if not d.is_open:
                continue
            key = (d.expected_close.strftime("%Y-%m") if d.expected_close else "", d.currency)
            sums[key][0] += d.value
            sums[key][1] += rules.weighted(d.value, rates[d.stage_id])
            sums[key][2] += 1
        return [ForecastRow(m, c, v[0], v[1], int(v[2]))
                for (m, c), v in sorted(sums.items(), key=lambda kv: (kv[0][0] == "", kv[0]))]

    def account_plan(self, account_id: int, printed_on: date | None = None,
                     planner_name: str = "") -> AccountPlan:
        from planner.domain.plan import AccountPlan

        account = self.account(account_id)
        deals = [d for d in self.deals(account_id) if not d.archived]
        plans = [self._deal_plan(d) for d in deals]
        return AccountPlan(
            account=account, contacts=self.contacts(account_id),
            open_deals=[p for p in plans if p.deal.is_open],
            closed_deals=[p for p in plans if not p.deal.is_open],
            forecast=self.forecast(deals), printed_on=printed_on or date.today(),
            planner_name=planner_name, fingerprint=self._printable_fingerprint())

    def _printable_fingerprint(self) -> str:
        try:
            return self.fingerprint()
        except PlannerError:  # a file whose chain cannot be read still prints, without one
            return ""

    def _deal_plan(self, deal: Deal) -> DealPlan:
        from planner.domain.plan import DealPlan

        work = self.work(deal.id)  # type: ignore[arg-type]  # a stored row has its id
        stage = work.process.stage(deal.stage_id)  # type: ignore[arg-type]  # a stored deal sits in a stage
        rate = stage.win_rate if deal.is_open else (100 if deal.status == DealStatus.WON else 0)
        return DealPlan(
            deal=deal, process=work.process,
            stage_map=lifecycle.stage_map(work.process, deal, work.milestones),
            milestones=work.milestones,
            open_tasks=[t for t in work.stage_tasks(stage.id) if not t.done] if deal.is_open else [],  # type: ignore[arg-type]  # a stored stage has its id
            missing_deliverables=[d for d in work.stage_deliverables(stage.id) if not d.done] if deal.is_open else [],  # type: ignore[arg-type]  # a stored stage has its id
            win_rate=rate, weighted_value=rules.weighted(deal.value, rate))

    # ----------------------------------------------------------- the file
    def backup(self, target: Path, force: bool = False) -> None:
        """A consistent copy of the file at ``target``: copied through SQLite's backup API into
        memory, then written all at once (``safe_write``), so no journal or partial file is ever
        left beside it; never onto this file, its working files or a file open elsewhere;
        over another planner file only with ``force``."""
        from planner import safe_write
        from planner.store import copies

        safe_write.write_output(Path(target), lambda stream: stream.write(copies.image(self.store.conn)),
                                source=self.path, force=force)

    # ------------------------------------------------------------- settings
    def settings(self) -> dict[str, str]:
        return self.store.settings()

    def set_setting(self, key: str, value: str) -> None:
        from planner.settings import BY_KEY

        setting = BY_KEY[key]
        if setting.kind == "int" and not (value.isdigit() and 0 < int(value) < 10_000):
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Enter a whole number from 1 to 9999."))
        if setting.kind == "choice" and value not in setting.choices:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Choose one of the offered values."))
        with self.store.transaction():
            self.store.set_setting(key, rules.check_text(value))

    # ----------------------------------------------------------- the file
    def check(self, full: bool = False) -> list[PlannerError]:
        """Integrity, the method's invariants, the schema and the hash chain; empty when all
        is well. ``full`` runs SQLite's full integrity check (indexes too) instead of the quick one."""
        from planner.store import chain, invariants, tamper

        found = invariants.problems(self.store, full=full)
        if found and found[0].source == invariants.DAMAGED:
            return found  # a damaged file: the rest would read garbage
        return found + tamper.differences(self.store.conn) + chain.verify(self.store.conn)

    @staticmethod
    def prepare_tampering() -> None:
        """Build what ``tampering()`` compares with in a thread now, so that the first
        opening does not wait for it (start-up overlaps it with loading Qt)."""
        from planner.store import tamper

        tamper.prepare()

    def tampering(self) -> list[PlannerError]:
        """How the file's tables, indexes and triggers differ from what this version writes
        (cheap enough to run on opening)."""
        from planner.store import tamper

        return list(tamper.differences(self.store.conn))

    def schema_version(self) -> int:
        """The version of the file's tables and rules (``PRAGMA user_version``)."""
        return self.store.schema_version()

    def fingerprint(self) -> str:
        """The hash at the head of the file's chain: equal fingerprints, equal history."""
        from planner.store import chain

        return str(chain.fingerprint(self.store.conn))

    # ------------------------------------------------- board and confirmation
    def card(self, deal_id: int, today: date | None = None) -> Card:
        """One deal's board card, so the board refreshes only the card an edit touched."""
        found = self.store.card(deal_id, today or date.today())
        if found is None:
            raise _not_found("deal")
        return found

    def confirm_with_work(self, deal_id: int, confirmations: list[Confirmation],
                          ticks: dict[int, list[tuple[str, int, str]]],
                          today: date | None = None) -> None:
        """Confirm milestones in order, all or nothing, with the work ticked in the dialog.

        ``ticks[stage_id]`` lists ``(table, position, text)`` of that stage's tasks and
        deliverables the user marked done while confirming. For a stage the deal has not
        entered yet they exist only once the previous milestone moves the deal in, so each
        stage's ticks are applied right before its own milestone, inside the one transaction.
        """
        today = today or date.today()
        if not confirmations:
            return
        with self.store.transaction():
            for c in confirmations:
                for table, position, text in ticks.get(c.stage_id, []):
                    items = self.store.tasks(deal_id) if table == "tasks" else self.store.deliverables(deal_id)
                    for item in items:
                        if (item.stage_id, item.position, item.text, item.done) == (
                                c.stage_id, position, text, False):
                            self.set_done(table, item.id, True)  # type: ignore[arg-type]  # a stored row has its id
                self._confirm_one(deal_id, c, today)

    # ------------------------------------------------------------ start-up
    @classmethod
    def begin_open(cls, path: Path | str, create: bool = False,
                   read_only: bool = False) -> Callable[[], Planner]:
        """``open`` in two steps, for the app's start-up; call the result for the Planner.

        What the file's header shows (missing, a folder, not a planner file, newer) is
        refused here; the integrity check of the whole file runs in the background until
        the result is called, which refuses a damaged file as ``open`` does. The file's
        data is not read before that verdict.
        """
        if read_only:  # checked and opened at once: a viewer has no start-up to overlap
            planner = cls.open(path, read_only=True)
            return lambda: planner
        finish = Store.begin_open(Path(path), create=create)
        return lambda: cls(finish())
