"""User text is data, never markup.

reportlab's Paragraph parses its text as markup: ``AT&T`` is corrupted, an
unclosed ``<b>`` raises and ``<font size=40>`` is obeyed. Everything a user
typed goes through :func:`para` before it reaches a Paragraph; the report's own
markup (bold labels, colours) is added around the escaped text only.
"""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

from planner.report.fonts import BOLD, REGULAR, runs

# C0/C1 controls except tab and newline, lone surrogates (unencodable), non-characters
_UNWANTED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")


def clean(text: object) -> str:
    """Plain text safe to measure and draw: no controls, newlines kept, tabs as spaces."""
    if text is None:
        return ""
    value = str(text).replace("\r\n", "\n").replace("\r", "\n")
    value = value.replace("\u2028", "\n").replace("\u2029", "\n").replace("\t", "    ")
    value = _UNWANTED.sub("", value)
    # zero-width formatting characters print as boxes in some viewers; keep joiners
    return "".join(c for c in value if c in "\u200c\u200d" or unicodedata.category(c) != "Cf").strip()


def one_line(text: object) -> str:
    """Clean text folded onto a single line (names, titles in table cells)."""
    return " ".join(clean(text).split())


def para(text: object, bold: bool = False, font: str | None = None) -> str:
    """Escaped Paragraph markup for user text, newlines as line breaks.

    ``bold`` (or a bold ``font``) marks text that will be set in the bold face:
    characters it lacks are wrapped to fall back to the regular face.
    """
    value = clean(text)
    if font is None and bold:
        font = BOLD
    if font and font != REGULAR:
        pieces = []
        for name, chunk in runs(value, font):
            chunk = escape(chunk)
            pieces.append(chunk if name == font else f'<font name="{name}">{chunk}</font>')
        value = "".join(pieces)
    else:
        value = escape(value)
    return value.replace("\n", "<br/>")
