"""Which card is selected, across the stage columns and the closed lane, and the arrow keys'
way from one column to the next.

One card is selected on the whole board: selecting one in a column clears the others.
While the board moves a card between columns (an edit changed its stage), the selection
follows that card instead of jumping to its neighbour.
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


class Host(Protocol):
    """What the selection reads of the board."""

    columns: list[StageColumn]
    scroll: QScrollArea

    @property
    def dealSelected(self) -> SignalInstance: ...  # noqa: N802  # the board's Qt signal

    @property
    def lane(self) -> ClosedLane: ...

    def views(self) -> list[CardListView]: ...

    def set_show_closed(self, shown: bool) -> None: ...


class CardSelection:
    def __init__(self, host: Host) -> None:
        self.host = host
        self.deal_id = 0  # 0: nothing selected
        self._moving = False

    def watch(self, view: CardListView) -> None:
        """Follow ``view``'s current card, and its arrows to the neighbouring columns."""
        view.selectionModel().currentChanged.connect(
            lambda current, _previous, v=view: self._current_changed(v, current))
        view.neighbourRequested.connect(lambda step, v=view: self._focus_neighbour(v, step))

    @contextmanager
    def card_moving(self) -> Iterator[None]:
        """While a card changes columns, a view losing it does not select its neighbour."""
        self._moving = True
        try:
            yield
        finally:
            self._moving = False

    def forget(self) -> None:
        """Another file: its deal ids mean nothing here."""
        self.deal_id = 0

    def select(self, deal_id: int, focus: bool = True) -> bool:
        """Make ``deal_id``'s card current, opening the closed lane for a closed deal;
        False if it is not on the board or the filter hides it."""
        host = self.host
        for view in host.views():
            model = view.cards_model
            row = model.row_of(deal_id)
            if row < 0:
                continue
            index = view.proxy.mapFromSource(model.index(row))
            if not index.isValid():
                return False  # filtered out
            if view is host.lane.view and not host.lane.isVisible():
                host.set_show_closed(True)
            view.setCurrentIndex(index)
            view.scrollTo(index)
            if focus:
                view.setFocus()
                column = view.parentWidget()
                if column in host.columns:
                    host.scroll.ensureWidgetVisible(column, 8, 0)
            return True
        return False

    def follow(self, deal_id: int, on_board: bool) -> None:
        """After ``deal_id``'s card was read again: keep it selected where it went, or say
        that nothing is selected if it left the board."""
        if deal_id != self.deal_id:
            return
        if on_board:
            self.select(deal_id, focus=False)
        else:  # deleted, archived, another process's now
            self.deal_id = 0
            self.host.dealSelected.emit(0)

    def _current_changed(self, view: CardListView, current: QModelIndex) -> None:
        if self._moving:
            return  # a card changing columns: the selection follows it, not its neighbour
        if not current.isValid():
            return  # another view took the selection, or the card left this one
        deal_id = int(current.data(CardRole.DEAL_ID))
        for other in self.host.views():
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
        while 0 <= i < len(views) and views[i].model().rowCount() == 0:
            i += step  # skip empty columns: the arrow goes to the next card
        if not 0 <= i < len(views):
            return
        target = views[i]
        row = min(max(view.currentIndex().row(), 0), target.model().rowCount() - 1)
        target.setFocus()
        target.setCurrentIndex(target.model().index(row, 0))
        self.host.scroll.ensureWidgetVisible(columns[i], 8, 0)
