"""The deal's process as a painted strip: frozen stages locked and dated, the current
one highlighted, future ones outlined (the same picture as the account plan's)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from planner.domain import formats, lifecycle
from planner.domain.model import Deal, Milestone, Outcome, Process, StageState
from planner.i18n import current_language
from planner.ui.kit import plain
from planner.ui.kit.glyphs import (
    draw_check,
    draw_cross,
    draw_lock,
    draw_stop,
    is_dark,
    mix,
    negative,
)

SEGMENT_HEIGHT = 30
TIP = 9  # depth of a chevron's point
GAP = 3


@dataclass(frozen=True)
class Segment:
    """What one stage looks like on the strip."""

    stage_id: int
    number: int
    name: str
    milestone_text: str
    state: StageState
    milestone: Milestone | None
    stopped: bool  # the deal was closed (abandoned) in this stage

    @property
    def against(self) -> bool:
        return self.milestone is not None and self.milestone.outcome == Outcome.AGAINST


def segments(process: Process, deal: Deal, milestones: list[Milestone]) -> list[Segment]:
    out = []
    for i, entry in enumerate(lifecycle.stage_map(process, deal, milestones)):
        stage = entry.stage
        assert stage.id is not None
        stopped = (not deal.is_open and stage.id == deal.stage_id
                   and entry.state != StageState.FROZEN)
        out.append(Segment(stage.id, i + 1, stage.name, stage.milestone, entry.state,
                           entry.milestone, stopped))
    return out


class StageMapStrip(QWidget):
    """Click a stage to open its section; hover for its milestone and date."""

    stageClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._segments: list[Segment] = []
        self._won = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Stage map"))

    # data
    def set_deal(self, process: Process, deal: Deal, milestones: list[Milestone]) -> None:
        self._segments = segments(process, deal, milestones)
        self._won = deal.status == "won"
        self.setAccessibleDescription(self.summary())
        self.updateGeometry()
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        # the words and dates it paints and tells screen readers follow the language
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("Stage map"))
            self.setAccessibleDescription(self.summary())
            self.update()
        super().changeEvent(event)

    def summary(self) -> str:
        """The strip in words, for screen readers and tests."""
        return "; ".join(f"{s.number}. {s.name}: {self._state_text(s)}" for s in self._segments)

    def segment_count(self) -> int:
        return len(self._segments)

    # geometry
    def sizeHint(self) -> QSize:
        return QSize(360, SEGMENT_HEIGHT + self._small_font_height() + 6)

    def minimumSizeHint(self) -> QSize:
        return QSize(max(120, 22 * len(self._segments)), self.sizeHint().height())

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        return font

    def _small_font_height(self) -> int:
        from PySide6.QtGui import QFontMetrics

        return QFontMetrics(self._small_font()).height()

    def _rects(self) -> list[QRectF]:
        n = len(self._segments)
        if not n:
            return []
        width = (self.width() - 2 - GAP * (n - 1)) / n
        return [QRectF(1 + i * (width + GAP), 1, width, SEGMENT_HEIGHT) for i in range(n)]

    def _shape(self, rect: QRectF, first: bool, last: bool) -> QPainterPath:
        tip = min(TIP, rect.width() / 4)
        path = QPainterPath()
        path.moveTo(rect.left(), rect.top())
        path.lineTo(rect.right() - (0 if last else tip), rect.top())
        if not last:
            path.lineTo(rect.right() + tip * 0.0, rect.center().y())
        path.lineTo(rect.right() - (0 if last else tip), rect.bottom())
        path.lineTo(rect.left(), rect.bottom())
        if not first:
            path.lineTo(rect.left() + tip, rect.center().y())
        path.closeSubpath()
        return path

    # painting
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        window = pal.color(QPalette.ColorRole.Window)
        text = pal.color(QPalette.ColorRole.WindowText)
        highlight = pal.color(QPalette.ColorRole.Highlight)
        frozen_fill = mix(window, highlight, 0.45 if is_dark(pal) else 0.22)
        line = mix(window, text, 0.45)
        small = self._small_font()
        n = len(self._segments)
        for i, (seg, rect) in enumerate(zip(self._segments, self._rects(), strict=False)):
            path = self._shape(rect, i == 0, i == n - 1)
            content = rect.adjusted(0 if i == 0 else TIP * 0.8, 0, 0 if i == n - 1 else -TIP * 0.8, 0)
            if seg.state == StageState.FROZEN:
                fill = negative(pal) if seg.against else frozen_fill
                ink = QColor("white") if seg.against and not is_dark(pal) else (
                    QColor("#202124") if seg.against else text)
                painter.fillPath(path, fill)
                painter.setPen(QPen(mix(fill, text, 0.25), 1))
                painter.drawPath(path)
                glyph = draw_cross if seg.against else (draw_check if self._won and i == n - 1 else draw_lock)
                self._glyph_and_number(painter, content, seg, ink, glyph)
            elif seg.state == StageState.CURRENT:
                painter.fillPath(path, highlight)
                painter.setPen(QPen(highlight.darker(130) if not is_dark(pal) else highlight.lighter(130), 1.5))
                painter.drawPath(path)
                ink = pal.color(QPalette.ColorRole.HighlightedText)
                font = QFont(self.font())
                font.setBold(True)
                painter.setFont(font)
                painter.setPen(ink)
                painter.drawText(content, Qt.AlignmentFlag.AlignCenter, str(seg.number))
            else:
                pen = QPen(line, 1.2)
                if seg.stopped:
                    pen.setStyle(Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(path)
                if seg.stopped:
                    self._glyph_and_number(painter, content, seg, line, draw_stop)
                else:
                    painter.setFont(self.font())
                    painter.setPen(line)
                    painter.drawText(content, Qt.AlignmentFlag.AlignCenter, str(seg.number))
            # the confirmation date under a frozen stage, when it fits
            if seg.milestone is not None:
                label = formats.month_day(seg.milestone.confirmed_on, current_language())
                painter.setFont(small)
                fm = painter.fontMetrics()
                if fm.horizontalAdvance(label) <= rect.width() + GAP:
                    painter.setPen(text if seg.state == StageState.FROZEN else line)
                    below = QRectF(rect.left() - GAP, rect.bottom() + 2, rect.width() + 2 * GAP, fm.height())
                    painter.drawText(below, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)
        painter.end()

    def _glyph_and_number(self, painter: QPainter, rect: QRectF, seg: Segment, ink: QColor,
                          glyph) -> None:
        size = 14.0
        fm = painter.fontMetrics()
        number = str(seg.number)
        both = size + 3 + fm.horizontalAdvance(number)
        if rect.width() >= both + 4:
            x = rect.center().x() - both / 2
            glyph(painter, QRectF(x, rect.center().y() - size / 2, size, size), ink)
            painter.setFont(self.font())
            painter.setPen(ink)
            painter.drawText(QRectF(x + size + 3, rect.top(), fm.horizontalAdvance(number) + 2, rect.height()),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, number)
        else:
            glyph(painter, QRectF(rect.center().x() - size / 2, rect.center().y() - size / 2, size, size), ink)

    # interaction
    def _segment_at(self, pos: QPointF) -> Segment | None:
        for seg, rect in zip(self._segments, self._rects(), strict=False):
            if rect.adjusted(-GAP / 2, 0, GAP / 2, self._small_font_height() + 4).contains(pos):
                return seg
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over = self._segment_at(event.position())
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        seg = self._segment_at(event.position())
        if seg is not None and event.button() == Qt.MouseButton.LeftButton:
            self.stageClicked.emit(seg.stage_id)
        super().mouseReleaseEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            seg = self._segment_at(QPointF(event.pos()))
            if seg is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip(seg), self)
            return True
        return super().event(event)

    def tooltip(self, seg: Segment) -> str:
        lines = [f"{seg.number}. {seg.name}",
                 self.tr("Milestone: {milestone}").format(milestone=seg.milestone_text),
                 self._state_text(seg)]
        return plain.html("\n".join(lines))

    def _state_text(self, seg: Segment) -> str:
        if seg.milestone is not None:
            when = formats.medium_date(seg.milestone.confirmed_on, current_language())
            if seg.against:
                return self.tr("went against us on {date}").format(date=when)
            return self.tr("confirmed on {date} (frozen)").format(date=when)
        if seg.state == StageState.CURRENT:
            return self.tr("current stage")
        if seg.stopped:
            return self.tr("the deal was closed in this stage")
        return self.tr("not reached yet")
