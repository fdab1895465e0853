"""Qt's own texts that its Traditional Chinese catalogue (qtbase_zh_TW) lacks in this Qt.

Listed here only so that ``pyside6-lupdate`` puts them in our catalogue, under Qt's own
context: our translators are installed after Qt's and are asked first, so the file dialog's
labels read in Chinese too. Nothing imports this module.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)

# the arrow keys' names: qtbase_zh_TW calls them 右鍵/左鍵, which read as mouse buttons
# ("Ctrl+右鍵" looks like Ctrl+right click); the arrows themselves cannot be misread
QT_KEY_NAMES = (
    QT_TRANSLATE_NOOP("QShortcut", "Right"),
    QT_TRANSLATE_NOOP("QShortcut", "Left"),
    QT_TRANSLATE_NOOP("QShortcut", "Up"),
    QT_TRANSLATE_NOOP("QShortcut", "Down"),
)
