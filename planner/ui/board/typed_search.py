"""The board's search as it is typed: the file is searched in a thread, so that a keystroke
costs the window less than one frame whatever the file's size (issue 15: one letter takes
SQLite some 50 ms to find at 100,000 deals, far more than a frame).

A keystroke asks for the scan of the board's new query on a connection of its own
(``Planner.deals.board_scan_beside``) and returns; the board shows what it showed until the
answer comes back, then shows it in one step, as any other filter. Only the latest keystroke's
answer is shown: one still waiting is dropped, and one that comes back after another
keystroke, a filter applied meanwhile, or a change of the file is not used (the board reads
again itself, as it does without this: what it shows is never older than the file).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Qt, Signal

from planner.ui.board.model import FIRST_PAGE

if TYPE_CHECKING:
    from planner.services import Planner
    from planner.services.deals import BoardScan, CardQuery, ListOrder
    from planner.ui.board.bar import BoardBar
    from planner.ui.board.query import BoardQuery


class Searched(Protocol):
    """What the search needs of the board (planner.ui.board.board.Board)."""

    planner: Planner
    bar: BoardBar

    @property
    def listing(self) -> bool: ...

    def list_wanted(self) -> tuple[ListOrder, bool] | None: ...

    def card_query(self, query: BoardQuery | None = None) -> CardQuery | None: ...

    def apply_query(self, found: BoardScan | None = None) -> None: ...


class TypedSearch(QObject):
    arrived = Signal(object)  # (ticket, scan, error), from the reading thread to this one
    finished = Signal()  # what the latest search found is on the board

    def __init__(self, board: Searched, parent: QObject) -> None:
        super().__init__(parent)
        self.board = board
        self._ticket = 0
        # what the search under way asked for: (ticket, query, order, the file's state it reads)
        self._asked: tuple[int, BoardQuery, str, tuple[int, int]] | None = None
        self.arrived.connect(self._arrived, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        """Whether a search is under way (the board still shows the one before)."""
        return self._asked is not None

    def ask(self, query: BoardQuery) -> bool:
        """Search the file for ``query`` in the background; False, with nothing asked, where
        the file can only be read here (the caller applies the query now)."""
        found = self.board.card_query(query)
        if found is None:
            return False
        self._ticket += 1
        ticket = self._ticket

        def done(scan: BoardScan | None, error: BaseException | None) -> None:  # in the reading thread
            try:
                self.arrived.emit((ticket, scan, error))
            except RuntimeError:  # the board is gone (the window closed meanwhile): nobody waits
                pass

        order = self.board.bar.sort.order().value
        # each column's first page read there too: the window is left with cards to show
        # as the board reads itself: a search's closed deals in the same pass, else the open ones
        closed = None if query.words else False
        # with the list open, its rows are read there too, and the hidden columns' cards not at all
        first = 0 if self.board.listing else FIRST_PAGE
        stamp = self.board.planner.deals.board_scan_beside(found, order, closed, done, first=first,
                                                            listed=self.board.list_wanted())
        if stamp is None:
            return False
        self._asked = (ticket, query, order, stamp)
        return True

    def drop(self) -> None:
        """Forget the search under way: the board applies a query itself now."""
        self._ticket += 1
        if self._asked is not None:
            self._asked = None
            self.finished.emit()

    def _arrived(self, answer: tuple[int, Any, BaseException | None]) -> None:
        ticket, scan, error = answer
        if self._asked is None or ticket != self._asked[0]:
            return  # a keystroke or a filter came after it
        _ticket, query, order, stamp = self._asked
        self._asked = None
        now = self.board.planner.deals.board_state()
        if now is None:  # the file was closed meanwhile: nothing to show from it
            self.finished.emit()
            return
        current = (error is None and query == self.board.bar.query() and order == self.board.bar.sort.order().value
                   and now == stamp)
        # not current: read again here, where an error is reported as for any filter
        self.board.apply_query(scan if current else None)
        self.finished.emit()
