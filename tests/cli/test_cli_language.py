"""The command line speaks the user's language: its help, and argparse's own messages.

Before, ``deal-planner export-pdf`` on a Chinese system answered "the following arguments
are required: …" and ``--help`` was English only, while every other message was Chinese.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from planner import cli_catalogue, cli_language


def _messages(catalog) -> dict[str, object]:  # noqa: ANN001
    return {m.id if isinstance(m.id, str) else m.id[0]: m.string for m in catalog if m.id}


def test_every_text_of_the_parser_and_of_argparse_is_translated() -> None:
    held = _messages(cli_catalogue.read())
    wanted = [t[0] for t in cli_catalogue.argparse_messages()] + cli_catalogue.cli_texts()
    missing = [t for t in wanted if not held.get(t) or (isinstance(held[t], (list, tuple)) and not all(held[t]))]
    assert missing == []


def test_the_compiled_catalogue_is_the_one_built_from_its_source() -> None:
    built = cli_catalogue.mo_bytes(cli_catalogue.read())
    assert built == cli_language.compiled().read_bytes(), "run: python -m planner.cli_catalogue"


def _run(*args: str, lang: str = "zh_TW.UTF-8") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update(LANG=lang, QT_QPA_PLATFORM="offscreen", COLUMNS="80")
    return subprocess.run([sys.executable, "-m", "planner", *args], env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=60)


def test_a_missing_argument_is_said_in_chinese_on_a_chinese_system(tmp_path) -> None:  # noqa: ANN001
    ran = _run("--db", str(tmp_path / "x.planner"), "export-pdf")
    assert ran.returncode == 2
    assert ran.stderr.splitlines() == ["deal-planner：缺少必要的參數：--account, -o/--output（請參閱 --help）"]


def test_an_unknown_command_and_a_bad_value_in_chinese() -> None:
    ran = _run("frobnicate")
    assert ran.returncode == 2 and "無效的選擇：'frobnicate'" in ran.stderr and "invalid" not in ran.stderr
    ran = _run("demo", "--db", "x.planner", "--deals", "many")
    assert ran.returncode == 2 and "參數 --deals：'many' 不是有效的 int 值" in ran.stderr


def test_the_app_options_too_and_lang_chooses_over_the_system() -> None:
    ran = _run("--lang", "xx")
    assert ran.returncode == 2 and "不支援的語言 'xx'" in ran.stderr
    ran = _run("--lang", "en", "frobnicate")
    assert ran.returncode == 2 and "invalid choice: 'frobnicate'" in ran.stderr
    ran = _run("--lang", "zh_TW", "--db", lang="en_US.UTF-8")
    assert ran.returncode == 2 and "參數 --db：需要一個值" in ran.stderr


def test_help_in_chinese_fits_the_terminal() -> None:
    ran = _run("export-pdf", "--help")
    assert ran.returncode == 0
    lines = ran.stdout.splitlines()
    assert lines[0].startswith("用法：deal-planner export-pdf")
    assert "選項：" in lines and "  -h, --help            顯示這份說明後結束" in lines
    assert "客戶的編號或完整名稱" in ran.stdout
    # each line fits 80 columns, a Chinese character counting two (argparse counts one)
    assert max(_width(line) for line in lines) <= 80


def test_help_in_english_stays_english() -> None:
    ran = _run("--help", lang="en_US.UTF-8")
    assert ran.returncode == 0 and ran.stdout.startswith("usage: deal-planner") and "options:" in ran.stdout


def _width(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in line)


_TEXT = st.lists(st.sampled_from(["商機", "客戶計畫", "，", "。", "）", "（", "PDF", "--force", " ", "a", "word",
                                  "internal：", "、", "里程點", "averyveryverylongwordthatcannotbreak"]),
                 max_size=40).map("".join)


@given(_TEXT, st.integers(min_value=8, max_value=60))
def test_wrap_keeps_every_character_within_the_width_and_breaks_only_where_allowed(text: str, width: int) -> None:
    lines = cli_language.wrap(" ".join(text.split()), width)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")  # nothing lost, nothing added
    for line in lines:
        assert line == line.strip() and line
        # wider only where it cannot break: one word or one Chinese character, with the
        # punctuation that closes it ("word ，" breaks at neither place)
        whole = re.sub(r" *[，。、）：]", "", line)
        assert _width(line) <= width or (" " not in whole and (len(whole) == 1 or _width(whole) == len(whole)))
        assert line[0] not in "，。、）：" or line is lines[0]
