"""Processes: the tailored stage lists deals run through."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, NamedTuple

from planner.domain import rules
from planner.domain.buying import ROLE_ORDER
from planner.domain.model import Process
from planner.services.changes import Changes
from planner.services.noun import Noun, not_found

if TYPE_CHECKING:
    from planner.domain.calibration import RateAdoption


class ProcessSummary(NamedTuple):
    id: int
    name: str
    description: str
    archived: bool
    stages: int
    deals: int
    open_deals: int


class Processes(Noun):
    def summaries(self, include_archived: bool = True) -> list[ProcessSummary]:
        return [
            ProcessSummary(r["id"], r["name"], r["description"], bool(r["archived"]), r["stages"], r["deals"],
                           r["open_deals"])
            for r in self.store.process_rows()
            if include_archived or not r["archived"]
        ]

    def get(self, process_id: int) -> Process:
        p = self.store.process(process_id)
        if p is None:
            raise not_found("process")
        return p

    def used_stages(self, process_id: int) -> set[int]:
        """Ids of the stages that deals are in or have passed: they cannot be removed or
        moved (nor can a stage be added before them), only their words and work improved."""
        return self.store.used_stage_ids(process_id)

    def create(self, process: Process) -> int:
        process = _clean(process)
        with self.write() as changes:
            process_id = self.store.insert_process(process)
            changes.processes.add(process_id)
        return process_id

    def update(self, process: Process) -> Changes:
        assert process.id is not None
        process_id = process.id  # cleaning below keeps it
        process = _clean(process)
        rules.check_process_edit(self.get(process_id), process, self.store.used_stage_ids(process_id))
        with self.write() as changes:
            self.store.update_process(process)
            changes.processes.add(process_id)
        return changes.frozen()

    def duplicate(self, process_id: int, name: str) -> int:
        p = self.get(process_id)
        copy = dataclasses.replace(
            p, id=None, name=name, archived=False,
            stages=[dataclasses.replace(s, id=None, process_id=None) for s in p.stages])
        return self.create(copy)

    def adopt_rate(self, stage_id: int, rate: int) -> Changes:
        """Make ``rate`` (a whole percent, e.g. a stage's observed rate from
        ``reports.calibration``) the stage's win rate for the future, and record the change
        with the sample the stage's observed rate comes from (``adoptions``). Only the rate
        changes: confirmed milestones and closed deals keep what they recorded."""
        rate = rules.check_win_rate(rate)
        process_id = self.store.stage_process(stage_id)
        if process_id is None:
            raise not_found("stage")
        old = self.get(process_id).stage(stage_id).win_rate
        if old == rate:
            return Changes()
        # the sample the observed rate comes from, recorded with the change
        found = self.planner.reports.calibration(process_id)[0]
        stage = next(s for s in found.stages if s.stage_id == stage_id)
        with self.write() as changes:
            self.store.set_win_rate(stage_id, rate)
            self.store.insert_rate_adoption(process_id, stage_id, old, rate, stage.won, stage.closed)
            changes.processes.add(process_id)
        return changes.frozen()

    def adoptions(self, process_id: int | None = None) -> list[RateAdoption]:
        """Every rate adopted so far (of one process, or of all), oldest first."""
        return self.store.rate_adoptions(process_id)

    def archive(self, process_id: int, archived: bool = True) -> Changes:
        self.get(process_id)  # NotFound for an unknown id
        with self.write() as changes:
            self.store.set_process_archived(process_id, archived)
            changes.processes.add(process_id)
        return changes.frozen()


def _clean(process: Process) -> Process:
    process = dataclasses.replace(
        process, name=rules.check_name(process.name),
        description=rules.check_text(process.description),
        stages=[dataclasses.replace(s, name=rules.check_name(s.name),
                                    milestone=rules.one_line(s.milestone),
                                    tasks=[t._replace(text=rules.one_line(t.text)) for t in s.tasks],
                                    deliverables=[d._replace(text=rules.one_line(d.text)) for d in s.deliverables],
                                    required_roles=[r for r in ROLE_ORDER if r in set(s.required_roles)])
                for s in process.stages])
    rules.check_process(process)
    return process
