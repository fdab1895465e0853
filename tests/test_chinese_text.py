"""Chinese text reads as Chinese: full-width punctuation between Chinese characters, one 您 throughout.

Checked in every catalogue's translations (the command line's too) and in the reference process, where a half-width
``,:;()`` slips in easily when a sentence is typed with an English keyboard layout.
Two exceptions are Qt's own syntax: an access key ``(&N)`` and a file dialog's filter ``(*.json)``.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CJK = r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]"
HALF_WIDTH = re.compile(rf"(?<={CJK})[,:;()]|[,:;()](?={CJK})")
ACCESS_KEY = re.compile(r"\(&[A-Za-z0-9]\)")


def problems(text: str) -> list[str]:
    if "(*" in text:  # a file filter: Qt parses its ASCII parentheses
        return []
    found = HALF_WIDTH.findall(ACCESS_KEY.sub("", text))
    return found + (["你"] if "你" in text else [])


def catalogue_texts() -> Iterator[tuple[str, str]]:
    for ts in sorted((ROOT / "resources" / "i18n").glob("*.ts")):
        for message in ET.parse(ts).getroot().iter("message"):
            translation = message.find("translation")
            assert translation is not None
            for node in list(translation.iter("numerusform")) or [translation]:
                yield f"{ts.name}: {message.findtext('source')}", node.text or ""


def command_line_texts() -> Iterator[tuple[str, str]]:
    from planner import cli_catalogue

    for message in cli_catalogue.read():
        strings = message.string if isinstance(message.string, (list, tuple)) else [message.string]
        for string in strings:
            yield f"cli: {message.id}", string or ""


def reference_texts() -> Iterator[tuple[str, str]]:
    def walk(node: object, where: str) -> Iterator[tuple[str, str]]:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "zh_TW" and isinstance(value, str):
                    yield where, value
                else:
                    yield from walk(value, f"{where}.{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                yield from walk(value, f"{where}[{i}]")

    for path in sorted((ROOT / "resources" / "reference").glob("*.json")):
        yield from walk(json.loads(path.read_text(encoding="utf-8")), path.name)


@pytest.mark.parametrize("texts", [catalogue_texts, command_line_texts, reference_texts])
def test_chinese_uses_full_width_punctuation_and_one_form_of_you(texts) -> None:  # noqa: ANN001
    found = {where: problems(text) for where, text in texts() if problems(text)}
    assert found == {}


# one Chinese word for each of the method's terms: a reader must not wonder whether a "sealed"
# history and an "archived" deal, or two words for a milestone, are the same thing
GLOSSARY: list[tuple[re.Pattern[str], str, tuple[str, ...]]] = [
    (re.compile(r"milestone", re.I), "里程點", ("里程碑",)),
    (re.compile(r"\bseal", re.I), "封緘", ("封存", "封印")),
    (re.compile(r"\bhistory\b", re.I), "歷程", ("歷史紀錄", "歷史記錄")),
]


def glossary_problems(source: str, text: str) -> list[str]:
    return [f"{wrong} (say {word})" for pattern, word, wrongs in GLOSSARY
            for wrong in wrongs if pattern.search(source) and wrong in text
            and not (wrong == "封存" and re.search(r"archiv", source, re.I))]


def test_each_term_of_the_method_has_one_chinese_word() -> None:
    found = {where: glossary_problems(where, text) for where, text in catalogue_texts()
             if glossary_problems(where, text)}
    anywhere = {where: w for where, text in [*catalogue_texts(), *command_line_texts(), *reference_texts()]
                for w in ("里程碑", "封印", "歷史紀錄", "歷史記錄") if w in text}
    assert found == {} and anywhere == {}


@pytest.mark.parametrize(("text", "bad"), [
    ("名稱(&N):", [":"]), ("新客戶(行銷)", ["(", ")"]), ("你的實績", ["你"]), ("金額,幣別", [","]),
    ("名稱(&N)：", []), ("規劃檔 (*.planner)", []), ("{name}：{value}", []), ("Deal Planner 流程", []),
])
def test_the_check_sees_what_it_guards(text: str, bad: list[str]) -> None:
    assert problems(text) == bad


def test_the_glossary_sees_what_it_guards() -> None:
    assert glossary_problems("x: The history was sealed.", "已封存") == ["封存 (say 封緘)"]
    assert glossary_problems("x: Archived and sealed", "封存") == []
    assert glossary_problems("x: Confirm the milestone", "確認里程碑") == ["里程碑 (say 里程點)"]


def test_arrow_keys_read_as_keys_not_mouse_buttons(qapp) -> None:  # noqa: ANN001
    """qtbase_zh_TW names the arrow keys 右鍵/左鍵, which reads as a right or left click."""
    from PySide6.QtGui import QKeySequence

    from planner import i18n

    i18n.install("zh_TW")
    try:
        shown = [QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)
                 for k in ("Ctrl+Right", "Ctrl+Left", "Up", "Down")]
    finally:
        i18n.install("en")
    assert shown == ["Ctrl+→", "Ctrl+←", "↑", "↓"]
