"""The method's concepts as plain dataclasses; read-only records as named tuples.

A record that is only read once built (a stage's task template, a board card, a
stage of a deal's map) is a ``NamedTuple``: Python 3.12 builds one in a seventh of
the time a frozen dataclass takes, at import and for each of 10,000 cards alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import NamedTuple


class DealStatus(StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"
    ABANDONED = "abandoned"


class Outcome(StrEnum):
    REACHED = "reached"
    AGAINST = "against"  # the milestone went against us: the deal is lost


class BuyingRole(StrEnum):
    ECONOMIC_BUYER = "economic_buyer"
    TECHNICAL_EVALUATOR = "technical_evaluator"
    USER = "user"
    COACH = "coach"
    PROCUREMENT = "procurement"
    OTHER = "other"


class Attitude(StrEnum):
    SUPPORTER = "supporter"
    NEUTRAL = "neutral"
    OPPONENT = "opponent"
    UNKNOWN = "unknown"


class Influence(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class Answer(StrEnum):
    """How the tailoring wizard answered a reference stage's question."""

    KEEP = "keep"
    DROP = "drop"
    NO_INFLUENCE = "no_influence"  # we can neither take part in nor influence it
    CUSTOM = "custom"  # a stage the team added that the reference lacks


class StageState(StrEnum):
    FROZEN = "frozen"
    CURRENT = "current"
    FUTURE = "future"


class ItemKind(StrEnum):
    """A stage's work is of two kinds: tasks to do and deliverables to hand over."""

    TASK = "task"
    DELIVERABLE = "deliverable"


class ItemTemplate(NamedTuple):
    """A task or deliverable a stage asks for; required ones gate its milestone."""

    text: str
    required: bool = False


@dataclass
class Stage:
    """A kept stage of a tailored process: its milestone, win rate, and the work it asks for."""

    name: str
    milestone: str
    win_rate: int
    position: int = 0
    description: str = ""
    tools: str = ""
    tasks: list[ItemTemplate] = field(default_factory=list)
    deliverables: list[ItemTemplate] = field(default_factory=list)
    ref_key: str | None = None
    answer: Answer | None = None
    id: int | None = None
    process_id: int | None = None
    # buying roles the deal's buying group must hold before this stage's milestone is reached
    required_roles: list[BuyingRole] = field(default_factory=list)


@dataclass
class Process:
    """A team's tailored process: its stages in order, and what the wizard dropped."""

    name: str
    stages: list[Stage]
    description: str = ""
    archived: bool = False
    # reference keys the wizard dropped, with the answer that dropped them
    dropped: dict[str, Answer] = field(default_factory=dict)
    id: int | None = None

    def stage(self, stage_id: int) -> Stage:
        for stage in self.stages:
            if stage.id == stage_id:
                return stage
        raise KeyError(stage_id)

    def index_of(self, stage_id: int) -> int:
        return next(i for i, s in enumerate(self.stages) if s.id == stage_id)


@dataclass
class Account:
    """A customer organisation that deals are sold to."""

    name: str
    industry: str = ""
    size: str = ""
    kind: str = ""
    relationship: str = ""
    notes: str = ""
    archived: bool = False
    id: int | None = None


@dataclass
class Contact:
    """A person at an account, with their part in the buying decision."""

    account_id: int
    name: str
    title: str = ""
    role: BuyingRole = BuyingRole.OTHER
    attitude: Attitude = Attitude.UNKNOWN
    influence: Influence = Influence.MEDIUM
    email: str = ""
    phone: str = ""
    notes: str = ""
    id: int | None = None


@dataclass
class DealContact:
    """A person of the deal's account in the deal's buying group, with the part they play in
    this deal (a contact may play different parts in different deals) and what they want."""

    deal_id: int
    contact_id: int
    role: BuyingRole = BuyingRole.OTHER
    attitude: Attitude = Attitude.UNKNOWN
    influence: Influence = Influence.MEDIUM
    wants: str = ""  # what this person wants from the deal, in the seller's words
    name: str = ""  # the contact's, as read with the row (not stored with it)
    title: str = ""
    id: int | None = None


class Gap(StrEnum):
    """What a deal's buying group leaves open: the influence map's warnings."""

    NOBODY = "nobody"  # nobody identified at all
    NO_ECONOMIC_BUYER = "no_economic_buyer"
    NO_COACH = "no_coach"
    STRONG_OPPONENT = "strong_opponent"  # an opponent with high influence


@dataclass
class Deal:
    """One sale moving through a process, stage by stage."""

    account_id: int
    process_id: int
    title: str
    stage_id: int | None = None
    value: float = 0.0
    currency: str = "TWD"
    expected_close: date | None = None
    next_target: date | None = None  # target date of the current stage's milestone
    status: DealStatus = DealStatus.OPEN
    close_reason: str = ""
    follow_up_of: int | None = None
    notes: str = ""
    risks: str = ""
    archived: bool = False
    created_at: str = ""
    id: int | None = None
    close_category: int | None = None  # a reason category (planner.domain.reasons), lost or abandoned only
    next_step: str = ""  # what the seller does next on this deal ("" for nothing planned)
    next_step_due: date | None = None  # by when; only with a next step

    @property
    def is_open(self) -> bool:
        return self.status == DealStatus.OPEN


@dataclass
class Task:
    """A deal's task in one stage; required ones gate the stage's milestone."""

    deal_id: int
    stage_id: int
    text: str
    done: bool = False
    required: bool = False
    position: int = 0
    id: int | None = None
    due: date | None = None  # when it should be done, if the seller set a date


@dataclass
class Deliverable:
    """What a stage must produce for a deal; required ones gate the milestone."""

    deal_id: int
    stage_id: int
    text: str
    done: bool = False  # the deliverable exists
    required: bool = False
    link: str = ""
    position: int = 0
    id: int | None = None
    due: date | None = None  # when it should be in place, if the seller set a date


@dataclass
class Correction:
    """A note added to a confirmed milestone later: the milestone itself never changes."""

    milestone_id: int
    written_on: date
    text: str
    id: int | None = None


class MilestonePerson(NamedTuple):
    """Someone of the buying group who confirmed or decided a milestone, with the role they
    played in the deal then."""

    contact_id: int
    name: str
    role: BuyingRole


@dataclass
class Milestone:
    """A confirmed milestone of a deal: the stage it closed, when, and the evidence."""

    deal_id: int
    stage_id: int
    confirmed_on: date
    evidence: str
    outcome: Outcome = Outcome.REACHED
    decision: str = ""  # what the customer decided
    evidence_link: str = ""
    recorded_at: str = ""
    corrections: list[Correction] = field(default_factory=list)
    id: int | None = None
    people: list[MilestonePerson] = field(default_factory=list)  # who confirmed or decided it


@dataclass
class Event:
    """One line of a deal's event log."""

    deal_id: int
    kind: str
    at: str
    field: str = ""
    before: str = ""
    after: str = ""
    id: int | None = None


class StageMapEntry(NamedTuple):
    """One stage of a deal's process as the board and the account plan draw it."""

    stage: Stage
    state: StageState
    milestone: Milestone | None = None


class Card(NamedTuple):
    """What a board card shows about one deal; built by one query."""

    deal_id: int
    title: str
    account: str
    stage_id: int
    status: DealStatus
    value: float
    currency: str
    expected_close: date | None
    last_milestone_on: date | None
    created_on: date  # the local day the deal was created
    tasks_done: int
    tasks_total: int
    search_text: str  # title, account, contacts and notes, lower-cased
    account_id: int
    archived: bool = False
    gaps: tuple[Gap, ...] = ()  # what its buying group leaves open (planner.domain.buying)
    next_target: date | None = None  # the target date of the current stage's milestone

    @property
    def idle_since(self) -> date:
        """Where idle time counts from: the last milestone, or the deal's start. Never the
        last edit: a deal whose notes are touched every week but that reaches no milestone
        is exactly the one to look at."""
        return self.last_milestone_on or self.created_on

    def days_idle(self, today: date) -> int:
        return (today - self.idle_since).days

    def idle(self, today: date, idle_days: int) -> bool:
        """An open deal is idle after more than ``idle_days`` days without a milestone."""
        return self.status == DealStatus.OPEN and self.days_idle(today) > idle_days
