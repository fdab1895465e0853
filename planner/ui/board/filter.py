"""Search and account filtering of a column, as a sort/filter proxy.

Every column and the closed lane get one proxy; the board sets the same query on
all of them as the user types. The filter reads the source model's cards
directly rather than through ``data()``: one attribute lookup per row keeps a
10,000-card board filtering well under a frame.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from planner.domain.model import Card
from planner.ui.board.model import CardListModel


def terms(query: str) -> tuple[str, ...]:
    """Words that must all appear, lower-cased like the cards' search text."""
    return tuple(query.casefold().split())


def matches(card: Card, words: tuple[str, ...], account_id: int | None) -> bool:
    if account_id is not None and card.account_id != account_id:
        return False
    text = card.search_text
    return all(w in text for w in words)


class CardFilter(QSortFilterProxyModel):
    def __init__(self, source: CardListModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self._account: int | None = None
        self.setSourceModel(source)

    @property
    def cards_model(self) -> CardListModel:
        return self.sourceModel()  # type: ignore[return-value]  # the source is always a CardListModel

    @property
    def active(self) -> bool:
        return bool(self._words) or self._account is not None

    def set_filter(self, query: str, account_id: int | None) -> None:
        words = terms(query)
        if (words, account_id) == (self._words, self._account):
            return
        self.beginFilterChange()
        self._words, self._account = words, account_id
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._words and self._account is None:
            return True
        return matches(self.cards_model.cards[source_row], self._words, self._account)

    def visible_cards(self) -> list[Card]:
        """The cards that pass, in order (pure Python: cheaper than mapping indexes)."""
        cards = self.cards_model.cards
        if not self.active:
            return list(cards)
        return [c for c in cards if matches(c, self._words, self._account)]
