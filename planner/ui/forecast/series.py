"""What the charts draw, as plain numbers: the stacks of each period's bar and each
process's funnel. Kept apart from the drawing (planner/ui/forecast/charts.py) so that the
figures can be read, and checked against the forecast, without loading a charting library.

A period's bar stacks the stages of the process shown; with several processes it stacks the
processes (their stages together would be more colours than anyone can tell apart). Amounts
without an exchange rate are in no stack, as in no total.
"""

from __future__ import annotations

from typing import NamedTuple

from planner.domain.forecast import Figures, Forecast
from planner.ui.forecast.texts import Measure


class Stack(NamedTuple):
    """One coloured part of every bar: a stage (``stage_id``) or a whole process."""

    key: int  # stage id, or process id when the bars stack processes
    label: str
    position: int  # the stage's place in its process (0 for a process)
    values: tuple[float, ...]  # one per period, in the forecast's order


class Funnel(NamedTuple):
    """A process's stages in board order, with the measure of each."""

    process_id: int
    name: str
    stages: tuple[tuple[int, str, float], ...]  # (stage id, name, value)


def processes(forecast: Forecast) -> list[int]:
    return list(dict.fromkeys(s.process_id for s in forecast.stages))


def stacks_by_stage(forecast: Forecast) -> bool:
    """True when the bars stack stages (one process shown), False when they stack processes."""
    return len(processes(forecast)) <= 1


def period_stacks(forecast: Forecast, measure: Measure) -> list[Stack]:
    """The parts of the period bars, bottom first; parts without any value are left out."""
    empty = Figures()
    found: list[Stack] = []
    if stacks_by_stage(forecast):
        for s in forecast.stages:
            values = tuple(measure.of(forecast.cells.get((p, s.stage_id), empty)) for p in forecast.periods)
            if any(values):
                found.append(Stack(s.stage_id, s.stage_name, s.position, values))
        return found
    for process_id in processes(forecast):
        stages = [s for s in forecast.stages if s.process_id == process_id]
        values = tuple(sum(measure.of(forecast.cells.get((p, s.stage_id), empty)) for s in stages)
                       for p in forecast.periods)
        if any(values):
            found.append(Stack(process_id, stages[0].process_name, 0, values))
    return found


def funnels(forecast: Forecast, measure: Measure) -> list[Funnel]:
    """One funnel per process that has open deals, its stages in board order (empty ones too)."""
    by_stage = forecast.by_stage()
    found = []
    for process_id in processes(forecast):
        stages = tuple((s.stage_id, s.stage_name, measure.of(by_stage[s.stage_id]))
                       for s in forecast.stages if s.process_id == process_id)
        if any(value for _id, _name, value in stages):
            found.append(Funnel(process_id, next(s.process_name for s in forecast.stages
                                                 if s.process_id == process_id), stages))
    return found


def nice_step(largest: float, steps: int = 5) -> float:
    """A round step (1, 2, 2.5 or 5 times a power of ten) that covers ``largest`` in about ``steps``."""
    if largest <= 0:
        return 1.0
    raw = largest / steps
    power = 10 ** int(f"{raw:e}".split("e")[1])
    for factor in (1, 2, 2.5, 5, 10):
        if factor * power >= raw:
            return float(factor * power)
    return float(10 * power)
