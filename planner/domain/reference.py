"""The method's eight-stage reference process and the wizard's presets.

Both ship as bilingual JSON under ``resources/reference/`` (package
``planner.resources``). This module loads them once, checks them, and turns a
set of wizard answers into a tailored :class:`~planner.domain.model.Process`.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from types import MappingProxyType
from typing import Any, Literal, get_args

from planner.domain import json_input
from planner.domain.errors import QT_TRANSLATE_NOOP, InvalidInput
from planner.domain.model import Answer, ItemTemplate, Process, Stage

Lang = Literal["en", "zh_TW"]
LANGS: tuple[Lang, ...] = get_args(Lang)
FALLBACK: Lang = "en"
FORMAT = 1

STAGE_KEYS: tuple[str, ...] = ("a", "b", "c", "d", "e", "f", "g", "h")
STAGE_TEXT_FIELDS: tuple[str, ...] = (
    "name", "purpose", "milestone", "keep_when", "drop_when", "question", "example", "tools",
)
PRESET_TEXT_FIELDS: tuple[str, ...] = ("name", "description")
PRESET_ANSWERS: frozenset[Answer] = frozenset({Answer.KEEP, Answer.DROP, Answer.NO_INFLUENCE})
# fields an override may replace; text values are bilingual dicts or plain strings
OVERRIDE_FIELDS: frozenset[str] = frozenset(
    {"name", "milestone", "description", "tools", "win_rate", "tasks", "deliverables"}
)
ITEM_FIELDS: frozenset[str] = frozenset({"tasks", "deliverables"})

Texts = Mapping[str, str]  # {"en": ..., "zh_TW": ...}
Override = Mapping[str, Any]


def pick(texts: Texts, lang: str) -> str:
    """The text for ``lang``, falling back to English when it is missing or empty."""
    return texts.get(lang) or texts.get(FALLBACK, "")


@dataclass(frozen=True)
class ReferenceItem:
    """A suggested task or deliverable, in both languages."""

    texts: Texts
    required: bool = False

    def template(self, lang: str) -> ItemTemplate:
        return ItemTemplate(pick(self.texts, lang), self.required)


@dataclass(frozen=True)
class ReferenceStage:
    """One of the reference stages a..h with its bilingual texts."""

    key: str
    win_rate: int
    name: Texts
    purpose: Texts
    milestone: Texts
    keep_when: Texts
    drop_when: Texts
    question: Texts
    example: Texts
    tools: Texts
    task_items: tuple[ReferenceItem, ...] = ()
    deliverable_items: tuple[ReferenceItem, ...] = ()

    def text(self, field: str, lang: str) -> str:
        """One of :data:`STAGE_TEXT_FIELDS` in ``lang``."""
        if field not in STAGE_TEXT_FIELDS:
            raise KeyError(field)
        return pick(getattr(self, field), lang)

    def tasks(self, lang: str) -> list[ItemTemplate]:
        return [item.template(lang) for item in self.task_items]

    def deliverables(self, lang: str) -> list[ItemTemplate]:
        return [item.template(lang) for item in self.deliverable_items]


@dataclass(frozen=True)
class Preset:
    """A typical case from the method: an answer per reference stage."""

    key: str
    name: Texts
    description: Texts
    answers: Mapping[str, Answer]
    overrides: Mapping[str, Override]
    why: Mapping[str, Texts]

    def text(self, field: str, lang: str) -> str:
        """``"name"`` or ``"description"`` in ``lang``."""
        if field not in PRESET_TEXT_FIELDS:
            raise KeyError(field)
        return pick(getattr(self, field), lang)

    def why_text(self, key: str, lang: str) -> str:
        """Why the preset answers stage ``key`` as it does ("" if not given)."""
        texts = self.why.get(key)
        return pick(texts, lang) if texts else ""

    def kept(self) -> list[str]:
        """The reference keys this preset keeps, in order."""
        return [k for k in STAGE_KEYS if self.answers[k] == Answer.KEEP]


# ---------------------------------------------------------------- loading


def _read(name: str) -> dict[str, Any]:
    source = files("planner.resources") / "reference" / name
    try:
        data = json_input.loads(source.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"reference/{name}: cannot be read: {exc}") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError(f"reference/{name}: expected an object with format {FORMAT}")
    return data


def _texts(where: str, value: Any) -> Texts:
    if not isinstance(value, dict):
        raise ValueError(f"{where}: expected a {{'en', 'zh_TW'}} object")
    for lang in LANGS:
        if not isinstance(value.get(lang), str) or not value[lang].strip():
            raise ValueError(f"{where}: missing {lang!r} text")
    return MappingProxyType(dict(value))


def _win_rate(where: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
        raise ValueError(f"{where}: win_rate must be an integer 0..100")
    return value


def _items(where: str, value: Any) -> tuple[ReferenceItem, ...]:
    if not isinstance(value, list):
        raise ValueError(f"{where}: expected a list")
    items = []
    for i, raw in enumerate(value):
        if not isinstance(raw, dict) or not isinstance(raw.get("required", False), bool):
            raise ValueError(f"{where}[{i}]: expected {{en, zh_TW, required}}")
        texts = {lang: raw.get(lang) for lang in LANGS}
        items.append(ReferenceItem(_texts(f"{where}[{i}]", texts), raw.get("required", False)))
    return tuple(items)


def _stage(raw: Any, key: str) -> ReferenceStage:
    where = f"reference/process.json: stage {key!r}"
    if not isinstance(raw, dict) or raw.get("key") != key:
        raise ValueError(f"{where}: expected stage {key!r} at this position")
    texts = {f: _texts(f"{where} {f}", raw.get(f)) for f in STAGE_TEXT_FIELDS}
    return ReferenceStage(
        key=key,
        win_rate=_win_rate(where, raw.get("win_rate")),
        task_items=_items(f"{where} tasks", raw.get("tasks", [])),
        deliverable_items=_items(f"{where} deliverables", raw.get("deliverables", [])),
        **texts,
    )


@cache
def _stages() -> tuple[ReferenceStage, ...]:
    data = _read("process.json")
    raw = data.get("stages")
    if not isinstance(raw, list) or len(raw) != len(STAGE_KEYS):
        raise ValueError(f"reference/process.json: expected {len(STAGE_KEYS)} stages a..h")
    stages = tuple(_stage(r, k) for r, k in zip(raw, STAGE_KEYS, strict=True))
    rates = [s.win_rate for s in stages]
    if any(a >= b for a, b in itertools.pairwise(rates)):
        raise ValueError("reference/process.json: win rates must rise from stage to stage")
    return stages


def _override(where: str, raw: Any) -> Override:
    if not isinstance(raw, dict) or not set(raw) <= OVERRIDE_FIELDS:
        raise ValueError(f"{where}: an override may only set {sorted(OVERRIDE_FIELDS)}")
    out: dict[str, Any] = {}
    for field, value in raw.items():
        if field == "win_rate":
            out[field] = _win_rate(where, value)
        elif field in ITEM_FIELDS:
            out[field] = _items(f"{where} {field}", value)
        else:
            out[field] = _texts(f"{where} {field}", value)
    return MappingProxyType(out)


def _preset(raw: Any) -> Preset:
    if not isinstance(raw, dict) or not isinstance(raw.get("key"), str):
        raise ValueError("reference/presets.json: every preset needs a key")
    key = raw["key"]
    where = f"reference/presets.json: preset {key!r}"
    answers_raw = raw.get("answers")
    if not isinstance(answers_raw, dict) or set(answers_raw) != set(STAGE_KEYS):
        raise ValueError(f"{where}: answers must cover exactly a..h")
    try:
        answers = {k: Answer(answers_raw[k]) for k in STAGE_KEYS}
    except ValueError as exc:
        raise ValueError(f"{where}: {exc}") from exc
    if not set(answers.values()) <= PRESET_ANSWERS:
        raise ValueError(f"{where}: answers must be keep, drop or no_influence")
    if Answer.KEEP not in answers.values():
        raise ValueError(f"{where}: keeps no stage")
    overrides_raw = raw.get("overrides", {})
    why_raw = raw.get("why", {})
    if not isinstance(overrides_raw, dict) or not set(overrides_raw) <= set(STAGE_KEYS):
        raise ValueError(f"{where}: overrides must be keyed by a..h")
    if not isinstance(why_raw, dict) or not set(why_raw) <= set(STAGE_KEYS):
        raise ValueError(f"{where}: why must be keyed by a..h")
    return Preset(
        key=key,
        name=_texts(f"{where} name", raw.get("name")),
        description=_texts(f"{where} description", raw.get("description")),
        answers=MappingProxyType(answers),
        overrides=MappingProxyType(
            {k: _override(f"{where} override {k!r}", v) for k, v in overrides_raw.items()}
        ),
        why=MappingProxyType({k: _texts(f"{where} why {k!r}", v) for k, v in why_raw.items()}),
    )


@cache
def _presets() -> tuple[Preset, ...]:
    raw = _read("presets.json").get("presets")
    if not isinstance(raw, list) or not raw:
        raise ValueError("reference/presets.json: expected a non-empty list of presets")
    out = tuple(_preset(r) for r in raw)
    keys = [p.key for p in out]
    if len(set(keys)) != len(keys):
        raise ValueError("reference/presets.json: duplicate preset keys")
    return out


# ---------------------------------------------------------------- public API


def reference_stages() -> list[ReferenceStage]:
    """The eight reference stages a..h, in order (loaded once)."""
    return list(_stages())


def reference_stage(key: str) -> ReferenceStage:
    """The reference stage ``key`` ("a".."h"); KeyError if unknown."""
    for stage in _stages():
        if stage.key == key:
            return stage
    raise KeyError(key)


def presets() -> list[Preset]:
    """The wizard's presets, in the order they are shipped (loaded once)."""
    return list(_presets())


def preset(key: str) -> Preset:
    """The preset ``key``; KeyError if unknown."""
    for p in _presets():
        if p.key == key:
            return p
    raise KeyError(key)


def _item(value: Any, lang: str) -> ItemTemplate:
    if isinstance(value, ReferenceItem):
        return value.template(lang)
    if isinstance(value, Mapping):
        return ItemTemplate(pick(value, lang), bool(value.get("required", False)))
    if isinstance(value, ItemTemplate):
        return value
    return ItemTemplate(str(value))


def _override_value(field: str, value: Any, lang: str) -> Any:
    if field in ITEM_FIELDS:
        return [_item(v, lang) for v in value]
    return pick(value, lang) if isinstance(value, Mapping) else value


def stage_from_reference(
    ref: ReferenceStage,
    lang: str,
    answer: Answer = Answer.KEEP,
    override: Override | None = None,
) -> Stage:
    """A new, unsaved :class:`Stage` from a reference stage in ``lang``.

    ``override`` may replace name, milestone, description, tools (each a
    bilingual dict or a plain string), win_rate, and tasks or deliverables
    (lists of ReferenceItem, ItemTemplate or {en, zh_TW, required} dicts).
    """
    values: dict[str, Any] = {
        "name": ref.text("name", lang),
        "milestone": ref.text("milestone", lang),
        "description": ref.text("purpose", lang),
        "tools": ref.text("tools", lang),
        "win_rate": ref.win_rate,
        "tasks": ref.tasks(lang),
        "deliverables": ref.deliverables(lang),
    }
    if override:
        unknown = set(override) - OVERRIDE_FIELDS
        if unknown:
            raise ValueError(f"unknown override fields: {sorted(unknown)}")
        values.update({k: _override_value(k, v, lang) for k, v in override.items()})
    return Stage(
        **values,
        ref_key=ref.key,
        answer=Answer(answer),
    )


def process_from_answers(
    answers: Mapping[str, Answer | str],
    lang: str,
    name: str,
    description: str = "",
    overrides: Mapping[str, Override] | None = None,
) -> Process:
    """A tailored process: kept stages in reference order, the rest in ``dropped``.

    A reference key missing from ``answers`` counts as kept (the wizard trims
    the full reference). Raises InvalidInput when no stage is kept.
    """
    unknown = (set(answers) | set(overrides or {})) - set(STAGE_KEYS)
    if unknown:
        raise ValueError(f"unknown reference stage keys: {sorted(unknown)}")
    stages: list[Stage] = []
    dropped: dict[str, Answer] = {}
    for ref in _stages():
        answer = Answer(answers.get(ref.key, Answer.KEEP))
        if answer == Answer.CUSTOM:
            raise ValueError(f"stage {ref.key!r}: 'custom' is not an answer for a reference stage")
        if answer != Answer.KEEP:
            dropped[ref.key] = answer
            continue
        stage = stage_from_reference(ref, lang, answer, (overrides or {}).get(ref.key))
        stage.position = len(stages)
        stages.append(stage)
    if not stages:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A process needs at least one stage."))
    return Process(name=name, stages=stages, description=description, dropped=dropped)


def process_from_preset(
    key: str, lang: str, name: str | None = None, description: str | None = None
) -> Process:
    """The process a preset gives, named after the preset unless ``name`` is given."""
    p = preset(key)
    return process_from_answers(
        p.answers,
        lang,
        name if name is not None else p.text("name", lang),
        description if description is not None else p.text("description", lang),
        p.overrides,
    )
