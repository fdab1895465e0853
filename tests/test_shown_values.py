"""A value inside a message (a file name, a cell, a name) is one short line that cannot
drive the terminal: control and bidirectional characters escaped, a long one cut in the
middle (a path keeps its file name)."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from planner.i18n import SHOWN_AT_MOST, shown


@given(st.text())
def test_a_value_in_a_message_is_short_and_printable(value: str) -> None:
    text = shown(value)
    assert len(text) <= SHOWN_AT_MOST
    assert not any(unicodedata.category(c) == "Cc" for c in text)
    assert not set(text) & set("\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def test_a_long_path_keeps_both_ends() -> None:
    path = "/home/me/" + "deep/" * 100 + "plan.planner"
    text = shown(path)
    assert text.startswith("/home/me/deep/") and text.endswith("/deep/plan.planner") and "…" in text
    assert shown("short name") == "short name"
    assert shown("evil\u202eredaolnwod") == "evil\\u202eredaolnwod"
