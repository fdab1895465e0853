"""A card's title over two lines where its column is narrow: the deal's name is what a seller
scans a board for, and eight stages side by side leave a card about 120 px of text."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption

_ELIDE = Qt.TextElideMode.ElideRight
_LIMIT = 4096  # titles remembered (a board repaints the same few hundred cards)
_cache: dict[tuple[str, str, int, int], tuple[str, str]] = {}


def lines(title: str, font: QFont, metrics: QFontMetrics, first: int, rest: int) -> tuple[str, str]:
    """``title`` as (what fits a first line ``first`` px wide, the rest elided to ``rest`` px);
    the second is "" when the whole title fits the first line."""
    key = (title, font.key(), first, rest)
    found = _cache.get(key)
    if found is None:
        if len(_cache) >= _LIMIT:
            _cache.clear()
        found = _cache[key] = _split(title, font, metrics, max(1, first), max(1, rest))
    return found


def _split(title: str, font: QFont, metrics: QFontMetrics, first: int, rest: int) -> tuple[str, str]:
    # a pasted line break or tab: one space, as the line shows it; other control characters
    # draw nothing; two lines never show more than a few hundred characters (a title written
    # past the app's limit by another program)
    text = " ".join("".join(c for c in title[:2000] if unicodedata.category(c) != "Cc" or c.isspace()).split())
    if metrics.horizontalAdvance(text) <= first:
        return text, ""
    option = QTextOption()
    # words where it can, anywhere in one longer than the line (a pasted reference, a URL);
    # Chinese breaks between characters by Unicode's rules
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout = QTextLayout(text, font)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(first)
    end = line.textStart() + line.textLength()  # in UTF-16 code units, as Qt counts
    layout.endLayout()
    units = text.encode("utf-16-le")
    # never between the two halves of a character outside the BMP (an emoji)
    head = units[:2 * end].decode("utf-16-le", errors="ignore")
    tail = text[len(head):]
    head, tail = head.rstrip(), tail.strip()
    if not head:  # not even one character fits: the whole title elided on the first line
        return metrics.elidedText(text, _ELIDE, first), ""
    if metrics.horizontalAdvance(head) > first:  # Qt's line may overhang by a space's width
        head = metrics.elidedText(head, _ELIDE, first)
    elif len(tail) == 1 and len(head) > 2 and wide(tail) and wide(head[-1]):
        head, tail = head[:-1], head[-1] + tail  # 供應商入口 網站, not 供應商入口網 站: no lone character
    return head, metrics.elidedText(tail, _ELIDE, rest)


def wide(character: str) -> bool:
    """A character a line may break before or after (Chinese, Japanese): wide in East Asian text."""
    return unicodedata.east_asian_width(character) in ("W", "F")
