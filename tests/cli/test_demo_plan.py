"""The demo's history as planned, before any file: every deal's life is possible under the
method's rules, and the odds land near the configured win rates without sitting on them."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.demo import history
from planner.demo.history import Do

CLOSED = {Do.LOSE, Do.ABANDON}


@settings(max_examples=40, deadline=None)
@given(total=st.integers(0, 120), today=st.dates(date(2020, 1, 1), date(2040, 12, 31)),
       seed=st.integers(0, 2**32))
def test_every_planned_life_is_possible(total: int, today: date, seed: int) -> None:
    plan = history.plan(total, today, seed)
    assert len(plan.deals) == max(total, 25)
    for deal in plan.deals:
        steps = deal.steps
        stages = plan.processes[deal.process].stages
        assert steps == sorted(steps) and [s.n for s in steps] == list(range(len(steps)))
        assert steps[0].do in (Do.OPEN, Do.FOLLOW) and steps[0].on == deal.created
        assert all(plan.start < s.on < today for s in steps)  # nothing today or later
        assert all(history.FIRST_SECOND <= s.second <= history.LAST_SECOND for s in steps)
        milestones = [s for s in steps if s.do in (Do.CONFIRM, Do.LOSE)]
        assert [s.stage for s in milestones] == list(range(len(milestones)))  # one stage after the other
        for s in milestones:  # required work is ticked with each milestone reached
            if s.do == Do.CONFIRM:
                required = {(t.text) for t in stages[s.stage].tasks + stages[s.stage].deliverables if t.required}
                assert required <= {t.text for t in s.ticks}
            else:
                assert s.decision.strip()
        ends = [i for i, s in enumerate(steps) if s.do in CLOSED]
        won = len(milestones) == len(stages) and milestones[-1].do == Do.CONFIRM
        assert len(ends) + won <= 1  # ends once, and nothing but archiving and notes after that
        last = ends[0] if ends else (steps.index(milestones[-1]) if won else None)
        if last is not None:
            assert all(s.do in (Do.ARCHIVE, Do.CORRECT) for s in steps[last + 1:])
        else:
            assert all(s.do != Do.ARCHIVE for s in steps)  # an open deal is never archived
        if deal.follow_up_of is not None:  # follows a deal already won
            before = plan.deals[deal.follow_up_of]
            won_on = [s.on for s in before.steps if s.do == Do.CONFIRM][-1]
            assert won_on < deal.created


def test_observed_win_rates_are_near_the_configured_ones_but_not_equal() -> None:
    """What calibration will find in a large demo file: per stage, the share of closed deals
    that entered it and were won lands within the model's range of its configured rate."""
    today = date(2026, 6, 30)
    plan = history.plan(6000, today)
    entered: dict[tuple[str, int], list[bool]] = defaultdict(list)
    for deal in plan.deals:
        stages = plan.processes[deal.process].stages
        reached = [s for s in deal.steps if s.do == Do.CONFIRM]
        won = len(reached) == len(stages)
        closed = won or any(s.do in CLOSED for s in deal.steps)
        if closed:
            for k in range(min(len(reached) + 1, len(stages))):
                entered[deal.process, k].append(won)
    gaps = []
    for (process, k), outcomes in entered.items():
        if len(outcomes) < 200:
            continue
        configured = plan.processes[process].stages[k].win_rate / 100
        observed = sum(outcomes) / len(outcomes)
        assert 0.3 * configured <= observed <= 1.6 * configured + 0.03, (process, k, observed, configured)
        gaps.append(abs(observed - configured))
    assert len(gaps) >= 8 and max(gaps) >= 0.02  # calibration has a difference to show


def test_pass_rates_give_each_stage_its_perturbed_win_rate() -> None:
    import random

    stages = history.content.processes()["group"].stages
    for seed in range(20):
        rates = history.pass_rates(stages, random.Random(seed))
        assert all(0 < r <= 1 for r in rates)
        from_stage = [1.0] * (len(rates) + 1)
        for i in range(len(rates) - 1, -1, -1):
            from_stage[i] = from_stage[i + 1] * rates[i]
        for s, w in zip(stages, from_stage, strict=False):
            assert 0.02 <= w <= min(0.97, s.win_rate / 100 * 1.3) + 1e-9
        assert from_stage[:-1] == sorted(from_stage[:-1])  # a later stage wins at least as often

