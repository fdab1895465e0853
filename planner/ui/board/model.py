"""The cards of one board column (or the closed lane) as a Qt list model.

A column holds the domain :class:`~planner.domain.model.Card` objects the
services return; everything a card shows is derived here, so the delegate only
paints and the filter only reads. Dragging a card carries its deal and stage;
a column accepts it only from an earlier stage (moving forward means confirming
milestones) and hands the request to the board instead of moving rows itself:
a card changes column only once the file says its milestone is confirmed.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from planner.domain import formats, money
from planner.domain.calibration import StageCalibration
from planner.domain.model import Card, DealStatus, Gap
from planner.domain.stalled import Threshold, assess
from planner.i18n import current_language
from planner.ui.board.query import SortOrder, sort_key
from planner.ui.kit import plain

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

MIME_TYPE = "application/x-deal-planner-card"

Index = QModelIndex | QPersistentModelIndex


class CardRole(IntEnum):
    """What a card model answers besides the title (Qt.DisplayRole)."""

    DEAL_ID = Qt.ItemDataRole.UserRole + 1
    CARD = Qt.ItemDataRole.UserRole + 2  # the domain Card itself
    ACCOUNT = Qt.ItemDataRole.UserRole + 3
    ACCOUNT_ID = Qt.ItemDataRole.UserRole + 4
    STAGE_ID = Qt.ItemDataRole.UserRole + 5
    STATUS = Qt.ItemDataRole.UserRole + 6  # "open", "won", "lost", "abandoned"
    VALUE = Qt.ItemDataRole.UserRole + 7  # float
    CURRENCY = Qt.ItemDataRole.UserRole + 8
    VALUE_TEXT = Qt.ItemDataRole.UserRole + 9
    EXPECTED_CLOSE = Qt.ItemDataRole.UserRole + 10  # ISO date or ""
    DAYS_SINCE_MILESTONE = Qt.ItemDataRole.UserRole + 11  # since creation when none yet
    TASKS_DONE = Qt.ItemDataRole.UserRole + 12
    TASKS_TOTAL = Qt.ItemDataRole.UserRole + 13
    OVERDUE = Qt.ItemDataRole.UserRole + 14  # open and past its expected close
    IDLE = Qt.ItemDataRole.UserRole + 15  # open and untouched for longer than the setting
    IDLE_DAYS = Qt.ItemDataRole.UserRole + 16  # days since the last activity
    SEARCH_TEXT = Qt.ItemDataRole.UserRole + 17
    STALLED = Qt.ItemDataRole.UserRole + 18  # open and longer in its stage than its bar
    NO_RATE = Qt.ItemDataRole.UserRole + 19  # its currency has no rate into the home currency
    GAPS = Qt.ItemDataRole.UserRole + 20  # what an open deal's buying group leaves open (domain Gap values)
    NEXT_TARGET = Qt.ItemDataRole.UserRole + 21  # ISO target date of its next milestone, or ""


PAGE = 40  # cards read at a time as a column scrolls
FIRST_PAGE = 16  # a column's cards read with the board: more than a tall screen shows

# reads ``limit`` cards of the column's ordered result from ``offset`` on (the board's query)
Fetch = Callable[[int, int], list[Card]]


def encode(deal_id: int, stage_id: int) -> QMimeData:
    import json  # here, as in decode(): only a drag needs it, not the window's start

    data = QMimeData()
    data.setData(MIME_TYPE, QByteArray(json.dumps({"deal": deal_id, "stage": stage_id}).encode()))
    return data


def decode(data: QMimeData | None) -> tuple[int, int] | None:
    """(deal id, stage id) of a dragged card, or None for anything else."""
    if data is None or not data.hasFormat(MIME_TYPE):
        return None
    from planner.domain import json_input  # a drop from anywhere: malformed is refused, never a crash

    try:
        found = json_input.loads(bytes(data.data(MIME_TYPE).data()).decode())
        return int(found["deal"]), int(found["stage"])
    except (ValueError, KeyError, TypeError):
        return None


class CardListModel(QAbstractListModel):
    """Cards of one stage (``stage_id``) or, with ``stage_id=None``, the closed lane."""

    moveRequested = Signal(int, int)  # deal id, target stage id: a forward drop
    moveRefused = Signal(int, int)  # deal id, target stage id: a backward drop

    def __init__(self, stage_id: int | None, positions: dict[int, int],
                 today: date | None = None, idle_days: int = 14, parent: Any = None,
                 track_record: Mapping[int, StageCalibration] | None = None,
                 conversion: tuple[str, Mapping[str, float]] | None = None) -> None:
        super().__init__(parent)
        self.stage_id = stage_id
        self.positions = positions  # stage id -> place in the process, shared by the columns
        # stage id -> its won deals' times, shared by the columns, re-read by the board per load
        self.track_record: Mapping[int, StageCalibration] = track_record if track_record is not None else {}
        self.today = today or date.today()
        self.idle_days = idle_days
        # (home currency, rates into it): the board's, so that a card can say it is left out
        self.conversion: tuple[str, Mapping[str, float]] = conversion or ("", {})
        self._cards: list[Card] = []
        self._keys: list[Any] = []
        self.order = SortOrder.CLOSE
        self._key = sort_key(self.order)
        # windowed: the loaded prefix of the column's ordered result (``fetch`` reads more);
        # ``total`` is the whole result's size. Without ``fetch``, ``set_cards`` gave them all.
        self._fetch: Fetch | None = None
        self._total = 0

    # ---------------------------------------------------------------- contents
    @property
    def cards(self) -> Sequence[Card]:
        """The cards held: all of them, or the loaded part of a windowed column."""
        return self._cards

    @property
    def windowed(self) -> bool:
        """Whether the cards come a page at a time from the file, already filtered and ordered."""
        return self._fetch is not None

    @property
    def total(self) -> int:
        """How many cards the column has in all (loaded or not)."""
        return self._total if self._fetch is not None else len(self._cards)

    def set_cards(self, cards: Sequence[Card]) -> None:
        """All the cards at once, kept in the model's order (no file behind them)."""
        self.beginResetModel()
        self._fetch = None
        self._cards = sorted(cards, key=self.sort_key)
        self._keys = [self.sort_key(c) for c in self._cards]
        self._total = len(self._cards)
        self.endResetModel()

    def set_source(self, fetch: Fetch, total: int, at_least: int = 0) -> None:
        """Cards a page at a time from ``fetch`` (of ``total`` in all): the first page, or
        ``at_least`` cards (a column keeps its scroll position over a new read).

        A read that gives the cards held, in the same order, changes nothing on screen: the
        view is not reset (a keystroke that finds the same deals repaints no card)."""
        wanted = min(total, max(FIRST_PAGE, at_least))
        cards = fetch(0, wanted) if wanted else []
        if self._fetch is not None and total == self._total and cards == self._cards:
            self._fetch = fetch
            return
        self.beginResetModel()
        self._fetch, self._total = fetch, total
        self._cards = cards
        self._keys = [self.sort_key(c) for c in self._cards]
        self.endResetModel()

    def clear(self) -> None:
        """Nothing held and nothing to read (the closed lane before it opens)."""
        self.beginResetModel()
        self._fetch, self._total, self._cards, self._keys = None, 0, [], []
        self.endResetModel()

    def set_fetch(self, fetch: Fetch, total: int) -> None:
        """Where the next pages come from, and the column's size, as the file says after an
        edit: the cards held stay (a windowed column only)."""
        if self._fetch is not None:
            self._fetch, self._total = fetch, max(total, len(self._cards))

    def sort_key(self, card: Card) -> Any:
        return self._key(card, self)

    def set_order(self, order: SortOrder) -> None:
        """Another order: the cards held are put in it (a windowed column is read again by the board)."""
        if order == self.order:
            return
        self.order, self._key = order, sort_key(order)
        self.beginResetModel()
        self._cards.sort(key=self.sort_key)
        self._keys = [self.sort_key(c) for c in self._cards]
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802 - Qt's name
        return not parent.isValid() and self._fetch is not None and len(self._cards) < self._total

    def fetchMore(self, parent: Index = QModelIndex(), count: int = PAGE) -> None:  # noqa: N802 - Qt's name
        """The next page (a view scrolled to the end asks for it)."""
        if not self.canFetchMore(parent):
            return
        assert self._fetch is not None
        held = {c.deal_id for c in self._cards}
        found = [c for c in self._fetch(len(self._cards), count) if c.deal_id not in held]
        if not found:
            self._total = len(self._cards)  # the file has fewer now: nothing more to ask for
            return
        first = len(self._cards)
        self.beginInsertRows(QModelIndex(), first, first + len(found) - 1)
        self._cards.extend(found)
        self._keys.extend(self.sort_key(c) for c in found)
        self.endInsertRows()

    def fetch_to(self, row: int) -> None:
        """Read on until ``row`` is held (keyboard to the end, a deal asked for), in one read."""
        if row >= len(self._cards) and self.canFetchMore():
            self.fetchMore(count=max(PAGE, row + 1 - len(self._cards)))

    def fetch_all(self) -> None:
        """Every card of the column (the list of deals shows them all)."""
        if self.canFetchMore():
            self.fetchMore(count=self._total - len(self._cards))

    def row_of(self, deal_id: int) -> int:
        return next((i for i, c in enumerate(self._cards) if c.deal_id == deal_id), -1)

    def card(self, row: int) -> Card:
        return self._cards[row]

    def upsert(self, card: Card) -> None:
        """Put ``card`` in its place: updated where it is, or inserted in order; a windowed
        column leaves a card that sorts after its loaded cards for a later page."""
        row = self.row_of(card.deal_id)
        key = self.sort_key(card)
        if row >= 0 and self._keys[row] == key:
            self._cards[row] = card
            index = self.index(row)
            self.dataChanged.emit(index, index)
            return
        unread = self._fetch is not None and len(self._cards) < self._total
        if row >= 0:
            self.remove(card.deal_id)
        row = bisect.bisect_left(self._keys, key)
        if unread and row == len(self._cards):
            return  # beyond the window: read when the view gets there
        self.beginInsertRows(QModelIndex(), row, row)
        self._cards.insert(row, card)
        self._keys.insert(row, key)
        self.endInsertRows()

    def remove(self, deal_id: int) -> bool:
        row = self.row_of(deal_id)
        if row < 0:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._cards[row]
        del self._keys[row]
        self.endRemoveRows()
        return True

    def set_context(self, today: date, idle_days: int,
                    conversion: tuple[str, Mapping[str, float]] | None = None) -> None:
        """A new day, idle threshold or exchange rate changes the marks, not the rows."""
        self.today, self.idle_days = today, idle_days
        if conversion is not None:
            self.conversion = conversion
        if self._cards:
            self.dataChanged.emit(self.index(0), self.index(len(self._cards) - 1))

    # ------------------------------------------------------------ derived facts
    def days_since_milestone(self, card: Card) -> int:
        return (self.today - (card.last_milestone_on or card.created_on)).days

    def overdue(self, card: Card) -> bool:
        return (card.status == DealStatus.OPEN and card.expected_close is not None
                and card.expected_close < self.today)

    def idle_for(self, card: Card) -> int:
        return card.days_idle(self.today)

    def idle(self, card: Card) -> bool:
        return card.idle(self.today, self.idle_days)

    def no_rate(self, card: Card) -> bool:
        """Whether the card's amount is left out of the home-currency totals for want of a rate."""
        home, rates = self.conversion
        return bool(home) and money.convert(card.value, card.currency, home, rates) is None

    def gaps(self, card: Card) -> tuple[Gap, ...]:
        """What the deal's buying group leaves open (planner.domain.buying); none once closed."""
        return card.gaps if card.status == DealStatus.OPEN else ()
    def target_passed(self, card: Card) -> bool:
        """An open deal whose next milestone was meant to be reached before today."""
        return card.status == DealStatus.OPEN and card.next_target is not None and card.next_target < self.today

    def stall(self, card: Card) -> Threshold | None:
        """The bar ``card`` has passed in its stage (domain.stalled), or None."""
        return assess(card, self.today, self.track_record, self.idle_days)

    # ------------------------------------------------------------------- Qt API
    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return card.title
        if role == CardRole.CARD:
            return card
        if role == CardRole.DEAL_ID:
            return card.deal_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain.html(self._describe(card))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._describe(card)
        return self._role_value(card, role)

    def _role_value(self, card: Card, role: int) -> Any:
        simple = {
            CardRole.ACCOUNT: lambda: card.account,
            CardRole.ACCOUNT_ID: lambda: card.account_id,
            CardRole.STAGE_ID: lambda: card.stage_id,
            CardRole.STATUS: lambda: str(card.status),
            CardRole.VALUE: lambda: card.value,
            CardRole.CURRENCY: lambda: card.currency,
            CardRole.VALUE_TEXT: lambda: formats.money(card.value, card.currency, current_language()),
            CardRole.EXPECTED_CLOSE: lambda: card.expected_close.isoformat() if card.expected_close else "",
            CardRole.DAYS_SINCE_MILESTONE: lambda: self.days_since_milestone(card),
            CardRole.TASKS_DONE: lambda: card.tasks_done,
            CardRole.TASKS_TOTAL: lambda: card.tasks_total,
            CardRole.OVERDUE: lambda: self.overdue(card),
            CardRole.IDLE: lambda: self.idle(card),
            CardRole.IDLE_DAYS: lambda: self.idle_for(card),
            CardRole.STALLED: lambda: self.stall(card) is not None,
            CardRole.NO_RATE: lambda: self.no_rate(card),
            CardRole.GAPS: lambda: tuple(str(g) for g in self.gaps(card)),
            CardRole.NEXT_TARGET: lambda: card.next_target.isoformat() if card.next_target else "",
            CardRole.SEARCH_TEXT: lambda: card.search_text,
        }
        getter = simple.get(role)  # type: ignore[call-overload]  # Qt passes the role as a plain int; CardRole is an IntEnum
        return getter() if getter else None

    def _describe(self, card: Card) -> str:
        """One plain sentence per fact: the tooltip and what a screen reader says."""
        lines = [card.title, card.account, formats.money(card.value, card.currency, current_language())]
        if self.no_rate(card):
            lines.append(translate("CardModel", "No exchange rate from {currency} to {home}: this amount is "
                                                "left out of the totals (Settings › Exchange Rates…)").format(
                currency=card.currency, home=self.conversion[0]))
        if card.expected_close:
            lines.append(translate("CardModel", "Expected close: {date}").format(
                date=formats.long_date(card.expected_close, current_language())))
        if card.status == DealStatus.OPEN:
            if card.next_target:
                target = formats.long_date(card.next_target, current_language())
                lines.append(translate("CardModel", "Next milestone target: {date} (passed)").format(date=target)
                             if self.target_passed(card) else
                             translate("CardModel", "Next milestone target: {date}").format(date=target))
            if card.last_milestone_on:
                lines.append(translate("CardModel", "%n days since the last milestone", "",
                                       self.days_since_milestone(card)))
            else:
                lines.append(translate("CardModel", "%n days since the deal was created; no milestone yet", "",
                                       self.days_since_milestone(card)))
            if card.tasks_total:
                lines.append(translate("CardModel", "Tasks of this stage: {done} of {total} done").format(
                    done=card.tasks_done, total=card.tasks_total))
            if self.overdue(card):
                lines.append(translate("CardModel", "Overdue: the expected close date has passed"))
            bar = self.stall(card)
            if bar is not None:
                from planner.ui.board.stall import why_stalled

                lines.append(why_stalled(self.idle_for(card), bar))
            elif self.idle(card):
                lines.append(translate("CardModel", "Idle: no milestone for %n days", "", self.idle_for(card)))
            if self.gaps(card):
                from planner.ui.kit.buying import gap_labels

                labels = gap_labels()
                lines.append(translate("CardModel", "Buying group: {gaps}").format(
                    gaps=translate("CardModel", "; ").join(labels[g] for g in self.gaps(card))))
        return "\n".join(lines)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            # dropping on a column's empty space is dropping on the column
            return Qt.ItemFlag.ItemIsDropEnabled if self.stage_id is not None else Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if self._cards[index.row()].status == DealStatus.OPEN:
            base |= Qt.ItemFlag.ItemIsDragEnabled
        return base

    # ------------------------------------------------------------ drag and drop
    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData | None:  # type: ignore[override]  # Qt takes None: no drag
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if not rows:
            return None
        card = self._cards[rows[0]]  # one deal moves at a time: each crosses its own milestones
        return encode(card.deal_id, card.stage_id)

    def drop_verdict(self, data: QMimeData | None) -> str:
        """"forward", "back" (refused: the target is frozen for that deal), or "" (not ours)."""
        found = decode(data)
        if found is None or self.stage_id is None:
            return ""
        _deal, source = found
        if source not in self.positions or self.stage_id not in self.positions:
            return ""
        here, there = self.positions[self.stage_id], self.positions[source]
        if here > there:
            return "forward"
        return "back" if here < there else ""

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,
                        column: int, parent: Index) -> bool:
        return self.drop_verdict(data) == "forward"

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,
                     column: int, parent: Index) -> bool:
        """Ask the board to confirm the milestones on the way; never moves rows itself."""
        verdict = self.drop_verdict(data)
        found = decode(data)
        if found is None or self.stage_id is None:
            return False
        if verdict == "forward":
            self.moveRequested.emit(found[0], self.stage_id)
        elif verdict == "back":
            self.moveRefused.emit(found[0], self.stage_id)
        # False: the source keeps its row; the card moves when the file says so
        return False
