"""The pipeline board: the bar, one column per stage of the chosen process, the closed lane,
or the same deals as a list.

The board reads through the services only (``Planner.deals.cards`` for a whole process,
``Planner.deals.card`` for the one deal a write touched); only its quick-add form writes, as
the New Deal dialog does. Its parts: ``bar`` (process chooser, search, filters, sort order),
``query`` (what is shown and in which order), ``notice`` (inline messages), ``navigation``
(the selection and the arrow keys), ``moves`` (drops, and the refusal of a move back),
``menu`` (a card's context menu), ``summary`` (the totals), ``listing`` and ``list_view`` (the list),
``quick_add`` (a deal from the first column's header), ``folding`` (stages folded to a strip).
Every part re-sets its texts when the language changes; nothing is rebuilt, so the
selection, the filter, the scroll position and the chosen process stay as they were.

The selected deal stays selected while a search or a filter hides its card: the deal panel
keeps showing it, and the card is selected again once the filter lets it through.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QMenu, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from planner import local_settings, settings
from planner.domain.calibration import StageCalibration
from planner.domain.errors import PlannerError
from planner.domain.model import Account, Card, DealStatus, Process
from planner.i18n import error_text
from planner.services import Changes, Planner
from planner.services.deals import BoardScan, BoardTotals, CardQuery
from planner.ui.board import summary
from planner.ui.board.bar import BoardBar
from planner.ui.board.folding import StageFolds
from planner.ui.board.listing import DealListing
from planner.ui.board.menu import card_menu, show_card_menu
from planner.ui.board.model import CardListModel, CardRole, Fetch
from planner.ui.board.moves import CardMoves
from planner.ui.board.navigation import CardSelection
from planner.ui.board.notice import Notice
from planner.ui.board.query import BoardQuery, SortOrder, for_file
from planner.ui.board.typed_search import TypedSearch
from planner.ui.kit import icons, shortcuts

if TYPE_CHECKING:
    # built after the first paint, with the cards: their modules load then (~6 ms)
    from planner.services.deals import ListOrder
    from planner.ui.board.column import CardListView, StageColumn
    from planner.ui.board.delegate import CardDelegate
    from planner.ui.board.lane import ClosedLane
    from planner.ui.board.list_view import DealListView
    from planner.ui.board.quick_add import QuickAdd



def _still_open(before: Card | None, now: Card | None) -> bool:
    """An open card that stays open, archived as it was: the process's counts stay."""
    return (before is not None and now is not None and before.status == now.status == DealStatus.OPEN
            and before.archived == now.archived)


class Board(QWidget):
    dealSelected = Signal(int)  # 0: nothing selected
    dealClicked = Signal(int)  # a card or a row clicked (the window opens the deal panel on it)
    dealActivated = Signal(int)  # Enter or double-click: open it in the workspace
    confirmRequested = Signal(int, int)  # deal id, target stage id (WIN: past the last one)
    countsChanged = Signal()
    message = Signal(str)  # for the status bar
    scroll: QScrollArea  # type: ignore[assignment]  # hides QWidget.scroll(), which nothing here calls

    def __init__(self, planner: Planner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.planner = planner
        self.process: Process | None = None
        self.positions: dict[int, int] = {}
        self.columns: list[StageColumn] = []
        self.today = date.today()
        self.idle_days = settings.IDLE_DAYS.of(planner.settings.all())
        self.conversion = summary.Conversion.of(planner)  # what every total is made with
        self.track_record: dict[int, StageCalibration] = {}  # shared by the columns (see stall.py)
        self._delegate: CardDelegate | None = None
        self._accounts: dict[int, str] = {}
        self._accounts_pending = False  # start-up: the account filter's list is read after the cards show
        self._unreadable = False  # the chosen process's deals could not be read
        # the cards are read a page at a time as the columns scroll, and the closed ones only
        # when something shows them (the lane, the list with them, a closed deal asked for):
        # the board's cost follows what is on screen, not the size of the file (issue 15)
        self._lane_loaded = False
        self._columns_stale = False  # read while the list showed instead: read when they show
        self._open = BoardScan()  # the open deals the query lets through: ids per column, counts, sums
        self._closed: BoardScan | None = None  # the closed ones, read when something asks
        self._counts: dict[tuple[bool, bool], int] = {}  # (archived shown, closed) -> deals, filter or not
        # at start-up the columns wait for the cards, so that one paint shows both
        self.waiting = False
        self.read_only = False  # a file open read-only: no card moves, no confirmations
        self.summary_text = ""  # the open pipeline, for the status bar
        self.summary_tip = ""
        self.query = BoardQuery()  # what every column, the lane and the list show
        self.typed = TypedSearch(self, self)  # a search as it is typed, read in a thread
        self.selection = CardSelection(self)
        self.moves = CardMoves(self)
        self.folds = StageFolds(self)
        self._quick: QuickAdd | None = None

        self.bar = BoardBar(self)
        self.process_label, self.process_combo = self.bar.process_label, self.bar.process_combo
        self.search = self.bar.search
        self.account_combo = self.bar.account_combo
        self.closed_button = self.bar.closed_button
        self.show_closed_action = self.bar.show_closed_action
        self.notice = Notice(self)
        self.columns_host = QWidget()
        self.columns_layout = QHBoxLayout(self.columns_host)
        self.columns_layout.setContentsMargins(8, 4, 8, 4)
        self.columns_layout.setSpacing(8)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.columns_host)
        self.pages = QStackedWidget(self)  # the columns, or the list
        self.pages.addWidget(self.scroll)
        # the list of the same deals, made when first shown
        self.deal_list = DealListing(self, self.pages, self._stage_name, lambda deal: card_menu(self, deal, self), self)
        self.lane_model = CardListModel(None, self.positions, self.today, self.idle_days, self,
                                        conversion=self.conversion)
        self._lane: ClosedLane | None = None
        self.show_archived_action = self.bar.filters.archived
        self.board_action, self.list_action = self.bar.board_action, self.bar.list_action
        self.quick_add_action = QAction(icons.icon("add"), "", self)
        self.quick_add_action.setShortcuts(shortcuts.keys("quick_add"))
        self.quick_add_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.quick_add_action.triggered.connect(self.quick_add)
        self.addAction(self.quick_add_action)
        for action in (self.board_action, self.list_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

        layout = QVBoxLayout(self)
        # the one-row bar must not set the board's minimum width: narrower, it wraps
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(4)
        layout.addWidget(self.bar)
        notice_row = QHBoxLayout()
        notice_row.setContentsMargins(10, 0, 10, 0)
        notice_row.addWidget(self.notice)
        layout.addLayout(notice_row)
        layout.addWidget(self.pages, 1)
        self._lane_row = QHBoxLayout()
        self._lane_row.setContentsMargins(8, 0, 8, 0)
        layout.addLayout(self._lane_row)

        self.bar.processChosen.connect(lambda: self._show_process(True))
        self.bar.filterChanged.connect(self._filter_changed)
        self.bar.orderChanged.connect(self._apply_order)
        self.bar.layoutChosen.connect(lambda: self.set_listing(self.bar.listing()))
        self.show_closed_action.toggled.connect(self.set_show_closed)
        self.show_archived_action.toggled.connect(local_settings.set_show_archived)
        back = QShortcut(shortcuts.MOVE_BACK.sequences()[0], self,
                         context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.move_selected_back)
        # Esc on the cards or the list lets go of the selected deal (the deal panel closes)
        let_go = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.pages,
                           context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        let_go.activated.connect(self.clear_selection)
        self._restore_choices()
        self._word_actions()
        self._day_timer = QTimer(self, interval=60_000)
        self._day_timer.timeout.connect(self._check_day)
        self._day_timer.start()

    def _restore_choices(self) -> None:
        """What this computer remembers: the order, archived deals shown, board or list."""
        stored = local_settings.sort_order()
        if stored in {o.value for o in SortOrder}:
            self.bar.sort.set_order(SortOrder(stored))
            self.bar._word_buttons()
        self.show_archived_action.blockSignals(True)
        self.show_archived_action.setChecked(local_settings.show_archived())
        self.show_archived_action.blockSignals(False)
        self.query = self.bar.query()
        if local_settings.board_layout() == "list":
            self.list_action.setChecked(True)
            self.set_listing(True)

    @property
    def delegate(self) -> CardDelegate:
        """The painter of every column's cards, made with the first column."""
        if self._delegate is None:
            from planner.ui.board.delegate import CardDelegate

            self._delegate = CardDelegate(self)
        return self._delegate

    @property
    def lane(self) -> ClosedLane:
        """The closed deals' lane under the columns, made when the cards first load."""
        if self._lane is None:
            from planner.ui.board.lane import ClosedLane

            self._lane = ClosedLane(self.lane_model, self)
            self._lane.setVisible(self.show_closed_action.isChecked() and not self.listing)
            self._lane.proxy.set_query(self.query)
            self._lane.proxy.set_order(self.bar.sort.order())
            self._connect_view(self._lane.view)
            self._lane_row.addWidget(self._lane)
        return self._lane

    # ------------------------------------------------------------------ loading
    def set_planner(self, planner: Planner, load_cards: bool = True, process_id: int | None = None) -> None:
        """Show another file; ``load_cards=False`` leaves the cards for after the first paint."""
        self.planner = planner
        self.process = None  # ids of the previous file mean nothing here
        self.selection.forget()
        self.idle_days = settings.IDLE_DAYS.of(planner.settings.all())
        self.conversion = summary.Conversion.of(planner)
        self.lane_model.set_context(self.today, self.idle_days, self.conversion)
        self.reload(process_id, load_cards=load_cards)

    def visible_processes(self) -> list[tuple[int, str, bool, int]]:
        """(id, name, archived, deals): archived processes only while they have open deals."""
        return [(p.id, p.name, p.archived, p.deals) for p in self.planner.processes.summaries()
                if not p.archived or p.open_deals]

    def reload(self, process_id: int | None = None, load_cards: bool = True) -> None:
        """Re-read the processes and the chosen one's cards (a new file, a new process)."""
        wanted = process_id or (self.process.id if self.process else None) or self._remembered_process()
        processes = self.visible_processes()
        if wanted not in [p[0] for p in processes] and processes:
            wanted = max(processes, key=lambda p: p[3])[0]  # first time: the busiest process
        self.bar.set_processes([(pid, name, archived) for pid, name, archived, _deals in processes], wanted)
        self._show_process(load_cards)

    def _remembered_process(self) -> int | None:
        return local_settings.last_process(self.planner.path)

    def _show_process(self, load_cards: bool) -> None:
        pid = self.bar.process_id()
        self.process = None
        if pid is not None:
            try:
                self.process = self.planner.processes.get(pid)
            except PlannerError as e:
                self.notice.show_message(partial(error_text, e), "refusal")
        self.waiting = not load_cards  # start-up: the window paints first; load_cards() follows
        if load_cards:
            self._build_columns()
            self.load_cards()
        else:
            self._clear_columns()

    def _clear_columns(self) -> None:
        for column in self.columns:
            column.setParent(None)
            column.deleteLater()
        self.columns = []
        self.positions.clear()

    def _build_columns(self) -> None:
        self._clear_columns()
        if self.process is None:
            return
        from planner.ui.board.column import StageColumn

        for i, stage in enumerate(self.process.stages):
            assert stage.id is not None
            self.positions[stage.id] = i
            model = CardListModel(stage.id, self.positions, self.today, self.idle_days, self, self.track_record,
                                  self.conversion)
            column = StageColumn(stage, model, self.delegate, self.columns_host)
            column.proxy.set_query(self.query)
            column.proxy.set_order(self.bar.sort.order())
            self._connect_view(column.view)
            self._allow_moves(column.view)
            self.moves.watch(column)
            self.columns_layout.addWidget(column, 1)
            self.columns.append(column)
        if self.columns:
            self.columns[0].header.addRequested.connect(self.quick_add)
        for column in self.columns:
            column.header.resized.connect(self._even_headers, Qt.ConnectionType.QueuedConnection)
        self.folds.apply()
        self._show_adding()
        self.deal_list.set_sources(self._models())

    def _even_headers(self) -> None:
        """All headers as tall as the tallest: a name that needs two lines gives every column
        two, and so does an amount without a rate that needs a line of its own, so that the
        cards of all columns start on one line."""
        lines = max((c.header.lines_wanted() for c in self.columns), default=1)
        # judged on the whole columns only: a search or a filter leaves out as much or less, and
        # headers changing height as one types laid the whole board out again (90 ms a key)
        note = (any(c.header.note_line for c in self.columns) if self.query.narrows
                else any(c.header.note_wanted() for c in self.columns))
        for column in self.columns:
            column.header.set_name_lines(lines)
            column.header.set_note_line(note)

    def set_read_only(self, read_only: bool) -> None:
        """Cards stay selectable and open in the deal panel; they are no longer dragged, and
        no deal is added from the board."""
        self.read_only = read_only
        for column in self.columns:
            self._allow_moves(column.view)
        self._show_adding()

    def _show_adding(self) -> None:
        self.quick_add_action.setEnabled(not self.read_only and self.process is not None)
        if self.columns:
            self.columns[0].header.set_adding(not self.read_only)
        if self.read_only and self._quick is not None:
            self._quick.hide()

    def _allow_moves(self, view: CardListView) -> None:
        view.setDragEnabled(not self.read_only)
        view.setAcceptDrops(not self.read_only)

    def _connect_view(self, view: CardListView | DealListView) -> None:
        self.selection.watch(view)
        view.activated.connect(lambda index: self.dealActivated.emit(int(index.data(CardRole.DEAL_ID))))
        view.clicked.connect(lambda index: self.dealClicked.emit(int(index.data(CardRole.DEAL_ID))))
        drag_finished = getattr(view, "dragFinished", None)  # the list has its own menu, nothing to drag
        if drag_finished is not None:
            view.customContextMenuRequested.connect(lambda pos, v=view: self._context_menu(v, pos))
            drag_finished.connect(self.moves.drag_finished)

    def lay_out_now(self) -> None:
        """Every shown column at its final size and its cards laid out for it, before the
        paint that first shows them: otherwise the headers' evening (queued on their resize)
        and Qt's relayout of a list that got a scroll bar come after it, and the cards jump
        and are painted twice (see ``CardListView.lay_out_now``)."""
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # the columns' widths
        self._even_headers()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # their heights
        for column in self.columns:
            if column.isVisible():
                column.view.lay_out_now()
        if self._lane is not None and self._lane.isVisible():
            self._lane.view.lay_out_now()

    def load_cards(self, accounts_later: bool = False) -> None:
        """The chosen process's first page of cards per column, and the counts and totals of
        all of them from the file; the closed deals when something shows them (``load_closed``).
        ``accounts_later`` (start-up): the account filter's list waits for ``read_accounts``,
        as it grows with the file (a thousand accounts, 60 ms, at 100,000 deals) and nothing on
        screen shows it until the user opens it."""
        if self.waiting:
            self.waiting = False
            self._build_columns()
        self._lane_loaded = False
        self.lane_model.clear()
        self._unreadable = False
        self._read_track_record()
        if self.process is not None and self.process.id is not None:  # after the first paint, not on choosing
            local_settings.set_last_process(self.planner.path, self.process.id)
        self._accounts_pending = True
        if not accounts_later:
            self.read_accounts()
        self._apply_filter()

    def read_accounts(self) -> None:
        """The account filter's list, if ``load_cards`` left it for later."""
        if self._accounts_pending:
            self._accounts_pending = False
            self._accounts, named = self._card_accounts()
            self._show_accounts(named)

    def _closed_wanted(self) -> bool:
        """Whether something on screen shows the closed deals: the lane, or the list with them."""
        return self.show_closed_action.isChecked()

    def _card_accounts(self) -> tuple[dict[int, str], list[Account]]:
        try:
            if self.process and self.process.id:
                return self.planner.deals.card_accounts(self.process.id)
        except PlannerError:
            pass
        return {}, []

    # ------------------------------------------------------- reading the file
    def card_query(self, query: BoardQuery | None = None) -> CardQuery | None:
        """The board's query (or ``query``) as the file reads it (None: no process shown)."""
        if self.process is None or self.process.id is None:
            return None
        return for_file(self.query if query is None else query, self.process.id, self.today, self.track_record,
                        self.idle_days, self.conversion, list(self.positions))

    def _fetcher(self, ids: list[int], ready: dict[int, Card] | None = None) -> Fetch:
        """A column's pages: the cards of its ids (in order) from ``offset`` on; the first page
        asked for from ``ready`` (cards read with the scan) if it holds them all."""
        first = [ready]

        def fetch(offset: int, limit: int) -> list[Card]:
            held, first[0] = first[0], None  # the first page only: later ones are read as the file is then
            wanted = ids[offset:offset + limit]
            if held is not None and all(i in held for i in wanted):
                return [held[i] for i in wanted]
            try:
                return self.planner.deals.board_cards(ids[offset:offset + limit])
            except PlannerError as e:  # a row no screen can show (a file edited around its rules)
                self._report_unreadable(e)
                return []
        return fetch

    def _report_unreadable(self, e: PlannerError) -> None:
        self._unreadable = True
        self.notice.show_message(partial(error_text, e), "refusal")

    def _scan(self, closed: bool | None = False) -> BoardScan:
        """What the query lets through, in the chosen order: each column's ids, counts and sums
        (of the open deals, the ``closed`` ones, or both)."""
        query = self.card_query()
        if query is None:
            return BoardScan()
        try:
            return self.planner.deals.board_scan(query, self.bar.sort.order().value, closed)
        except PlannerError as e:
            self._report_unreadable(e)
            return BoardScan()

    @property
    def _totals(self) -> BoardTotals:
        return self._open.totals

    def _read_windows(self, found: BoardScan | None = None) -> None:
        """Every column (and the lane once it shows) read again under the query and the order
        (``found``: what a search read beside): a column keeps as many cards as it held, so
        that its scroll position stays."""
        self._rescan(found)
        self._read_columns(found.ready if found is not None else None)
        # the list reads its own rows while it shows, or takes those read with ``found``
        self.deal_list.read_again(found.listed if found is not None else None)

    def _read_columns(self, ready: dict[int, Card] | None = None) -> None:
        """Each column's (and the read lane's) cards under the scan; while the list shows
        instead, nothing: hidden columns read at each keystroke cost time and memory for no
        one, and are read when they show again (``set_listing``)."""
        self._columns_stale = self.listing
        if self._columns_stale:
            return
        for column in self.columns:
            assert column.stage.id is not None  # a stored stage
            ids = self._open.ids(column.stage.id)
            column.model.set_source(self._fetcher(ids, ready), len(ids), len(column.model.cards))
        if self._lane_loaded:
            ids = self.closed_scan().closed
            self.lane_model.set_source(self._fetcher(ids, ready), len(ids), len(self.lane_model.cards))

    def load_closed(self) -> None:
        """The closed lane's first page, when something first shows it."""
        if self._lane_loaded or self.process is None or self.process.id is None:
            return
        self._lane_loaded = True
        ids = self.closed_scan().closed
        with self.selection.card_moving():
            self.lane_model.set_source(self._fetcher(ids), len(ids))
        self.selection.resync()
        self.lane.conversion = self.conversion
        self.lane.refresh_header(self.closed_scan().totals)

    def closed_scan(self) -> BoardScan:
        """The closed deals the query lets through: read the first time something asks after
        a change (most of a large file is closed deals; a hidden lane asks nothing)."""
        if self._closed is None:
            self._closed = self._scan(closed=True)
        return self._closed

    def bring_in(self, deal_id: int, open_lane: bool = True) -> None:
        """Read a column on until ``deal_id``'s card is held, if the query lets it through (a
        deal asked for, the selection kept over a new read); a closed deal opens the lane's
        reading unless ``open_lane`` is False and the lane is not read yet."""
        if self.process is None or any(m.row_of(deal_id) >= 0 for m in self._models()):
            return
        for column in self.columns:
            assert column.stage.id is not None  # a stored stage
            ids = self._open.ids(column.stage.id)
            if deal_id in ids:
                with self.selection.card_moving():
                    column.model.fetch_to(ids.index(deal_id))
                return
        if not self._lane_loaded and not open_lane:
            return
        if deal_id in self.closed_scan().closed:
            self.load_closed()
            with self.selection.card_moving():
                self.lane_model.fetch_to(self.closed_scan().closed.index(deal_id))

    def closed_pending_for(self, deal_id: int) -> bool:
        """Read the closed deals now if ``deal_id`` is one of them and they were not read yet;
        True if they were read."""
        was = self._lane_loaded
        self.bring_in(deal_id)
        return self._lane_loaded and not was

    def _show_accounts(self, named: list[Account] | None = None) -> None:
        """The account filter's names, two accounts of one name told apart (``named``: the
        accounts that may share a name with one listed; None: all of them)."""
        from planner.ui.kit.formats import account_labels

        try:
            labels = account_labels(self.planner.accounts.all(include_archived=True) if named is None else named)
        except PlannerError:
            labels = {}
        self.bar.set_accounts({aid: labels.get(aid, name) for aid, name in self._accounts.items()})

    # ---------------------------------------------------------------- filtering
    def set_filter(self, text: str, account_id: int | None = None) -> None:
        """A search and an account; the quick filters are put off too when both are empty."""
        if account_id is not None:
            self.read_accounts()  # the account is chosen from the filter's list
        self.bar.set_filter(text, account_id)
        if not text and account_id is None and self.bar.filters.count():
            self.bar.filters.clear_all()  # applies the filter itself
            return
        self._apply_filter()

    def reveal(self, deal_id: int) -> bool:
        """Select ``deal_id`` whatever hides it: the search and the filters are put off, and
        archived deals shown if it is one."""
        if self.select_deal(deal_id):
            return True
        card = self.card_of(deal_id)
        if card is not None and card.archived and not self.show_archived_action.isChecked():
            self.show_archived_action.setChecked(True)
        self.set_filter("", None)
        return self.select_deal(deal_id)

    def _filter_changed(self) -> None:
        """The search or a filter changed: new words are searched for in a thread and shown
        when found (``typed``), so that typing never waits for the file; anything else at once."""
        query = self.bar.query()
        typed = replace(query, words=self.query.words) == self.query  # the words alone changed
        if typed and not self.waiting and self.typed.ask(query):
            return
        self._apply_filter()

    def apply_query(self, found: BoardScan | None = None) -> None:
        """The bar's query on the board (``found``: what the file gave for it, read beside)."""
        self._apply_filter(found)

    def _apply_filter(self, found: BoardScan | None = None) -> None:
        """The bar's query on every column, the lane and the list: read again from the file
        (or taken from ``found``), a page per column. The selected deal stays selected: a card
        the query hides is let go in its view without the deal panel hearing of another deal,
        and taken again when the query lets it through."""
        self.typed.drop()  # a search still under way is overtaken
        self.query = self.bar.query()
        with self.selection.card_moving():
            for column in self.columns:
                column.proxy.set_query(self.query)
            self.lane.proxy.set_query(self.query)
            self._read_windows(found)
            self.deal_list.set_query(self.query, self.show_closed_action.isChecked())
        self.selection.resync()
        self._show_totals()

    def _apply_order(self) -> None:
        order = self.bar.sort.order()
        local_settings.set_sort_order(order.value)
        with self.selection.card_moving():
            for column in self.columns:
                column.proxy.set_order(order)
            self.lane.proxy.set_order(order)
            self._read_windows()
        self.selection.resync()

    def refresh_headers(self) -> None:
        """Counts, totals and each column's ids read again from the file (after an edit, a
        new rate); the cards a column holds stay."""
        self._rescan()
        self._give_columns_their_ids()
        self._show_totals()

    def _rescan(self, found: BoardScan | None = None) -> None:
        """The open deals the query lets through; with a search, the closed ones too in the
        same pass (the status bar counts them, and the search has found them anyway), or
        ``found``, that pass read beside."""
        if found is not None:
            self._open, self._closed = found, found if self.query.words else None
        elif self.query.words:
            self._open = self._closed = self._scan(closed=None)
        else:
            self._open, self._closed = self._scan(), None
        self._counts.clear()

    def _give_columns_their_ids(self) -> None:
        """Each column reads its next pages from the new scan (the cards it holds stay)."""
        for column in self.columns:
            assert column.stage.id is not None  # a stored stage
            ids = self._open.ids(column.stage.id)
            column.model.set_fetch(self._fetcher(ids), len(ids))
        if self._lane_loaded:
            ids = self.closed_scan().closed
            self.lane_model.set_fetch(self._fetcher(ids), len(ids))

    def _show_totals(self) -> None:
        # the first column tells how to add a deal while the process has none open
        first = self._count(closed=False) == 0
        for i, column in enumerate(self.columns):
            column.note = "unreadable" if self._unreadable else "first" if first and i == 0 else ""
            column.conversion = self.conversion
            assert column.stage.id is not None  # a stored stage
            column.refresh_header(self._totals.stage(column.stage.id))
        self.lane.conversion = self.conversion
        if self._lane_loaded:  # a hidden lane's header waits until it shows
            self.lane.refresh_header(self.closed_scan().totals)
        self.summary_text, self.summary_tip = summary.pipeline(c.header.totals for c in self.columns)
        self._even_headers()  # an amount without a rate may now want a line of its own, or no longer
        self.countsChanged.emit()

    def counts(self) -> tuple[int, int, int]:
        """(open deals, open deals shown by the filter, closed deals shown by the filter) of
        the chosen process; archived deals count only while they are shown."""
        closed_shown = self.closed_scan().totals.closed_deals if self.query.narrows else self.closed_total()
        return self._count(closed=False), self._totals.open_deals, closed_shown

    def closed_total(self) -> int:
        """The closed deals of the chosen process, filter or not."""
        return self._count(closed=True)

    def _count(self, closed: bool) -> int:
        """Open (or closed) deals of the process, filter or not (archived ones while shown):
        counted by the file, which keeps the number until it changes."""
        if self.process is None or self.process.id is None:
            return 0
        if not closed and not self.query.narrows:  # nothing hidden but the archive: the columns' count
            return self._totals.open_deals
        key = (self.query.archived, closed)
        if key not in self._counts:  # asked again at each change of language: read once per change
            try:
                self._counts[key] = self.planner.deals.board_count(self.process.id, self.query.archived, closed)
            except PlannerError:
                return 0
        return self._counts[key]

    def set_show_closed(self, shown: bool) -> None:
        if self.show_closed_action.isChecked() != shown:
            self.show_closed_action.setChecked(shown)
            return
        if shown and not self.listing:  # the list reads its own rows: the lane when it shows
            self.load_closed()
        if self._lane is not None:  # else the lane follows the action when the cards load
            self._lane.setVisible(shown and not self.listing)
        self.deal_list.set_query(self.query, shown)

    # ------------------------------------------------------------------ the list
    def list_wanted(self) -> tuple[ListOrder, bool] | None:
        """What a search typed with the list open reads beside for it (``DealListing.wanted``)."""
        return self.deal_list.wanted()

    @property
    def listing(self) -> bool:
        """Whether the list of deals is shown instead of the columns."""
        return self.deal_list.shown()

    @property
    def list_view(self) -> DealListView:
        """The list of the same deals, made the first time it is asked for."""
        made = self.deal_list.view is not None
        view = self.deal_list.build(self._models(), self.query, self.show_closed_action.isChecked())
        if not made:
            self._connect_view(view)
        return view

    def set_listing(self, listing: bool) -> None:
        """Show the list (True) or the columns; remembered on this computer."""
        (self.list_action if listing else self.board_action).setChecked(True)
        self.pages.setCurrentWidget(self.list_view if listing else self.scroll)
        if not listing and self._columns_stale:  # the query or the order changed meanwhile
            with self.selection.card_moving():
                self._read_columns()
        if not listing and self.show_closed_action.isChecked():
            self.load_closed()  # asked for while the list showed
        if self._lane is not None:
            self._lane.setVisible(self.show_closed_action.isChecked() and not listing)
        local_settings.set_board_layout("list" if listing else "board")
        if self.selection.deal_id:
            self.select_deal(self.selection.deal_id, focus=False)
        (self.list_view if listing else self.scroll).setFocus()
        self.countsChanged.emit()

    def _stage_name(self, stage_id: int) -> str:
        if self.process is None:
            return ""
        try:
            return self.process.stage(stage_id).name
        except (KeyError, ValueError, PlannerError, StopIteration):
            return ""

    # ------------------------------------------------------------ quick add
    def quick_add(self) -> None:
        """The first column's quick-add form: a title, an account, Enter (planner/ui/board/quick_add.py)."""
        if self.read_only or self.process is None or self.process.id is None or not self.columns:
            return
        if self.listing:
            self.set_listing(False)
        from planner.ui.board.quick_add import open_in

        self._quick = open_in(self, self._quick)

    def clear_selection(self) -> None:
        """Let go of the selected deal (Esc on the cards): nothing is selected, the panel closes."""
        self.selection.clear()

    def set_idle_days(self, days: int) -> None:
        self.idle_days = days
        self._set_context()
        if self.query.stalled:  # the bars moved: the stalled filter lets other deals through
            self._read_again()

    def _read_again(self) -> None:
        """The columns read again under the same query (what it means changed: the day, a bar)."""
        with self.selection.card_moving():
            self._read_windows()
        self.selection.resync()
        self._show_totals()

    def _set_context(self) -> None:
        for model in self._models():
            model.set_context(self.today, self.idle_days, self.conversion)

    def _read_track_record(self) -> None:
        """Each stage's won-deal times, once per load (and when a deal is won), not per card."""
        from planner.ui.board.stall import read_track_record

        self.track_record.clear()
        self.track_record.update(read_track_record(self.planner, self.process.id if self.process else None))

    def _check_day(self) -> None:
        if date.today() != self.today:
            self.today = date.today()
            self._set_context()
            if self.query.narrows or self.bar.sort.order() == SortOrder.IN_STAGE:
                self._read_again()  # overdue, closing this month, stalled: a new day moves them

    # ----------------------------------------------------------------- language
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """What the board itself writes: the pipeline summary. The bar, the notice, the column
        headers and the lane re-set their own texts on the same LanguageChange; the cards and
        the empty columns' words are written at paint time, so a repaint shows them anew."""
        self.summary_text, self.summary_tip = summary.pipeline(c.header.totals for c in self.columns)
        views = [c.view for c in self.columns] + ([self._lane.view] if self._lane is not None else [])
        for view in views:
            view.viewport().update()
        self.deal_list.retranslate()
        self._word_actions()
        self.countsChanged.emit()

    def _word_actions(self) -> None:
        self.folds.retranslate()
        self.quick_add_action.setText(self.tr("&Quick Add Deal"))
        self.quick_add_action.setToolTip(self.tr("Add a deal to the first stage with just a title and an account"))

    # ---------------------------------------------------------------- one card
    def _models(self) -> list[CardListModel]:
        return [c.model for c in self.columns] + [self.lane_model]

    def views(self) -> list[CardListView]:
        return [c.view for c in self.columns] + [self.lane.view]

    def table(self) -> DealListView | None:
        """The list of deals, if it was ever shown."""
        return self.deal_list.view

    def card_of(self, deal_id: int) -> Card | None:
        """``deal_id``'s card if the deal is on this board (read from the file when its column
        has not read that far), filter or not; None for another process's deal."""
        for model in self._models():
            row = model.row_of(deal_id)
            if row >= 0:
                return model.card(row)
        try:
            card = self.planner.deals.card(deal_id, self.today)
        except PlannerError:
            return None
        return card if card.stage_id in self.positions else None

    def apply_changes(self, changes: Changes) -> None:
        """What one write changed (the session's ``changed``): a process re-reads the list of
        processes and the columns; otherwise only the cards of the deals it names,
        and of the accounts it renamed, are read again, one query each."""
        if "idle_days" in changes.settings:
            self.set_idle_days(settings.IDLE_DAYS.of(self.planner.settings.all()))
        if changes.settings & {settings.HOME_CURRENCY.key, "exchange_rates"}:
            self.conversion = summary.Conversion.of(self.planner)
            self._set_context()  # a card's "no rate" mark follows
            self._read_again()  # the order by value and the value range follow too
        if changes.processes:  # rare: a process tailored, edited or archived
            self.reload()
            return
        if changes.accounts and not self._accounts_pending:
            self._show_accounts()  # a name another account now shares, or an industry that tells them apart
            self.deal_list.refresh()  # the list's rows of the account's other deals too
        deals = set(changes.deals)
        if changes.accounts:
            deals |= {card.deal_id for m in self._models() for card in m.cards if card.account_id in changes.accounts}
        self.refresh_deals(sorted(deals))

    def refresh_deal(self, deal_id: int) -> None:
        """Re-read one deal after an edit and put its card where it now belongs (if the query
        lets it through, and its column has read that far); counts and totals read again."""
        self.refresh_deals([deal_id])

    def refresh_deals(self, deal_ids: list[int]) -> None:
        """``refresh_deal`` for several deals, with one read of the columns for them all."""
        if not deal_ids:
            return
        found: dict[int, Card | None] = {}
        for deal_id in deal_ids:
            try:
                card: Card | None = self.planner.deals.card(deal_id, self.today)
            except PlannerError:
                card = None
            found[deal_id] = card if card is not None and card.stage_id in self.positions else None
        if any(c is not None and c.status == DealStatus.WON for c in found.values()):  # a new win moves the bars
            self._read_track_record()
            self._set_context()
        held = {d: next((m.card(m.row_of(d)) for m in self._models() if m.row_of(d) >= 0), None) for d in found}
        counts = dict(self._counts)
        self._rescan()
        if all(_still_open(held[d], c) for d, c in found.items()):
            self._counts = counts  # open deals edited and still open: the process's counts stay
        for deal_id, card in found.items():
            self._place(deal_id, card)
        self._give_columns_their_ids()
        with self.selection.card_moving():
            self.deal_list.refresh()
        self._show_totals()
        for deal_id, card in found.items():
            self.selection.follow(deal_id, on_board=card is not None)

    def _place(self, deal_id: int, card: Card | None) -> None:
        """Put a re-read card where it belongs now (another process's deal or a gone one: nowhere)."""
        target: CardListModel | None = None
        if card is not None:
            if card.status != DealStatus.OPEN:
                target = self.lane_model
            else:
                target = next(c.model for c in self.columns if c.stage.id == card.stage_id)
        shown = card is not None and self._passes(card)
        with self.selection.card_moving():
            for model in self._models():
                if model is not target or not shown:
                    model.remove(deal_id)
            if shown and target is not None and card is not None:
                target.upsert(card)
        if (target is not None and card is not None and not self._accounts_pending
                and self._accounts.get(card.account_id) != card.account):
            self._accounts[card.account_id] = card.account
            self._show_accounts()

    def _passes(self, card: Card) -> bool:
        """Whether the board's query lets ``card`` through (the file has just said which)."""
        if card.status == DealStatus.OPEN:
            return card.deal_id in self._open.ids(card.stage_id)
        if not self.query.narrows and not self._lane_loaded:  # no need to read the closed ones for it
            return self.query.shows_archived(card)
        return card.deal_id in self.closed_scan().closed

    def select_deal(self, deal_id: int, focus: bool = True) -> bool:
        return self.selection.select(deal_id, focus)

    def selected_deal(self) -> int:
        return self.selection.deal_id

    # -------------------------------------------------------------------- moves
    def next_target(self, deal_id: int) -> int | None:
        """The stage a one-milestone step leads to (WIN after the last); None if closed."""
        return self.moves.next_target(deal_id)

    def confirm_selected(self) -> None:
        """Ctrl+Right: confirm the selected deal's current milestone."""
        self.moves.confirm(self.selection.deal_id)

    def move_selected_back(self) -> None:
        """Ctrl+Left: there is no way back, and the board says why."""
        self.moves.back(self.selection.deal_id)

    def request_move(self, deal_id: int, stage_id: int) -> None:
        self.moves.request(deal_id, stage_id)

    def show_refusal(self, deal_id: int, stage_id: int) -> None:
        self.moves.show_refusal(deal_id, stage_id)

    # ------------------------------------------------------------- context menu
    def context_menu(self, deal_id: int) -> QMenu:
        return card_menu(self, deal_id, self)

    def _context_menu(self, view: CardListView, pos: QPoint) -> None:
        show_card_menu(self, view, pos, self)
