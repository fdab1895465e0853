"""The influence map in the deal panel: who is for and against us, and how much each one weighs.

The layout is ``planner.domain.influence_map`` (the same as the account plan prints); this
widget measures text with the widget's fonts, paints the layout and answers the mouse and the
keyboard: a card is clicked (or chosen with the arrow keys and Enter) to edit that person.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from planner.domain import influence_map
from planner.domain.influence_map import ROWS, Card, MapLayout, Metrics, Person, Rect
from planner.domain.model import Attitude, DealContact, Influence
from planner.ui.kit import plain, theme
from planner.ui.kit.buying import attitude_colour, role_colour
from planner.ui.kit.labels import attitude_labels, influence_labels, role_labels

translate = QCoreApplication.translate


def map_labels() -> influence_map.Labels:
    """The map's words in the current language (read at each layout: a language change follows)."""
    attitudes = dict(attitude_labels())
    attitudes[Attitude.UNKNOWN] = translate("InfluenceMap", "Not known yet")
    influences = {Influence.HIGH: translate("InfluenceMap", "High"),
                  Influence.MEDIUM: translate("InfluenceMap", "Medium"),
                  Influence.LOW: translate("InfluenceMap", "Low")}
    return influence_map.Labels(attitudes, influences, role_labels(), translate("InfluenceMap", "Influence"))


TRAY_UNDER = 540  # pixels: a narrower map puts the people whose attitude is not known in a tray
_DOTS = {Influence.HIGH: 3, Influence.MEDIUM: 2, Influence.LOW: 1}


def _rect(r: Rect) -> QRectF:
    return QRectF(r.x, r.y, r.w, r.h)


class InfluenceMap(QWidget):
    """Paints a buying group as an influence map; ``personActivated(member id)`` on a click."""

    personActivated = Signal(int)
    currentChanged = Signal(int)  # the member the keyboard (or a click) is on

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people: list[DealContact] = []
        self._layouts: dict[int, MapLayout] = {}
        self._hover: int | None = None
        self._current: int | None = None
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Influence map"))
        self.setAccessibleDescription(self.tr(
            "The buying group by influence (up) and attitude toward us (across); choose a person to edit"))
        self._relayout()

    # ---------------------------------------------------------------- data
    def set_people(self, people: list[DealContact]) -> None:
        self._people = list(people)
        keys = {p.id for p in people}
        if self._current not in keys:
            self._current = None
        if self._hover not in keys:
            self._hover = None
        self._relayout()

    def people(self) -> list[DealContact]:
        return list(self._people)

    def set_current(self, member_id: int | None) -> None:
        if member_id != self._current:
            self._current = member_id
            self.update()

    def current(self) -> int | None:
        return self._current

    # ---------------------------------------------------------------- layout
    def _fonts(self) -> tuple[QFont, QFont]:
        name = QFont(self.font())
        name.setWeight(QFont.Weight.Bold)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1.0))
        return name, small

    def map_layout(self, width: int | None = None) -> MapLayout:
        """The layout at ``width`` (the widget's own by default), kept until something changes."""
        width = int(width if width is not None else self.width())
        found = self._layouts.get(width)
        if found is None:
            name_font, small_font = self._fonts()
            name_fm, small_fm = QFontMetricsF(name_font), QFontMetricsF(small_font)

            def measure(text: str, bold: bool) -> float:
                return (name_fm if bold else small_fm).horizontalAdvance(text)

            metrics = Metrics(name_line=math.ceil(name_fm.height()), small_line=math.ceil(small_fm.height()),
                              min_card=max(118.0, 11 * small_fm.averageCharWidth() + 24), card_pad=4.0,
                              cell_pad=4.0, tray_under=TRAY_UNDER)
            people = [Person(p.id or 0, p.name, p.role, p.attitude, p.influence) for p in self._people]
            found = influence_map.layout(people, max(160, width), measure, metrics, map_labels())
            if len(self._layouts) > 8:
                self._layouts.clear()
            self._layouts[width] = found
        return found

    def _relayout(self) -> None:
        self._layouts.clear()
        self.updateGeometry()
        self.update()

    def hasHeightForWidth(self) -> bool:  # noqa: N802  # Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802  # Qt's name
        return math.ceil(self.map_layout(width).height) + 2

    def sizeHint(self) -> QSize:
        width = max(self.width(), 360)
        return QSize(360, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.heightForWidth(max(self.width(), 240)))

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        if self.height() != self.heightForWidth(self.width()):
            self.updateGeometry()  # a new width wraps names and stacks cards anew

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._relayout()
        super().changeEvent(event)

    # ---------------------------------------------------------------- painting
    def paintEvent(self, event: QPaintEvent) -> None:
        found = self.map_layout()
        palette = self.palette()
        name_font, small_font = self._fonts()
        dark = theme.is_dark(palette)
        ground = theme.card_background(palette)
        text, muted = theme.text(palette), theme.muted(palette)
        line = theme.card_border(palette)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # the cells: a wash of the column's attitude; "not known yet" only outlined, dashed
        for (attitude, _influence), cell in found.cells.items():
            r = _rect(cell).adjusted(1, 1, -1, -1)
            if attitude == Attitude.UNKNOWN:
                painter.setPen(QPen(line, 1, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(theme.mix(ground, attitude_colour(attitude), 0.16 if dark else 0.08))
            painter.drawRoundedRect(r, 4, 4)
        # the heads: attitudes over the columns in their colour, influences left of the rows
        painter.setFont(small_font)
        small_line = QFontMetricsF(small_font).height()
        for attitude, head in found.columns.items():
            colour = muted if attitude == Attitude.UNKNOWN else self._readable(attitude_colour(attitude), palette)
            self._lines(painter, head.rect, head.lines, small_line, colour, bold=attitude != Attitude.UNKNOWN,
                        align=Qt.AlignmentFlag.AlignHCenter)
        self._lines(painter, found.corner.rect, found.corner.lines, small_line, muted)
        for influence in ROWS:
            head = found.rows[influence]
            self._lines(painter, head.rect, head.lines, small_line, text, vcenter=True)
        # the tray of those whose attitude is not known yet (a narrow map)
        if found.tray is not None:
            painter.setPen(QPen(line, 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(_rect(found.tray.rect).adjusted(1, 1, -1, -1), 4, 4)
            self._lines(painter, found.tray.rect, found.tray.lines, small_line, muted)
        # the influence axis: an arrow up the row labels' right edge
        grid = _rect(found.grid)
        painter.setPen(QPen(muted, 1.2))
        x = grid.left() - 3
        painter.drawLine(QPointF(x, grid.bottom() - 2), QPointF(x, grid.top() + 2))
        painter.drawLine(QPointF(x, grid.top() + 2), QPointF(x - 3, grid.top() + 7))
        painter.drawLine(QPointF(x, grid.top() + 2), QPointF(x + 3, grid.top() + 7))
        # the people
        name_line = QFontMetricsF(name_font).height()
        for card in found.cards:
            self._card(painter, card, name_font, small_font, name_line, small_line, palette)
        # the key to the roles' colours
        painter.setFont(small_font)
        for swatch in found.legend:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(role_colour(swatch.role))
            painter.drawRoundedRect(_rect(swatch.square), 2, 2)
            painter.setPen(muted)
            painter.drawText(_rect(swatch.text), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             swatch.label)
        painter.end()

    def _card(self, painter: QPainter, card: Card, name_font: QFont, small_font: QFont, name_line: float,
              small_line: float, palette: QPalette) -> None:
        r = _rect(card.rect)
        colour = role_colour(card.person.role)
        ground = theme.card_background(palette)
        active = card.person.key in (self._hover, self._current)
        focus = card.person.key == self._current and self.hasFocus()
        painter.setPen(QPen(theme.accent(palette) if active else theme.mix(theme.card_border(palette), colour, 0.4),
                            2.0 if focus else 1.2 if active else 1.0))
        painter.setBrush(theme.mix(ground, colour, 0.1))
        painter.drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), 5, 5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(r.left() + 1.5, r.top() + 3, 3.5, r.height() - 6), 1.5, 1.5)
        pad = 5.0
        x = r.left() + pad + 3
        y = r.top() + pad
        painter.setFont(name_font)
        painter.setPen(theme.text(palette))
        for line in card.name:
            painter.drawText(QRectF(x, y, r.right() - x - pad + 1, name_line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
            y += name_line
        painter.setFont(small_font)
        painter.setPen(self._readable(colour, palette))
        painter.drawText(QRectF(x, y, r.right() - x - pad + 1, small_line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, card.role)
        if card.dots:  # in the tray: how much this person weighs, as the table on paper shows it
            filled = _DOTS[card.person.influence]
            centre_y = y + small_line / 2
            for i in range(3):
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(theme.text(palette) if i < filled else theme.card_border(palette))
                painter.drawEllipse(QPointF(r.right() - pad - 11 + i * 4.5, centre_y), 1.7, 1.7)

    @staticmethod
    def _readable(colour: QColor, palette: QPalette) -> QColor:
        """A role's or attitude's colour as text: lighter on a dark window."""
        return theme.mix(colour, QColor("white"), 0.45) if theme.is_dark(palette) else colour

    @staticmethod
    def _lines(painter: QPainter, rect: Rect, lines: tuple[str, ...], height: float, colour: QColor,
               bold: bool = False, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
               vcenter: bool = False) -> None:
        font = QFont(painter.font())
        font.setBold(bold)
        painter.save()
        painter.setFont(font)
        painter.setPen(colour)
        y = rect.y + (rect.h - len(lines) * height) / 2 if vcenter else rect.y + 2
        for line in lines:
            painter.drawText(QRectF(rect.x + 4, y, rect.w - 8, height), align | Qt.AlignmentFlag.AlignVCenter, line)
            y += height
        painter.restore()

    # ---------------------------------------------------------------- the mouse and the keyboard
    def _member(self, key: int) -> DealContact | None:
        return next((p for p in self._people if p.id == key), None)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        card = self.map_layout().at(event.position().x(), event.position().y())
        key = card.person.key if card else None
        if key != self._hover:
            self._hover = key
            self.setCursor(Qt.CursorShape.PointingHandCursor if card else Qt.CursorShape.ArrowCursor)
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self._hover is not None:
            self._hover = None
            self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            card = self.map_layout().at(event.position().x(), event.position().y())
            if card is not None:
                self._choose(card.person.key)
                self.personActivated.emit(card.person.key)
        super().mouseReleaseEvent(event)

    def _choose(self, key: int) -> None:
        self._current = key
        self.currentChanged.emit(key)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        cards = list(self.map_layout().cards)  # by row, then column: the reading order
        if not cards:
            super().keyPressEvent(event)
            return
        keys = [c.person.key for c in cards]
        at = keys.index(self._current) if self._current in keys else -1
        step = {Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1}.get(
            Qt.Key(event.key()))
        if step is not None:
            self._choose(keys[(at + step) % len(keys)] if at >= 0 else keys[0 if step > 0 else -1])
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and at >= 0:
            self.personActivated.emit(keys[at])
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            card = self.map_layout().at(event.pos().x(), event.pos().y())
            member = self._member(card.person.key) if card else None
            if member is None:
                QToolTip.hideText()
                event.ignore()
                return True
            QToolTip.showText(event.globalPos(), plain.html(self.describe(member)), self)
            return True
        return super().event(event)

    @staticmethod
    def describe(member: DealContact) -> str:
        """Everything about one person, one fact a line: the tooltip (the card may cut a name)."""
        lines = [member.name, member.title, role_labels()[member.role], attitude_labels()[member.attitude],
                 influence_labels()[member.influence]]
        if member.wants.strip():
            lines.append(translate("InfluenceMap", "Wants: {wants}").format(wants=member.wants.strip()))
        return "\n".join(x for x in lines if x)
