"""A column's filter and sort order, as a sort/filter proxy.

Every column, the closed lane and the list view get the board's one :class:`BoardQuery`
(planner/ui/board/query.py). The filter reads the source model's cards directly rather
than through ``data()``: one attribute lookup per row keeps a 10,000-card board filtering
well under a frame. The default order (soonest expected close first) is the source
model's own, so it costs no sorting at all.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from planner.domain.model import Card
from planner.ui.board.model import CardListModel
from planner.ui.board.query import BoardQuery, SortOrder, sort_key, terms

__all__ = ["CardFilter", "matches", "terms"]


def matches(card: Card, words: tuple[str, ...], account_id: int | None) -> bool:
    """The search and the account alone (no quick filter, archived cards pass)."""
    if account_id is not None and card.account_id != account_id:
        return False
    text = card.search_text
    return all(w in text for w in words)


class CardFilter(QSortFilterProxyModel):
    def __init__(self, source: CardListModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.query = BoardQuery()
        self.order = SortOrder.CLOSE
        self._key = sort_key(self.order)
        self.setSourceModel(source)

    @property
    def cards_model(self) -> CardListModel:
        return self.sourceModel()  # type: ignore[return-value]  # the source is always a CardListModel

    @property
    def active(self) -> bool:
        """Whether the query hides some deals (the header then counts the matching ones)."""
        return self.query.narrows

    def set_filter(self, query: str, account_id: int | None) -> None:
        """The search words and the account, keeping the rest of the query."""
        from dataclasses import replace

        self.set_query(replace(self.query, words=terms(query), account_id=account_id))

    def set_query(self, query: BoardQuery) -> None:
        if query == self.query:
            return
        self.beginFilterChange()
        self.query = query
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_order(self, order: SortOrder) -> None:
        if order == self.order:
            return
        self.order, self._key = order, sort_key(order)
        if order == SortOrder.CLOSE:
            self.sort(-1)  # the source's own order
        else:
            self.invalidate()
            self.sort(0)

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.cards_model
        return self.query.matches(model.cards[source_row], model)

    def lessThan(self, left: QModelIndex | QPersistentModelIndex,
                 right: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.cards_model
        cards = model.cards
        return bool(self._key(cards[left.row()], model) < self._key(cards[right.row()], model))

    def visible_cards(self) -> list[Card]:
        """The cards that pass (pure Python: cheaper than mapping indexes)."""
        model = self.cards_model
        if not self.query.narrows:  # the usual case, after every edit: only the archive rule
            return self.counted_cards()
        return [c for c in model.cards if self.query.matches(c, model)]

    def counted_cards(self) -> list[Card]:
        """The cards that are the board's at all, filter or not (archived ones only when shown)."""
        cards = self.cards_model.cards
        return list(cards) if self.query.archived else [c for c in cards if not c.archived]
