"""User text shown as typed.

Qt reads text that looks like HTML as markup in labels and tooltips: a deal called
"<h1>Q3</h1>" would show as a heading, and an <img> tag would load a local file.
Every label or tooltip that carries a name, a note or any other text the user typed
goes through here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as TextQt
from PySide6.QtWidgets import QLabel

from planner.domain import rules


def label(widget: QLabel) -> QLabel:
    """``widget``, set to show its text literally, and to give way to its layout: a word
    longer than the room (a pasted code, a name of one long word) is cut at the edge rather
    than widen the panel or dialog past the screen, as a wrapped label's longest word would."""
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setMinimumWidth(1)  # a minimum of its own: layouts then ask no more of it than this
    return widget


# the most of a text a widget lays out (a title another program wrote 4.8 million characters long
# took the panel 56 s to show)
SHOWN = rules.SHOWN
shown = rules.shortened


def html(text: str) -> str:
    """``text`` as HTML that shows it literally, line breaks kept: for tooltips and message
    boxes, which read anything that looks like a tag as markup (empty stays empty); a text
    longer than a screen holds (``shown``) is cut."""
    return TextQt.convertFromPlainText(shown(text, 4 * SHOWN), Qt.WhiteSpaceMode.WhiteSpaceNormal) if text else ""
