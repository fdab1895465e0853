"""The board's list of deals: the table model, the view over it, and what they read from the
file, all made the first time the list is shown (the board's start does not pay for it). The
board keeps one of these and tells it what changed; see planner/ui/board/list_view.py for the
model and the view themselves.

The list reads the file only while it is shown: the ids of every row for the board's query
and the clicked column's order (one query), and the cards of the rows in view. A change while
it is hidden is read when it shows again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QMenu, QStackedWidget, QWidget

from planner.domain.errors import PlannerError
from planner.domain.model import Card
from planner.i18n import error_text
from planner.services import Planner
from planner.services.deals import CardQuery, ListOrder
from planner.ui.board.model import CardListModel, CardRole
from planner.ui.board.notice import Notice
from planner.ui.board.query import BoardQuery

if TYPE_CHECKING:
    from planner.ui.board.list_view import DealListView, DealTableFilter, DealTableModel

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class ListHost(Protocol):
    """What the list reads of the board: the file, the query as the file reads it, and where
    to say that a row could not be read."""

    planner: Planner
    notice: Notice

    def card_query(self) -> CardQuery | None: ...


class DealListing:
    def __init__(self, parent: QWidget, pages: QStackedWidget, stage_name: Callable[[int], str],
                 menu: Callable[[int], QMenu], host: ListHost) -> None:
        self.parent, self.pages, self.host = parent, pages, host
        self.stage_name = stage_name  # a stage's name by its id, for the Stage column
        self.menu = menu  # a deal's context menu, the same as its card's
        self.view: DealListView | None = None
        self.table: DealTableModel | None = None
        self.filter: DealTableFilter | None = None
        self.show_closed = False
        self._sources: list[CardListModel] = []
        self._read_for: tuple[CardQuery | None, bool] | None = None  # what the rows were read for
        self._stale = False  # something changed while the list was hidden

    def build(self, sources: Sequence[CardListModel], query: BoardQuery, show_closed: bool) -> DealListView:
        """The view (made and put in ``pages`` the first time), its rows read for the board's
        query if they were not yet."""
        self.show_closed = show_closed
        if self.view is None:
            from planner.ui.board.list_view import Column, DealListView, DealTableFilter, DealTableModel

            self.table = DealTableModel(self._ids, self._cards, self.parent)
            self.table.stage_name = self.stage_name
            self.table.set_sources(sources)
            self.filter = DealTableFilter(self.table, self.parent)
            self.view = DealListView(self.parent)
            self.view.setModel(self.filter)
            self.view.sortByColumn(Column.CLOSE, Qt.SortOrder.AscendingOrder)  # soonest expected close first
            self.view.customContextMenuRequested.connect(self._menu_at)
            self.pages.addWidget(self.view)
            self.retranslate()
        self._read(shown=True)
        return self.view

    def shown(self) -> bool:
        return self.view is not None and self.pages.currentWidget() is self.view

    def set_sources(self, sources: Sequence[CardListModel]) -> None:
        """The board's column models (another process, another file): the rows are read again."""
        self._read_for = None
        if self.table is not None:
            self.table.set_sources(sources)

    def set_query(self, query: BoardQuery, show_closed: bool) -> None:
        """The board's query (the list reads it as the file does, ``host.card_query``), and
        whether closed deals are listed too."""
        self.show_closed = show_closed
        self._read()

    def wanted(self) -> tuple[ListOrder, bool] | None:
        """What a search typed with the list open reads beside for it: the list's order, and
        whether closed deals are listed; None while it does not show (it reads when it shows)."""
        if self.table is None or not self.shown():
            return None
        return self.table.order, self.show_closed

    def read_again(self, listed: tuple[ListOrder, bool, list[int]] | None = None) -> None:
        """The board read its columns again: the rows too, if what they were read for changed
        (the query, the day, a rate, a stall bar); ``listed``: the rows read beside already (a
        search typed with the list open), for an order and closed deals or not."""
        self._read(listed=listed)

    def refresh(self) -> None:
        """The file changed (an edit, an account renamed): the rows and their cards read again."""
        self._read_for = None
        self._read()

    def _read(self, shown: bool = False, listed: tuple[ListOrder, bool, list[int]] | None = None) -> None:
        if self.table is None:
            return
        if not (shown or self.shown()):
            self._stale = True  # read when the list shows again
            return
        wanted = (self.host.card_query(), self.show_closed)
        if self._stale or wanted != self._read_for or not self.table.live:
            self._stale, self._read_for = False, wanted
            # the rows read beside, if for this order and these deals; else read here
            read = listed is not None and listed[:2] == (self.table.order, self.show_closed)
            self.table.read(listed[2] if listed is not None and read else None)

    def _ids(self, order: ListOrder) -> list[int]:
        query = self.host.card_query()
        if query is None:
            return []
        try:
            return self.host.planner.deals.list_ids(query, order, self.show_closed)
        except PlannerError as e:  # a row no screen can show (a file edited around its rules)
            self._unreadable(e)
            return []

    def _cards(self, ids: Sequence[int]) -> list[Card]:
        try:
            return self.host.planner.deals.board_cards(list(ids))
        except PlannerError as e:
            self._unreadable(e)
            return []

    def _unreadable(self, e: PlannerError) -> None:
        self.host.notice.show_message(partial(error_text, e), "refusal")

    def retranslate(self) -> None:
        if self.table is None or self.view is None:
            return
        self.table.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.table.columnCount() - 1)
        self.view.size_columns()
        self.view.setAccessibleName(translate("Board", "Deals"))
        from planner.ui.board.list_view import Column

        if self.table.column == Column.STATUS and self.table.live:
            self.table.read()  # the statuses' words sort another way in another language

    def _menu_at(self, pos: QPoint) -> None:
        view = self.view
        assert view is not None  # its own signal
        index = view.indexAt(pos)
        if not index.isValid() and view.currentIndex().isValid() and view.hasFocus():
            index = view.currentIndex()  # the Menu key: the current row
            pos = view.visualRect(index).center()
        if not index.isValid():
            return
        view.setCurrentIndex(index)
        self.menu(int(index.data(CardRole.DEAL_ID))).exec(view.viewport().mapToGlobal(pos))
