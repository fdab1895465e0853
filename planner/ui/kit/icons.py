"""Action icons: SVG line drawings tinted from the palette, sharp at any scale.

The SVGs in ``resources/icons`` draw with ``currentColor``. An icon engine renders
them at the exact device size asked for, in the palette's text colour for the
current mode, so they stay crisp on high-DPI screens and follow a light or dark
palette (and its changes) without a second set of files.
"""

from __future__ import annotations

import math
from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from planner.paths import resource_path


@cache
def _source(name: str) -> str:
    return resource_path("icons", f"{name}.svg").read_text(encoding="utf-8")


@cache
def _renderer(name: str, color: str) -> QSvgRenderer:
    return QSvgRenderer(QByteArray(_source(name).replace("currentColor", color).encode()))


def _colour(mode: QIcon.Mode, color: QColor | None) -> QColor:
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorRole.HighlightedText)
    return QColor(color) if color is not None else palette.color(QPalette.ColorRole.WindowText)


class SvgIconEngine(QIconEngine):
    """Renders one SVG per request; the colour comes from the palette unless fixed."""

    def __init__(self, name: str, color: QColor | None = None) -> None:
        super().__init__()
        self.name = name
        self.color = color

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        # a board paints the same few marks on every card: render each once per size and colour
        colour = _colour(mode, self.color)
        # the painter's scale to device pixels (the device's pixel ratio, and any zoom): asking
        # for painter.device() instead would make PySide wrap the widget being painted, which
        # costs ~6 ms on the first paint (it sets up every QWidget type to find its class)
        transform = painter.deviceTransform()
        ratio = max(1.0, math.hypot(transform.m11(), transform.m12()))
        painter.drawPixmap(rect, _pixmap(self.name, colour.name(QColor.NameFormat.HexArgb),
                                         rect.width(), rect.height(), ratio))

    def _render(self, painter: QPainter, rect: QRect, mode: QIcon.Mode) -> None:
        colour = _colour(mode, self.color)
        painter.save()
        painter.setOpacity(painter.opacity() * colour.alphaF())  # SVG Tiny has no rgba()
        _renderer(self.name, colour.name()).render(painter, QRectF(rect))
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,
                     scale: float) -> QPixmap:
        pixmap = QPixmap(size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._render(painter, QRect(QPoint(0, 0), size * scale), mode)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self.name, self.color)

    def key(self) -> str:
        return "planner-svg"


@cache
def _pixmap(name: str, argb: str, width: int, height: int, ratio: float) -> QPixmap:
    colour = QColor(argb)
    pixmap = QPixmap(round(width * ratio), round(height * ratio))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setOpacity(colour.alphaF())
    _renderer(name, colour.name()).render(painter, QRectF(0, 0, pixmap.width(), pixmap.height()))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def draw(painter: QPainter, name: str, color: QColor, rect: QRect) -> None:
    """The named icon in ``color`` drawn into ``rect``: what ``icon(name, color).paint`` draws,
    without making an icon (a board draws four marks on each of its cards)."""
    transform = painter.deviceTransform()
    ratio = max(1.0, math.hypot(transform.m11(), transform.m12()))
    painter.drawPixmap(rect, _pixmap(name, color.name(QColor.NameFormat.HexArgb), rect.width(), rect.height(), ratio))


def icon(name: str, color: QColor | None = None) -> QIcon:
    """The named icon from resources/icons, in the palette's text colour or ``color``."""
    return QIcon(SvgIconEngine(name, color))


def names() -> list[str]:
    return sorted(p.stem for p in resource_path("icons").glob("*.svg"))
