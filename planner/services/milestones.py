"""Milestones: confirming them (the one irreversible step) and correcting them afterwards."""

from __future__ import annotations

import dataclasses
from datetime import date

from planner.domain import lifecycle, messages, rules
from planner.domain.errors import QT_TRANSLATE_NOOP, RuleViolation
from planner.domain.lifecycle import Confirmation, Tick
from planner.domain.model import Deliverable, ItemKind, Milestone, Outcome, Task
from planner.services.changes import Changes, Part
from planner.services.noun import Noun, not_found
from planner.services.work import DealWork

__all__ = ["Confirmation", "Milestones", "Tick"]  # the dialog's words, defined by the domain


class Milestones(Noun):
    def of(self, deal_id: int) -> list[Milestone]:
        return self.store.milestones(deal_id)

    def confirm(self, deal_id: int, confirmations: list[Confirmation], *,
                ticks: dict[int, list[Tick]] | None = None, today: date | None = None,
                work: DealWork | None = None, close_category: int | None = None) -> Changes:
        """Confirm milestones in order, all or nothing, with the work ticked in the dialog
        (``ticks[stage_id]``, applied right before that stage's milestone).

        ``work`` is the deal as the caller already holds it (the dialog does); it is checked
        against the file's own state before anything is written, so a stale copy is refused
        rather than trusted. The file's triggers move the deal; what they must do is decided
        here first, and the two are compared before the transaction commits.

        ``close_category`` files a deal the last milestone closes as lost under that reason
        category, in the same transaction (refused when the last one does not go against us).
        """
        today = today or date.today()
        if not confirmations:
            return Changes()
        ticks = ticks or {}
        if close_category is not None and confirmations[-1].outcome != Outcome.AGAINST:
            raise RuleViolation(messages.CATEGORY_CLOSED.says)
        close_category = self.planner.reasons.known(close_category)
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
            milestones = list(work.milestones)
            people = self.store.deal_contacts(deal_id)  # as the file has it now: the triggers judge this
            roles = {p.contact_id: p.role for p in people}
            for n, c in enumerate(confirmations):
                for tick in ticks.get(c.stage_id, []):
                    if tick.kind == ItemKind.TASK:
                        tasks = self._tick(deal_id, tasks, c.stage_id, tick)
                    else:
                        deliverables = self._tick(deal_id, deliverables, c.stage_id, tick)
                c = c._replace(evidence=rules.check_text(c.evidence.strip()),
                               decision=rules.check_text(c.decision.strip()),
                               evidence_link=rules.check_text(c.evidence_link.strip()),
                               people=tuple(sorted(set(c.people))))
                decision = lifecycle.decide(process, deal, milestones, tasks, deliverables, c, today,
                                            people).enforce()
                stage = process.stage(c.stage_id)
                milestone_id = self.store.insert_milestone(deal_id, c.stage_id, c.confirmed_on, c.outcome,
                                                           c.evidence, c.evidence_link, c.decision)
                self.store.log(deal_id, "milestone", stage.name, str(c.outcome), c.confirmed_on.isoformat())
                if c.people:
                    # who confirmed it: with the milestone, and in the sealed log that check compares
                    self.store.insert_milestone_people(milestone_id, [(p, roles[p]) for p in c.people])
                    self.store.log(deal_id, "milestone_people", str(milestone_id), "", list(c.people))
                if decision.moves_to is not None:
                    self.store.log(deal_id, "stage", "stage_id", stage.name, process.stage(decision.moves_to).name)
                    if n + 1 < len(confirmations):  # the next stage's work exists now
                        tasks, deliverables = self.store.tasks(deal_id), self.store.deliverables(deal_id)
                if decision.status != deal.status:
                    self.store.log(deal_id, "status", "status", str(deal.status), str(decision.status))
                milestones.append(Milestone(deal_id, c.stage_id, c.confirmed_on, c.evidence, c.outcome, c.decision))
                deal = dataclasses.replace(deal, status=decision.status, stage_id=decision.moves_to or deal.stage_id,
                                           close_reason=decision.close_reason or deal.close_reason)
            stored = self.store.deal(deal_id)
            if stored is None or (stored.stage_id, stored.status) != (deal.stage_id, deal.status):
                # the file's rules and the app's disagree: write nothing rather than either
                raise RuleViolation(QT_TRANSLATE_NOOP(
                    "errors", "The file's rules and the app's disagree about this milestone; nothing was written."))
            if close_category is not None:
                self.planner.deals.set_close_category(deal_id, close_category)
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

