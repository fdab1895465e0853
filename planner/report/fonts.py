"""The report's fonts: registered once with reportlab, with a bold that really is bold.

Regular text is WenQuanYi Micro Hei (Latin and CJK in one TrueType face). Micro
Hei has no bold, so bold is "Planner Hei TC Bold", Noto Sans CJK TC Bold subset
and converted to TrueType (see resources/fonts/README.md). Both are registered
as one family, so ``<b>`` and the bold styles map to the bold face. A character
the bold subset lacks falls back to the regular face rather than printing blank.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from importlib.resources import as_file, files

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "PlannerSans"
BOLD = "PlannerSans-Bold"

_FILES = {
    REGULAR: ("wqy-microhei.ttc", 0),
    BOLD: ("PlannerHeiTC-Bold.ttf", 0),
}


def font_file(name: str):
    """The bundled file behind a registered font name (a Traversable)."""
    return files("planner.resources") / "fonts" / _FILES[name][0]


@functools.cache
def register() -> None:
    """Register the family with reportlab; later calls do nothing."""
    for name, (_filename, index) in _FILES.items():
        with as_file(font_file(name)) as path:  # reportlab reads the whole file here
            pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=index))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)


@functools.cache
def _cmap(name: str) -> dict[int, int]:
    register()
    return pdfmetrics.getFont(name).face.charToGlyph


def has_glyph(name: str, char: str) -> bool:
    return ord(char) in _cmap(name)


def runs(text: str, font: str) -> Iterator[tuple[str, str]]:
    """Split text into (font, chunk) runs, falling back to the regular face.

    Only the bold face needs it. A character that neither face has goes to the
    regular face too, where it prints blank (emoji, for instance) rather than
    as the bold face's "missing glyph" box; it still extracts as text.
    """
    if font == REGULAR:
        if text:
            yield font, text
        return
    own = _cmap(font)
    start, current = 0, font
    for i, char in enumerate(text):
        wanted = font if ord(char) in own or char.isspace() else REGULAR
        if wanted != current:
            if i > start:
                yield current, text[start:i]
            start, current = i, wanted
    if start < len(text):
        yield current, text[start:]


@functools.lru_cache(maxsize=8192)
def text_width(text: str, font: str, size: float) -> float:
    return sum(pdfmetrics.stringWidth(chunk, name, size) for name, chunk in runs(text, font))


def draw_text(canvas, x: float, y: float, text: str, font: str, size: float, align: str = "left") -> None:
    """Draw one line on a canvas with the same fallback as the paragraphs."""
    if align != "left":
        width = text_width(text, font, size)
        x -= width if align == "right" else width / 2
    for name, chunk in runs(text, font):
        canvas.setFont(name, size)
        canvas.drawString(x, y, chunk)
        x += pdfmetrics.stringWidth(chunk, name, size)


def draw_texts(canvas, items) -> None:
    """Draw many short lines in one PDF text object (much cheaper than one each).

    ``items``: (x, y, text, font, size, colour) tuples.
    """
    text = canvas.beginText()
    for x, y, line, font, size, colour in items:
        text.setFillColor(colour)
        text.setTextOrigin(x, y)
        for name, chunk in runs(line, font):
            text.setFont(name, size)
            text.textOut(chunk)
    canvas.drawText(text)
