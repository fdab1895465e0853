"""A column's filter and sort order, as a sort/filter proxy.

Every column, the closed lane and the list view get the board's one :class:`BoardQuery`
(planner/ui/board/query.py). A board column's model is windowed: the file already filtered
and ordered what it holds (planner/store/board_reads.py), and the proxy lets every row
through. A model given all its cards at once (``set_cards``) is filtered here, in Python,
by the same rules. Either way the order is the model's own: the proxy never sorts.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from planner.domain.model import Card
from planner.ui.board.model import CardListModel
from planner.ui.board.query import BoardQuery, SortOrder, terms

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
        if self.cards_model.windowed:  # the board reads the model again under the new query
            self.query = query
            return
        self.beginFilterChange()
        self.query = query
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_order(self, order: SortOrder) -> None:
        """The model puts its cards in ``order`` (a windowed one is read again by the board)."""
        self.order = order
        self.cards_model.set_order(order)

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.cards_model
        return model.windowed or self.query.matches(model.cards[source_row], model)

    def visible_cards(self) -> list[Card]:
        """The cards that pass (pure Python: cheaper than mapping indexes); of a windowed
        model, the ones it has read (its column's counts come from the file)."""
        model = self.cards_model
        if model.windowed:
            return list(model.cards)
        if not self.query.narrows:  # the usual case, after every edit: only the archive rule
            return self.counted_cards()
        return [c for c in model.cards if self.query.matches(c, model)]

    def counted_cards(self) -> list[Card]:
        """The cards that are the board's at all, filter or not (archived ones only when shown)."""
        cards = self.cards_model.cards
        return list(cards) if self.query.archived else [c for c in cards if not c.archived]
