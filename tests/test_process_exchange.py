"""Sharing a process as a JSON file: round trip, and refusals that import nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planner import i18n
from planner import process_exchange as exchange
from planner.domain.errors import FileRefused, InvalidInput, WriteFailed
from planner.domain.model import Answer, BuyingRole, ItemTemplate, Stage
from planner.domain.reference import process_from_preset
from planner.services import Planner


def _saved(planner: Planner, key: str = "standard_b2b") -> int:
    process = process_from_preset(key, "en")
    process.stages.insert(1, Stage("Trial run", "Trial accepted", 55, answer=Answer.CUSTOM,
                                   tasks=[ItemTemplate("Ship samples", True)],
                                   required_roles=[BuyingRole.ECONOMIC_BUYER, BuyingRole.COACH]))
    return planner.processes.create(process)


def _comparable(stages: list[Stage]) -> list[tuple]:
    return [(s.name, s.milestone, s.description, s.tools, s.win_rate, s.ref_key, s.answer,
             s.tasks, s.deliverables, s.required_roles) for s in stages]


def test_round_trip_keeps_every_stage_and_answer(planner: Planner, tmp_path: Path) -> None:
    pid = _saved(planner)
    target = tmp_path / "shared.json"
    exchange.export_process(planner, pid, target)
    new_id = exchange.import_process(planner, target)
    original, copy = planner.processes.get(pid), planner.processes.get(new_id)
    assert new_id != pid
    assert copy.name == original.name and copy.description == original.description
    assert _comparable(copy.stages) == _comparable(original.stages)
    assert copy.dropped == original.dropped == {
        "a": Answer.DROP, "b": Answer.DROP, "c": Answer.NO_INFLUENCE, "d": Answer.DROP}


def test_the_file_is_versioned_and_readable(planner: Planner, tmp_path: Path) -> None:
    target = tmp_path / "shared.json"
    exchange.export_process(planner, _saved(planner), target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == "deal-planner-process" and data["version"] == 1
    assert data["process"]["stages"][1] == {
        "name": "Trial run", "milestone": "Trial accepted", "description": "", "tools": "",
        "win_rate": 55, "ref_key": None, "answer": "custom",
        "tasks": [{"text": "Ship samples", "required": True}], "deliverables": [],
        "required_roles": ["economic_buyer", "coach"]}
    assert data["process"]["stages"][0]["required_roles"] == []
    assert not {"id", "archived"} & set(data["process"])  # ids and archive state stay home


def test_chinese_text_is_kept_as_is(planner: Planner, tmp_path: Path) -> None:
    pid = planner.processes.create(process_from_preset("pay_and_take", "zh_TW"))
    target = tmp_path / "門市.json"
    exchange.export_process(planner, pid, target)
    assert "已收到貨款" in target.read_text(encoding="utf-8")
    assert planner.processes.get(exchange.import_process(planner, target)).stages[0].milestone == "已收到貨款"


def _refused(planner: Planner, path: Path) -> FileRefused:
    before = planner.processes.summaries()
    with pytest.raises(FileRefused) as caught:
        exchange.import_process(planner, path)
    assert planner.processes.summaries() == before, "a refused file must import nothing"
    return caught.value


def _valid_doc() -> dict:
    return exchange.process_to_dict(process_from_preset("key_account", "en"))


@pytest.mark.parametrize("content", [
    b"", b"not json at all", b"\xff\xfe\x00garbage", b"[1, 2, 3]",
    json.dumps({"format": "something-else", "version": 1}).encode(),
    json.dumps({"version": 1, "process": {}}).encode(),
    json.dumps({"format": "deal-planner-process", "version": "1"}).encode(),
    json.dumps({"format": "deal-planner-process", "version": 0}).encode(),
])
def test_foreign_or_unreadable_files_are_refused(planner: Planner, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    error = _refused(planner, path)
    assert "is not a Deal Planner process file" in i18n.error_text(error)
    assert "bad.json" in i18n.error_text(error)


def test_a_newer_file_is_refused_with_a_clear_message(planner: Planner, tmp_path: Path) -> None:
    doc = _valid_doc() | {"version": 2}
    path = tmp_path / "future.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    message = i18n.error_text(_refused(planner, path))
    assert "newer version" in message and "format 2" in message


@pytest.mark.parametrize("damage, where", [
    (lambda p: p["stages"][0].update(win_rate=150), "process.stages[0].win_rate"),
    (lambda p: p["stages"][0].update(win_rate=True), "process.stages[0].win_rate"),
    (lambda p: p["stages"][1].update(name="  "), "process.stages[1].name"),
    (lambda p: p["stages"][1].pop("milestone"), "process.stages[1].milestone"),
    (lambda p: p["stages"][2].update(ref_key="z"), "process.stages[2].ref_key"),
    (lambda p: p["stages"][2].update(answer="maybe"), "process.stages[2].answer"),
    (lambda p: p["stages"][0]["tasks"].append({"text": "", "required": False}), "process.stages[0].tasks"),
    (lambda p: p["stages"][0]["tasks"].append({"text": "x", "required": "yes"}), "process.stages[0].tasks"),
    (lambda p: p["stages"][1].update(ref_key="b"), "process.stages.ref_key"),
    (lambda p: p["stages"][0].update(required_roles=["boss"]), "process.stages[0].required_roles[0]"),
    (lambda p: p["stages"][0].update(required_roles="coach"), "process.stages[0].required_roles"),
    (lambda p: p["dropped"].update(b="drop"), "process.dropped.b"),
    (lambda p: p["dropped"].update(a="keep"), "process.dropped.a"),
    (lambda p: p.update(stages=[]), "process.stages"),
    (lambda p: p.pop("name"), "process.name"),
])
def test_damaged_files_are_refused_and_say_where(planner: Planner, tmp_path: Path, damage, where: str) -> None:
    doc = _valid_doc()
    damage(doc["process"])
    path = tmp_path / "damaged.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    message = i18n.error_text(_refused(planner, path))
    assert "damaged or incomplete" in message and where in message


def test_missing_and_oversized_files_are_refused(planner: Planner, tmp_path: Path) -> None:
    assert "cannot be read" in i18n.error_text(_refused(planner, tmp_path / "absent.json"))
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (exchange.MAX_BYTES + 1))
    assert "too large" in i18n.error_text(_refused(planner, big))


def test_the_methods_rules_still_apply_on_import(planner: Planner, tmp_path: Path) -> None:
    doc = _valid_doc()
    doc["process"]["name"] = "x" * 1000
    path = tmp_path / "long.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(InvalidInput):
        exchange.import_process(planner, path)
    assert planner.processes.summaries() == []


def test_a_failed_export_leaves_nothing_behind(planner: Planner, tmp_path: Path) -> None:
    pid = _saved(planner)
    with pytest.raises(WriteFailed):
        exchange.export_process(planner, pid, tmp_path / "missing-folder" / "x.json")
    out = tmp_path / "out"
    out.mkdir()
    target = out / "x.json"
    target.mkdir()  # a folder where the file should go: os.replace fails
    with pytest.raises(WriteFailed):
        exchange.export_process(planner, pid, target)
    assert [p.name for p in out.iterdir()] == ["x.json"]
    assert list(target.iterdir()) == []


def test_a_file_without_required_roles_requires_none(planner: Planner, tmp_path: Path) -> None:
    """Files written before stages could require roles read as requiring none; repeats count once."""
    doc = _valid_doc()
    for stage in doc["process"]["stages"]:
        stage.pop("required_roles", None)
    doc["process"]["stages"][1]["required_roles"] = ["coach", "coach"]
    path = tmp_path / "older.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    stages = planner.processes.get(exchange.import_process(planner, path)).stages
    assert [s.required_roles for s in stages][:3] == [[], [BuyingRole.COACH], []]
