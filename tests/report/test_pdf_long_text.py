"""A long note prints whole, laid out as one paragraph, a few lines at a time: one of 5,000
lines (within the app's 100,000 characters) made a plan take 24 s, as reportlab laid out the
rest of the paragraph again at every page. A text longer than the app keeps (another
program's) prints up to that limit, then says how much was left out."""

from __future__ import annotations

from pdf_plans import small_plan
from reportlab.platypus import Spacer

from planner.domain.rules import MAX_TEXT
from planner.report.blocks import BLOCK_LINES, p, text_block
from planner.report.theme import styles

NOTE = "\n".join(f"Line {n}: site visit, the plant manager" + ("\n" if n % 40 == 0 else "")
                 for n in range(1, 2_001))
assert len(NOTE) < MAX_TEXT  # as long as the app lets a note be, nearly

def height(flowables: list, width: float = 2_000) -> float:
    total = 0.0
    for f in flowables:
        _w, h = f.wrap(width, 1e9)
        total += h
    return total


def test_a_long_text_is_set_a_few_lines_a_paragraph_as_high_as_one() -> None:
    style = styles().body
    blocks = text_block(NOTE, style)
    paragraphs = [b for b in blocks if not isinstance(b, Spacer)]
    assert len(paragraphs) > 2_000 // BLOCK_LINES
    assert all(len(b.text.split("<br/>")) <= BLOCK_LINES for b in paragraphs)
    assert sum(isinstance(b, Spacer) for b in blocks) == 2_000 // 40 - 1  # the blank lines (not the last)
    # the same height as the one paragraph it replaces, the style's space only at its ends
    assert abs(height(blocks) - height([p(NOTE, style)])) < 0.01
    assert paragraphs[0].style.spaceBefore == style.spaceBefore and paragraphs[-1].style.spaceAfter == style.spaceAfter
    assert all(b.style.spaceAfter == 0 for b in paragraphs[:-1]) and all(b.style.spaceBefore == 0 for b in paragraphs[1:])


def test_a_short_text_stays_one_paragraph() -> None:
    assert len(text_block("Met the CFO\nBudget in Q3", styles().body)) == 1


def test_a_long_line_is_cut_in_pieces_at_spaces_or_anywhere_in_chinese() -> None:
    style = styles().body
    for line in ("word " * 12_000, "長" * 60_000):
        blocks = text_block(line, style)
        assert len(blocks) > 1
        text = "".join(b.text for b in blocks)
        assert text.replace("<br/>", "").replace(" ", "") == line.replace(" ", "")


def test_every_line_of_a_long_note_is_printed(write) -> None:  # noqa: ANN001
    written = write(small_plan(deal_notes=NOTE), "en")
    body = written.text
    assert all(f"Line {n}:" in body for n in (1, 500, 1_000, 1_999, 2_000))
    assert body.count("site visit, the plant manager") == 2_000


def test_a_text_beyond_the_apps_limit_prints_the_limit_and_says_so(write) -> None:  # noqa: ANN001
    huge = "長長的備註 long note line\n" * 20_000  # 420,000 characters, as another program wrote them
    written = write(small_plan(deal_notes=huge), "zh_TW")
    body = written.text
    kept = MAX_TEXT // len("長長的備註 long note line\n")
    assert kept - 1 <= body.count("long note line") <= kept + 1
    assert f"其後另有 {len(huge.strip()) - MAX_TEXT:,} 個字元未印出" in body
    english = write(small_plan(deal_notes=huge), "en").text
    assert f"and {len(huge.strip()) - MAX_TEXT:,} characters more, not printed" in english
