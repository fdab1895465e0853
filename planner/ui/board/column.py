"""One stage of the board: a painted header over a list of painted cards.

The list view carries the drag-and-drop feedback: a column that may take the
dragged card lights up in the accent colour; a column the deal can never go
back to turns red, shows a lock and says which milestone froze it, and the
cursor shows "forbidden".
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QAbstractItemView, QListView, QSizePolicy, QVBoxLayout, QWidget

from planner.domain import formats
from planner.domain.model import Card, Stage
from planner.i18n import current_language
from planner.ui.board.delegate import CardDelegate
from planner.ui.board.filter import CardFilter
from planner.ui.board.model import CardListModel, CardRole, decode
from planner.ui.kit import format as fmt
from planner.ui.kit import icons, plain, theme

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class Totals(NamedTuple):
    """What a column header sums up about the cards it shows."""

    deals: int
    value: dict[str, float]  # per currency
    weighted: dict[str, float]

    @classmethod
    def of(cls, cards: list[Card], win_rate: int) -> Totals:
        value = fmt.summed((c.currency, c.value) for c in cards)
        weighted = {k: v * win_rate / 100.0 for k, v in value.items()}
        return cls(len(cards), value, weighted)


class CardListView(QListView):
    """A column's cards; Left/Right walk to the neighbouring columns."""

    neighbourRequested = Signal(int)  # -1 left, +1 right
    dragFinished = Signal(int)  # deal id, whatever the outcome
    dropStateChanged = Signal(str, int, int)  # "forward" | "back" | "", deal id, stage id

    def __init__(self, delegate: CardDelegate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # a viewport of our own, made before anything else touches the viewport, so that it
        # leaves the ground to the column (no auto-filled background). Asking Qt for its
        # default one (viewport()) costs ~6 ms on the first call: PySide then sets up every
        # QWidget subclass it knows to find the type of the object it wraps.
        viewport = QWidget(self)
        viewport.setObjectName("qt_scrollarea_viewport")
        viewport.setBackgroundRole(QPalette.ColorRole.Base)
        viewport.setForegroundRole(QPalette.ColorRole.Text)
        self.setViewport(viewport)
        self.setItemDelegate(delegate)
        self.setUniformItemSizes(True)  # one height for all cards: layout of 10,000 rows is O(1)
        self.setSpacing(4)
        self.setFrameShape(QListView.Shape.NoFrame)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setMouseTracking(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setAutoFillBackground(False)
        self.empty_text = ""

    @property
    def proxy(self) -> CardFilter:
        return self.model()  # type: ignore[return-value]  # the view's model is always its CardFilter

    @property
    def cards_model(self) -> CardListModel:
        return self.proxy.cards_model

    # -------------------------------------------------------------- keyboard
    def keyPressEvent(self, event: QKeyEvent) -> None:
        sideways = event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right)
        # in a column the arrows leave for the next column; in the closed lane they walk its cards
        vertical = self.flow() == QListView.Flow.TopToBottom
        if sideways and vertical and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.neighbourRequested.emit(-1 if event.key() == Qt.Key.Key_Left else 1)
            return
        super().keyPressEvent(event)

    # ---------------------------------------------------------- drag and drop
    def startDrag(self, supported: Qt.DropAction) -> None:  # noqa: N802
        index = self.currentIndex()
        if not index.isValid() or not (index.flags() & Qt.ItemFlag.ItemIsDragEnabled):
            return
        data = self.proxy.mimeData([index])
        if data is None:
            return
        drag = QDrag(self)
        drag.setMimeData(data)
        pixmap = self._card_pixmap(index)
        drag.setPixmap(pixmap)
        drag.setHotSpot(QPoint(pixmap.width() // (2 * max(1, int(pixmap.devicePixelRatio()))), 18))
        drag.exec(Qt.DropAction.MoveAction)
        self.dragFinished.emit(int(index.data(CardRole.DEAL_ID)))

    def _card_pixmap(self, index: QModelIndex) -> QPixmap:
        # not imported with the window: PySide sets the type up on first use, and only a drag uses it
        from PySide6.QtWidgets import QStyleOptionViewItem

        rect = self.visualRect(index)
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(QSize(rect.width(), rect.height()) * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = QRect(0, 0, rect.width(), rect.height())
        painter.setOpacity(0.92)
        self.itemDelegate().paint(painter, option, index)
        painter.end()
        return pixmap

    def _verdict(self, event: QDragMoveEvent | QDropEvent) -> tuple[str, int]:
        found = decode(event.mimeData())
        if found is None:
            return "", 0
        return self.cards_model.drop_verdict(event.mimeData()), found[0]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._drag_over(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._drag_over(event)

    def _drag_over(self, event: QDragMoveEvent) -> None:
        verdict, deal_id = self._verdict(event)
        stage_id = self.cards_model.stage_id or 0
        self.dropStateChanged.emit(verdict, deal_id, stage_id)
        if verdict == "forward":
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()  # the platform shows the "forbidden" cursor

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.dropStateChanged.emit("", 0, 0)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        self.dropStateChanged.emit("", 0, 0)
        verdict, _deal = self._verdict(event)
        # the model asks the board (confirm, or say why not); rows never move here
        self.cards_model.dropMimeData(event.mimeData(), Qt.DropAction.MoveAction, -1, -1, QModelIndex())
        if verdict == "forward":
            event.setDropAction(Qt.DropAction.CopyAction)  # the source view must not remove its row
            event.accept()
        else:
            event.ignore()

    # ---------------------------------------------------------------- empty
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.model() is not None and self.model().rowCount() == 0 and self.empty_text:
            painter = QPainter(self.viewport())
            painter.setPen(theme.muted(self.palette()))
            rect = self.viewport().rect().adjusted(12, 18, -12, -12)
            painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                             self.empty_text)


class ColumnHeader(QWidget):
    """Stage name, deal count, total and weighted value: painted, elided, with a full tooltip."""

    def __init__(self, stage: Stage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.totals = Totals(0, {}, {})
        self.filtered = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def _fonts(self) -> tuple[QFont, QFont]:
        name = QFont(self.font())
        name.setWeight(QFont.Weight.Bold)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1.0))
        return name, small

    def sizeHint(self) -> QSize:
        name, small = self._fonts()
        return QSize(220, QFontMetrics(name).height() + 2 * QFontMetrics(small).height() + 20)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def set_totals(self, totals: Totals, filtered: bool) -> None:
        self.totals, self.filtered = totals, filtered
        self.setToolTip(plain.html(self._tooltip()))
        self.setAccessibleName(self._tooltip().replace("\n", "; "))
        self.update()

    def _value_line(self) -> tuple[str, str]:
        totals = self.totals
        if not totals.value:
            return "—", ""
        main = fmt.main_currency(totals.value)
        lang = current_language()
        value = formats.compact(totals.value[main], main, lang)
        weighted = translate("BoardColumn", "weighted {amount}").format(
            amount=formats.compact(totals.weighted[main], main, lang))
        more = len(totals.value) - 1
        note = translate("BoardColumn", "+ {n} more currencies").format(n=more) if more > 1 else (
            translate("BoardColumn", "+ 1 more currency") if more == 1 else "")
        return f"{value}  ·  {weighted}", note

    def _tooltip(self) -> str:
        stage, totals = self.stage, self.totals
        lines = [stage.name, translate("BoardColumn", "Milestone: {milestone}").format(milestone=stage.milestone),
                 translate("BoardColumn", "Win rate: {rate}%").format(rate=stage.win_rate),
                 (translate("BoardColumn", "{n} matching deals") if self.filtered
                  else translate("BoardColumn", "{n} deals")).format(n=totals.deals)]
        if totals.value:
            lang = current_language()
            lines.append(translate("BoardColumn", "Total: {amounts}").format(
                amounts=formats.money_list(totals.value, lang)))
            lines.append(translate("BoardColumn", "Weighted (value × {rate}%): {amounts}").format(
                rate=stage.win_rate, amounts=formats.money_list(totals.weighted, lang)))
        return "\n".join(lines)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        name_font, small = self._fonts()
        rect = self.rect().adjusted(12, 9, -10, -6)
        fm_name, fm_small = QFontMetrics(name_font), QFontMetrics(small)

        # the count as a pill at the right of the name
        count = QLocale().toString(self.totals.deals)
        pill_w = fm_small.horizontalAdvance(count) + 14
        pill = QRectF(rect.right() - pill_w, rect.top() + (fm_name.height() - fm_small.height() - 4) / 2,
                      pill_w, fm_small.height() + 4)
        fill = theme.mix(theme.column_background(palette), theme.text(palette), 0.12)
        if self.filtered:
            fill = theme.mix(theme.column_background(palette), theme.accent(palette), 0.35)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        painter.setFont(small)
        painter.setPen(theme.text(palette))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, count)

        painter.setFont(name_font)
        name_rect = QRect(rect.left(), rect.top(), rect.width() - pill_w - 8, fm_name.height())
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm_name.elidedText(self.stage.name, Qt.TextElideMode.ElideRight, name_rect.width()))

        y = rect.top() + fm_name.height() + 3
        painter.setFont(small)
        value, note = self._value_line()
        painter.setPen(theme.text(palette) if self.totals.value else theme.muted(palette))
        painter.drawText(QRect(rect.left(), y, rect.width(), fm_small.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm_small.elidedText(value, Qt.TextElideMode.ElideRight, rect.width()))
        y += fm_small.height()
        rate = translate("BoardColumn", "win rate {rate}%").format(rate=self.stage.win_rate)
        line = f"{rate}  ·  {note}" if note else rate
        painter.setPen(theme.muted(palette))
        painter.drawText(QRect(rect.left(), y, rect.width(), fm_small.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm_small.elidedText(line, Qt.TextElideMode.ElideRight, rect.width()))


class DropOverlay(QWidget):
    """Paints the drop feedback over a column without taking any input."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.state = ""
        self.message = ""
        self.hide()

    def set_state(self, state: str, message: str = "") -> None:
        self.state, self.message = state, message
        self.setVisible(bool(state))
        if state:
            parent = self.parentWidget()
            assert parent is not None  # the overlay lives on its column
            self.setGeometry(parent.rect())
            self.raise_()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        path = QPainterPath()
        path.addRoundedRect(rect, 9, 9)
        if self.state == "forward":
            painter.fillPath(path, theme.drop_tint(palette))
            painter.setPen(QPen(theme.accent(palette), 2, Qt.PenStyle.DashLine))
            painter.drawPath(path)
            return
        painter.fillPath(path, theme.frozen_tint(palette))
        painter.setPen(QPen(theme.danger(palette), 2))
        painter.drawPath(path)
        # a lock and the reason, in a box that stays readable over the cards
        box = QRectF(rect.left() + 10, rect.top() + rect.height() * 0.3, rect.width() - 20, 0)
        fm = QFontMetrics(self.font())
        text_rect = fm.boundingRect(QRect(0, 0, int(box.width()) - 24, 2000),
                                    Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignHCenter, self.message)
        box.setHeight(text_rect.height() + 56)
        bg = theme.card_background(palette)
        painter.setPen(QPen(theme.danger(palette), 1.5))
        painter.setBrush(bg)
        painter.drawRoundedRect(box, 8, 8)
        icons.icon("lock", theme.danger(palette)).paint(
            painter, QRect(int(box.center().x()) - 11, int(box.top()) + 10, 22, 22))
        painter.setPen(theme.text(palette))
        painter.drawText(box.adjusted(12, 40, -12, -8), Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignHCenter,
                         self.message)


def paint_ground(widget: QWidget) -> None:
    """The rounded ground of a column or of the closed lane."""
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addRoundedRect(QRectF(widget.rect()).adjusted(1, 1, -1, -1), 9, 9)
    painter.fillPath(path, theme.column_background(widget.palette()))


class StageColumn(QWidget):
    """A stage's header, its cards, and the feedback while a card is dragged."""

    def __init__(self, stage: Stage, model: CardListModel, delegate: CardDelegate,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.model = model
        self.proxy = CardFilter(model, self)
        self.header = ColumnHeader(stage, self)
        self.view = CardListView(delegate, self)
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(stage.name)
        self.view.empty_text = translate("BoardColumn", "No deals in this stage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 4)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)
        self.overlay = DropOverlay(self)
        self.setMinimumWidth(236)
        self.setMaximumWidth(340)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def refresh_header(self) -> None:
        cards = self.proxy.visible_cards()
        self.header.set_totals(Totals.of(cards, self.stage.win_rate), self.proxy.active)
        self.view.empty_text = (translate("BoardColumn", "No matching deals") if self.proxy.active
                                else translate("BoardColumn", "No deals in this stage"))

    def set_drop_state(self, state: str, message: str = "") -> None:
        self.overlay.set_state(state, message)

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        if self.overlay.isVisible():
            self.overlay.setGeometry(self.rect())

    def paintEvent(self, event: QPaintEvent) -> None:
        paint_ground(self)
