"""The board's list of deals: the table model over the board's own card models, the board's
query on it, and the view, all made the first time the list is shown (the board's start does
not pay for it). The board keeps one of these and asks it; see planner/ui/board/list_view.py
for the model, the filter and the view themselves."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QMenu, QStackedWidget, QWidget

from planner.ui.board.model import CardListModel, CardRole
from planner.ui.board.query import BoardQuery

if TYPE_CHECKING:
    from planner.ui.board.list_view import DealListView, DealTableFilter, DealTableModel

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class DealListing:
    def __init__(self, parent: QWidget, pages: QStackedWidget, stage_name: Callable[[int], str],
                 menu: Callable[[int], QMenu]) -> None:
        self.parent, self.pages = parent, pages
        self.stage_name = stage_name  # a stage's name by its id, for the Stage column
        self.menu = menu  # a deal's context menu, the same as its card's
        self.view: DealListView | None = None
        self.table: DealTableModel | None = None
        self.filter: DealTableFilter | None = None

    def build(self, sources: Sequence[CardListModel], query: BoardQuery, show_closed: bool) -> DealListView:
        """The view (made and put in ``pages`` the first time)."""
        if self.view is None:
            from planner.ui.board.list_view import Column, DealListView, DealTableFilter, DealTableModel

            self.table = DealTableModel(self.parent)
            self.table.stage_name = self.stage_name
            self.table.set_sources(sources)
            self.filter = DealTableFilter(self.table, self.parent)
            self.filter.set_query(query, show_closed)
            self.view = DealListView(self.parent)
            self.view.setModel(self.filter)
            self.view.sortByColumn(Column.CLOSE, Qt.SortOrder.AscendingOrder)  # soonest expected close first
            self.view.customContextMenuRequested.connect(self._menu_at)
            self.pages.addWidget(self.view)
            self.retranslate()
        return self.view

    def shown(self) -> bool:
        return self.view is not None and self.pages.currentWidget() is self.view

    def set_sources(self, sources: Sequence[CardListModel]) -> None:
        if self.table is not None:
            self.table.set_sources(sources)

    def set_query(self, query: BoardQuery, show_closed: bool) -> None:
        if self.filter is not None:
            self.filter.set_query(query, show_closed)

    def retranslate(self) -> None:
        if self.table is None or self.view is None:
            return
        self.table.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.table.columnCount() - 1)
        self.view.size_columns()
        self.view.setAccessibleName(translate("Board", "Deals"))

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
