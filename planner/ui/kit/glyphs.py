"""Small state icons drawn as vector paths: sharp at any size and DPI, in palette colours.

The stage map and the stage sections draw the same shapes, so a lock on the strip
and a lock on a section header are the same lock.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QIcon,
    QIconEngine,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QApplication

Draw = Callable[[QPainter, QRectF, QColor], None]


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved ``t`` of the way towards ``b``."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
        1.0,
    )


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def negative(palette: QPalette) -> QColor:
    """A red that keeps its contrast on light and on dark backgrounds."""
    return QColor("#f28b82") if is_dark(palette) else QColor("#b3261e")


def positive(palette: QPalette) -> QColor:
    return QColor("#81c995") if is_dark(palette) else QColor("#1e7b34")


def draw_lock(p: QPainter, r: QRectF, color: QColor) -> None:
    s = min(r.width(), r.height())
    x, y = r.center().x() - s / 2, r.center().y() - s / 2
    body = QRectF(x + s * 0.18, y + s * 0.44, s * 0.64, s * 0.48)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(color)
    p.drawRoundedRect(body, s * 0.08, s * 0.08)
    pen = QPen(color, max(1.0, s * 0.12))
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    shackle = QPainterPath()
    shackle.moveTo(x + s * 0.32, y + s * 0.45)
    shackle.lineTo(x + s * 0.32, y + s * 0.32)
    shackle.arcTo(QRectF(x + s * 0.32, y + s * 0.10, s * 0.36, s * 0.40), 180, -180)
    shackle.lineTo(x + s * 0.68, y + s * 0.45)
    p.drawPath(shackle)


def draw_dot(p: QPainter, r: QRectF, color: QColor) -> None:
    s = min(r.width(), r.height())
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(color)
    p.drawEllipse(r.center(), s * 0.30, s * 0.30)


def draw_ring(p: QPainter, r: QRectF, color: QColor) -> None:
    s = min(r.width(), r.height())
    p.setPen(QPen(color, max(1.0, s * 0.09)))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(r.center(), s * 0.28, s * 0.28)


def draw_target(p: QPainter, r: QRectF, color: QColor) -> None:
    """Two rings and a dot: a date aimed at (the next milestone's target)."""
    s = min(r.width(), r.height())
    p.setPen(QPen(color, max(1.0, s * 0.09)))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(r.center(), s * 0.40, s * 0.40)
    p.drawEllipse(r.center(), s * 0.20, s * 0.20)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(color)
    p.drawEllipse(r.center(), s * 0.06, s * 0.06)


def draw_cross(p: QPainter, r: QRectF, color: QColor) -> None:
    s = min(r.width(), r.height())
    c = r.center()
    pen = QPen(color, max(1.2, s * 0.14))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    d = s * 0.26
    p.drawLine(QPointF(c.x() - d, c.y() - d), QPointF(c.x() + d, c.y() + d))
    p.drawLine(QPointF(c.x() - d, c.y() + d), QPointF(c.x() + d, c.y() - d))


def draw_check(p: QPainter, r: QRectF, color: QColor) -> None:
    s = min(r.width(), r.height())
    c = r.center()
    pen = QPen(color, max(1.2, s * 0.14))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    path = QPainterPath(QPointF(c.x() - s * 0.28, c.y() + s * 0.02))
    path.lineTo(QPointF(c.x() - s * 0.08, c.y() + s * 0.22))
    path.lineTo(QPointF(c.x() + s * 0.30, c.y() - s * 0.22))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(path)


def draw_stop(p: QPainter, r: QRectF, color: QColor) -> None:
    s = min(r.width(), r.height())
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(color)
    p.drawRoundedRect(QRectF(r.center().x() - s * 0.24, r.center().y() - s * 0.24, s * 0.48, s * 0.48),
                      s * 0.06, s * 0.06)


class _PathEngine(QIconEngine):
    """Paints a drawing function at whatever size Qt asks for."""

    def __init__(self, draw: Draw, color: QColor) -> None:
        super().__init__()
        self._draw = draw
        self._color = QColor(color)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        color = QColor(self._color)
        if mode == QIcon.Mode.Disabled:
            color.setAlphaF(0.45)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._draw(painter, QRectF(rect), color)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,
                     scale: float) -> QPixmap:
        pm = QPixmap(size * scale)
        pm.setDevicePixelRatio(scale)
        pm.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pm)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pm

    def clone(self) -> QIconEngine:
        return _PathEngine(self._draw, self._color)


def icon(draw: Draw, color: QColor | None = None) -> QIcon:
    if color is None:
        color = QApplication.palette().color(QPalette.ColorRole.WindowText)
    return QIcon(_PathEngine(draw, color))
