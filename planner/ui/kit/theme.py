"""Colours of the board, derived from the palette so light and dark both hold.

Surfaces are mixes of palette roles; the few signal colours (overdue, idle, won)
come in a light-mode and a dark-mode shade, each keeping contrast on its ground.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

Role = QPalette.ColorRole


def is_dark(palette: QPalette) -> bool:
    return palette.color(Role.Window).lightnessF() < 0.5


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved ``t`` of the way to ``b``."""
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                           a.greenF() + (b.greenF() - a.greenF()) * t,
                           a.blueF() + (b.blueF() - a.blueF()) * t, 1.0)


def column_background(palette: QPalette) -> QColor:
    return mix(palette.color(Role.Window), palette.color(Role.WindowText), 0.05 if is_dark(palette) else 0.035)


def card_background(palette: QPalette) -> QColor:
    # a raised sheet: white on a light board, a lifted grey on a dark one
    if is_dark(palette):
        return mix(palette.color(Role.Window), palette.color(Role.WindowText), 0.11)
    return palette.color(Role.Base)


def card_border(palette: QPalette) -> QColor:
    return mix(card_background(palette), palette.color(Role.WindowText), 0.16 if is_dark(palette) else 0.14)


def text(palette: QPalette) -> QColor:
    return palette.color(Role.WindowText)


def muted(palette: QPalette) -> QColor:
    return mix(palette.color(Role.WindowText), card_background(palette), 0.4)


def accent(palette: QPalette) -> QColor:
    return palette.color(Role.Highlight)


def danger(palette: QPalette) -> QColor:
    return QColor("#ff8a80") if is_dark(palette) else QColor("#c62828")


def warning(palette: QPalette) -> QColor:
    return QColor("#ffc266") if is_dark(palette) else QColor("#a86400")


def success(palette: QPalette) -> QColor:
    return QColor("#7ddc9a") if is_dark(palette) else QColor("#1b7f3b")


def frozen_tint(palette: QPalette) -> QColor:
    """The wash over a column a dragged card may not enter."""
    c = danger(palette)
    c.setAlphaF(0.14 if is_dark(palette) else 0.09)
    return c


def drop_tint(palette: QPalette) -> QColor:
    c = accent(palette)
    c.setAlphaF(0.16)
    return c
