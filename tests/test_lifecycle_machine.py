"""Random sequences of what users do never break an invariant of the method."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from datetime import date, timedelta
from pathlib import Path

from builders import simple_process
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from planner.domain.errors import PlannerError
from planner.domain.model import Account, Deal, DealStatus, Outcome, Stage
from planner.services import Confirmation, Planner
from planner.store import invariants

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
    @initialize(stages=st.sampled_from([1, 3, 4, 5]), required=st.sampled_from([False, False, True]))
    def open_file(self, stages: int, required: bool) -> None:
        self.folder = tempfile.TemporaryDirectory()
        self.planner = Planner.open(empty_file(Path(self.folder.name)))
        self.process_id = self.planner.create_process(simple_process(stages, required=required))
        self.account_id = self.planner.create_account(Account("Acme"))
        # two deals from the start, so short runs already reach the interesting states
        self.deal_ids: list[int] = [
            self.planner.create_deal(Deal(self.account_id, self.process_id, f"Deal {n}")) for n in (1, 2)]
        self.seen_milestones: dict[int, tuple] = {}
        self.seen_events: list[tuple] = []

    def teardown(self) -> None:
        if hasattr(self, "planner"):  # the whole check once: schema, hash chain, invariants
            assert [str(p) for p in self.planner.check()] == []
            self.planner.close()
        self.folder.cleanup()

    def pick(self, index: int) -> int:
        return self.deal_ids[index % len(self.deal_ids)]

    def last_day(self, deal_id: int) -> date:
        return max((m.confirmed_on for m in self.planner.milestones(deal_id)), default=TODAY - timedelta(days=60))

    @rule(value=st.floats(-10, 1e6, allow_nan=False), title=st.one_of(st.just("Deal"), st.text(max_size=20)))
    def create(self, value: float, title: str) -> None:
        try:
            self.deal_ids.append(self.planner.create_deal(
                Deal(self.account_id, self.process_id, title, value=value)))
        except PlannerError:
            assert value < 0 or not title.strip()

    @precondition(lambda self: self.deal_ids)
    @rule(i=st.integers(0, 99), days=st.integers(0, 3), against=st.sampled_from([False, False, False, True]), evidence=st.sampled_from(["minutes", "signed PO", " ", "R&D <b>"]))
    def confirm(self, i: int, days: int, against: bool, evidence: str) -> None:
        deal_id = self.pick(i)
        deal = self.planner.deal(deal_id)
        on = min(TODAY, self.last_day(deal_id) + timedelta(days=days))
        outcome = Outcome.AGAINST if against else Outcome.REACHED
        try:
            self.planner.confirm(deal_id, [Confirmation(deal.stage_id, on, evidence, outcome)], today=TODAY)
        except PlannerError:
            assert self.planner.deal(deal_id) == deal  # a refusal changes nothing

    @precondition(lambda self: self.deal_ids)
    @rule(i=st.integers(0, 99), n=st.integers(0, 9), done=st.sampled_from([True, True, False]))
    def tick(self, i: int, n: int, done: bool) -> None:
        work = self.planner.work(self.pick(i))
        items = work.tasks + work.deliverables  # type: ignore[operator]
        if not items:
            return
        current = [x for x in items if x.stage_id == work.deal.stage_id]
        item = (current or items)[n % len(current or items)]
        table = "tasks" if item in work.tasks else "deliverables"
        try:
            self.planner.set_done(table, item.id, done)
            assert work.editable(item.stage_id) or item.done == done
        except PlannerError:
            assert not work.editable(item.stage_id)

    @precondition(lambda self: self.deal_ids)
    @rule(i=st.integers(0, 99), reason=st.text(max_size=10))
    def abandon(self, i: int, reason: str) -> None:
        deal_id = self.pick(i)
        was_open = self.planner.deal(deal_id).is_open
        try:
            self.planner.abandon(deal_id, reason)
            assert was_open and reason.strip()
        except PlannerError:
            pass

    @precondition(lambda self: self.deal_ids)
    @rule(i=st.integers(0, 99), value=st.floats(0, 1e6, allow_nan=False), notes=st.text(max_size=30))
    def edit(self, i: int, value: float, notes: str) -> None:
        deal_id = self.pick(i)
        try:
            self.planner.update_deal(deal_id, value=value, notes=notes)
            assert self.planner.deal(deal_id).is_open
        except PlannerError:
            assert not self.planner.deal(deal_id).is_open

    @precondition(lambda self: self.deal_ids)
    @rule(i=st.integers(0, 99), text=st.text(min_size=1, max_size=20))
    def correct(self, i: int, text: str) -> None:
        milestones = self.planner.milestones(self.pick(i))
        if milestones:
            try:
                self.planner.add_correction(milestones[-1].id, text, TODAY)
            except PlannerError:
                assert not text.strip()

    @precondition(lambda self: self.deal_ids)
    @rule(i=st.integers(0, 99), back=st.integers(1, 4))
    def sneak_back_in_sql(self, i: int, back: int) -> None:
        deal = self.planner.deal(self.pick(i))
        stages = self.planner.process(self.process_id).stages
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
        process = self.planner.process(self.process_id)
        process.stages.append(Stage(name=name, milestone=f"{name} signed", win_rate=90))
        won = {d for d in self.deal_ids if self.planner.deal(d).status == DealStatus.WON}
        self.planner.update_process(process)
        assert won == {d for d in self.deal_ids if self.planner.deal(d).status == DealStatus.WON}

    @precondition(lambda self: self.deal_ids)
    @rule(i=st.integers(0, 99), table=st.sampled_from(["tasks", "deliverables"]))
    def decoy_in_sql(self, i: int, table: str) -> None:
        """Work put in place for a stage the deal has not entered would dodge its required work."""
        deal = self.planner.deal(self.pick(i))
        later = [s.id for s in self.planner.process(self.process_id).stages if s.id != deal.stage_id]
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
                  (ev for d in self.deal_ids for ev in self.planner.events(d))]
        assert set(self.seen_events) <= set(events)
        self.seen_events = events
        for d in self.deal_ids:
            for m in self.planner.milestones(d):
                key = (m.stage_id, m.confirmed_on, m.evidence, m.outcome)
                assert self.seen_milestones.setdefault(m.id, key) == key

    @invariant()
    def stages_and_status_agree(self) -> None:
        if not hasattr(self, "planner"):
            return
        stages = self.planner.process(self.process_id).stages
        for d in self.deal_ids:
            work = self.planner.work(d)
            confirmed = [m.stage_id for m in work.milestones]
            assert confirmed == [s.id for s in stages[: len(confirmed)]]  # in order, none skipped
            if work.deal.status == DealStatus.OPEN:
                assert work.deal.stage_id == stages[len(confirmed)].id
            if work.deal.status == DealStatus.WON:  # stages may have been added since
                assert work.milestones[-1].stage_id == work.deal.stage_id
            if work.deal.status == DealStatus.LOST:
                assert work.milestones[-1].outcome == Outcome.AGAINST


TestLifecycle = Lifecycle.TestCase
TestLifecycle.settings = settings(max_examples=120, stateful_step_count=40, deadline=None)
