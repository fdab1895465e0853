"""What confirming a milestone does to a deal, and what stops it: decided once, here.

``decide`` answers for one milestone: where the deal goes (the next stage, won, or lost),
which stages freeze, and every reason it cannot be confirmed yet. The services raise its
refusal before writing anything, the confirmation dialog shows its blockers as hints, and the
planner file enforces the same rules as a backstop (``Block.in_file`` says which).
``walk`` decides several milestones crossed at once, as the dialog does: a later stage's
work exists only once the milestone before it moves the deal in.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import NamedTuple

from planner.domain import messages
from planner.domain.buying import missing_roles
from planner.domain.errors import InvalidInput, PlannerError, RuleViolation
from planner.domain.model import (
    Deal,
    DealContact,
    DealStatus,
    Deliverable,
    ItemKind,
    Milestone,
    Outcome,
    Process,
    Stage,
    StageMapEntry,
    StageState,
    Task,
)
from planner.domain.rules import MAX_TEXT, require_open


class Tick(NamedTuple):
    """Work ticked while confirming, named by what the user saw: for a stage the deal has not
    entered yet the item does not exist until the previous milestone moves the deal in, so it
    has no id to give."""

    kind: ItemKind
    position: int
    text: str


class Confirmation(NamedTuple):
    """What the user enters for one milestone."""

    stage_id: int
    confirmed_on: date
    evidence: str
    outcome: Outcome = Outcome.REACHED
    decision: str = ""  # what the customer decided: required when it went against us
    evidence_link: str = ""
    people: tuple[int, ...] = ()  # contacts of the buying group who confirmed or decided it


class Block(StrEnum):
    """Why a milestone cannot be confirmed, in the order a refusal names them."""

    CLOSED = "closed"
    NOT_CURRENT = "not_current"
    CONFIRMED = "confirmed"  # the stage's milestone is already there
    FUTURE = "future"
    BEFORE_PREVIOUS = "before_previous"
    NO_EVIDENCE = "no_evidence"
    TOO_LONG = "too_long"
    NO_DECISION = "no_decision"
    WORK_MISSING = "work_missing"
    ROLES_MISSING = "roles_missing"  # the stage requires roles the buying group does not hold
    NOT_IN_GROUP = "not_in_group"  # someone named as confirming it is not in the buying group
    # (the file checks only that they are of the deal's account: see messages.NOT_IN_GROUP)

    @property
    def rule(self) -> messages.Rule | None:
        """The rule of the planner file whose trigger refuses it too; None for what no trigger
        judges (the customer's decision and text lengths are the domain's alone)."""
        return _FILE_RULES.get(self)

    @property
    def in_file(self) -> bool:
        """Whether the planner file refuses it too: by a trigger, or (the evidence) by a CHECK."""
        return self.rule is not None or self is Block.NO_EVIDENCE


_FILE_RULES: dict[Block, messages.Rule] = {
    Block.CLOSED: messages.DEAL_CLOSED,
    Block.NOT_CURRENT: messages.MILESTONE_ORDER,
    Block.CONFIRMED: messages.MILESTONE_TWICE,
    Block.FUTURE: messages.MILESTONE_FUTURE,  # the file judges by the computer's own date
    Block.BEFORE_PREVIOUS: messages.MILESTONE_DATED,
    Block.WORK_MISSING: messages.MILESTONE_BLOCKED,
    Block.ROLES_MISSING: messages.ROLES_REQUIRED,
}


class Blocker(NamedTuple):
    """One reason a milestone cannot be confirmed, with the error a refusal raises."""

    block: Block
    error: PlannerError


@dataclass(frozen=True)
class Decision:
    """What confirming one milestone does, or why it cannot be confirmed.

    The result is given even when blocked (as if the milestone went through), so a dialog can
    show what the next milestones would need.
    """

    stage_id: int  # the stage whose milestone is confirmed
    outcome: Outcome
    status: DealStatus  # the deal's status afterwards
    moves_to: int | None  # the stage the deal enters; None when it is won or lost here
    freezes: tuple[int, ...]  # stages frozen by this milestone, in the process's order
    close_reason: str  # the deal's close reason when lost
    blockers: tuple[Blocker, ...]

    @property
    def allowed(self) -> bool:
        return not self.blockers

    def refusal(self) -> PlannerError | None:
        """The error to raise for the first blocker, or None when nothing blocks."""
        return self.blockers[0].error if self.blockers else None

    def enforce(self) -> Decision:
        """Raise the refusal, if any; the decision itself otherwise."""
        refusal = self.refusal()
        if refusal is not None:
            raise refusal
        return self

    def blocker(self, block: Block) -> Blocker | None:
        return next((b for b in self.blockers if b.block == block), None)


def frozen_stage_ids(process: Process, milestones: Iterable[Milestone]) -> set[int]:
    """Stages a confirmation has frozen: the confirmed ones and all before them."""
    confirmed = {m.stage_id for m in milestones}
    last = max((i for i, s in enumerate(process.stages) if s.id in confirmed), default=-1)
    return {s.id for s in process.stages[: last + 1] if s.id is not None}


def stage_map(process: Process, deal: Deal, milestones: Sequence[Milestone]) -> list[StageMapEntry]:
    by_stage: dict[int | None, Milestone] = {m.stage_id: m for m in milestones}
    frozen = frozen_stage_ids(process, milestones)
    entries = []
    for stage in process.stages:
        if stage.id in frozen:
            state = StageState.FROZEN
        elif stage.id == deal.stage_id and deal.is_open:
            state = StageState.CURRENT
        else:
            state = StageState.FUTURE
        entries.append(StageMapEntry(stage, state, by_stage.get(stage.id)))
    return entries


def next_stage(process: Process, stage_id: int) -> Stage | None:
    i = process.index_of(stage_id)
    return process.stages[i + 1] if i + 1 < len(process.stages) else None


def stages_to_cross(process: Process, deal: Deal, target_stage_id: int | None) -> list[Stage]:
    """The stages whose milestones must be confirmed, in order, to reach the target.

    ``None`` as target means past the last stage: winning the deal.
    """
    require_open(deal)
    assert deal.stage_id is not None
    start = process.index_of(deal.stage_id)
    if target_stage_id is None:
        return process.stages[start:]
    try:
        end = process.index_of(target_stage_id)
    except StopIteration:
        raise RuleViolation(messages.WRONG_PROCESS.says) from None
    if end < start:
        raise RuleViolation(messages.NEVER_BACK, stage=process.stages[end].name)
    return process.stages[start:end]


def blocking_items(tasks: Iterable[Task], deliverables: Iterable[Deliverable]) -> list[str]:
    """Required tasks not done and required deliverables not there."""
    return [t.text for t in tasks if t.required and not t.done] + [
        d.text for d in deliverables if d.required and not d.done
    ]


def _blockers(deal: Deal, milestones: Sequence[Milestone], missing: Sequence[str], c: Confirmation,
              today: date, stage: Stage | None = None, people: Sequence[DealContact] = ()) -> list[Blocker]:
    found: list[Blocker] = []
    if not deal.is_open:
        found.append(Blocker(Block.CLOSED, RuleViolation(messages.DEAL_CLOSED.says)))
    if c.stage_id != deal.stage_id:
        found.append(Blocker(Block.NOT_CURRENT, RuleViolation(messages.MILESTONE_ORDER.says)))
    if any(m.stage_id == c.stage_id for m in milestones):
        found.append(Blocker(Block.CONFIRMED, RuleViolation(messages.MILESTONE_TWICE.says)))
    if c.confirmed_on > today:
        found.append(Blocker(Block.FUTURE, InvalidInput(messages.MILESTONE_FUTURE.says)))
    previous = max((m.confirmed_on for m in milestones), default=None)
    if previous is not None and c.confirmed_on < previous:
        found.append(Blocker(Block.BEFORE_PREVIOUS, InvalidInput(messages.DATED_BEFORE, date=previous)))
    if not c.evidence.strip():
        found.append(Blocker(Block.NO_EVIDENCE, InvalidInput(messages.EVIDENCE_MISSING)))
    if any(len(text) > MAX_TEXT for text in (c.evidence, c.decision, c.evidence_link)):
        found.append(Blocker(Block.TOO_LONG, InvalidInput(messages.TEXT_TOO_LONG, n=MAX_TEXT)))
    if c.outcome == Outcome.AGAINST and not c.decision.strip():
        found.append(Blocker(Block.NO_DECISION, InvalidInput(messages.DECISION_MISSING)))
    if c.outcome == Outcome.REACHED and missing:
        found.append(Blocker(Block.WORK_MISSING, RuleViolation(messages.WORK_MISSING, items="; ".join(missing))))
    if c.outcome == Outcome.REACHED and stage is not None:
        # one refusal per role, each naming it: the user reads the roles in their language
        found += [Blocker(Block.ROLES_MISSING, RuleViolation(messages.ROLE_MISSING,
                                                             role=messages.ROLE_NAMES[str(role)]))
                  for role in missing_roles(stage.required_roles, people)]
    if set(c.people) - {p.contact_id for p in people}:
        found.append(Blocker(Block.NOT_IN_GROUP, RuleViolation(messages.NOT_IN_GROUP)))
    return found


def decide(process: Process, deal: Deal, milestones: Sequence[Milestone], tasks: Iterable[Task],
           deliverables: Iterable[Deliverable], confirmation: Confirmation, today: date,
           people: Sequence[DealContact] = ()) -> Decision:
    """What confirming ``confirmation`` does to ``deal``, given its milestones, work and
    buying group (``people``: the roles a stage requires must be held by someone in it).

    ``tasks`` and ``deliverables`` are the deal's (any stage: only the confirmed stage's count).
    """
    c = confirmation
    missing = blocking_items([t for t in tasks if t.stage_id == c.stage_id],
                             [d for d in deliverables if d.stage_id == c.stage_id])
    stage = next((s for s in process.stages if s.id == c.stage_id), None)
    blockers = tuple(_blockers(deal, milestones, missing, c, today, stage, people))
    status, moves_to, reason = deal.status, None, ""
    if c.outcome == Outcome.AGAINST:
        # the file keeps the evidence as reason when there is no decision (a file from before)
        status, reason = DealStatus.LOST, c.decision.strip() or c.evidence.strip()
    elif any(s.id == c.stage_id for s in process.stages):
        following = next_stage(process, c.stage_id)
        if following is None:
            status = DealStatus.WON  # the deal stays in its last stage
        else:
            moves_to = following.id
    before = frozen_stage_ids(process, milestones)
    after = frozen_stage_ids(process, [*milestones, Milestone(deal.id or 0, c.stage_id, c.confirmed_on, "")])
    freezes = tuple(s.id for s in process.stages if s.id is not None and s.id in after - before)
    return Decision(c.stage_id, c.outcome, status, moves_to, freezes, reason, blockers)


def walk(process: Process, deal: Deal, milestones: Sequence[Milestone], tasks: Sequence[Task],
         deliverables: Sequence[Deliverable], confirmations: Sequence[Confirmation],
         ticks: Mapping[int, Sequence[Tick]], today: date, people: Sequence[DealContact] = ()) -> list[Decision]:
    """One decision per milestone crossed in order, each taken after the ones before.

    ``ticks[stage_id]`` is the work marked done while confirming (as the confirmation
    dialog sends it). A stage the deal enters gets its work from the stage's templates, none
    of it done, as the file does; each step is decided as if the ones before went through,
    so every step's own blockers are known at once.
    """
    tasks, deliverables, milestones = list(tasks), list(deliverables), list(milestones)
    out = []
    for c in confirmations:
        marked = set(ticks.get(c.stage_id, ()))
        tasks = [dataclasses.replace(t, done=True) if Tick(ItemKind.TASK, t.position, t.text) in marked
                 and t.stage_id == c.stage_id else t for t in tasks]
        deliverables = [dataclasses.replace(d, done=True) if Tick(ItemKind.DELIVERABLE, d.position, d.text) in marked
                        and d.stage_id == c.stage_id else d for d in deliverables]
        decision = decide(process, deal, milestones, tasks, deliverables, c, today, people)
        out.append(decision)
        milestones.append(Milestone(deal.id or 0, c.stage_id, c.confirmed_on, c.evidence, c.outcome, c.decision))
        deal = dataclasses.replace(deal, status=decision.status, stage_id=decision.moves_to or deal.stage_id,
                                   close_reason=decision.close_reason or deal.close_reason)
        if decision.moves_to is not None:  # the templates are copied in, unless work is there already
            entered = process.stage(decision.moves_to)
            if all(t.stage_id != entered.id for t in tasks):
                tasks += [Task(deal.id or 0, decision.moves_to, t.text, required=t.required, position=i)
                          for i, t in enumerate(entered.tasks)]
            if all(d.stage_id != entered.id for d in deliverables):
                deliverables += [Deliverable(deal.id or 0, decision.moves_to, d.text, required=d.required,
                                             position=i) for i, d in enumerate(entered.deliverables)]
    return out
