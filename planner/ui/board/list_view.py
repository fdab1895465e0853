"""The board's deals as one list: a table of the deals the board's query lets through, sorted
by any column, for looking at many deals at once.

:class:`DealTableModel` holds the ids of every row, in the clicked column's order, from one
query of the file (planner/store/list_reads.py), and reads the cards of the rows the view
asks for a page at a time, keeping a few pages: its cost follows what is on screen, not the
size of the file (issue 15). A new filter, order or edit reads the ids again; each row keeps
its deal through it, so the selection stays with the selected deal. Each column sorts on the
value itself (the amount in the home currency, the date, the number of days), not on its
text. :class:`DealTableFilter` passes the table to the view as it is: the file has filtered it.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QIdentityProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from planner.domain import formats
from planner.domain.model import Card, DealStatus
from planner.i18n import current_language
from planner.services.deals import ListOrder
from planner.ui.board.model import CardListModel, CardRole
from planner.ui.kit import theme

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

TITLE_WIDTH = 220  # the deal's title column is never narrower
PAGE = 40  # cards read at a time, as the rows come into view
KEPT_PAGES = 25  # pages of cards kept (1,000 cards): scrolling back does not read again
Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    TITLE = 0
    ACCOUNT = 1
    STAGE = 2
    VALUE = 3
    CLOSE = 4
    IN_STAGE = 5
    TASKS = 6
    STATUS = 7


# each column's order as the file knows it (planner/store/list_reads.py)
ORDER_NAMES = {Column.TITLE: "title", Column.ACCOUNT: "account", Column.STAGE: "stage", Column.VALUE: "value",
               Column.CLOSE: "close", Column.IN_STAGE: "in_stage", Column.TASKS: "tasks", Column.STATUS: "status"}


def _heading(column: Column) -> str:
    return {
        Column.TITLE: translate("DealList", "Deal"),
        Column.ACCOUNT: translate("DealList", "Account"),
        Column.STAGE: translate("DealList", "Stage"),
        Column.VALUE: translate("DealList", "Value"),
        Column.CLOSE: translate("DealList", "Expected close"),
        Column.IN_STAGE: translate("DealList", "Days since milestone"),
        Column.TASKS: translate("DealList", "Tasks"),
        Column.STATUS: translate("DealList", "Status"),
    }[column]


def status_words(status: DealStatus, archived: bool) -> str:
    """What the Status column says of a deal in ``status``, archived or not."""
    text = {DealStatus.OPEN: translate("DealList", "Open"), DealStatus.WON: translate("DealList", "Won"),
            DealStatus.LOST: translate("DealList", "Lost"),
            DealStatus.ABANDONED: translate("DealList", "Abandoned")}.get(status, str(status))
    return translate("DealList", "{status}, archived").format(status=text) if archived else text


def status_text(card: Card) -> str:
    return status_words(card.status, card.archived)


def status_order() -> tuple[tuple[str, bool], ...]:
    """Every (status, archived) pair in the order its words sort in the current language."""
    pairs = [(status, archived) for status in DealStatus for archived in (False, True)]
    pairs.sort(key=lambda pair: status_words(*pair).casefold())
    return tuple((status.value, archived) for status, archived in pairs)


# the ids of the rows in an order (the board's query applied), and the cards of some ids
ReadIds = Callable[[ListOrder], list[int]]
ReadCards = Callable[[Sequence[int]], list[Card]]

# what a row answers without its card, and what it answers with it
# (plain ints: a paint asks some 1,500 times, and comparing enums costs more than the answer)
_CARD_ROLES = frozenset({int(Qt.ItemDataRole.DisplayRole), int(CardRole.CARD), int(Qt.ItemDataRole.ToolTipRole),
                         int(Qt.ItemDataRole.AccessibleTextRole), int(Qt.ItemDataRole.ForegroundRole)})
_DEAL_ID, _ALIGNMENT = int(CardRole.DEAL_ID), int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_NUMBERS = frozenset({int(Column.VALUE), int(Column.IN_STAGE), int(Column.TASKS)})  # right-aligned
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class DealTableModel(QAbstractTableModel):
    """One row per deal the board's query lets through, in the order of ``column``
    (``descending`` or not): every row's deal id, and the cards of the rows asked for."""

    def __init__(self, read_ids: ReadIds, read_cards: ReadCards, parent: Any = None) -> None:
        super().__init__(parent)
        self._read_ids, self._read_cards = read_ids, read_cards
        self._ids: list[int] = []
        self._cards: dict[int, Card | None] = {}  # deal id -> its card (None: gone from the file)
        self._pages: OrderedDict[int, Sequence[int]] = OrderedDict()  # page -> its ids, oldest read first
        self.column = Column.CLOSE
        self.descending = False
        self.live = False  # whether a new order reads the ids (the listing reads the first time)
        self._sources: list[CardListModel] = []
        self._context: dict[int | None, CardListModel] = {}  # stage id (None: closed) -> its cards' model
        self._tip = CardListModel(None, {}, parent=self)  # tells one row's tooltip, as its card does
        self.stage_name: Callable[[int], str] = lambda _sid: ""

    # ---------------------------------------------------------------- the rows
    @property
    def order(self) -> ListOrder:
        return ListOrder(ORDER_NAMES[self.column], self.descending,
                         status_order() if self.column == Column.STATUS else ())

    def read(self, ids: list[int] | None = None) -> None:
        """The ids again (a new query, order or edit; ``ids``: read already, in this order), and
        the cards as the rows are asked for: a row keeps its deal, so that the selection and
        the current row stay with theirs."""
        self.live = True
        new = self._read_ids(self.order) if ids is None else ids
        self.layoutAboutToBeChanged.emit()
        old, self._ids = self._ids, new
        self._cards.clear()
        self._pages.clear()
        persistent = self.persistentIndexList()
        rows: dict[int, int] = {}
        moved = []
        for index in persistent:
            deal = old[index.row()] if 0 <= index.row() < len(old) else 0
            if deal not in rows:
                rows[deal] = self.row_of(deal)
            row = rows[deal]
            moved.append(self.index(row, index.column()) if row >= 0 else QModelIndex())
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A click on a heading: the ids read again in that column's order."""
        if not 0 <= column < len(Column):
            return
        wanted = (Column(column), order == Qt.SortOrder.DescendingOrder)
        if wanted == (self.column, self.descending):
            return
        self.column, self.descending = wanted
        if self.live:
            self.read()

    def row_of(self, deal_id: int) -> int:
        try:
            return self._ids.index(deal_id)
        except ValueError:
            return -1

    def card_at(self, row: int) -> Card | None:
        """The card of ``row`` (read with its page if not held; None if the deal is gone)."""
        deal = self._ids[row]
        if deal not in self._cards:
            self._read_page(row // PAGE)
        return self._cards.get(deal)

    def _read_page(self, page: int) -> None:
        ids = self._ids[page * PAGE:(page + 1) * PAGE]
        found = {card.deal_id: card for card in self._read_cards(ids)}
        for deal in ids:
            self._cards[deal] = found.get(deal)
        self._pages[page] = ids
        while len(self._pages) > KEPT_PAGES:
            _page, dropped = self._pages.popitem(last=False)
            for deal in dropped:
                self._cards.pop(deal, None)

    @property
    def held(self) -> int:
        """How many cards are held (a few pages, whatever the number of rows)."""
        return sum(card is not None for card in self._cards.values())

    # ----------------------------------------------------------- the context
    def set_sources(self, sources: Sequence[CardListModel]) -> None:
        """The board's card models: what a card's marks depend on (today, the rates, the stall
        bars) is theirs; a change of it repaints the list."""
        for old in self._sources:
            for signal in (old.modelReset, old.dataChanged):
                signal.disconnect(self._repaint)
        self._sources = list(sources)
        self._context = {model.stage_id: model for model in self._sources}
        for model in self._sources:
            for signal in (model.modelReset, model.dataChanged):
                signal.connect(self._repaint)

    def _repaint(self, *_args: object) -> None:
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(Column) - 1))

    def _model_of(self, card: Card) -> CardListModel:
        """The model a card's marks are told by: its stage's column, or the closed lane."""
        model = self._context.get(card.stage_id if card.status == DealStatus.OPEN else None)
        if model is None:
            model = next(iter(self._context.values()), self._tip)
        return model

    def _describe(self, card: Card, model: CardListModel, role: int) -> Any:
        """The card's tooltip or accessible text, as its card on the board gives it."""
        tip = self._tip
        tip.stage_id, tip.positions, tip.track_record = model.stage_id, model.positions, model.track_record
        tip.set_context(model.today, model.idle_days, model.conversion)
        tip.set_cards([card])
        return tip.data(tip.index(0), role)

    # ------------------------------------------------------------------ Qt API
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _heading(Column(section))
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if not 0 <= row < len(self._ids) or not index.isValid():
            return None
        if role not in _CARD_ROLES:  # what a paint asks besides: no card is read for it
            if role == _DEAL_ID:
                return self._ids[row]
            return _RIGHT if role == _ALIGNMENT and index.column() in _NUMBERS else None
        card = self.card_at(row)
        if card is None:
            return None
        column = Column(index.column())
        model = self._model_of(card)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(card, model, column)
        if role == CardRole.CARD:
            return card
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._describe(card, model, role)
        return self._colour(card, model, column)

    def _text(self, card: Card, model: CardListModel, column: Column) -> str:
        lang = current_language()
        if column == Column.TITLE:
            return card.title
        if column == Column.ACCOUNT:
            return card.account
        if column == Column.STAGE:
            return self.stage_name(card.stage_id)
        if column == Column.VALUE:
            return formats.money(card.value, card.currency, lang)
        if column == Column.CLOSE:
            return formats.medium_date(card.expected_close, lang) if card.expected_close else ""
        if column == Column.IN_STAGE:
            return formats.number(model.days_since_milestone(card), lang) if card.status == DealStatus.OPEN else ""
        if column == Column.TASKS:
            shown = card.tasks_total and card.status == DealStatus.OPEN
            return f"{card.tasks_done}/{card.tasks_total}" if shown else ""
        return status_text(card)

    def _colour(self, card: Card, model: CardListModel, column: Column) -> Any:
        palette = QGuiApplication.palette()
        if column == Column.CLOSE and model.overdue(card):
            return theme.danger(palette)
        if column == Column.IN_STAGE and model.stall(card) is not None:
            return theme.danger(palette)
        if column == Column.VALUE and model.no_rate(card):
            return theme.warning(palette)
        if card.archived or card.status != DealStatus.OPEN:
            return theme.muted(palette)
        return None


class DealTableFilter(QIdentityProxyModel):
    """The table as the view shows it: the file has applied the board's query and the order
    (closed deals only while the board shows them), so the rows pass as they are; a click on a
    heading reaches the table's ``sort``."""

    def __init__(self, source: DealTableModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)

    @property
    def table(self) -> DealTableModel:
        return self.sourceModel()  # type: ignore[return-value]  # always a DealTableModel


class DealListView(QTableView):
    """The table: one deal per row; Enter or a double click opens it, as on the board."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setSectionsMovable(True)
        self.setTabKeyNavigation(False)

    def setModel(self, model) -> None:  # noqa: ANN001 - Qt's override
        super().setModel(model)
        self.size_columns()

    @property
    def filter(self) -> DealTableFilter:
        return self.model()  # type: ignore[return-value]  # the board sets its DealTableFilter

    def size_columns(self) -> None:
        """Widths from the headings and typical contents (measuring every row of a large file
        would cost more than it shows); the deal's title takes what is left."""
        header = self.horizontalHeader()
        fm = self.fontMetrics()
        lang = current_language()
        # amounts and dates as this language writes them: 2027年12月28日 is wider than Dec 28, 2027
        dates = [formats.medium_date(date(2027, month, 28), lang) for month in range(1, 13)]
        typical = {Column.ACCOUNT: "Taiwan Precision Machinery", Column.STAGE: "Needs assessment",
                   Column.VALUE: formats.money(12_345_678, "TWD", lang),
                   Column.CLOSE: max(dates, key=fm.horizontalAdvance), Column.IN_STAGE: "1,234",
                   Column.TASKS: "10/10", Column.STATUS: "Abandoned, archived"}
        for column, sample in typical.items():
            width = max(fm.horizontalAdvance(sample), fm.horizontalAdvance(_heading(column)) + 24) + 18
            header.resizeSection(column, width)
        header.setMinimumSectionSize(48)
        self._fit_title()

    def _fit_title(self) -> None:
        """The deal's title takes the room the other columns leave, and never less than a
        readable width (the list then scrolls sideways)."""
        header = self.horizontalHeader()
        others = sum(header.sectionSize(c) for c in Column if c != Column.TITLE and not header.isSectionHidden(c))
        header.resizeSection(Column.TITLE, max(TITLE_WIDTH, self.viewport().width() - others))

    def resizeEvent(self, event) -> None:  # noqa: ANN001 - Qt's override
        super().resizeEvent(event)
        self._fit_title()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated.emit(self.currentIndex())
            return
        super().keyPressEvent(event)
