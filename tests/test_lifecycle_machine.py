"""Random sequences of what users do never break an invariant of the method."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from builders import finish_required, simple_process
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from lifecycle_model import Model

from planner.domain import rules
from planner.domain.errors import PlannerError, RuleViolation
from planner.domain.model import Account, Deal, DealStatus, ItemKind, Outcome, Stage
from planner.services import Changes, Confirmation, Planner, Tick
from planner.services.milestones import Milestones
from planner.store import invariants
from planner.ui.deal.confirm import open_work

TODAY = date(2026, 11, 27)
_EMPTY: list[Path] = []


def empty_file(folder: Path) -> Path:
    """A new planner file, copied from one made once: creating each costs a quarter second."""
    if not _EMPTY:
        made = Path(tempfile.mkdtemp()) / "empty.planner"
        Planner.open(made, create=True).close()
        _EMPTY.append(made)
    target = folder / "m.planner"
    shutil.copy(_EMPTY[0], target)
    return target


class Lifecycle(RuleBasedStateMachine):
    """Each action is decided by the model first: what it allows must succeed, what it
    forbids must be refused, and the file must then hold what the model holds."""

    planner_class: type[Planner] = Planner  # a broken subclass must make the machine fail

    @initialize(stages=st.sampled_from([1, 3, 4, 5]), required=st.sampled_from([False, False, True]))
    def open_file(self, stages: int, required: bool) -> None:
        self.folder = tempfile.TemporaryDirectory()
        self.planner = self.planner_class.open(empty_file(Path(self.folder.name)))
        self.process_id = self.planner.processes.create(simple_process(stages, required=required))
        self.account_id = self.planner.accounts.create(Account("Acme"))
        self.model = Model(self.planner.processes.get(self.process_id), TODAY - timedelta(days=60))
        # two deals from the start, so short runs already reach the interesting states
        self.deal_ids: list[int] = []
        for n in (1, 2):
            self.deal_ids.append(self.planner.deals.create(Deal(self.account_id, self.process_id, f"Deal {n}")))
            self.model.created(self.deal_ids[-1])
        self.seen_milestones: dict[int, tuple] = {}
        self.seen_events: list[tuple] = []

    def teardown(self) -> None:
        if hasattr(self, "planner"):  # the whole check once: schema, hash chain, invariants
            assert [str(p) for p in self.planner.file.check()] == []
            self.planner.close()
        self.folder.cleanup()

    def pick(self, index: int) -> int:
        return self.deal_ids[index % len(self.deal_ids)]

    @rule(value=st.floats(-10, 1e6, allow_nan=False), title=st.one_of(st.just("Deal"), st.text(max_size=20)))
    def create(self, value: float, title: str) -> None:
        valid = value >= 0 and bool(rules.one_line(title))  # control characters are no title
        try:
            self.deal_ids.append(self.planner.deals.create(
                Deal(self.account_id, self.process_id, title, value=value)))
        except PlannerError as e:
            assert not valid, f"a valid deal was refused: {e}"
        else:
            assert valid, "a deal with a negative value or no title got in"
            self.model.created(self.deal_ids[-1])

    @precondition(lambda self: self.deal_ids)
    @rule(i=st.integers(0, 99), steps=st.integers(1, 3), days=st.lists(st.integers(-1, 3), min_size=3, max_size=3),
          late=st.sampled_from([0, 0, 0, 1]), against=st.sampled_from([False, False, False, True]),
          evidence=st.sampled_from(["minutes", "signed PO", "minutes", " ", "R&D <b>"]),
          ticked=st.one_of(st.just(2**12 - 1), st.integers(0, 2**12 - 1)),
          via_dialog=st.sampled_from([True, True, False]),
          skip=st.sampled_from([False] * 7 + [True]),
          decision=st.sampled_from(["Chose another supplier"] * 3 + ["", " "]))
    def confirm(self, i: int, steps: int, days: list[int], late: int, against: bool, evidence: str,
                ticked: int, via_dialog: bool, skip: bool, decision: str) -> None:
        """Confirm up to three milestones at once, through the dialog's call or the plain one.

        ``ticked`` holds a bit per open work item of each step, ticked in the dialog (the
        items and positions come from the dialog's own ``open_work``); ``skip`` starts a
        stage late (never allowed); ``late`` may date the last step after today; a milestone
        that went against us gets ``decision`` as the customer's decision (blank: refused).
        """
        # mostly an open deal: closed ones pile up and only ever refuse
        open_ids = [d for d in self.deal_ids if self.model.deals[d].is_open]
        deal_id = open_ids[i % len(open_ids)] if open_ids and i % 4 else self.pick(i)
        expected = self.model.deals[deal_id]
        work = self.planner.work.get(deal_id)
        start = min(expected.stage + skip, len(self.model.stage_ids) - 1)
        stages = work.process.stages[start:start + steps]
        on = self.model.last_day(deal_id)
        confirmations: list[Confirmation] = []
        ticks: dict[int, list[Tick]] = {}
        bits = ticked
        for k, stage in enumerate(stages):
            assert stage.id is not None
            last = k == len(stages) - 1
            on = min(TODAY, on + timedelta(days=days[k])) + timedelta(days=late if last else 0)
            outcome = Outcome.AGAINST if against and last else Outcome.REACHED
            confirmations.append(Confirmation(stage.id, on, evidence, outcome,
                                              decision=decision if outcome == Outcome.AGAINST else ""))
            items = open_work(work, stage, entered=stage.id == work.deal.stage_id and work.deal.is_open)
            chosen = [item for n, item in enumerate(items) if bits >> n & 1]
            bits >>= len(items)
            ticks[stage.id] = [Tick(item.table, item.position, item.text) for item in chosen]
        keys = {sid: [(t, sid, text) for t, _, text in ticked_items] for sid, ticked_items in ticks.items()}
        after = self.model.confirmed(deal_id, confirmations, TODAY, keys if via_dialog else None)
        before = self.planner.deals.get(deal_id)
        try:
            if via_dialog:  # the confirmation dialog's own call, with the work ticked in it
                self.planner.milestones.confirm(deal_id, confirmations, ticks=ticks, today=TODAY)
            else:
                self.planner.milestones.confirm(deal_id, confirmations, today=TODAY)
        except PlannerError as e:
            assert after is None, f"a confirmation the method allows was refused: {e}"
            assert self.planner.deals.get(deal_id) == before  # a refusal changes nothing
        else:
            assert after is not None, "a confirmation the method forbids went through"
            self.model.deals[deal_id] = after

    @precondition(lambda self: self.deal_ids)
    @rule(i=st.integers(0, 99), n=st.integers(0, 9), done=st.sampled_from([True, True, False]))
    def tick(self, i: int, n: int, done: bool) -> None:
        deal_id = self.pick(i)
        work = self.planner.work.get(deal_id)
        items = work.tasks + work.deliverables  # type: ignore[operator]
        if not items:
            return
        current = [x for x in items if x.stage_id == work.deal.stage_id]
        item = (current or items)[n % len(current or items)]
        table = ItemKind.TASK if item in work.tasks else ItemKind.DELIVERABLE
        key = (table, item.stage_id, item.text)
        valid = self.model.may_tick(deal_id, key, done)
        try:
            self.planner.work.set_done(table, item.id, done)  # type: ignore[arg-type]  # a stored row has its id
        except PlannerError as e:
            assert not valid, f"ticking work of the current stage was refused: {e}"
        else:
            assert valid, "work of a frozen stage or a closed deal changed"
            self.model.deals[deal_id].done[key] = done

    @precondition(lambda self: self.deal_ids)
    @rule(i=st.integers(0, 99), reason=st.text(max_size=10))
    def abandon(self, i: int, reason: str) -> None:
        deal_id = self.pick(i)
        valid = self.model.deals[deal_id].is_open and bool(rules.clean_text(reason).strip())
        try:
            self.planner.deals.abandon(deal_id, reason)
        except PlannerError as e:
            assert not valid, f"abandoning an open deal with a reason was refused: {e}"
        else:
            assert valid, "a closed deal, or one without a reason, was abandoned"
            self.model.deals[deal_id].status = DealStatus.ABANDONED

    @precondition(lambda self: self.deal_ids)
    @rule(i=st.integers(0, 99), value=st.floats(0, 1e6, allow_nan=False), notes=st.text(max_size=30))
    def edit(self, i: int, value: float, notes: str) -> None:
        deal_id = self.pick(i)
        valid = self.model.deals[deal_id].is_open
        try:
            self.planner.deals.update(deal_id, value=value, notes=notes)
        except PlannerError as e:
            assert not valid, f"editing an open deal was refused: {e}"
        else:
            assert valid, "a closed deal was edited"
            deal = self.planner.deals.get(deal_id)
            assert (deal.value, deal.notes) == (value, rules.clean_text(notes))  # no control characters kept

    @precondition(lambda self: self.deal_ids)
    @rule(i=st.integers(0, 99), text=st.text(min_size=1, max_size=20))
    def correct(self, i: int, text: str) -> None:
        milestones = self.planner.milestones.of(self.pick(i))
        if milestones:
            try:
                self.planner.milestones.correct(milestones[-1].id, text, TODAY)
            except PlannerError:
                assert not rules.clean_text(text).strip()

    @precondition(lambda self: self.deal_ids)
    @rule(i=st.integers(0, 99), back=st.integers(1, 4))
    def sneak_back_in_sql(self, i: int, back: int) -> None:
        deal = self.planner.deals.get(self.pick(i))
        stages = self.planner.processes.get(self.process_id).stages
        index = next(k for k, s in enumerate(stages) if s.id == deal.stage_id)
        target = stages[max(0, index - back)].id
        conn = sqlite3.connect(self.planner.path)
        try:
            conn.execute("UPDATE deals SET stage_id = ? WHERE id = ?", [target, deal.id])
            conn.commit()
            assert target == deal.stage_id  # only a no-op may pass
        except sqlite3.IntegrityError:
            pass
        finally:
            conn.close()

    @rule(name=st.sampled_from(["Renewal", "Upsell"]))
    def extend_process(self, name: str) -> None:
        """A stage added after the last one: deals won before stay won, and check stays green."""
        process = self.planner.processes.get(self.process_id)
        process.stages.append(Stage(name=name, milestone=f"{name} signed", win_rate=90))
        won = {d for d in self.deal_ids if self.planner.deals.get(d).status == DealStatus.WON}
        self.planner.processes.update(process)
        self.model.update_process(self.planner.processes.get(self.process_id))
        assert won == {d for d in self.deal_ids if self.planner.deals.get(d).status == DealStatus.WON}

    @precondition(lambda self: self.deal_ids)
    @rule(i=st.integers(0, 99), table=st.sampled_from(["tasks", "deliverables"]))
    def decoy_in_sql(self, i: int, table: str) -> None:
        """Work put in place for a stage the deal has not entered would dodge its required work."""
        deal = self.planner.deals.get(self.pick(i))
        later = [s.id for s in self.planner.processes.get(self.process_id).stages if s.id != deal.stage_id]
        if not later:
            return
        conn = sqlite3.connect(self.planner.path)
        try:
            conn.execute(f"INSERT INTO {table} (deal_id, stage_id, text, done) VALUES (?, ?, 'decoy', 1)",
                         [deal.id, later[-1]])
            raise AssertionError("a decoy got in")
        except sqlite3.IntegrityError:
            pass
        finally:
            conn.close()

    @invariant()
    def file_rules_hold(self) -> None:
        if hasattr(self, "planner"):
            assert [str(p) for p in invariants.problems(self.planner.store)] == []

    @invariant()
    def history_is_append_only(self) -> None:
        if not hasattr(self, "planner"):
            return
        events = [(e.id, e.kind, e.field, e.before, e.after) for e in
                  (ev for d in self.deal_ids for ev in self.planner.deals.events(d))]
        assert set(self.seen_events) <= set(events)
        self.seen_events = events
        for d in self.deal_ids:
            for m in self.planner.milestones.of(d):
                key = (m.stage_id, m.confirmed_on, m.evidence, m.outcome)
                assert self.seen_milestones.setdefault(m.id, key) == key

    @invariant()
    def file_holds_what_the_model_holds(self) -> None:
        if not hasattr(self, "planner"):
            return
        stages = self.planner.processes.get(self.process_id).stages
        assert [s.id for s in stages] == self.model.stage_ids
        for d in self.deal_ids:
            work, expected = self.planner.work.get(d), self.model.deals[d]
            assert work.deal.status == expected.status
            assert work.deal.stage_id == stages[expected.stage].id  # next stage; a won deal stays in its last
            assert [(m.stage_id, m.confirmed_on, m.outcome) for m in work.milestones] == expected.milestones
            done = {(ItemKind.TASK, t.stage_id, t.text): t.done for t in work.tasks}
            done |= {(ItemKind.DELIVERABLE, x.stage_id, x.text): x.done for x in work.deliverables}
            assert done == expected.done


TestLifecycle = Lifecycle.TestCase
# 80 walks of 40 steps: 28 s of the suite's budget (the mutants below prove the walk catches what it must)
TestLifecycle.settings = settings(max_examples=80, stateful_step_count=40, deadline=None)


# --------------------------------------------------------------------- mutants
# The machine must notice a planner that breaks confirmation: otherwise it would pass for
# one that refuses everything (each refusal "changes nothing") or ignores required work.
class RefusingMilestones(Milestones):
    def confirm(self, deal_id: int, confirmations: list[Confirmation], **how: Any) -> Changes:
        raise RuleViolation("This deal is closed and can no longer be changed.")


class ForgetfulMilestones(Milestones):
    """Says yes and writes nothing."""

    def confirm(self, deal_id: int, confirmations: list[Confirmation], **how: Any) -> Changes:
        return Changes()


class CarelessMilestones(Milestones):
    """Ticks the required work itself, so a milestone is never blocked by it."""

    def confirm(self, deal_id: int, confirmations: list[Confirmation], **how: Any) -> Changes:
        ticks = how.pop("ticks", None) or {}
        with self.planner.write():  # one transaction, as the real one
            for c in confirmations:
                deal = self.planner.deals.get(deal_id)
                if deal.is_open and deal.stage_id == c.stage_id and c.outcome == Outcome.REACHED:
                    finish_required(self.planner, deal_id)
                super().confirm(deal_id, [c], ticks={c.stage_id: ticks.get(c.stage_id, [])}, **how)
        return Changes()


class HearsayMilestones(Milestones):
    """Takes the evidence for the customer's decision, as services once did: a deal is lost
    without anyone saying what the customer decided."""

    def confirm(self, deal_id: int, confirmations: list[Confirmation], **how: Any) -> Changes:
        return super().confirm(deal_id, [c._replace(decision=c.decision.strip() or c.evidence)
                                         for c in confirmations], **how)


def broken(milestones: type[Milestones]) -> type[Planner]:
    """A planner whose milestones are ``milestones``."""
    def __init__(self: Planner, store: Any) -> None:  # noqa: N807
        Planner.__init__(self, store)
        self.milestones = milestones(self)

    return type(milestones.__name__.replace("Milestones", "Planner"), (Planner,), {"__init__": __init__})


RefusingPlanner, ForgetfulPlanner = broken(RefusingMilestones), broken(ForgetfulMilestones)
CarelessPlanner, HearsayPlanner = broken(CarelessMilestones), broken(HearsayMilestones)


@pytest.mark.parametrize(("broken", "caught"), [
    (RefusingPlanner, "a confirmation the method allows was refused"),
    (ForgetfulPlanner, None),  # the file no longer holds what the model holds
    (CarelessPlanner, "a confirmation the method forbids went through"),
    (HearsayPlanner, "a confirmation the method forbids went through"),
])
def test_the_machine_catches_a_broken_confirmation(broken: type[Planner], caught: str | None) -> None:
    machine = type(f"Lifecycle{broken.__name__}", (Lifecycle,), {"planner_class": broken})
    quick = settings(max_examples=100, stateful_step_count=25, deadline=None, derandomize=True, database=None,
                     phases=[Phase.generate], report_multiple_bugs=False,
                     suppress_health_check=list(HealthCheck))
    with pytest.raises(AssertionError, match=caught):
        run_state_machine_as_test(machine, settings=quick)
