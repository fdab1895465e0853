"""A stage's name on two header lines is broken between words (any character in Chinese): a
first word too wide for the first line, beside the count and the "+", is elided there, never
cut in two ("Custome" / "r identification …" was painted on the first column)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QFontMetrics

from planner.domain.model import Stage
from planner.ui.board.header import ColumnHeader

ELLIPSIS = "…"


def _lines(name: str, first: int, second: int) -> list[str]:
    header = ColumnHeader(Stage(name=name, milestone="Done", win_rate=10))
    header.name_lines = 2
    fm = QFontMetrics(header._fonts()[0])
    return header._name_split(fm, first, second)


def test_a_long_first_word_is_elided_not_cut(qapp) -> None:
    name = "Customer identification & qualification"
    header = ColumnHeader(Stage(name=name, milestone="Done", win_rate=10))
    fm = QFontMetrics(header._fonts()[0])
    first = fm.horizontalAdvance("Customer") - 6  # as on a narrow first column
    lines = _lines(name, first, 4 * first)
    assert lines[0].endswith(ELLIPSIS) and "Customer".startswith(lines[0].removesuffix(ELLIPSIS))
    assert lines[1].startswith("identification")


def test_chinese_breaks_between_any_characters(qapp) -> None:
    name = "客戶識別與資格確認階段"
    header = ColumnHeader(Stage(name=name, milestone="完成", win_rate=10))
    fm = QFontMetrics(header._fonts()[0])
    lines = _lines(name, fm.horizontalAdvance("客戶識別"), 1000)
    assert lines[0] == "客戶識別" and lines[1] == "與資格確認階段"


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ&-", min_size=1, max_size=14)


@settings(max_examples=150, deadline=None)
@given(words=st.lists(_WORD, min_size=2, max_size=6), first=st.integers(10, 200), second=st.integers(20, 300))
def test_no_word_is_ever_cut_in_two(qapp, words: list[str], first: int, second: int) -> None:
    name = " ".join(words)
    lines = _lines(name, first, second)
    assert 1 <= len(lines) <= 2
    whole = set(words)
    for line in lines:
        shown = line.removesuffix(ELLIPSIS).split()
        if not shown:
            continue
        # every word shown is whole, but for the last of an elided line, which is a word's start
        for word in shown[:-1] if line.endswith(ELLIPSIS) else shown:
            assert word in whole, (name, lines)
        if line.endswith(ELLIPSIS):
            assert any(w.startswith(shown[-1]) for w in words), (name, lines)


def test_chinese_before_a_space_still_breaks_between_characters(qapp) -> None:
    name = "客戶識別與資格確認 (Qualify)"
    header = ColumnHeader(Stage(name=name, milestone="完成", win_rate=10))
    fm = QFontMetrics(header._fonts()[0])
    lines = _lines(name, fm.horizontalAdvance("客戶識別"), 1000)
    assert lines == ["客戶識別", "與資格確認 (Qualify)"]
