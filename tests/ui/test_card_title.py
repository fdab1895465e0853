"""A narrow card's title over two lines: what was cut to "Plant en…" at eight stages on a
1440 px screen now reads whole, in English and Chinese, and a title of any text stays
inside its lines."""

from __future__ import annotations

import unicodedata

import pytest
from builders import simple_process
from hypothesis import example, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from planner.domain.model import Account, Deal
from planner.services import Planner
from planner.ui.board import Board
from planner.ui.board.card_title import lines
from planner.ui.board.delegate import PAD_X, PAD_Y, CardDelegate

ELLIPSIS = "…"


def title_font() -> tuple[QFont, QFontMetrics]:
    base = QFont()
    base.setPointSizeF(10)
    title = CardDelegate()._fonts(base)[0]
    return title, QFontMetrics(title)


def test_words_go_to_the_second_line_whole(qapp) -> None:  # noqa: ANN001
    font, fm = title_font()
    first, second = lines("Cold-chain fleet tracking", font, fm, fm.horizontalAdvance("Cold-chain fleet") + 2, 400)
    assert (first, second) == ("Cold-chain fleet", "tracking")


def test_a_title_that_fits_keeps_one_line(qapp) -> None:  # noqa: ANN001
    font, fm = title_font()
    assert lines("ERP", font, fm, 200, 200) == ("ERP", "")
    assert lines("  ERP\nupgrade\t ", font, fm, 400, 400) == ("ERP upgrade", "")  # pasted breaks: spaces


def test_chinese_breaks_between_characters(qapp) -> None:  # noqa: ANN001
    font, fm = title_font()
    first, second = lines("供應商入口網站", font, fm, fm.horizontalAdvance("供應商入") + 1, 400)
    assert (first, second) == ("供應商入", "口網站")


def test_a_chinese_title_leaves_no_character_alone_on_the_second_line(qapp) -> None:  # noqa: ANN001
    font, fm = title_font()
    first, second = lines("供應商入口網站", font, fm, fm.horizontalAdvance("供應商入口網") + 1, 400)
    assert (first, second) == ("供應商入口", "網站")
    # a title of letters keeps its break: never a word cut to move a letter
    first, second = lines("Portal upgrade b", font, fm, fm.horizontalAdvance("Portal upgrade") + 1, 400)
    assert (first, second) == ("Portal upgrade", "b")


def test_the_rest_is_cut_with_an_ellipsis_on_the_second_line(qapp) -> None:  # noqa: ANN001
    font, fm = title_font()
    title = "Plant energy monitoring for the whole southern campus and its three warehouses"
    first, second = lines(title, font, fm, 100, 120)
    assert title.startswith(first) and second.endswith(ELLIPSIS)
    assert fm.horizontalAdvance(first) <= 100 and fm.horizontalAdvance(second) <= 120


def test_one_long_word_breaks_anywhere_and_an_emoji_stays_whole(qapp) -> None:  # noqa: ANN001
    font, fm = title_font()
    first, second = lines("https://example.com/quotes/2026/Q4/kaohsiung", font, fm, 90, 400)
    assert first and "https://example.com/quotes/2026/Q4/kaohsiung".startswith(first)
    assert first + second == "https://example.com/quotes/2026/Q4/kaohsiung"
    emoji = "🚀" * 40
    first, second = lines(emoji, font, fm, 60, 60)
    assert set(first) <= {"🚀"} and set(second) <= {"🚀", ELLIPSIS}  # never half a character


@example(title="0000\x9c", first=30, rest=60)  # a control character: Qt draws nothing for it
@settings(max_examples=150, deadline=None)
@given(title=st.text(max_size=120), first=st.integers(30, 300), rest=st.integers(60, 300))
def test_any_title_stays_inside_its_two_lines(qapp, title: str, first: int, rest: int) -> None:  # noqa: ANN001
    font, fm = title_font()
    head, tail = lines(title, font, fm, first, rest)
    shown = " ".join("".join(c for c in title if unicodedata.category(c) != "Cc" or c.isspace()).split())
    assert fm.horizontalAdvance(head) <= max(first, fm.horizontalAdvance(ELLIPSIS))
    assert fm.horizontalAdvance(tail) <= max(rest, fm.horizontalAdvance(ELLIPSIS))
    assert "\n" not in head + tail
    if ELLIPSIS not in head + tail and ELLIPSIS not in shown:  # nothing cut: all of it, in order
        assert shown in (head, head + tail, f"{head} {tail}")


def ink_rows(image, left: int, right: int, top: int, bottom: int) -> int:  # noqa: ANN001
    """Dark pixels between those bounds of a grabbed widget."""
    return sum(1 for y in range(top, bottom) for x in range(left, right)
               if QColor(image.pixel(x, y)).lightness() < 110)


@pytest.mark.parametrize("title", ["Plant energy monitoring upgrade", "ERP"])
def test_a_narrow_column_gives_the_title_a_second_line(qtbot, planner: Planner, title: str) -> None:  # noqa: ANN001
    pid = planner.processes.create(simple_process(8))
    acme = planner.accounts.create(Account("Acme"))
    planner.deals.create(Deal(acme, pid, title, value=5_000))
    board = Board(planner)
    qtbot.addWidget(board)
    board.resize(1280, 700)  # eight stages: narrow columns
    board.reload(pid)
    board.show()
    for _ in range(4):
        QApplication.processEvents()
    view = board.columns[0].view
    assert board.delegate.narrow(view.viewport().width())
    card = view.visualRect(view.model().index(0, 0))
    assert card.height() == board.delegate.card_height(view.font(), True)
    assert card.height() > board.delegate.card_height(view.font(), False)
    fm = QFontMetrics(board.delegate._fonts(view.font())[0])
    image = view.viewport().grab().toImage()
    left, right, top = card.left() + PAD_X, card.right() - PAD_X, card.top() + PAD_Y
    assert ink_rows(image, left, right, top, top + fm.height()) > 20  # the first line
    second = ink_rows(image, left, right, top + fm.height() + 1, top + 2 * fm.height() - 1)
    assert (second > 20) is (len(title) > 3)  # the rest of a long title; nothing under a short one
