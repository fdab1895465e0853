"""One stage of the board: a painted header over a list of painted cards.

The list view carries the drag-and-drop feedback: a column that may take the
dragged card lights up in the accent colour; a column the deal can never go
back to turns red, shows a lock and says which milestone froze it, and the
cursor shows "forbidden".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
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

from planner.domain.model import Stage
from planner.services.deals import Sums
from planner.ui.board.delegate import CardDelegate
from planner.ui.board.filter import CardFilter
from planner.ui.board.header import STRIP, ColumnHeader
from planner.ui.board.model import CardListModel, CardRole, decode
from planner.ui.board.summary import Conversion, Totals
from planner.ui.kit import icons, theme

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


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
        # laid out again when the viewport changes width (a scroll bar comes or goes): a card
        # never runs under the scroll bar
        self.setResizeMode(QListView.ResizeMode.Adjust)
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
        # what an empty list says, asked at paint time: it follows the filter and the language
        self.empty_text_of: Callable[[], str] = lambda: ""

    @property
    def empty_text(self) -> str:
        return self.empty_text_of()

    def resizeEvent(self, event) -> None:  # noqa: ANN001 - Qt's override
        # cards change height where the column gets narrow enough to stack them: lay them out again
        delegate = self.itemDelegate()
        was = getattr(delegate, "narrow", lambda _w: False)(event.oldSize().width())
        super().resizeEvent(event)
        if getattr(delegate, "narrow", lambda _w: False)(self.viewport().width()) != was:
            self.scheduleDelayedItemsLayout()

    def lay_out_now(self) -> None:
        """The cards laid out for the view's final size now, not on Qt's timer: a layout left
        pending (a scroll bar that came as the cards arrived) is otherwise done during the
        next paint and then painted a second time."""
        self.executeDelayedItemsLayout()

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

    def moveCursor(self, action: QAbstractItemView.CursorAction,  # noqa: N802 - Qt's override
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """End reaches the column's last card and Down or Page Down read on past the cards
        read so far: the keyboard never stops at the end of a page."""
        model = self.cards_model
        act = QAbstractItemView.CursorAction
        if action == act.MoveEnd:
            model.fetch_all()
        elif action in (act.MoveDown, act.MoveNext, act.MovePageDown):
            step = max(1, self.viewport().height() // max(1, self.sizeHintForRow(0) + 2 * self.spacing()))
            if self.currentIndex().row() + step >= self.model().rowCount() - 1:
                model.fetch_to(self.currentIndex().row() + step)
        return super().moveCursor(action, modifiers)

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
        empty = self.empty_text if self.model() is not None and self.model().rowCount() == 0 else ""
        if empty:
            painter = QPainter(self.viewport())
            painter.setPen(theme.muted(self.palette()))
            rect = self.viewport().rect().adjusted(12, 18, -12, -12)
            painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                             empty)


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


# why a column may be empty besides the filter: the file's deals cannot be read, or the
# board has no open deal yet (the first column then says how to add one)
EmptyNote = Literal["", "unreadable", "first"]


# a column narrows to this before the board scrolls: eight stages fit a 1280 px window
MIN_WIDTH = 148
MAX_WIDTH = 340


class StageColumn(QWidget):
    """A stage's header, its cards, and the feedback while a card is dragged; folded, a
    narrow strip with the stage's name and count (a click unfolds it)."""

    foldChanged = Signal(bool)

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
        self.note: EmptyNote = ""
        self.folded = False
        self.header.foldRequested.connect(lambda: self.set_folded(not self.folded))
        self.form: QWidget | None = None  # the first column's quick-add form, once opened
        self.conversion = Conversion("TWD", {})  # the board's, set before each refresh_header
        self.view.empty_text_of = self.empty_text
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(4, 2, 4, 4)
        self._layout.setSpacing(0)
        self._layout.addWidget(self.header)
        self._layout.addWidget(self.view, 1)
        self.overlay = DropOverlay(self)
        self.setMinimumWidth(MIN_WIDTH)
        self.setMaximumWidth(MAX_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_folded(self, folded: bool) -> None:
        """Fold to a strip (its cards out of the way) or unfold; ``foldChanged`` when it changes."""
        if folded == self.folded:
            return
        self.folded = folded
        self.header.set_folded(folded)
        self.view.setVisible(not folded)
        if folded and self.form is not None:
            self.form.hide()  # a quick add under way is put away with the cards
        self.setMinimumWidth(STRIP if folded else MIN_WIDTH)
        self.setMaximumWidth(STRIP if folded else MAX_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Fixed if folded else QSizePolicy.Policy.Expanding,
                           QSizePolicy.Policy.Expanding)
        self.foldChanged.emit(folded)

    def insert_form(self, form: QWidget) -> None:
        """A form between the header and the cards (the first column's quick add)."""
        self.form = form
        self._layout.insertWidget(1, form)

    def refresh_header(self, sums: Sums) -> None:
        """The header's count and totals: the file's ``sums`` of the whole column under the
        query (the board's), never the cards the model happens to have read."""
        totals = Totals.summed(sums, self.stage.win_rate, self.conversion)
        self.header.set_totals(totals, self.proxy.active)

    def empty_text(self) -> str:
        """What the column says without a card to show, in the language of the moment."""
        if self.note == "unreadable":
            return translate("BoardColumn", "The deals of this process cannot be shown.")
        if self.note == "first":
            return translate("BoardColumn", "No deals yet.\nAdd one with Deal › New Deal… (Ctrl+Shift+N).")
        if self.proxy.active:
            return translate("BoardColumn", "No matching deals")
        return translate("BoardColumn", "No deals in this stage")

    def set_drop_state(self, state: str, message: str = "") -> None:
        self.overlay.set_state(state, message)

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        if self.overlay.isVisible():
            self.overlay.setGeometry(self.rect())

    def paintEvent(self, event: QPaintEvent) -> None:
        paint_ground(self)
