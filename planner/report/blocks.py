"""Building blocks shared by the report's sections: escaped paragraphs, headings, tables.

Every piece of user text reaches reportlab through :func:`p` or ``markup.para``;
plain-string table cells (dates, amounts, our own headers) are never parsed as markup.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from planner.domain.rules import MAX_TEXT
from planner.report import theme
from planner.report.fonts import BOLD, REGULAR, runs, text_width
from planner.report.labels import Labels
from planner.report.markup import clean, para
from planner.report.paragraphs import Para
from planner.report.theme import hex_of, styles

EMPTY = "\u2014"  # an empty cell: an em dash, greyed
CELL_SIZE = 8.2  # the font size of Blocks.table's cells
CELL_PADDING = 10.5  # their left and right padding, and a little room


def p(text: object, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (user's or ours), escaped; bold styles get the glyph fallback."""
    return Para(para(text, font=style.fontName), style)


# lines of a long text set as one paragraph: reportlab splits a paragraph at a page's end by
# laying out what is left of it again, so a note of 4,800 lines (within the app's 100,000
# characters) made a plan take 24 s; a long line is cut into pieces of this many characters
BLOCK_LINES = 24
BLOCK_CHARS = 2_000


def text_block(text: object, style: ParagraphStyle, cut: str = "") -> list[Flowable]:
    """A user's text of any length as it would print as one paragraph: a few lines per
    paragraph, with no space between them but the style's before the first and after the
    last, and a blank line a line's height. A text longer than the app keeps (another
    program's) prints that much, then ``cut`` (a label with {n}: the characters left out)."""
    whole = clean(text)
    if len(whole) > MAX_TEXT:
        left_out = len(whole) - MAX_TEXT
        return [*text_block(whole[:MAX_TEXT], style), *([p(cut.format(n=f"{left_out:,}"), style)] if cut else [])]
    lines = [piece for line in whole.split("\n") for piece in _pieces(line)]
    if len(lines) <= BLOCK_LINES:
        return [p(whole, style)]
    runs: list[list[str]] = []  # runs of lines; [] for a blank line
    for line in lines:
        if not line.strip():
            runs.append([])
        elif runs and runs[-1] and len(runs[-1]) < BLOCK_LINES:
            runs[-1].append(line)
        else:
            runs.append([line])
    inner = _inner_style(style)
    out: list[Flowable] = []
    for n, run in enumerate(runs):
        if not run:
            out.append(Spacer(1, style.leading))
            continue
        first, last = n == 0, n == len(runs) - 1
        shape = style if first and last else inner[(first, last)]
        out.append(p("\n".join(run), shape))
    return out


def _pieces(line: str) -> list[str]:
    """``line``, in pieces of ``BLOCK_CHARS`` characters cut at a space where there is one."""
    pieces = []
    while len(line) > BLOCK_CHARS:
        cut = line.rfind(" ", BLOCK_CHARS // 2, BLOCK_CHARS)
        cut = cut if cut > 0 else BLOCK_CHARS  # Chinese, a long word: at the limit
        pieces.append(line[:cut])
        line = line[cut:].lstrip(" ")
    return [*pieces, line]


@functools.cache
def _inner_style(style: ParagraphStyle) -> dict[tuple[bool, bool], ParagraphStyle]:
    """``style`` for a block's first, middle and last paragraphs: space only at its ends."""
    return {(first, last): ParagraphStyle(f"{style.name}-{int(first)}{int(last)}", parent=style,
                                          spaceBefore=style.spaceBefore if first else 0,
                                          spaceAfter=style.spaceAfter if last else 0)
            for first in (True, False) for last in (True, False)}


def coloured(text: str, colour, bold: bool = False) -> str:
    """Escaped text in a colour, as markup to embed in a paragraph."""
    body = para(text, bold=bold)
    if bold:
        body = f'<font name="{BOLD}">{body}</font>'
    return f'<font color="{hex_of(colour)}">{body}</font>'


def keep_with_next(flowables: list[Flowable]) -> list[Flowable]:
    """Chain the flowables so reportlab keeps them on one page (a heading before them joins in).

    A KeepTogether cannot be nested in the group reportlab forms for a heading's
    keepWithNext, so the chain is made of keepWithNext flags instead.
    """
    for flowable in flowables[:-1]:
        flowable.keepWithNext = 1
    return flowables


def date_column(lang: str, width: float, size: float = 8.2, padding: float = 10.0) -> float:
    """The share of ``width`` a table's date column needs for the longest date in ``lang``'s
    one date format (Sep 30, 2026 / 2026年12月31日), so that no date wraps."""
    return (_widest_date(lang, size) + padding + 1) / width


@functools.cache
def _widest_date(lang: str, size: float) -> float:
    from planner.report import formats

    return max(text_width(formats.day(date(2026, month, 28 if month == 2 else 30), lang), REGULAR, size)
               for month in range(1, 13))


def shorten(text: str, limit: int) -> str:
    text = clean(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class RoomFor(CondPageBreak):
    """An invisible check before a heading: the heading and the first row of the table
    under it start on the same page, or the heading moves to the next one.

    (A fixed CondPageBreak guesses; KeepTogether would move a whole long table.)
    """

    def __init__(self, above: Sequence[Flowable], table: Table) -> None:
        super().__init__(0)
        self.above = list(above)
        self.table = table

    def wrap(self, availWidth, availHeight):  # reportlab's names
        need = 0.0
        for flowable in self.above:
            need += flowable.wrap(availWidth, availHeight)[1] + flowable.getSpaceBefore() + flowable.getSpaceAfter()
        self.table.wrap(availWidth, 1e9)
        need += sum(self.table._rowHeights[: self.table.repeatRows + 1])
        self.height = need
        return super().wrap(availWidth, availHeight)


class RoomForBlock(CondPageBreak):
    """Room for a heading and the whole block under it (one that KeepTogether moves whole),
    or the heading moves to the next page with it."""

    def __init__(self, above: list[Flowable], block: Flowable) -> None:
        super().__init__(0)
        self.above, self.block = above, block

    def wrap(self, availWidth, availHeight):  # reportlab's names
        need = sum(f.wrap(availWidth, availHeight)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in self.above)
        height = self.block.wrapOn(self.canv, availWidth, 1e9)[1]
        if isinstance(self.block, KeepTogether):  # its wrap answers "too tall" to be asked to split;
            height = self.block._H  # what it holds is measured here
        self.height = need + height
        return super().wrap(availWidth, availHeight)


class RowTable(Table):
    """A table that splits between rows, and inside a row only when it must.

    reportlab splits inside a row (``splitInRow``) whenever the next whole row
    does not fit in what is left of the page, leaving a line or two of a row
    at the foot of one page and the rest on the next. Here a row that fits on
    a page of its own moves to the next page whole; only a row taller than a
    page (a 10,000-character note) is cut, so it still prints in full.
    """

    def __init__(self, data, *, header_on_new_page: list[str] | None = None, **kwargs) -> None:
        kwargs.setdefault("splitInRow", 1)
        kwargs.setdefault("hAlign", "LEFT")
        self._new_page_header = header_on_new_page
        if header_on_new_page is not None:
            # a continuation of a table: its header row is there but hidden (empty, no height)
            # until the rows start a new page, where it shows like a repeated header
            width = len(header_on_new_page)
            data = [[""] * width, *data]
            kwargs["rowHeights"] = [0, *(kwargs.get("rowHeights") or [None] * (len(data) - 1))]
            kwargs["repeatRows"] = 1
        super().__init__(data, **kwargs)

    def _show_header(self) -> None:
        if self._new_page_header is not None:
            self._cellvalues[0] = list(self._new_page_header)
            self._argH[0] = None
            self._new_page_header = None

    def wrap(self, availWidth, availHeight):  # reportlab's names
        frame = getattr(self, "_frame", None)
        if frame is not None and getattr(frame, "_atTop", False):
            self._show_header()
        return super().wrap(availWidth, availHeight)

    def split(self, availWidth, availHeight):
        header = self._new_page_header
        parts = self._split(availWidth, availHeight)
        for part in parts[1:]:  # the rows that go on to the next page carry the header
            part._new_page_header = header
            part._show_header()
        return parts

    def _split(self, availWidth, availHeight):
        self._calc(availWidth, availHeight)
        parts = self._splitRows(availHeight, doInRowSplit=False)
        if parts:
            return parts
        frame = getattr(self, "_frame", None)
        if frame is not None and not getattr(frame, "_atTop", False):
            first = self.repeatRows if self.repeatRows < len(self._rowHeights) else 0
            needed = sum(self._rowHeights[: first + 1])
            if needed <= frame._height:  # fits on the next page whole: move it there
                return []
        return super().split(availWidth, availHeight)


class Blocks:
    """Headings, cells and tables in the report's style, for a frame ``width`` wide."""

    def __init__(self, labels: Labels, width: float) -> None:
        self.labels = labels
        self.lang = labels.lang
        self.width = width
        self.s = styles()

    def heading(self, key: str, keep_with_next: bool = False, table: Table | None = None) -> list[Flowable]:
        """A section heading with its accent rule, never alone at the foot of a page.

        ``keep_with_next`` moves the heading with the following flowable (a chain of
        keepWithNext flowables); without it a table or text after the heading may
        split, so a long one starts right under it instead of on the next page.
        Given the ``table`` that follows, the heading stays with its first row.
        """
        rule = HRFlowable(width="100%", thickness=1.1, color=theme.ACCENT, spaceBefore=1, spaceAfter=8,
                          hAlign="LEFT")
        rule.keepWithNext = 1 if keep_with_next else 0
        title = p(self.labels[key], self.s.h1)
        room = RoomFor([title, rule], table) if table is not None else CondPageBreak(110)
        return [room, title, rule]

    def subheading(self, text: str, table: Table | None = None) -> list[Flowable]:
        """A small heading over a table or text: room for a few lines (or the table's first row)."""
        title = p(text, self.s.h3)
        return [RoomFor([title], table) if table is not None else CondPageBreak(60), title]

    def value(self, text: str, style: ParagraphStyle | None = None) -> Paragraph | str:
        """A table cell for user text; an empty one is a plain dash, greyed by ``table``."""
        text = clean(text)
        if not text:
            return EMPTY
        return p(text, style or self.s.cell)

    def cell(self, text: str, share: float, bold: bool = False) -> Paragraph | str:
        """User text for a cell of ``table`` ``share`` of the width wide: a plain string when it
        fits one line in the cell's face (the table draws it without the paragraph machinery,
        which a long plan ran thousands of times: the same glyphs at the same place, the table
        giving its face and colour), else a paragraph that wraps. Never parsed as markup.
        A bold string needs the table's FONTNAME command for its cell."""
        text = clean(text)
        if not text:
            return EMPTY
        font = BOLD if bold else REGULAR
        if (" ".join(text.split()) == text and [name for name, _ in runs(text, font)] == [font]
                and text_width(text, font, CELL_SIZE) <= self.width * share - CELL_PADDING):
            return text
        return p(text, self.s.cell_bold if bold else self.s.cell)

    def table(self, rows: list[list], fractions: Sequence[float], right: Sequence[int] = (),
              extra: Sequence[tuple] = (), header: bool = True,
              header_on_new_page: list[str] | None = None) -> Table:
        """A ruled table; ``rows[0]`` is the header unless ``header`` is false.

        ``header_on_new_page``: the rows continue a table shown above; its header
        labels appear only where these rows start a new page.
        """
        widths = [self.width * f for f in fractions]
        if header_on_new_page is not None:
            header = True
            rows = [list(header_on_new_page), *rows]  # styled as the header; RowTable hides it
            table = RowTable(rows[1:], colWidths=widths, header_on_new_page=header_on_new_page)
        else:
            table = RowTable(rows, colWidths=widths, repeatRows=1 if header else 0)
        commands: list[tuple] = [
            # plain-string cells (dates, amounts, headers) are drawn without the paragraph machinery
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("FONTSIZE", (0, 0), (-1, -1), 8.2),
            ("LEADING", (0, 0), (-1, -1), 11.2),
            ("TEXTCOLOR", (0, 0), (-1, -1), theme.INK),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 4.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("LINEBELOW", (0, 0), (-1, -1), 0.45, theme.RULE),
        ]
        if header:
            commands += [
                ("FONTNAME", (0, 0), (-1, 0), BOLD),
                ("FONTSIZE", (0, 0), (-1, 0), 7.6),
                ("LEADING", (0, 0), (-1, 0), 10),
                ("TEXTCOLOR", (0, 0), (-1, 0), theme.MUTED),
                ("BACKGROUND", (0, 0), (-1, 0), theme.PANEL),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, theme.FUTURE_LINE),
                ("TOPPADDING", (0, 0), (-1, 0), 5),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 4.5),
            ]
        for col in right:
            commands.append(("ALIGN", (col, 0), (col, -1), "RIGHT"))
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                if cell is EMPTY:
                    commands.append(("TEXTCOLOR", (c, r), (c, r), theme.FAINT))
        commands += list(extra)
        table.setStyle(TableStyle(commands))
        return table

    def heads(self, keys: Sequence[str]) -> list[str]:
        """Column headers: our own short labels, as plain strings (no markup, fast)."""
        return [self.labels[k] for k in keys]
