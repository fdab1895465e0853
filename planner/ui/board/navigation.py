"""Which deal is selected, across the stage columns, the closed lane and the list, and the
arrow keys' way from one column to the next.

One deal is selected on the whole board: selecting one in a column clears the others.
While the board moves a card between columns (an edit changed its stage) or a filter hides
it, the selection stays with that deal instead of jumping to its neighbour. A card in a
folded column unfolds it when it is selected.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QModelIndex, SignalInstance
from PySide6.QtWidgets import QScrollArea

from planner.ui.board.model import CardRole

if TYPE_CHECKING:
    # built after the first paint, with the cards: their modules load then
    from planner.ui.board.column import CardListView, StageColumn
    from planner.ui.board.lane import ClosedLane
    from planner.ui.board.list_view import DealListView


class Host(Protocol):
    """What the selection reads of the board."""

    columns: list[StageColumn]
    scroll: QScrollArea

    @property
    def dealSelected(self) -> SignalInstance: ...  # noqa: N802  # the board's Qt signal

    @property
    def lane(self) -> ClosedLane: ...

    @property
    def listing(self) -> bool: ...

    def views(self) -> list[CardListView]: ...

    def table(self) -> DealListView | None: ...

    def set_show_closed(self, shown: bool) -> None: ...

    def bring_in(self, deal_id: int, open_lane: bool = True) -> None: ...


class CardSelection:
    def __init__(self, host: Host) -> None:
        self.host = host
        self.deal_id = 0  # 0: nothing selected
        self._moving = False

    def watch(self, view: CardListView | DealListView) -> None:
        """Follow ``view``'s current card (or row), and a column's arrows to its neighbours."""
        view.selectionModel().currentChanged.connect(
            lambda current, _previous, v=view: self._current_changed(v, current))
        # a click on the card that focus made current selects it without changing the current one
        view.selectionModel().selectionChanged.connect(
            lambda _selected, _deselected, v=view: self._current_changed(v, v.currentIndex()))
        neighbours = getattr(view, "neighbourRequested", None)
        if neighbours is not None:
            neighbours.connect(lambda step, v=view: self._focus_neighbour(v, step))

    def _all_views(self) -> list[CardListView | DealListView]:
        table = self.host.table()
        return [*self.host.views(), *([table] if table is not None else [])]

    @contextmanager
    def card_moving(self) -> Iterator[None]:
        """While a card changes columns, a view losing it does not select its neighbour."""
        before, self._moving = self._moving, True
        try:
            yield
        finally:
            self._moving = before

    def forget(self) -> None:
        """Another file: its deal ids mean nothing here."""
        self.deal_id = 0

    def select(self, deal_id: int, focus: bool = True, open_lane: bool = True) -> bool:
        """Make ``deal_id``'s card current, opening the closed lane for a closed deal (unless
        ``open_lane`` is False), or its row in the list; False if it is not on the board or
        the filter hides it."""
        host = self.host
        if host.listing:
            return self._select_row(deal_id, focus)
        # a card its column has not read yet (deep in it, or closed): read on to it
        host.bring_in(deal_id, open_lane)
        for view in host.views():
            model = view.cards_model
            row = model.row_of(deal_id)
            if row < 0:
                continue
            index = view.proxy.mapFromSource(model.index(row))
            if not index.isValid():
                return False  # filtered out
            if view is host.lane.view and not host.lane.isVisible():
                if not open_lane:
                    return False
                host.set_show_closed(True)
                # the lane may have read its other cards on opening: the row is found again
                index = view.proxy.mapFromSource(model.index(model.row_of(deal_id)))
                if not index.isValid():
                    return False
            column = next((c for c in host.columns if c.view is view), None)
            if column is not None and column.folded:
                column.set_folded(False)
            view.setCurrentIndex(index)
            view.scrollTo(index)
            if focus:
                view.setFocus()
                if column is not None:
                    host.scroll.ensureWidgetVisible(column, 8, 0)
            return True
        return False

    def _select_row(self, deal_id: int, focus: bool) -> bool:
        table = self.host.table()
        if table is None:
            return False
        proxy = table.filter
        row = proxy.table.row_of(deal_id)
        index = proxy.mapFromSource(proxy.table.index(row, 0)) if row >= 0 else None
        if index is None or not index.isValid():
            return False
        table.setCurrentIndex(index)
        table.scrollTo(index)
        if focus:
            table.setFocus()
        return True

    def resync(self) -> None:
        """After a filter or an order changed (under ``card_moving``): the selected deal's
        card is current again where it shows; where it is hidden no card is current, and the
        deal stays the selected one (the deal panel keeps it)."""
        if not self.deal_id:
            return
        with self.card_moving():
            for view in self._all_views():  # a neighbour may have become current meanwhile
                view.clearSelection()
                view.selectionModel().clearCurrentIndex()
            self.select(self.deal_id, focus=False, open_lane=False)

    def clear(self) -> None:
        """Nothing selected any more (Esc): every view lets go, and the board says so."""
        with self.card_moving():
            for view in self._all_views():
                view.clearSelection()
                view.selectionModel().clearCurrentIndex()
        if self.deal_id:
            self.deal_id = 0
            self.host.dealSelected.emit(0)

    def follow(self, deal_id: int, on_board: bool) -> None:
        """After ``deal_id``'s card was read again: keep it selected where it went, or say
        that nothing is selected if it left the board."""
        if deal_id != self.deal_id:
            return
        if on_board:
            self.resync()  # selected again, or kept while a filter hides it (an archived deal)
        else:  # deleted, another process's now
            self.deal_id = 0
            self.host.dealSelected.emit(0)

    def _current_changed(self, view: CardListView | DealListView, current: QModelIndex) -> None:
        if self._moving:
            return  # a card changing columns: the selection follows it, not its neighbour
        if not current.isValid():
            return  # another view took the selection, or the card left this one
        if not view.selectionModel().isSelected(current):
            return  # focus came in (Tab, a switch to the list): a place to start, not a choice
        deal_id = int(current.data(CardRole.DEAL_ID))
        for other in self._all_views():
            if other is not view:
                other.clearSelection()
                other.selectionModel().clearCurrentIndex()
        if deal_id != self.deal_id:
            self.deal_id = deal_id
            self.host.dealSelected.emit(deal_id)

    def _focus_neighbour(self, view: CardListView, step: int) -> None:
        columns = self.host.columns
        views = [c.view for c in columns]
        if view not in views:
            return
        i = views.index(view) + step
        while 0 <= i < len(views) and (views[i].model().rowCount() == 0 or columns[i].folded):
            i += step  # skip empty and folded columns: the arrow goes to the next card
        if not 0 <= i < len(views):
            return
        target = views[i]
        row = min(max(view.currentIndex().row(), 0), target.model().rowCount() - 1)
        target.setCurrentIndex(target.model().index(row, 0))
        target.setFocus()
        self.host.scroll.ensureWidgetVisible(columns[i], 8, 0)
