"""Milestones: confirming them (the one irreversible step) and correcting them afterwards."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import NamedTuple

from planner.domain import rules
from planner.domain.errors import QT_TRANSLATE_NOOP, InvalidInput, RuleViolation
from planner.domain.model import Deal, DealStatus, Deliverable, ItemKind, Milestone, Outcome, Process, Task
from planner.services.changes import Changes, Part
from planner.services.noun import Noun, not_found
from planner.services.work import DealWork


class Confirmation(NamedTuple):
    """What the user enters for one milestone in the confirmation dialog."""

    stage_id: int
    confirmed_on: date
    evidence: str
    outcome: Outcome = Outcome.REACHED
    decision: str = ""
    evidence_link: str = ""


class Tick(NamedTuple):
    """Work ticked in the confirmation dialog, named by what the user saw: for a stage the
    deal has not entered yet the item does not exist until the previous milestone moves the
    deal in, so it has no id to give."""

    kind: ItemKind
    position: int
    text: str


class Milestones(Noun):
    def of(self, deal_id: int) -> list[Milestone]:
        return self.store.milestones(deal_id)

    def confirm(self, deal_id: int, confirmations: list[Confirmation], *,
                ticks: dict[int, list[Tick]] | None = None, today: date | None = None,
                work: DealWork | None = None) -> Changes:
        """Confirm milestones in order, all or nothing, with the work ticked in the dialog
        (``ticks[stage_id]``, applied right before that stage's milestone).

        ``work`` is the deal as the caller already holds it (the dialog does); it is checked
        against the file's own state before anything is written, so a stale copy is refused
        rather than trusted. The file's triggers move the deal; what they must do is decided
        here first, and the two are compared before the transaction commits.
        """
        today = today or date.today()
        if not confirmations:
            return Changes()
        ticks = ticks or {}
        if work is None or work.deal.id != deal_id:
            work = self.planner.work.get(deal_id)
        deal = work.deal
        with self.write() as changes:
            current = self.store.deal(deal_id)
            if current is None:
                raise not_found("deal")
            if (current.stage_id, current.status) != (deal.stage_id, deal.status):
                work = self.planner.work.get(deal_id)  # changed since the caller read it
                deal = work.deal
            process = work.process
            tasks, deliverables = list(work.tasks), list(work.deliverables)
            previous = max((m.confirmed_on for m in work.milestones), default=None)
            for n, c in enumerate(confirmations):
                rules.require_open(deal)
                if c.stage_id != deal.stage_id:
                    raise RuleViolation(QT_TRANSLATE_NOOP(
                        "errors",
                        "Milestones are confirmed in order: only the current stage's milestone can be confirmed now."))
                for tick in ticks.get(c.stage_id, []):
                    if tick.kind == ItemKind.TASK:
                        tasks = self._tick(deal_id, tasks, c.stage_id, tick)
                    else:
                        deliverables = self._tick(deal_id, deliverables, c.stage_id, tick)
                stage_tasks = [t for t in tasks if t.stage_id == c.stage_id]
                stage_dels = [d for d in deliverables if d.stage_id == c.stage_id]
                rules.check_confirmation(c.outcome, c.confirmed_on, c.evidence, today, previous,
                                         rules.blocking_items(stage_tasks, stage_dels))
                decision = rules.check_text(c.decision.strip())
                if c.outcome == Outcome.AGAINST and not decision:
                    raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Give a reason."))
                after = _after(process, deal, c.outcome, decision, c.evidence.strip())
                stage = process.stage(c.stage_id)
                self.store.insert_milestone(deal_id, c.stage_id, c.confirmed_on, c.outcome, c.evidence.strip(),
                                            rules.check_text(c.evidence_link.strip()), decision)
                self.store.log(deal_id, "milestone", stage.name, str(c.outcome), c.confirmed_on.isoformat())
                if after.stage_id != deal.stage_id:
                    assert after.stage_id is not None and deal.stage_id is not None
                    self.store.log(deal_id, "stage", "stage_id", process.stage(deal.stage_id).name,
                                   process.stage(after.stage_id).name)
                    if n + 1 < len(confirmations):  # the next stage's work exists now
                        tasks, deliverables = self.store.tasks(deal_id), self.store.deliverables(deal_id)
                if after.status != deal.status:
                    self.store.log(deal_id, "status", "status", str(deal.status), str(after.status))
                deal, previous = after, c.confirmed_on
            stored = self.store.deal(deal_id)
            if stored is None or (stored.stage_id, stored.status) != (deal.stage_id, deal.status):
                # the file's rules and the app's disagree: write nothing rather than either
                raise RuleViolation(QT_TRANSLATE_NOOP(
                    "errors", "The file's rules and the app's disagree about this milestone; nothing was written."))
            changes.deal(deal_id, Part.MILESTONES, Part.FIELDS, Part.WORK)
        return changes.frozen()

    def _tick[T: (Task, Deliverable)](self, deal_id: int, items: list[T], stage_id: int, tick: Tick) -> list[T]:
        """Mark done the open item the user ticked (by stage, position and text)."""
        out = []
        for item in items:
            if (item.stage_id, item.position, item.text, item.done) == (stage_id, tick.position, tick.text, False):
                self.store.update_item(tick.kind, item.id, {"done": 1})  # type: ignore[arg-type]  # a stored row has its id
                self.store.log(deal_id, f"{tick.kind}_done", item.text, False, True)
                item = dataclasses.replace(item, done=True)
            out.append(item)
        return out

    def correct(self, milestone_id: int, text: str, written_on: date | None = None) -> int:
        """A correction added to a confirmed milestone, which itself never changes."""
        m = self.store.milestone(milestone_id)
        if m is None:
            raise not_found("milestone")
        text = rules.check_reason(text)
        with self.write() as changes:
            correction_id = self.store.insert_correction(milestone_id, text, written_on or date.today())
            self.store.log(m.deal_id, "correction", str(milestone_id), "", text)
            changes.deal(m.deal_id, Part.MILESTONES)
        return correction_id


def _after(process: Process, deal: Deal, outcome: Outcome, decision: str, evidence: str) -> Deal:
    """The deal once its current milestone is confirmed: the next stage, won or lost."""
    if outcome == Outcome.AGAINST:
        return dataclasses.replace(deal, status=DealStatus.LOST, close_reason=decision or evidence)
    index = [s.id for s in process.stages].index(deal.stage_id)
    if index + 1 < len(process.stages):
        return dataclasses.replace(deal, stage_id=process.stages[index + 1].id)
    return dataclasses.replace(deal, status=DealStatus.WON)
