"""What a user reads in a message box or tooltip: the app hands them HTML that shows the
text literally (see planner/ui/kit/plain.py); tests compare the text itself."""

from __future__ import annotations

from PySide6.QtGui import QTextDocumentFragment


def as_shown(text: str) -> str:
    return QTextDocumentFragment.fromHtml(text).toPlainText() if text.startswith("<") else text
