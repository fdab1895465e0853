"""The report's fonts: registered once with reportlab, with a bold that really is bold.

Regular text is WenQuanYi Micro Hei (Latin and CJK in one TrueType face). Micro
Hei has no bold, so bold is "Planner Hei TC Bold", Noto Sans CJK TC Bold subset
and converted to TrueType (see resources/fonts/README.md). Both are registered
as one family, so ``<b>`` and the bold styles map to the bold face.

Every character is printed by the first face that has it: the text's own face,
then DejaVu Sans (bold for bold text; Arabic, Hebrew, Greek, Cyrillic, Georgian,
Armenian, many symbols), then any other bundled face. A character no bundled face has (emoji, CJK Extension B)
would print blank and extract as U+0000, so it is printed as the replacement mark
U+FFFD instead, one mark per emoji sequence, and noted: ``collect_missing`` tells
the export what was replaced.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import unicodedata
import weakref
from collections.abc import Callable, Iterator
from importlib.resources import as_file, files

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from planner.report import REPLACEMENT  # U+FFFD, in Micro Hei, so the mark itself always prints

REGULAR = "PlannerSans"
BOLD = "PlannerSans-Bold"
FALLBACK = "PlannerFallback"
FALLBACK_BOLD = "PlannerFallback-Bold"

_FILES = {
    REGULAR: ("wqy-microhei.ttc", 0),
    BOLD: ("PlannerHeiTC-Bold.ttf", 0),
    FALLBACK: ("DejaVuSans.ttf", 0),
    FALLBACK_BOLD: ("DejaVuSans-Bold.ttf", 0),
}
# the faces tried for a character, in order: a bold stays bold while a face has the character
# (Greek or Cyrillic the bold subset lacks: DejaVu Bold), then any face rather than none
_CHAIN = {
    REGULAR: (REGULAR, FALLBACK, BOLD, FALLBACK_BOLD),
    BOLD: (BOLD, FALLBACK_BOLD, REGULAR, FALLBACK),
    FALLBACK: (FALLBACK, REGULAR, BOLD, FALLBACK_BOLD),
    FALLBACK_BOLD: (FALLBACK_BOLD, BOLD, FALLBACK, REGULAR),
}

# invisible characters that only shape their neighbours: dropped when no face has them,
# swallowed by the mark of the character they belong to
_ZWJ = "\u200d"
_MODIFIERS = frozenset("\u200c\u200d\u20e3") | {chr(c) for c in (*range(0xFE00, 0xFE10), *range(0x1F3FB, 0x1F400),
                                                                *range(0xE0100, 0xE01F0))}

_missing: contextvars.ContextVar[set[str] | None] = contextvars.ContextVar("missing_glyphs", default=None)


def font_file(name: str):
    """The bundled file behind a registered font name (a Traversable)."""
    return files("planner.resources") / "fonts" / _FILES[name][0]


class _Face(TTFont):
    """A TrueType face that remembers the widths of the strings it has measured.

    reportlab measures every word of every paragraph each time it wraps it (a table is
    wrapped to measure it, then to split it, then to draw it), one character at a time in
    Python. The sum of a string's advance widths is kept here, so a word is summed once;
    the result is the very number reportlab computes (same sum, same order, same scaling).
    """

    _LIMIT = 50_000  # strings kept before the memory is started afresh (a 200-deal plan measures ~5,000)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._sums: dict[str | bytes, float] = {}
        # the document last written and its strings' runs of subset codes
        self._split_last: tuple[Callable[[], object], dict[str | bytes, tuple]] = (lambda: None, {})

    def stringWidth(self, text, size, encoding="utf8"):  # noqa: N802 (reportlab)
        total = self._sums.get(text)
        if total is None:
            chars = text if isinstance(text, str) else text.decode(encoding or "utf8")
            get, default = self.face.charWidths.get, self.face.defaultWidth
            total = sum(get(ord(char), default) for char in chars)
            if len(self._sums) >= self._LIMIT:
                self._sums.clear()
            self._sums[text] = total
        return 0.001 * size * total

    def splitString(self, text, doc, encoding="utf-8"):  # noqa: N802 (reportlab)
        """As TTFont.splitString (a string as runs of subset codes), remembered per document.

        The first time a string is split its new characters get their codes in the
        document's subsets; those never change, so the same string splits the same way
        afterwards and the runs are kept (with the document's font state) for next time.
        """
        last_doc, known = self._split_last  # one read: another thread may be writing another file
        if last_doc() is doc:  # the document being written (a weak reference: no leak)
            runs = known.get(text)
            if runs is not None:
                return list(runs)
        runs = super().splitString(text, doc, encoding)
        if last_doc() is not doc:  # made by the split above; the runs live and die with the document
            known = self.state[doc].__dict__.setdefault("_plan_split", {})
            self._split_last = (weakref.ref(doc), known)
        if len(known) >= self._LIMIT:
            known.clear()
        known[text] = tuple(runs)
        return runs


@functools.cache
def register() -> None:
    """Register the faces and their families with reportlab; later calls do nothing."""
    for name, (_filename, index) in _FILES.items():
        with as_file(font_file(name)) as path:  # reportlab reads the whole file here
            pdfmetrics.registerFont(_Face(name, str(path), subfontIndex=index))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    pdfmetrics.registerFontFamily(FALLBACK, normal=FALLBACK, bold=FALLBACK_BOLD, italic=FALLBACK,
                                  boldItalic=FALLBACK_BOLD)


@functools.cache
def _cmap(name: str) -> dict[int, int]:
    register()
    return pdfmetrics.getFont(name).face.charToGlyph


@functools.cache
def _covered(name: str) -> frozenset[str]:
    """The characters a face prints, as a set: ``set(text) <= covered`` is the fast path."""
    return frozenset(chr(code) for code, glyph in _cmap(name).items() if glyph)


def has_glyph(name: str, char: str) -> bool:
    return bool(_cmap(name).get(ord(char)))


@functools.lru_cache(maxsize=65536)
def face_for(char: str, font: str) -> str | None:
    """The first face in ``font``'s chain that prints ``char``; None when none does."""
    for name in _CHAIN[font]:
        if char in _covered(name):
            return name
    return None


def printable(char: str) -> bool:
    """Whether the bundled fonts print ``char`` (else the PDF shows the replacement mark)."""
    return face_for(char, REGULAR) is not None


@contextlib.contextmanager
def collect_missing() -> Iterator[set[str]]:
    """Gather the characters (or emoji sequences) replaced by the mark while the block runs."""
    seen: set[str] = set()
    token = _missing.set(seen)
    try:
        yield seen
    finally:
        _missing.reset(token)


def runs(text: str, font: str) -> Iterator[tuple[str, str]]:
    """Split text into (font, chunk) runs, each character in the first face that has it.

    What no face has comes out as ``REPLACEMENT`` in the regular face.
    """
    if not text:
        return
    if _covered(font).issuperset(text):  # nearly all text: one face has every character
        yield font, text
        return
    pieces, missing = _split(text, font)
    seen = _missing.get()
    if seen is not None and missing:
        seen.update(missing)
    yield from pieces


@functools.lru_cache(maxsize=8192)
def _split(text: str, font: str) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    pieces: list[tuple[str, str]] = []
    missing: list[str] = []
    current, chunk = font, list[str]()
    cluster = ""  # the unprintable sequence being replaced by one mark, while it lasts
    joined = False  # the last thing in the cluster was a zero-width joiner
    for char in text:
        face = current if char.isspace() else face_for(char, font)  # breaks, whatever the face
        if cluster and (char in _MODIFIERS or (face is None and (
                joined or _pairs(cluster, char) or unicodedata.combining(char)))):
            cluster += char  # part of the sequence the mark stands for (👩‍💻 is one mark)
            joined = char == _ZWJ
            continue
        if face is None:
            if char in _MODIFIERS:
                continue  # a lone invisible modifier: nothing to print, nothing lost
            if cluster:
                missing.append(cluster)
            cluster, joined = char, False
            face, char = REGULAR, REPLACEMENT
        else:
            if cluster:
                missing.append(cluster)
            cluster, joined = "", False
        if face != current:
            if chunk:
                pieces.append((current, "".join(chunk)))
            current, chunk = face, []
        chunk.append(char)
    if cluster:
        missing.append(cluster)
    if chunk:
        pieces.append((current, "".join(chunk)))
    return tuple(pieces), tuple(missing)


def _pairs(cluster: str, char: str) -> bool:
    """A regional indicator completing a flag begun by a lone one (🇹 + 🇼)."""
    indicators = range(0x1F1E6, 0x1F200)
    return (ord(char) in indicators and len(cluster) % 2 == 1
            and all(ord(c) in indicators for c in cluster))


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
