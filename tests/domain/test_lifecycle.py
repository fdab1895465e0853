"""What a confirmation does and what blocks it: the domain's decision, and the file agreeing.

The first tests pin ``decide`` and ``walk`` down on small cases. The property at the end
builds random processes and deals in a real planner file, decides a random confirmation,
then makes the same confirmation twice: straight into the file (only its triggers judge it)
and through the services. The file must refuse exactly when a blocker it knows of is there,
the services exactly when any blocker is, with its message, and both must move the deal
where the decision says.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from builders import finish_required
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from planner.domain import lifecycle, messages
from planner.domain.errors import InvalidInput, RuleViolation
from planner.domain.lifecycle import Block, Confirmation, Tick, decide, walk
from planner.domain.model import (
    Account,
    Deal,
    DealStatus,
    Deliverable,
    ItemKind,
    ItemTemplate,
    Milestone,
    Outcome,
    Process,
    Stage,
    StageState,
    Task,
)
from planner.services import Planner

TODAY = date(2026, 11, 27)


def process(n: int = 4) -> Process:
    return Process("P", [Stage(f"S{i}", f"M{i}", 10 * i, position=i, id=i + 1) for i in range(n)], id=1)


def deal(stage_id: int = 1, status: DealStatus = DealStatus.OPEN) -> Deal:
    return Deal(1, 1, "D", stage_id=stage_id, status=status, id=1)


def blocks(decision: lifecycle.Decision) -> list[Block]:
    return [b.block for b in decision.blockers]


# ----------------------------------------------------------------- stages
def test_confirming_freezes_the_stage_and_all_before() -> None:
    ms = [Milestone(1, 2, date(2026, 1, 1), "e")]
    assert lifecycle.frozen_stage_ids(process(), ms) == {1, 2}


def test_stage_map_marks_frozen_current_and_future() -> None:
    ms = [Milestone(1, 1, date(2026, 1, 1), "e")]
    states = [e.state for e in lifecycle.stage_map(process(), deal(2), ms)]
    assert states == [StageState.FROZEN, StageState.CURRENT, StageState.FUTURE, StageState.FUTURE]


def test_jumping_ahead_crosses_every_milestone_in_order() -> None:
    p = process()
    assert [s.id for s in lifecycle.stages_to_cross(p, deal(1), 4)] == [1, 2, 3]
    assert [s.id for s in lifecycle.stages_to_cross(p, deal(2), None)] == [2, 3, 4]


def test_moving_back_or_a_closed_deal_is_refused() -> None:
    with pytest.raises(RuleViolation):
        lifecycle.stages_to_cross(process(), deal(3), 1)
    with pytest.raises(RuleViolation):
        lifecycle.stages_to_cross(process(), deal(1, DealStatus.WON), 2)


# ------------------------------------------------------------------ decide
def test_reaching_a_milestone_moves_the_deal_on_and_freezes_its_stage() -> None:
    d = decide(process(), deal(2), [Milestone(1, 1, TODAY, "e")], [], [], Confirmation(2, TODAY, "minutes"), TODAY)
    assert d.allowed and d.refusal() is None
    assert (d.status, d.moves_to, d.freezes) == (DealStatus.OPEN, 3, (2,))
    last = decide(process(), deal(4), [], [], [], Confirmation(4, TODAY, "signed"), TODAY)
    assert (last.status, last.moves_to) == (DealStatus.WON, None)
    assert last.freezes == (1, 2, 3, 4)


def test_a_milestone_against_us_loses_the_deal_with_the_customers_decision() -> None:
    c = Confirmation(1, TODAY, "letter", Outcome.AGAINST, decision="  Chose the incumbent ")
    d = decide(process(), deal(1), [], [], [], c, TODAY)
    assert (d.status, d.moves_to, d.close_reason, d.freezes) == (DealStatus.LOST, None, "Chose the incumbent", (1,))


def test_a_milestone_against_us_needs_the_customers_decision() -> None:
    for blank in ("", "  \u3000\n"):
        d = decide(process(), deal(1), [], [], [], Confirmation(1, TODAY, "letter", Outcome.AGAINST, blank), TODAY)
        assert blocks(d) == [Block.NO_DECISION]
        assert isinstance(d.refusal(), InvalidInput) and d.refusal().source == messages.DECISION_MISSING  # type: ignore[union-attr]
        with pytest.raises(InvalidInput, match="customer's decision"):
            d.enforce()
    # a reached milestone needs none
    assert decide(process(), deal(1), [], [], [], Confirmation(1, TODAY, "minutes"), TODAY).allowed


def test_dates_evidence_and_length_are_checked() -> None:
    previous = [Milestone(1, 1, date(2026, 2, 1), "e")]
    future = decide(process(), deal(2), previous, [], [], Confirmation(2, TODAY + timedelta(days=1), "e"), TODAY)
    assert blocks(future) == [Block.FUTURE]
    early = decide(process(), deal(2), previous, [], [], Confirmation(2, date(2026, 1, 1), "e"), TODAY)
    assert blocks(early) == [Block.BEFORE_PREVIOUS]
    assert early.refusal().english() == "The date cannot be earlier than the previous milestone (2026-02-01)."  # type: ignore[union-attr]
    same_day = decide(process(), deal(2), previous, [], [], Confirmation(2, date(2026, 2, 1), "e"), TODAY)
    assert same_day.allowed
    assert blocks(decide(process(), deal(1), [], [], [], Confirmation(1, TODAY, " \n"), TODAY)) == [Block.NO_EVIDENCE]
    long = Confirmation(1, TODAY, "e", evidence_link="x" * 100_001)
    assert blocks(decide(process(), deal(1), [], [], [], long, TODAY)) == [Block.TOO_LONG]


def test_required_work_blocks_only_a_reached_milestone_and_lists_the_items() -> None:
    tasks = [Task(1, 1, "call", required=True), Task(1, 1, "optional"), Task(1, 2, "later", required=True)]
    dels = [Deliverable(1, 1, "proposal", required=True), Deliverable(1, 1, "brief", required=True, done=True)]
    assert lifecycle.blocking_items(tasks[:2], dels) == ["call", "proposal"]
    reached = decide(process(), deal(1), [], tasks, dels, Confirmation(1, TODAY, "e"), TODAY)
    assert blocks(reached) == [Block.WORK_MISSING]
    assert isinstance(reached.refusal(), RuleViolation)
    assert reached.refusal().english() == "Required work is missing: call; proposal."  # type: ignore[union-attr]
    against = Confirmation(1, TODAY, "e", Outcome.AGAINST, "Chose another")
    assert decide(process(), deal(1), [], tasks, dels, against, TODAY).allowed


def test_every_blocker_is_named_in_order_and_the_first_is_the_refusal() -> None:
    c = Confirmation(3, TODAY + timedelta(days=1), "", Outcome.AGAINST)
    d = decide(process(), deal(4, DealStatus.WON), [Milestone(1, 3, TODAY, "e")], [], [], c, TODAY)
    assert blocks(d) == [Block.CLOSED, Block.NOT_CURRENT, Block.CONFIRMED, Block.FUTURE, Block.NO_EVIDENCE,
                         Block.NO_DECISION]
    assert d.refusal().source == messages.DEAL_CLOSED.says  # type: ignore[union-attr]
    assert [b.block.rule for b in d.blockers if b.block.rule] == [
        messages.DEAL_CLOSED, messages.MILESTONE_ORDER, messages.MILESTONE_TWICE, messages.MILESTONE_FUTURE]


# -------------------------------------------------------------------- walk
def gated() -> Process:
    p = process(3)
    p.stages[1].tasks = [ItemTemplate("Call the buyer"), ItemTemplate("Budget memo", required=True)]
    p.stages[1].deliverables = [ItemTemplate("Proposal", required=True)]
    return p


def test_walking_on_brings_each_stage_its_work_from_the_templates() -> None:
    steps = [Confirmation(1, TODAY, "e"), Confirmation(2, TODAY, "e"), Confirmation(3, TODAY, "e")]
    decided = walk(gated(), deal(1), [], [], [], steps, {}, TODAY)
    assert [blocks(d) for d in decided] == [[], [Block.WORK_MISSING], []]
    assert decided[1].refusal().english() == "Required work is missing: Budget memo; Proposal."  # type: ignore[union-attr]
    assert [(d.status, d.moves_to) for d in decided] == [
        (DealStatus.OPEN, 2), (DealStatus.OPEN, 3), (DealStatus.WON, None)]
    ticks = {2: [(ItemKind.TASK, 1, "Budget memo"), (ItemKind.DELIVERABLE, 0, "Proposal")]}
    assert all(d.allowed for d in walk(gated(), deal(1), [], [], [], steps, ticks, TODAY))
    # ticks name an item by its table, its position and its text, as the dialog sends them
    wrong = {2: [(ItemKind.TASK, 0, "Budget memo"), (ItemKind.TASK, 0, "Proposal")]}
    assert blocks(walk(gated(), deal(1), [], [], [], steps, wrong, TODAY)[1]) == [Block.WORK_MISSING]


def test_walking_takes_the_deals_own_work_and_dates_in_order() -> None:
    own = [Task(1, 1, "Qualify call", required=True, position=4)]
    steps = [Confirmation(1, TODAY, "e"), Confirmation(2, TODAY - timedelta(days=1), "e")]
    decided = walk(gated(), deal(1), [], own, [], steps, {1: [(ItemKind.TASK, 4, "Qualify call")]}, TODAY)
    assert blocks(decided[0]) == []
    assert blocks(decided[1]) == [Block.BEFORE_PREVIOUS, Block.WORK_MISSING]


def test_nothing_is_confirmed_after_a_milestone_against_us() -> None:
    steps = [Confirmation(1, TODAY, "e", Outcome.AGAINST, "No budget"), Confirmation(2, TODAY, "e")]
    lost, after = walk(gated(), deal(1), [], [], [], steps, {}, TODAY)
    assert lost.allowed and lost.status == DealStatus.LOST
    assert blocks(after)[:2] == [Block.CLOSED, Block.NOT_CURRENT]


# -------------------------------------------- the decision against the file
@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Planner]:
    """One file for every example: each builds its own process and deal in it."""
    planner = Planner.open(Path(tmp_path_factory.mktemp("lifecycle")) / "p.planner", create=True)
    planner.accounts.create(Account("Acme"))
    yield planner
    assert [str(p) for p in planner.file.check()] == []
    planner.close()


items = st.lists(st.booleans(), max_size=2)  # one per template item: required or not
stage_templates = st.lists(st.tuples(items, items), min_size=1, max_size=4)


@st.composite
def scenarios(draw: st.DrawFn, walking: bool = False) -> dict:
    """A process, a deal in it and a confirmation; ``walking``: mostly an open deal with
    stages ahead, for walks over several milestones."""
    templates = draw(st.lists(st.tuples(items, items), min_size=3, max_size=5) if walking else stage_templates)
    n = len(templates)
    ending = draw(st.sampled_from(["open"] * (30 if walking else 6) + ["abandoned", "lost", "won"]))
    return {
        "templates": templates,
        "passed": n if ending == "won" else draw(st.integers(0, n - (3 if walking else 1))),  # reached before
        "ending": ending,
        "done": draw(st.integers(0, 15)),  # a bit per work item of the current stage
        "stage": draw(st.one_of(st.just(None), st.integers(0, n - 1))),  # None: the current stage
        "days": draw(st.integers(-30, 1)),  # from today; earlier milestones are 20, 15, 10, 5 days ago
        "outcome": draw(st.sampled_from(Outcome)),
        "evidence": draw(st.sampled_from(["Signed minutes", "R&D 'memo'", " "])),
        "decision": draw(st.sampled_from(["Chose another supplier", "Chose another supplier", "", "\u3000"])),
    }


def build(planner: Planner, s: dict, today: date) -> int:
    stages = [Stage(f"S{i}", f"M{i}", 10 + i, tasks=[ItemTemplate(f"T{k}", r) for k, r in enumerate(tasks)],
                    deliverables=[ItemTemplate(f"D{k}", r) for k, r in enumerate(dels)])
              for i, (tasks, dels) in enumerate(s["templates"])]
    pid = planner.processes.create(Process("Gated", stages))
    deal_id = planner.deals.create(Deal(planner.accounts.all()[0].id, pid, "Deal"))  # type: ignore[arg-type]
    for i in range(s["passed"]):
        finish_required(planner, deal_id)
        stage_id = planner.deals.get(deal_id).stage_id
        planner.milestones.confirm(deal_id, [Confirmation(stage_id, today - timedelta(days=20 - 5 * i), "ok")],  # type: ignore[arg-type]
                        today=today)
    work = planner.work.get(deal_id)
    if work.deal.is_open:
        current = [(ItemKind.TASK, t) for t in work.stage_tasks(work.deal.stage_id)] + [  # type: ignore[arg-type]
            (ItemKind.DELIVERABLE, d) for d in work.stage_deliverables(work.deal.stage_id)]  # type: ignore[arg-type]
        for bit, (table, item) in enumerate(current):
            planner.work.set_done(table, item.id, bool(s["done"] >> bit & 1))  # type: ignore[arg-type]
    if s["ending"] == "abandoned":
        planner.deals.abandon(deal_id, "No budget this year")
    elif s["ending"] == "lost":
        planner.milestones.confirm(deal_id, [Confirmation(work.deal.stage_id, today - timedelta(days=1), "letter",  # type: ignore[arg-type]
                                               Outcome.AGAINST, "Chose another supplier")], today=today)
    return deal_id


def into_the_file(planner: Planner, deal_id: int, c: Confirmation) -> tuple[str | None, Deal]:
    """The milestone inserted as any SQLite client could, then rolled back: the triggers'
    verdict and the deal as they left it."""
    conn = planner.store.conn
    conn.execute("BEGIN")
    try:
        conn.execute("INSERT INTO milestones (deal_id, stage_id, confirmed_on, outcome, evidence, decision) "
                     "VALUES (?, ?, ?, ?, ?, ?)",
                     [deal_id, c.stage_id, c.confirmed_on.isoformat(), str(c.outcome), c.evidence, c.decision])
    except sqlite3.IntegrityError as e:
        return str(e), planner.deals.get(deal_id)
    else:
        return None, planner.deals.get(deal_id)
    finally:
        conn.execute("ROLLBACK")


# what the file answers to each blocker it knows of: its trigger's message, the guard that keeps
# a row's key (it fires before the milestone's own trigger), or the evidence column's CHECK
FILE_SAYS: dict[Block, set[str]] = {block: {block.rule.raised} for block in Block if block.rule}
FILE_SAYS[Block.CONFIRMED].add(messages.KEY_TAKEN.raised)
FILE_SAYS[Block.NO_EVIDENCE] = {"CHECK constraint failed: evidence_ok"}
FILE_SAYS[Block.TOO_LONG] = FILE_SAYS[Block.NO_DECISION] = set()


def test_the_file_knows_every_blocker_but_the_decision_and_lengths() -> None:
    # and who of the buying group confirmed: the file checks only that they are of the deal's account
    assert [b for b in Block if not b.in_file] == [Block.TOO_LONG, Block.NO_DECISION, Block.NOT_IN_GROUP]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(s=scenarios())
def test_the_file_and_the_services_do_what_the_decision_says(shared: Planner, s: dict) -> None:
    today = date.today()  # the file's triggers judge dates by the computer's own
    deal_id = build(shared, s, today)
    work = shared.work.get(deal_id)
    stage_id = work.deal.stage_id if s["stage"] is None else work.process.stages[s["stage"]].id
    c = Confirmation(stage_id, today + timedelta(days=s["days"]), s["evidence"], s["outcome"], s["decision"])  # type: ignore[arg-type]
    decision = decide(work.process, work.deal, work.milestones, work.tasks, work.deliverables, c, today)
    expected = (decision.moves_to or work.deal.stage_id, decision.status)
    event(f"blocked: {decision.blockers[0].block}" if decision.blockers else f"allowed: {decision.status}")

    refused, after = into_the_file(shared, deal_id, c)
    if any(b.block.in_file for b in decision.blockers):
        assert refused in {said for b in decision.blockers for said in FILE_SAYS[b.block]}, (refused, decision)
    else:
        assert refused is None, (refused, decision)
        assert (after.stage_id, after.status) == expected
        if decision.status == DealStatus.LOST:
            assert after.close_reason == decision.close_reason

    events = len(shared.deals.events(deal_id))
    try:
        shared.milestones.confirm(deal_id, [c], today=today)
    except (InvalidInput, RuleViolation) as e:
        assert decision.blockers, f"refused what the decision allows: {e}"
        first = decision.blockers[0].error
        assert (type(e), e.source, e.params) == (type(first), first.source, first.params)
        assert shared.deals.get(deal_id) == work.deal and len(shared.deals.events(deal_id)) == events
    else:
        assert decision.allowed, f"confirmed despite {decision.blockers}"
        got = shared.deals.get(deal_id)
        assert (got.stage_id, got.status) == expected
        logged = [e.kind for e in shared.deals.events(deal_id)[events:]]
        assert logged == ["milestone"] + ["stage"] * (decision.moves_to is not None) + [
            "status"] * (decision.status != DealStatus.OPEN)
        assert lifecycle.frozen_stage_ids(work.process, shared.milestones.of(deal_id)) == (
            work.frozen | set(decision.freezes))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(s=scenarios(walking=True), steps=st.integers(1, 3), ticked=st.one_of(st.just(2**12 - 1), st.integers(0, 2**12 - 1)),
       against=st.booleans(), gap=st.integers(-1, 2))
def test_a_walk_over_several_milestones_is_what_the_dialogs_save_does(
        shared: Planner, s: dict, steps: int, ticked: int, against: bool, gap: int) -> None:
    """``walk`` decides each step on the deal as the steps before leave it, with the work
    ticked for it; the dialog's call refuses with the first blocker of the first blocked
    step, or ends where the last decision says."""
    today = date.today()
    deal_id = build(shared, s, today)
    work = shared.work.get(deal_id)
    start = work.process.index_of(work.deal.stage_id)  # type: ignore[arg-type]
    stages = work.process.stages[start:start + steps]
    previous = max((m.confirmed_on for m in work.milestones), default=today - timedelta(days=30))
    confirmations, ticks, bits = [], {}, ticked
    for k, stage in enumerate(stages):
        assert stage.id is not None
        last = k == len(stages) - 1
        on = min(today, previous + timedelta(days=gap * (k + 1)))
        confirmations.append(Confirmation(stage.id, on, s["evidence"] if last else "Minutes",
                                          Outcome.AGAINST if against and last else Outcome.REACHED,
                                          s["decision"]))
        # the dialog lists a stage's open work: the deal's own, or the templates' for a later stage
        own = [(ItemKind.TASK, t.position, t.text) for t in work.stage_tasks(stage.id)] + [
            (ItemKind.DELIVERABLE, d.position, d.text) for d in work.stage_deliverables(stage.id)]
        items = own if k == 0 else [(ItemKind.TASK, i, t.text) for i, t in enumerate(stage.tasks)] + [
            (ItemKind.DELIVERABLE, i, d.text) for i, d in enumerate(stage.deliverables)]
        ticks[stage.id] = [item for n, item in enumerate(items) if bits >> n & 1]
        bits >>= len(items)
    decided = walk(work.process, work.deal, work.milestones, work.tasks, work.deliverables, confirmations,
                   ticks, today)
    blocked = next((d for d in decided if d.blockers), None)
    event(f"{len(decided)} steps, " + (f"blocked: {blocked.blockers[0].block}" if blocked else "allowed"))
    try:
        shared.milestones.confirm(deal_id, confirmations, ticks={k: [Tick(*t) for t in v] for k, v in ticks.items()},
                                  today=today)
    except (InvalidInput, RuleViolation) as e:
        assert blocked is not None, f"refused what every step allows: {e}"
        first = blocked.blockers[0].error
        assert (e.source, e.params) == (first.source, first.params)
        assert shared.deals.get(deal_id) == work.deal
    else:
        assert blocked is None, f"confirmed despite {blocked}"
        got = shared.deals.get(deal_id)
        assert (got.stage_id, got.status) == (decided[-1].moves_to or stages[-1].id, decided[-1].status)
