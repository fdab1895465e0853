"""The strip beside every wizard page: the process as it stands so far.

A list view over a small model with a painting delegate, so it scrolls when a
team adds dozens of stages. Kept stages are solid dots on a rail; stages left
out are struck through and thin, so the shape of the process stays readable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPalette,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.model import Answer, Stage
from planner.domain.tailoring import TailoringDraft
from planner.ui.kit import plain

Index = QModelIndex | QPersistentModelIndex
STATE_ROLE = Qt.ItemDataRole.UserRole + 10
CURRENT_ROLE = Qt.ItemDataRole.UserRole + 11
RATE_ROLE = Qt.ItemDataRole.UserRole + 12


class StripState(Enum):
    KEPT = "keep"
    CUSTOM = "custom"
    DROPPED = "drop"
    NO_INFLUENCE = "no_influence"
    OPEN = "open"  # not answered yet

    @property
    def in_process(self) -> bool:
        return self in (StripState.KEPT, StripState.CUSTOM)


@dataclass(frozen=True)
class StripEntry:
    label: str
    state: StripState
    milestone: str = ""
    win_rate: int = 0
    current: bool = False
    ref_key: str | None = None  # None: a stage of the team's own
    stage: Stage | None = field(default=None, compare=False)  # the draft's stage, to find it again


def entries_for(draft: TailoringDraft, current_key: str | None = None,
                current_stage: Stage | None = None) -> list[StripEntry]:
    """What the strip shows for ``draft``; ``current_*`` marks the page's own stage."""
    out = []
    for stage in draft.entries():
        if stage.ref_key is None:
            state = StripState.CUSTOM
        else:
            answer = draft.answer(stage.ref_key)
            state = {Answer.KEEP: StripState.KEPT, Answer.DROP: StripState.DROPPED,
                     Answer.NO_INFLUENCE: StripState.NO_INFLUENCE}.get(answer, StripState.OPEN)  # type: ignore[arg-type]  # unanswered (None): OPEN
        current = (current_key is not None and stage.ref_key == current_key) or (
            current_stage is not None and stage is current_stage)
        out.append(StripEntry(stage.name, state, stage.milestone, stage.win_rate, current,
                              stage.ref_key, stage))
    return out


class StripModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[StripEntry] = []

    def set_entries(self, entries: list[StripEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entries(self) -> list[StripEntry]:
        return list(self._entries)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def _status(self, state: StripState) -> str:
        return {
            StripState.KEPT: self.tr("kept"),
            StripState.CUSTOM: self.tr("your own stage"),
            StripState.DROPPED: self.tr("dropped"),
            StripState.NO_INFLUENCE: self.tr("dropped: we cannot take part in it or influence it"),
            StripState.OPEN: self.tr("not answered yet"),
        }[state]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return e.label or self.tr("(no name yet)")
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = f"{e.label} — {self._status(e.state)}"
            if e.state.in_process:
                text += "\n" + self.tr("Ends with: {milestone} · win rate {rate}%").format(
                    milestone=e.milestone or "…", rate=e.win_rate)
            text += "\n" + self.tr("Click or press Enter to go to this stage.")
            return plain.html(text) if role == Qt.ItemDataRole.ToolTipRole else text
        if role == STATE_ROLE:
            return e.state
        if role == CURRENT_ROLE:
            return e.current
        if role == RATE_ROLE:
            return e.win_rate
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren


def wrapped_lines(text: str, font: QFont, width: int, max_lines: int) -> list[str]:
    """``text`` broken into at most ``max_lines`` lines of ``width``; the last one elided."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    lines: list[str] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(width, 10))
        start = line.textStart()
        if len(lines) == max_lines - 1:
            lines.append(QFontMetrics(font).elidedText(text[start:], Qt.TextElideMode.ElideRight, width))
            break
        lines.append(text[start:start + line.textLength()].rstrip())
    layout.endLayout()
    return lines or [""]


class StripDelegate(QStyledItemDelegate):
    """Paints a rail with one dot per stage; only palette roles, so dark mode holds.

    Names of stages in the process wrap onto a second line rather than vanish
    into an ellipsis; stages left out stay one thin, struck-through line.
    """

    RAIL_X = 12
    DOT = 9
    PAD = 5

    def _font(self, base: QFont, state: StripState, current: bool) -> QFont:
        font = QFont(base)
        if not state.in_process:
            font.setPointSizeF(font.pointSizeF() * 0.9)
            font.setStrikeOut(state in (StripState.DROPPED, StripState.NO_INFLUENCE))
        if current:
            font.setBold(True)
        return font

    def _text_width(self, total: int, font: QFont, state: StripState) -> int:
        width = total - (self.RAIL_X * 2 + 2) - 6
        if state.in_process:
            width -= QFontMetrics(font).horizontalAdvance("100%") + 6
        return width

    def _lines(self, option: QStyleOptionViewItem, index: Index, width: int) -> tuple[QFont, list[str]]:
        state: StripState = index.data(STATE_ROLE)
        current: bool = index.data(CURRENT_ROLE)
        font = self._font(option.font, state, current)
        max_lines = 2 if state.in_process or current else 1
        return font, wrapped_lines(index.data(), font, self._text_width(width, font, state), max_lines)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QListView) else 200
        font, lines = self._lines(option, index, width)
        state: StripState = index.data(STATE_ROLE)
        pad = self.PAD if state.in_process or index.data(CURRENT_ROLE) else 2
        return QSize(width, QFontMetrics(font).lineSpacing() * len(lines) + 2 * pad)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        state: StripState = index.data(STATE_ROLE)
        current: bool = index.data(CURRENT_ROLE)
        pal: QPalette = option.palette
        rect: QRect = option.rect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if current:
            tint = QColor(pal.color(QPalette.ColorRole.Highlight))
            tint.setAlpha(55)
            painter.fillRect(rect, tint)
            painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()),
                             pal.color(QPalette.ColorRole.Highlight))
        font, lines = self._lines(option, index, rect.width())
        fm = QFontMetrics(font)
        # the dot sits on the first line; the rail runs through the whole list
        first_line_y = rect.top() + (rect.height() - fm.lineSpacing() * len(lines)) / 2
        cx, cy = rect.left() + self.RAIL_X, first_line_y + fm.lineSpacing() / 2
        rows = index.model().rowCount()
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 2))
        top = rect.top() if index.row() > 0 else cy
        bottom = rect.bottom() + 1 if index.row() < rows - 1 else cy
        painter.drawLine(QPointF(cx, top), QPointF(cx, bottom))
        self._dot(painter, pal, state, QPointF(cx, cy))
        painter.setFont(font)
        left = rect.left() + self.RAIL_X * 2 + 2
        width = self._text_width(rect.width(), font, state)
        if state.in_process:
            painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            rate_rect = QRectF(rect.right() - 6 - fm.horizontalAdvance("100%"), first_line_y,
                               fm.horizontalAdvance("100%"), fm.lineSpacing())
            painter.drawText(rate_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             f"{index.data(RATE_ROLE)}%")
        dim = not state.in_process and not current
        painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText if dim else QPalette.ColorRole.Text))
        for i, line in enumerate(lines):
            painter.drawText(QRectF(left, first_line_y + i * fm.lineSpacing(), width, fm.lineSpacing()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
        if option.state & QStyle.StateFlag.State_HasFocus:  # where Enter would go, for keyboard users
            pen = QPen(pal.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(rect).adjusted(0.5, 0.5, -1.5, -1.5))
        painter.restore()

    def _dot(self, painter: QPainter, pal: QPalette, state: StripState, c: QPointF) -> None:
        accent = pal.color(QPalette.ColorRole.Highlight)
        base = pal.color(QPalette.ColorRole.Base)
        dim = pal.color(QPalette.ColorRole.PlaceholderText)
        r = self.DOT / 2
        if state == StripState.KEPT:
            painter.setPen(QPen(accent, 1.5))
            painter.setBrush(accent)
            painter.drawEllipse(c, r, r)
        elif state == StripState.CUSTOM:
            painter.setPen(QPen(accent, 1.5))
            painter.setBrush(accent)
            painter.drawRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r))
        else:
            small = r * 0.7
            pen = QPen(dim, 1.2)
            if state == StripState.OPEN:
                pen.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.setBrush(base)
            painter.drawEllipse(c, small, small)
            if state == StripState.NO_INFLUENCE:
                painter.drawLine(QPointF(c.x() - small, c.y() + small), QPointF(c.x() + small, c.y() - small))


class StripView(QListView):
    """The rail as a control: a click, Enter or Space on a stage asks to go there."""

    chosen = Signal(int)  # the row of the stage

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clicked.connect(lambda index: self.chosen.emit(index.row()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if event.key() in keys and self.currentIndex().isValid():
            self.chosen.emit(self.currentIndex().row())
            event.accept()
            return
        super().keyPressEvent(event)


class ProcessStrip(QFrame):
    """Heading, rail of stages and a one-line legend; shown beside every page."""

    stage_chosen = Signal(int)  # a row of what the strip shows: the user wants to go there

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("processStrip")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.title = QLabel(self.tr("Your process so far"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.count = QLabel()
        self.count.setWordWrap(True)
        self.count.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.model = StripModel(self)
        self.view = StripView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(StripDelegate(self.view))
        # a map to click: Tab reaches it, arrows pick a stage, Enter goes there
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.setAccessibleName(self.tr("Stages of your process"))
        self.view.setAccessibleDescription(self.tr("Choose a stage to go to its page."))
        self.view.chosen.connect(self.stage_chosen)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.viewport().setAutoFillBackground(False)
        self.view.setUniformItemSizes(False)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap names on resize
        self.legend = QLabel(self.tr("● kept   ■ your own   ○ left out"))
        self.legend.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.legend.setWordWrap(True)
        small = self.legend.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.legend.setFont(small)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 12, 6, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.count)
        layout.addSpacing(4)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend)
        self.setMinimumWidth(200)
        self.setMaximumWidth(240)

    def show_entries(self, entries: list[StripEntry]) -> None:
        self.model.set_entries(entries)
        kept = sum(e.state.in_process for e in entries)
        left_out = sum(e.state in (StripState.DROPPED, StripState.NO_INFLUENCE) for e in entries)
        self.count.setText(self.tr("In the process: {kept} · left out: {dropped}").format(
            kept=kept, dropped=left_out))
        current = next((i for i, e in enumerate(entries) if e.current), None)
        if current is not None:
            self.view.setCurrentIndex(self.model.index(current, 0))  # arrows start from the page's stage
            self.view.scrollTo(self.model.index(current, 0), QAbstractItemView.ScrollHint.EnsureVisible)

    def shown(self) -> list[StripEntry]:
        return self.model.entries()
