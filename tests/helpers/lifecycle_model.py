"""What a planner file should hold after a user's actions, worked out without the file.

The state machine in tests/test_lifecycle_machine.py keeps one ``ExpectedDeal`` per deal and
asks this module whether each action must succeed or must be refused, so a planner that
refuses what the method allows fails the test as surely as one that allows what it forbids.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import date

from planner.domain.model import DealStatus, ItemKind, Outcome, Process
from planner.services import Confirmation

# (table, stage id, text): how the model names a task or deliverable of a deal
ItemKey = tuple[str, int, str]
# (stage id, date, outcome) of a confirmed milestone
Confirmed = tuple[int, date, Outcome]


@dataclass
class ExpectedDeal:
    status: DealStatus
    stage: int  # index into the process's stages
    milestones: list[Confirmed] = field(default_factory=list)
    done: dict[ItemKey, bool] = field(default_factory=dict)
    required: set[ItemKey] = field(default_factory=set)

    @property
    def is_open(self) -> bool:
        return self.status == DealStatus.OPEN


class Model:
    """The process's stages with their work templates, and every deal's expected state."""

    def __init__(self, process: Process, first_day: date) -> None:
        self.first_day = first_day  # a deal with no milestone may date its first one from here
        self.deals: dict[int, ExpectedDeal] = {}
        self.stage_ids: list[int] = []
        self.templates: dict[int, list[tuple[str, str, bool]]] = {}
        self.update_process(process)

    def update_process(self, process: Process) -> None:
        self.stage_ids = [s.id for s in process.stages if s.id is not None]
        self.templates = {s.id: [(ItemKind.TASK, t.text, t.required) for t in s.tasks]
                          + [(ItemKind.DELIVERABLE, d.text, d.required) for d in s.deliverables]
                          for s in process.stages if s.id is not None}

    def enter(self, deal: ExpectedDeal, stage: int) -> None:
        """The deal moves into a stage: that stage's work is copied in, none of it done."""
        deal.stage = stage
        stage_id = self.stage_ids[stage]
        for table, text, required in self.templates[stage_id]:
            deal.done[(table, stage_id, text)] = False
            if required:
                deal.required.add((table, stage_id, text))

    def created(self, deal_id: int) -> None:
        deal = ExpectedDeal(DealStatus.OPEN, 0)
        self.enter(deal, 0)
        self.deals[deal_id] = deal

    def last_day(self, deal_id: int) -> date:
        return max((m[1] for m in self.deals[deal_id].milestones), default=self.first_day)

    def may_tick(self, deal_id: int, key: ItemKey, done: bool) -> bool:
        """Only work of an open deal's current stage changes; setting what is already so is a no-op."""
        deal = self.deals[deal_id]
        return deal.done[key] == done or (deal.is_open and key[1] == self.stage_ids[deal.stage])

    def confirmed(self, deal_id: int, confirmations: list[Confirmation], today: date,
                  ticks: dict[int, list[ItemKey]] | None = None) -> ExpectedDeal | None:
        """The deal after these confirmations, or None when the method refuses them.

        All or nothing: ``ticks[stage_id]`` is the work ticked in the dialog for that stage,
        done right before its milestone, as the dialog's service call does.
        """
        deal = copy.deepcopy(self.deals[deal_id])
        previous = self.last_day(deal_id) if deal.milestones else None
        for c in confirmations:
            if not deal.is_open or c.stage_id != self.stage_ids[deal.stage]:
                return None
            for key in (ticks or {}).get(c.stage_id, []):
                deal.done[key] = True
            if c.confirmed_on > today or (previous is not None and c.confirmed_on < previous):
                return None
            if not c.evidence.strip() or (c.outcome == Outcome.AGAINST and not c.decision.strip()):
                return None
            blocked = any(not deal.done[k] for k in deal.required if k[1] == c.stage_id)
            if c.outcome == Outcome.REACHED and blocked:
                return None
            deal.milestones.append((c.stage_id, c.confirmed_on, c.outcome))
            previous = c.confirmed_on
            if c.outcome == Outcome.AGAINST:
                deal.status = DealStatus.LOST
            elif deal.stage + 1 == len(self.stage_ids):
                deal.status = DealStatus.WON  # the deal stays in its last stage
            else:
                self.enter(deal, deal.stage + 1)
        return deal
