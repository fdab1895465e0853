"""The board's deals as one list: a table over the same card models and the same query,
sortable by any column, for looking at many deals at once.

:class:`DealTableModel` reads the board's column models and the closed lane's (nothing is
read from the file again); :class:`DealTableFilter` applies the board's :class:`BoardQuery`
and shows closed deals while the board shows its closed lane. Each column sorts on the value
itself (the amount in the home currency, the date, the number of days), not on its text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from planner.domain import formats
from planner.domain.model import Card, DealStatus
from planner.i18n import current_language
from planner.ui.board.model import CardListModel, CardRole
from planner.ui.board.query import BoardQuery, home_value
from planner.ui.kit import theme

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

SORT_ROLE = Qt.ItemDataRole.UserRole + 100
TITLE_WIDTH = 220  # the deal's title column is never narrower
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


def status_text(card: Card) -> str:
    text = {DealStatus.OPEN: translate("DealList", "Open"), DealStatus.WON: translate("DealList", "Won"),
            DealStatus.LOST: translate("DealList", "Lost"),
            DealStatus.ABANDONED: translate("DealList", "Abandoned")}.get(card.status, str(card.status))
    return translate("DealList", "{status}, archived").format(status=text) if card.archived else text


class DealTableModel(QAbstractTableModel):
    """One row per deal of the given card models, which it follows as they change."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._sources: list[CardListModel] = []
        self._rows: list[int] = []  # deal ids, in the order they came; the proxy sorts
        self._where: dict[int, tuple[CardListModel, int]] = {}  # deal id -> (model, row there)
        self.stage_name: Callable[[int], str] = lambda _sid: ""

    def set_sources(self, sources: Sequence[CardListModel]) -> None:
        for old in self._sources:
            for signal in (old.modelReset, old.rowsInserted, old.rowsRemoved, old.dataChanged):
                signal.disconnect(self._follow)
        self._sources = list(sources)
        for model in self._sources:
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged):
                signal.connect(self._follow)
        self.beginResetModel()
        self._index()
        self._rows = list(self._where)
        self.endResetModel()

    def _index(self) -> None:
        self._where = {card.deal_id: (model, row) for model in self._sources
                       for row, card in enumerate(model.cards)}

    def _follow(self, *_args: object) -> None:
        """A source changed: rows that left go, new ones come at the end, the rest repaint."""
        self._index()
        gone = [i for i, deal in enumerate(self._rows) if deal not in self._where]
        for i in reversed(gone):
            self.beginRemoveRows(QModelIndex(), i, i)
            del self._rows[i]
            self.endRemoveRows()
        known = set(self._rows)
        new = [deal for deal in self._where if deal not in known]
        if new:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(new) - 1)
            self._rows.extend(new)
            self.endInsertRows()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1))

    def entry(self, row: int) -> tuple[Card, CardListModel]:
        model, at = self._where[self._rows[row]]
        return model.card(at), model

    def row_of(self, deal_id: int) -> int:
        try:
            return self._rows.index(deal_id)
        except ValueError:
            return -1

    # ------------------------------------------------------------------ Qt API
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _heading(Column(section))
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        card, model = self.entry(index.row())
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(card, model, column)
        if role == SORT_ROLE:
            return self._sort_value(card, model, column)
        if role in (CardRole.DEAL_ID, CardRole.CARD):
            return card.deal_id if role == CardRole.DEAL_ID else card
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return model.data(model.index(model.row_of(card.deal_id)), role)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.VALUE, Column.IN_STAGE, Column.TASKS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(card, model, column)
        return None

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

    def _sort_value(self, card: Card, model: CardListModel, column: Column) -> Any:
        if column == Column.VALUE:
            value = home_value(card, model)
            return -1.0 if value is None else value  # no rate: cannot be compared, sorts below zero
        if column == Column.CLOSE:
            return card.expected_close.toordinal() if card.expected_close else 10**7  # undated last
        if column == Column.IN_STAGE:
            return model.days_since_milestone(card) if card.status == DealStatus.OPEN else -1
        if column == Column.TASKS:
            return card.tasks_done / card.tasks_total if card.tasks_total else -1.0
        if column == Column.STAGE:
            return model.positions.get(card.stage_id, -1)
        return self._text(card, model, column).casefold()

    def _colour(self, card: Card, model: CardListModel, column: Column) -> Any:
        from PySide6.QtGui import QGuiApplication

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


class DealTableFilter(QSortFilterProxyModel):
    """The board's query on the table; closed deals only while the board shows them."""

    def __init__(self, source: DealTableModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.query = BoardQuery()
        self.show_closed = False
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    @property
    def table(self) -> DealTableModel:
        return self.sourceModel()  # type: ignore[return-value]  # always a DealTableModel

    def set_query(self, query: BoardQuery, show_closed: bool) -> None:
        if (query, show_closed) == (self.query, self.show_closed):
            return
        self.beginFilterChange()
        self.query, self.show_closed = query, show_closed
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        card, model = self.table.entry(source_row)
        if card.status != DealStatus.OPEN and not self.show_closed:
            return False
        # a board column's model holds what the file's query let through; others are filtered here
        return model.windowed or self.query.matches(card, model)


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
        typical = {Column.ACCOUNT: "Taiwan Precision Machinery", Column.STAGE: "Needs assessment",
                   Column.VALUE: "NT$12,345,678", Column.CLOSE: "Sept 30, 2027", Column.IN_STAGE: "1,234",
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
