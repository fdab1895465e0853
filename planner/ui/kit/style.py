"""One fix over the platform style: check boxes and radio buttons that show in the dark.

Fusion outlines its indicators with a darker shade of the window colour, which
all but disappears on a dark palette (every checklist of the app would look
empty). With a dark palette this proxy draws those indicators itself from the
palette's text and highlight colours; everything else, and every light or
native style, is left to the platform.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

PE = QStyle.PrimitiveElement
_INDICATORS = (PE.PE_IndicatorCheckBox, PE.PE_IndicatorItemViewItemCheck, PE.PE_IndicatorRadioButton)


def _dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                           a.blueF() + (b.blueF() - a.blueF()) * t)


class PlannerStyle(QProxyStyle):
    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,  # noqa: N802
                      painter: QPainter, widget: QWidget | None = None) -> None:
        if element in _INDICATORS and _dark(option.palette) and self._fusion():
            self._indicator(element, option, painter)
            return
        super().drawPrimitive(element, option, painter, widget)

    def _fusion(self) -> bool:
        base = self.baseStyle()
        return base is not None and base.name().lower() == "fusion"

    def _indicator(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter) -> None:
        palette = option.palette
        state = option.state
        enabled = bool(state & QStyle.StateFlag.State_Enabled)
        on = bool(state & QStyle.StateFlag.State_On)
        partial = bool(state & QStyle.StateFlag.State_NoChange)
        hover = bool(state & QStyle.StateFlag.State_MouseOver) and enabled
        accent = palette.color(QPalette.ColorRole.Highlight)
        text = palette.color(QPalette.ColorRole.WindowText)
        base = palette.color(QPalette.ColorRole.Base)
        border = accent if hover else _mix(base, text, 0.55)
        fill = accent if (on or partial) else base
        mark = palette.color(QPalette.ColorRole.HighlightedText)
        if not enabled:
            border, mark = _mix(base, text, 0.3), _mix(base, text, 0.5)
            fill = _mix(base, text, 0.12) if (on or partial) else base

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(option.rect.width(), option.rect.height()) - 2
        box = QRectF(0, 0, side, side)
        box.moveCenter(QRectF(option.rect).center())
        painter.setPen(QPen(border if not (on or partial) or not enabled else fill, 1.2))
        painter.setBrush(fill)
        if element == PE.PE_IndicatorRadioButton:
            painter.drawEllipse(box)
            if on:
                dot = box.adjusted(side * 0.3, side * 0.3, -side * 0.3, -side * 0.3)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(mark)
                painter.drawEllipse(dot)
        else:
            painter.drawRoundedRect(box, 3, 3)
            pen = QPen(mark, max(1.6, side / 8))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            if partial:
                painter.drawLine(QPointF(box.left() + side * 0.25, box.center().y()),
                                 QPointF(box.right() - side * 0.25, box.center().y()))
            elif on:
                path = QPainterPath(QPointF(box.left() + side * 0.22, box.top() + side * 0.52))
                path.lineTo(QPointF(box.left() + side * 0.42, box.top() + side * 0.72))
                path.lineTo(QPointF(box.left() + side * 0.78, box.top() + side * 0.3))
                painter.drawPath(path)
        painter.restore()


def install_if_dark(app: QApplication) -> None:
    """Put the proxy in place when the palette is dark (and only then: it costs start-up time)."""
    if _dark(app.palette()) and not isinstance(app.style(), PlannerStyle):
        app.setStyle(PlannerStyle(app.style().name()))
