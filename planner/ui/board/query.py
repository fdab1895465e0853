"""What the board shows and in which order: the search words, the account, the quick filters
(overdue, stalled, closing this month or quarter, a value range), archived deals or not, and
the sort order within a column.

One :class:`BoardQuery` is set on every column, on the closed lane and on the list view, so
that they all show the same deals. A card's facts that depend on the day or on the file's
settings (overdue, stalled, its value in the home currency) are asked of its model, which
knows today, the idle threshold, the track record and the exchange rates.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, Protocol

from planner.domain import money
from planner.domain.calibration import StageCalibration
from planner.domain.model import Card
from planner.domain.stalled import Threshold, threshold
from planner.services.deals import CardQuery


class CardListModel(Protocol):
    """What the query asks of a card's model (planner/ui/board/model.py): the day, the rates
    and the facts that depend on them."""

    today: date
    conversion: tuple[str, Mapping[str, float]]

    def overdue(self, card: Card) -> bool: ...

    def stall(self, card: Card) -> Threshold | None: ...

    def days_since_milestone(self, card: Card) -> int: ...


class Closing(StrEnum):
    """Deals expected to close within a period that contains today."""

    ANY = ""
    MONTH = "month"
    QUARTER = "quarter"


class SortOrder(StrEnum):
    """How the cards of a column are ordered."""

    CLOSE = "close"  # soonest expected close first, undated last (the services' order)
    VALUE = "value"  # largest value in the home currency first
    IN_STAGE = "in_stage"  # longest without a milestone first
    TITLE = "title"
    NEWEST = "newest"  # most recently created first


def terms(query: str) -> tuple[str, ...]:
    """Words that must all appear, lower-cased like the cards' search text."""
    return tuple(query.casefold().split())


def period(closing: Closing, today: date) -> tuple[date, date] | None:
    """The first and last day of this month or quarter; None for ``ANY``."""
    if closing == Closing.ANY:
        return None
    first_month = today.month if closing == Closing.MONTH else 3 * ((today.month - 1) // 3) + 1
    months = 1 if closing == Closing.MONTH else 3
    start = date(today.year, first_month, 1)
    after = first_month + months
    end_next = date(today.year + (after - 1) // 12, (after - 1) % 12 + 1, 1)
    return start, date.fromordinal(end_next.toordinal() - 1)


@dataclass(frozen=True)
class BoardQuery:
    words: tuple[str, ...] = ()
    account_id: int | None = None
    overdue: bool = False
    stalled: bool = False
    closing: Closing = Closing.ANY
    value_min: float | None = None  # in the home currency
    value_max: float | None = None
    archived: bool = False  # archived deals shown too

    @property
    def narrows(self) -> bool:
        """Whether it hides some of the deals (showing archived ones hides nothing)."""
        return bool(self.words or self.account_id is not None or self.overdue or self.stalled
                    or self.closing != Closing.ANY or self.value_range)

    @property
    def value_range(self) -> bool:
        return self.value_min is not None or self.value_max is not None

    @property
    def quick_filters(self) -> int:
        """How many of the filters beside the search are on (for the button's label)."""
        return sum((self.overdue, self.stalled, self.closing != Closing.ANY, self.value_range))

    def shows_archived(self, card: Card) -> bool:
        """The one rule that also decides what counts as the board's deals."""
        return self.archived or not card.archived

    def matches(self, card: Card, model: CardListModel) -> bool:
        if not self.shows_archived(card):
            return False
        if self.account_id is not None and card.account_id != self.account_id:
            return False
        if self.words:
            text = card.search_text
            if not all(w in text for w in self.words):
                return False
        if self.overdue and not model.overdue(card):
            return False
        if self.stalled and model.stall(card) is None:
            return False
        if self.closing != Closing.ANY:
            span = period(self.closing, model.today)
            assert span is not None
            if card.expected_close is None or not span[0] <= card.expected_close <= span[1]:
                return False
        if self.value_range:
            value = home_value(card, model)
            if value is None:
                return False  # no rate: it cannot be compared with the range
            if self.value_min is not None and value < self.value_min:
                return False
            if self.value_max is not None and value > self.value_max:
                return False
        return True


def for_file(query: BoardQuery, process_id: int, today: date, track_record: Mapping[int, StageCalibration],
             idle_days: int, conversion: tuple[str, Mapping[str, float]], stage_ids: list[int]) -> CardQuery:
    """``query`` as the file reads it (planner/store/board_reads.py): the same deals as
    ``matches``, with what they depend on (today, each stage's stalled bar, the rates)."""
    bars: tuple[tuple[int, int], ...] = ()
    if query.stalled:
        bars = tuple((sid, threshold(track_record.get(sid), idle_days).days) for sid in stage_ids)
    return CardQuery(
        process_id=process_id, today=today, words=query.words, account_id=query.account_id,
        overdue=query.overdue, stalled=query.stalled, bars=bars, idle_days=idle_days,
        closing=period(query.closing, today), value_min=query.value_min, value_max=query.value_max,
        archived=query.archived, home=conversion[0], rates=tuple(sorted(conversion[1].items())))


def home_value(card: Card, model: CardListModel) -> float | None:
    """The card's value in the home currency, None without a rate."""
    home, rates = model.conversion
    if not home:
        return card.value
    return money.convert(card.value, card.currency, home, rates)


def sort_key(order: SortOrder) -> Callable[[Card, CardListModel], Any]:
    """A key for ``sorted``: smaller comes first; the deal's id breaks ties."""
    if order == SortOrder.VALUE:
        def by_value(card: Card, model: CardListModel) -> tuple[bool, float, int]:
            value = home_value(card, model)
            return (value is None, -(value or 0.0), card.deal_id)
        return by_value
    if order == SortOrder.IN_STAGE:
        return lambda card, model: (-model.days_since_milestone(card), card.deal_id)
    if order == SortOrder.TITLE:
        return lambda card, _model: (card.title.casefold(), card.deal_id)
    if order == SortOrder.NEWEST:
        return lambda card, _model: (-card.deal_id,)
    return lambda card, _model: (card.expected_close is None, card.expected_close or date.max, card.deal_id)
