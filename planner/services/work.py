"""A deal's work: the tasks and deliverables of its stages, and its stage notes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from planner.domain import lifecycle, messages, rules
from planner.domain.errors import RuleViolation
from planner.domain.model import (
    Account,
    Deal,
    DealContact,
    Deliverable,
    ItemKind,
    Milestone,
    Process,
    Task,
)
from planner.services.changes import Changes, Part
from planner.services.noun import Noun, not_found, unreadable


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
    people: list[DealContact] = field(default_factory=list)  # the buying group, as added

    def stage_tasks(self, stage_id: int) -> list[Task]:
        return [t for t in self.tasks if t.stage_id == stage_id]

    def stage_deliverables(self, stage_id: int) -> list[Deliverable]:
        return [d for d in self.deliverables if d.stage_id == stage_id]

    def milestone_for(self, stage_id: int) -> Milestone | None:
        return next((m for m in self.milestones if m.stage_id == stage_id), None)

    def editable(self, stage_id: int) -> bool:
        return self.deal.is_open and stage_id not in self.frozen


class Work(Noun):
    def get(self, deal_id: int) -> DealWork:
        """Everything about one deal, checked to hang together (a file edited around its
        rules is named, not shown wrong)."""
        deal = self.planner.deals.get(deal_id)
        process = self.deal_process(deal)
        milestones = self.store.milestones(deal_id)
        stage_ids = {s.id for s in process.stages}
        for m in milestones:
            if m.stage_id not in stage_ids:  # of another process, or of none
                raise unreadable("milestones", m.id, "stage_id")
        account = self.store.account(deal.account_id)
        if account is None:
            raise unreadable("deals", deal.id, "account_id")
        return DealWork(
            deal=deal, account=account, process=process,
            milestones=milestones, tasks=self.store.tasks(deal_id),
            deliverables=self.store.deliverables(deal_id), notes=self.store.stage_notes(deal_id),
            frozen=lifecycle.frozen_stage_ids(process, milestones), people=self.store.deal_contacts(deal_id))

    def refreshed(self, work: DealWork, parts: frozenset[Part]) -> DealWork:
        """``work`` with what ``parts`` name read again: a view that holds a deal re-reads
        only what a change touched (the process and the account stay as held, unless the
        deal moved to another one)."""
        assert work.deal.id is not None
        deal_id = work.deal.id
        deal = self.planner.deals.get(deal_id)
        if (deal.process_id, deal.account_id) != (work.process.id, work.account.id):
            return self.get(deal_id)
        milestones = work.milestones
        if Part.MILESTONES in parts:
            milestones = self.store.milestones(deal_id)
        moved = Part.MILESTONES in parts or deal.stage_id != work.deal.stage_id  # a new stage's work
        items = Part.WORK in parts or moved
        return DealWork(
            deal=deal, account=work.account, process=work.process, milestones=milestones,
            tasks=self.store.tasks(deal_id) if items else work.tasks,
            deliverables=self.store.deliverables(deal_id) if items else work.deliverables,
            notes=self.store.stage_notes(deal_id) if Part.NOTES in parts else work.notes,
            frozen=lifecycle.frozen_stage_ids(work.process, milestones) if moved else work.frozen,
            people=self.store.deal_contacts(deal_id) if Part.PEOPLE in parts else work.people)

    def deal_process(self, deal: Deal) -> Process:
        """The deal's process; a deal pointing at no process or at another's stage is named."""
        process = self.store.process(deal.process_id)
        if process is None:
            raise unreadable("deals", deal.id, "process_id")
        if all(s.id != deal.stage_id for s in process.stages):
            raise unreadable("deals", deal.id, "stage_id")
        return process

    def _row(self, kind: ItemKind, item_id: int) -> dict[str, Any]:
        row = self.store.work_row(kind, item_id)
        if row is None:
            raise not_found(str(kind))
        return row

    def set_done(self, kind: ItemKind, item_id: int, done: bool) -> Changes:
        """Tick or untick a task or deliverable."""
        row = self._row(kind, item_id)
        if bool(row["done"]) == done:
            return Changes()
        with self.write() as changes:
            self.store.update_item(kind, item_id, {"done": int(done)})
            self.store.log(row["deal_id"], f"{kind}_done", row["text"], bool(row["done"]), done)
            changes.deal(row["deal_id"], Part.WORK)
        return changes.frozen()

    def set_due(self, kind: ItemKind, item_id: int, due: date | None) -> Changes:
        """The day a task or deliverable should be done by (None: no date); the agenda lists
        it until it is ticked. A frozen stage's or a closed deal's work keeps its date."""
        row = self._row(kind, item_id)
        rules.require_open(self.planner.deals.get(row["deal_id"]))
        old = row["due"]
        new = due.isoformat() if due is not None else None
        if old == new:
            return Changes()
        with self.write() as changes:
            self.store.update_item(kind, item_id, {"due": new})
            self.store.log(row["deal_id"], f"{kind}_due", row["text"], old, new)
            changes.deal(row["deal_id"], Part.WORK)
        return changes.frozen()

    def add(self, kind: ItemKind, deal_id: int, stage_id: int, text: str, required: bool = False,
            link: str = "") -> int:
        text = rules.check_name(text)
        deal = self.planner.deals.get(deal_id)
        rules.require_open(deal)
        if stage_id != deal.stage_id:  # a later stage gets its work when the deal enters it
            raise RuleViolation(messages.WORK_CURRENT.says)
        row: dict[str, Any] = {"deal_id": deal_id, "stage_id": stage_id, "text": text,
                               "required": int(required), "position": 1_000_000}
        if kind == ItemKind.DELIVERABLE:
            row["link"] = rules.check_text(link)
        with self.write() as changes:
            item_id = self.store.insert_item(kind, row)
            self.store.log(deal_id, f"{kind}_added", "", "", text)
            changes.deal(deal_id, Part.WORK)
        return item_id

    def edit(self, kind: ItemKind, item_id: int, text: str | None = None, link: str | None = None) -> Changes:
        row = self._row(kind, item_id)
        edits: dict[str, Any] = {}
        if text is not None:
            edits["text"] = rules.check_name(text)
        if link is not None and kind == ItemKind.DELIVERABLE:
            edits["link"] = rules.check_text(link)
        with self.write() as changes:
            self.store.update_item(kind, item_id, edits)
            for f, v in edits.items():
                self.store.log(row["deal_id"], f"{kind}_edited", f, row[f], v)
            changes.deal(row["deal_id"], Part.WORK)
        return changes.frozen()

    def remove(self, kind: ItemKind, item_id: int) -> dict[str, Any]:
        """Remove optional work; the stored row is returned so that an undo can restore it."""
        row = self._row(kind, item_id)
        if row["required"]:
            raise RuleViolation(messages.REQUIRED_STAYS.says)
        with self.write() as changes:
            self.store.delete_item(kind, item_id)
            self.store.log(row["deal_id"], f"{kind}_removed", "", row["text"], "")
            changes.deal(row["deal_id"], Part.WORK)
        return row

    def restore(self, kind: ItemKind, row: dict[str, Any]) -> Changes:
        """Put back a removed task or deliverable (undo)."""
        with self.write() as changes:
            self.store.insert_item(kind, row)
            self.store.log(row["deal_id"], f"{kind}_added", "", "", row["text"])
            changes.deal(row["deal_id"], Part.WORK)
        return changes.frozen()

    def set_note(self, deal_id: int, stage_id: int, text: str) -> Changes:
        text = rules.check_text(text)
        old = self.store.stage_note(deal_id, stage_id)
        if old == text:
            return Changes()
        with self.write() as changes:
            self.store.set_stage_note(deal_id, stage_id, text)
            self.store.log(deal_id, "note", str(stage_id), old, text)
            changes.deal(deal_id, Part.NOTES)
        return changes.frozen()
