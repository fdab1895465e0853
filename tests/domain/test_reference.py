"""The shipped reference process, the presets and the loader."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from planner.domain import reference as ref
from planner.domain.errors import InvalidInput
from planner.domain.model import Answer, ItemTemplate, Process, Stage

SEED = Path("/work/shared/seed/000_dbe495550b70f188.txt")
METHOD_NAMES = {
    "a": "客戶識別分配階段",
    "b": "潛在需求識別階段",
    "c": "需求評估影響階段",
    "d": "方案定製評估階段",
    "e": "商務評估推進階段",
    "f": "商務談判簽約階段",
    "g": "交付實施階段",
    "h": "客戶關係加強階段",
}
PRESET_KEYS = {"pay_and_take", "inbound_leads", "key_account", "group_enterprise", "standard_b2b"}
RUN = 12  # longest run of characters our texts may share with the article


def _all_keep() -> dict[str, Answer]:
    return {k: Answer.KEEP for k in ref.STAGE_KEYS}


# ------------------------------------------------------------ reference stages


def test_eight_stages_a_to_h_in_order() -> None:
    stages = ref.reference_stages()
    assert [s.key for s in stages] == list("abcdefgh")
    assert [ref.reference_stage(k).key for k in "abcdefgh"] == list("abcdefgh")
    with pytest.raises(KeyError):
        ref.reference_stage("z")


def test_zh_names_are_the_methods_terms() -> None:
    assert {s.key: s.text("name", "zh_TW") for s in ref.reference_stages()} == METHOD_NAMES


def test_every_stage_text_is_bilingual() -> None:
    for stage in ref.reference_stages():
        for field in ref.STAGE_TEXT_FIELDS:
            for lang in ref.LANGS:
                assert stage.text(field, lang).strip(), (stage.key, field, lang)
        assert 3 <= len(stage.task_items) <= 5, stage.key
        assert 1 <= len(stage.deliverable_items) <= 3, stage.key
        assert sum(d.required for d in stage.deliverable_items) <= 1, stage.key
        for lang in ref.LANGS:
            for item in stage.tasks(lang) + stage.deliverables(lang):
                assert isinstance(item, ItemTemplate) and item.text.strip()


def test_win_rates_rise_strictly_within_0_100() -> None:
    rates = [s.win_rate for s in ref.reference_stages()]
    assert all(0 <= r <= 100 for r in rates)
    assert all(a < b for a, b in zip(rates, rates[1:]))


def test_unknown_language_falls_back_to_english() -> None:
    stage = ref.reference_stages()[0]
    assert stage.text("name", "fr") == stage.text("name", "en")
    assert ref.pick({"en": "x", "zh_TW": ""}, "zh_TW") == "x"
    with pytest.raises(KeyError):
        stage.text("nonsense", "en")


def test_loader_returns_fresh_lists() -> None:
    first = ref.reference_stages()
    first.clear()
    assert len(ref.reference_stages()) == 8
    assert len(ref.presets()) >= 5


# ------------------------------------------------------------ stage_from_reference


def test_stage_from_reference_uses_the_language() -> None:
    r = ref.reference_stage("d")
    stage = ref.stage_from_reference(r, "zh_TW")
    assert isinstance(stage, Stage)
    assert stage.ref_key == "d" and stage.answer == Answer.KEEP
    assert stage.name == METHOD_NAMES["d"]
    assert stage.milestone == r.milestone["zh_TW"]
    assert stage.description == r.purpose["zh_TW"]
    assert stage.tools == r.tools["zh_TW"]
    assert stage.win_rate == r.win_rate
    assert stage.tasks == r.tasks("zh_TW") and stage.deliverables == r.deliverables("zh_TW")
    assert stage.id is None and stage.process_id is None


def test_stage_from_reference_applies_override() -> None:
    r = ref.reference_stage("f")
    stage = ref.stage_from_reference(
        r,
        "en",
        override={"name": {"en": "Close", "zh_TW": "成交"}, "milestone": "Paid", "win_rate": 80},
    )
    assert (stage.name, stage.milestone, stage.win_rate) == ("Close", "Paid", 80)
    assert stage.description == r.purpose["en"]
    with pytest.raises(ValueError):
        ref.stage_from_reference(r, "en", override={"colour": "red"})


def test_stage_override_can_replace_tasks() -> None:
    r = ref.reference_stage("g")
    stage = ref.stage_from_reference(
        r,
        "zh_TW",
        override={
            "tasks": [{"en": "Ship", "zh_TW": "出貨", "required": True}, ItemTemplate("Call")],
            "deliverables": [],
        },
    )
    assert stage.tasks == [ItemTemplate("出貨", True), ItemTemplate("Call")]
    assert stage.deliverables == []


# ------------------------------------------------------------ process_from_answers


def test_process_keeps_stages_in_order_and_records_drops() -> None:
    answers = _all_keep() | {"a": Answer.DROP, "c": Answer.NO_INFLUENCE, "e": "drop"}
    process = ref.process_from_answers(answers, "en", "Key accounts", "for KA team")
    assert isinstance(process, Process)
    assert (process.name, process.description) == ("Key accounts", "for KA team")
    assert [s.ref_key for s in process.stages] == ["b", "d", "f", "g", "h"]
    assert [s.position for s in process.stages] == [0, 1, 2, 3, 4]
    assert process.dropped == {"a": Answer.DROP, "c": Answer.NO_INFLUENCE, "e": Answer.DROP}
    assert all(isinstance(v, Answer) for v in process.dropped.values())


def test_process_applies_overrides_only_to_kept_stages() -> None:
    answers = _all_keep() | {"a": Answer.DROP}
    process = ref.process_from_answers(
        answers, "en", "P", overrides={"a": {"name": "ignored"}, "b": {"win_rate": 15}}
    )
    assert process.stages[0].ref_key == "b" and process.stages[0].win_rate == 15


def test_process_without_a_kept_stage_is_refused() -> None:
    answers = {k: Answer.DROP for k in ref.STAGE_KEYS} | {"h": Answer.NO_INFLUENCE}
    with pytest.raises(InvalidInput) as info:
        ref.process_from_answers(answers, "en", "Empty")
    assert info.value.source == "A process needs at least one stage."


def test_process_rejects_unknown_keys_and_custom_answers() -> None:
    with pytest.raises(ValueError):
        ref.process_from_answers(_all_keep() | {"z": Answer.KEEP}, "en", "P")
    with pytest.raises(ValueError):
        ref.process_from_answers(_all_keep() | {"b": Answer.CUSTOM}, "en", "P")


# ------------------------------------------------------------ presets


def test_the_five_presets_exist() -> None:
    assert {p.key for p in ref.presets()} >= PRESET_KEYS
    with pytest.raises(KeyError):
        ref.preset("nope")


@pytest.mark.parametrize("key", sorted(PRESET_KEYS))
def test_preset_answers_cover_a_to_h(key: str) -> None:
    p = ref.preset(key)
    assert list(p.answers) == list("abcdefgh")
    assert set(p.answers.values()) <= {Answer.KEEP, Answer.DROP, Answer.NO_INFLUENCE}
    assert set(p.overrides) <= set("abcdefgh")


def test_every_preset_text_is_bilingual() -> None:
    for p in ref.presets():
        for field in ref.PRESET_TEXT_FIELDS:
            for lang in ref.LANGS:
                assert p.text(field, lang).strip(), (p.key, field, lang)
        for key in p.why:
            for lang in ref.LANGS:
                assert p.why_text(key, lang).strip(), (p.key, key, lang)
        for key, override in p.overrides.items():
            for field, value in override.items():
                if field == "win_rate":
                    assert 0 <= value <= 100
                    continue
                texts = [i.texts for i in value] if field in ref.ITEM_FIELDS else [value]
                for t in texts:
                    assert all(t[lang].strip() for lang in ref.LANGS), (p.key, key, field)


def test_every_preset_builds_a_process() -> None:
    for p in ref.presets():
        for lang in ref.LANGS:
            process = ref.process_from_preset(p.key, lang)
            assert process.name == p.text("name", lang)
            assert [s.ref_key for s in process.stages] == p.kept()
            assert set(process.dropped) == set("abcdefgh") - set(p.kept())


def test_pay_and_take_has_one_stage_payment_received() -> None:
    p = ref.preset("pay_and_take")
    assert p.kept() == ["f"]
    en = ref.process_from_preset("pay_and_take", "en")
    zh = ref.process_from_preset("pay_and_take", "zh_TW")
    assert len(en.stages) == 1 and len(zh.stages) == 1
    assert en.stages[0].milestone == "Payment received"
    assert zh.stages[0].milestone == "已收到貨款"
    assert en.stages[0].ref_key == "f"
    assert len(en.dropped) == 7
    # a shop signs no contract: the preset replaces the contract tasks too
    assert en.stages[0].deliverables == [ItemTemplate("Receipt issued", True)]
    assert all("contract" not in t.text.lower() for t in en.stages[0].tasks)


def test_group_enterprise_keeps_all_eight_in_order() -> None:
    process = ref.process_from_preset("group_enterprise", "zh_TW")
    assert [s.ref_key for s in process.stages] == list("abcdefgh")
    assert [s.name for s in process.stages] == list(METHOD_NAMES.values())
    assert process.dropped == {}


def test_key_account_drops_assignment() -> None:
    assert ref.preset("key_account").answers["a"] == Answer.DROP
    assert ref.preset("inbound_leads").answers["a"] == Answer.KEEP


# ------------------------------------------------------------ own words


def _zh_texts() -> list[tuple[str, str]]:
    """Every zh_TW text we ship except the method's stage names."""
    out: list[tuple[str, str]] = []
    for s in ref.reference_stages():
        for field in ref.STAGE_TEXT_FIELDS:
            if field != "name":
                out.append((f"{s.key}.{field}", s.text(field, "zh_TW")))
        for i, item in enumerate(s.task_items + s.deliverable_items):
            out.append((f"{s.key}.item{i}", item.texts["zh_TW"]))
    for p in ref.presets():
        for field in ref.PRESET_TEXT_FIELDS:
            out.append((f"{p.key}.{field}", p.text(field, "zh_TW")))
        for key in p.why:
            out.append((f"{p.key}.why.{key}", p.why_text(key, "zh_TW")))
        for key, override in p.overrides.items():
            for field, value in override.items():
                if field in ref.ITEM_FIELDS:
                    out.extend((f"{p.key}.{key}.{field}", i.texts["zh_TW"]) for i in value)
                elif field != "win_rate":
                    out.append((f"{p.key}.{key}.{field}", value["zh_TW"]))
    return out


def _squash(text: str) -> str:
    """Drop whitespace and punctuation so that a copy cannot hide behind them."""
    return re.sub(r"[\W_]+", "", text)


@pytest.mark.skipif(not SEED.exists(), reason="the source article is not available")
def test_no_zh_text_copies_the_article() -> None:
    article = SEED.read_text(encoding="utf-8")
    grams: set[str] = set()
    for source in (article, _squash(article)):
        grams.update(source[i : i + RUN] for i in range(len(source) - RUN + 1))
    texts = _zh_texts()
    assert len(texts) > 100
    for where, text in texts:
        for candidate in (text, _squash(text)):
            for i in range(len(candidate) - RUN + 1):
                assert candidate[i : i + RUN] not in grams, (where, candidate[i : i + RUN])
