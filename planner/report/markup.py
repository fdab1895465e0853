"""User text is data, never markup.

reportlab's Paragraph parses its text as markup: ``AT&T`` is corrupted, an
unclosed ``<b>`` raises and ``<font size=40>`` is obeyed. Everything a user
typed goes through :func:`para` before it reaches a Paragraph; the report's own
markup (bold labels, colours) is added around the escaped text only.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from planner.report.fonts import BOLD, REGULAR, runs

# C0/C1 controls except tab and newline, lone surrogates (unencodable), non-characters, and
# the invisible format characters (Unicode category Cf) except the zero-width (non-)joiners
_UNWANTED = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b\u200e\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f]"
)


def clean(text: object) -> str:
    """Plain text safe to measure and draw: no controls, newlines kept, tabs as spaces."""
    if text is None:
        return ""
    value = str(text).replace("\r\n", "\n").replace("\r", "\n")
    value = value.replace("\u2028", "\n").replace("\u2029", "\n").replace("\t", "    ")
    return _UNWANTED.sub("", value).strip()


def one_line(text: object) -> str:
    """Clean text folded onto a single line (names, titles in table cells)."""
    return " ".join(clean(text).split())


def para(text: object, bold: bool = False, font: str | None = None) -> str:
    """Escaped Paragraph markup for user text, newlines as line breaks.

    ``bold`` (or a bold ``font``) marks text that will be set in the bold face. A
    character the text's face lacks is wrapped to print in a face that has it, or
    replaced by a visible mark (see ``fonts.runs``).
    """
    value = clean(text)
    if font is None:
        font = BOLD if bold else REGULAR
    pieces = []
    for name, chunk in runs(value, font):
        chunk = escape(chunk)
        pieces.append(chunk if name == font else f'<font name="{name}">{chunk}</font>')
    return "".join(pieces).replace("\n", "<br/>")
