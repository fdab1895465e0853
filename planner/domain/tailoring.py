"""The process being tailored, before it is saved: plain Python, no widgets.

The wizard's pages and the library's editor both work on a *stage list*: the
stages shown, in order, with the few operations the method allows. Reference
stages keep the method's order (only stages the team added can move); custom
stages go wherever the user puts them.
"""

from __future__ import annotations

import dataclasses
from typing import Protocol

from planner.domain.model import Answer, ItemTemplate, Process, Stage
from planner.domain.reference import (
    STAGE_KEYS,
    Preset,
    preset,
    reference_stage,
    stage_from_reference,
)


class StageList(Protocol):
    """What the stage list view and its buttons may do with a process's stages."""

    def stages(self) -> list[Stage]: ...

    def can_remove(self, row: int) -> bool: ...

    def remove(self, row: int) -> Stage: ...

    def can_move(self, row: int, delta: int) -> bool: ...

    def move(self, row: int, delta: int) -> None: ...

    def insert(self, row: int, stage: Stage) -> None: ...

    def can_insert(self, row: int) -> bool: ...

    def locked(self, row: int) -> bool:
        """Deals are in this stage or have passed it: it keeps its place."""
        ...


def movable(stage: Stage) -> bool:
    """Stages from the reference keep the method's order; the team's own may move."""
    return stage.ref_key is None


def custom_stage(name: str, stages: list[Stage], row: int) -> Stage:
    """A new stage of the team's own for position ``row``.

    Its win rate sits between its neighbours' so the rising order is kept; the
    milestone is left empty on purpose: only the team can say what it is.
    """
    before = stages[row - 1].win_rate if row > 0 else 0
    after = stages[row].win_rate if row < len(stages) else 100
    return Stage(name=name, milestone="", win_rate=(before + after) // 2,
                 answer=Answer.CUSTOM)


def clean_items(items: list[ItemTemplate]) -> list[ItemTemplate]:
    """Rows the user added but left blank are not tasks."""
    return [ItemTemplate(" ".join(i.text.split()), i.required) for i in items if i.text.strip()]


def finished_stage(stage: Stage, position: int) -> Stage:
    return dataclasses.replace(
        stage, position=position, name=" ".join(stage.name.split()),
        milestone=" ".join(stage.milestone.split()), tasks=clean_items(stage.tasks),
        deliverables=clean_items(stage.deliverables))


class TailoringDraft:
    """The wizard's state: the start chosen, one answer per reference stage, the stages."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.preset_key: str | None = None
        self.answers: dict[str, Answer | None] = dict.fromkeys(STAGE_KEYS)
        # every reference stage has a draft from the start, kept or not, so that
        # an answer changed back and forth never loses what was typed into it
        self._order: list[Stage] = [self._fresh(k, None) for k in STAGE_KEYS]
        self.name = ""
        self.description = ""

    # ------------------------------------------------------------ the start
    @property
    def preset(self) -> Preset | None:
        return preset(self.preset_key) if self.preset_key else None

    def _fresh(self, key: str, chosen: Preset | None) -> Stage:
        override = chosen.overrides.get(key) if chosen else None
        return stage_from_reference(reference_stage(key), self.lang, Answer.KEEP, override)

    def choose_start(self, preset_key: str | None) -> bool:
        """Begin from a preset (or the full reference with ``None``); False if unchanged.

        The preset's answers replace the current ones (that is what choosing it
        means), but a stage the user already edited keeps their words.
        """
        if preset_key == self.preset_key:
            return False
        old, new = self.preset, (preset(preset_key) if preset_key else None)
        for i, stage in enumerate(self._order):
            key = stage.ref_key
            if key is not None and stage == self._fresh(key, old):
                self._order[i] = self._fresh(key, new)
        self.answers = dict(new.answers) if new else dict.fromkeys(STAGE_KEYS)
        if not self.name.strip() or (old and self.name == old.text("name", self.lang)):
            self.name = new.text("name", self.lang) if new else ""
        if not self.description.strip() or (
                old and self.description == old.text("description", self.lang)):
            self.description = new.text("description", self.lang) if new else ""
        self.preset_key = preset_key
        return True

    def answer(self, key: str) -> Answer | None:
        return self.answers[key]

    def set_answer(self, key: str, answer: Answer) -> None:
        assert answer in (Answer.KEEP, Answer.DROP, Answer.NO_INFLUENCE)
        self.answers[key] = answer

    def draft_of(self, key: str) -> Stage:
        return next(s for s in self._order if s.ref_key == key)

    def entries(self) -> list[Stage]:
        """Every reference stage (kept or not) and every custom stage, in order."""
        return list(self._order)

    # ------------------------------------------------------------ StageList
    def _shown(self, stage: Stage) -> bool:
        return stage.ref_key is None or self.answers[stage.ref_key] == Answer.KEEP

    def stages(self) -> list[Stage]:
        return [s for s in self._order if self._shown(s)]

    def can_remove(self, row: int) -> bool:
        return movable(self.stages()[row])

    def remove(self, row: int) -> Stage:
        stage = self.stages()[row]
        assert movable(stage)
        self._order.remove(stage)
        return stage

    def can_move(self, row: int, delta: int) -> bool:
        shown = self.stages()
        return movable(shown[row]) and 0 <= row + delta < len(shown)

    def move(self, row: int, delta: int) -> None:
        assert delta in (-1, 1) and self.can_move(row, delta)
        shown = self.stages()
        stage, neighbour = shown[row], shown[row + delta]
        self._order.remove(stage)
        at = self._order.index(neighbour)
        self._order.insert(at if delta < 0 else at + 1, stage)

    def can_insert(self, row: int) -> bool:
        return True

    def locked(self, row: int) -> bool:
        return False  # a process being tailored has no deals yet

    def insert(self, row: int, stage: Stage) -> None:
        shown = self.stages()
        if row < len(shown):
            self._order.insert(self._order.index(shown[row]), stage)
        elif shown:
            self._order.insert(self._order.index(shown[-1]) + 1, stage)
        else:
            self._order.append(stage)

    # ------------------------------------------------------------ the result
    def dropped(self) -> dict[str, Answer]:
        return {k: a for k, a in self.answers.items() if a in (Answer.DROP, Answer.NO_INFLUENCE)}

    def process(self) -> Process:
        """The process to save: shown stages in order, the rest recorded as dropped."""
        return Process(
            name=" ".join(self.name.split()), description=self.description.strip(),
            stages=[finished_stage(s, i) for i, s in enumerate(self.stages())],
            dropped=self.dropped())


class EditableStages:
    """A saved process's stages in the library's editor.

    Stages that deals are in or have passed (``used``) keep their place: they cannot be
    removed or moved, nor can a stage be added before them. The file refuses the same
    changes, whatever edits it.
    """

    def __init__(self, stages: list[Stage], used: set[int] | frozenset[int] = frozenset()) -> None:
        self._stages = [dataclasses.replace(s, tasks=list(s.tasks),
                                            deliverables=list(s.deliverables)) for s in stages]
        self._used = set(used)

    def stages(self) -> list[Stage]:
        return list(self._stages)

    def locked(self, row: int) -> bool:
        return self._stages[row].id in self._used

    def can_insert(self, row: int) -> bool:
        return not any(self.locked(i) for i in range(row, len(self._stages)))

    def can_remove(self, row: int) -> bool:
        return len(self._stages) > 1 and not self.locked(row)

    def remove(self, row: int) -> Stage:
        return self._stages.pop(row)

    def can_move(self, row: int, delta: int) -> bool:
        return (movable(self._stages[row]) and 0 <= row + delta < len(self._stages)
                and not self.locked(row) and not self.locked(row + delta))

    def move(self, row: int, delta: int) -> None:
        assert self.can_move(row, delta)
        stage = self._stages.pop(row)
        self._stages.insert(row + delta, stage)

    def insert(self, row: int, stage: Stage) -> None:
        self._stages.insert(row, stage)

    def finished(self) -> list[Stage]:
        return [finished_stage(s, i) for i, s in enumerate(self._stages)]
