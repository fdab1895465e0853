"""The pipeline board: a process chooser, filters, one column per stage, the closed lane.

The board reads through the services only (``Planner.cards`` for a whole
process, ``Planner.card`` for the one deal an edit touched) and never writes:
moving a card forward asks the window to confirm milestones; moving one back is
refused on the spot with the milestone that froze the stage and its date.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCursor, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner import settings
from planner.domain import formats
from planner.domain.errors import PlannerError
from planner.domain.model import Card, DealStatus, Process
from planner.i18n import current_language, error_text
from planner.services import Changes, Planner
from planner.ui.board.model import CardListModel, CardRole
from planner.ui.kit import format as fmt
from planner.ui.kit import icons, plain, theme

if TYPE_CHECKING:
    # built after the first paint, with the cards: their modules load then (~6 ms)
    from planner.ui.board.column import CardListView, StageColumn
    from planner.ui.board.delegate import CardDelegate
    from planner.ui.board.lane import ClosedLane

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

WIN = 0  # target "stage" meaning: past the last milestone, the deal is won
LAST_PROCESS_KEY = "board/last_process"


class Notice(QFrame):
    """An inline message over the board: why a move was refused, what just happened."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardNotice")
        self.icon = QLabel(self)
        self.text = plain.label(QLabel(self))  # messages quote deal titles and stage names
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton(self)
        self.close_button.setAutoRaise(True)
        self.close_button.setText("✕")
        self.close_button.setToolTip(translate("Board", "Dismiss"))
        self.close_button.setAccessibleName(translate("Board", "Dismiss"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.timer = QTimer(self, singleShot=True, interval=20_000)
        self.timer.timeout.connect(self.hide)
        self.kind = "info"
        self.hide()

    def show_message(self, text: str, kind: str = "info") -> None:
        self.kind = kind
        colour = theme.danger(self.palette()) if kind == "refusal" else theme.accent(self.palette())
        self.icon.setPixmap(icons.icon("lock" if kind == "refusal" else "about", colour).pixmap(18, 18))
        self.text.setText(text)
        self.setStyleSheet(
            f"#boardNotice {{ border: 1px solid {colour.name()}; border-radius: 6px;"
            f" background: {theme.mix(theme.column_background(self.palette()), colour, 0.10).name()}; }}")
        self.show()
        self.timer.start()


class Board(QWidget):
    dealSelected = Signal(int)  # 0: nothing selected
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
        self.idle_days = settings.int_value(planner.settings.all(), "idle_days")
        self._delegate: CardDelegate | None = None
        self._selected = 0
        self._moving = False  # a card is changing columns (see refresh_deal)
        self._accounts: dict[int, str] = {}
        # at start-up the columns wait for the cards, so that one paint shows both
        self.waiting = False
        self.read_only = False  # a file open read-only: no card moves, no confirmations

        self.process_combo = QComboBox(self)
        self.process_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.process_combo.setMinimumContentsLength(14)
        self.process_combo.setMaximumWidth(320)
        self.process_label = QLabel(translate("Board", "&Process:"), self)
        self.process_label.setBuddy(self.process_combo)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(translate("Board", "Search deals, accounts, contacts, notes…"))
        self.search.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(180)
        self.search.setMaximumWidth(360)
        self.search.setAccessibleName(translate("Board", "Search"))
        self.account_combo = QComboBox(self)
        self.account_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.account_combo.setMinimumContentsLength(12)
        self.account_combo.setAccessibleName(translate("Board", "Filter by account"))
        self.account_combo.setToolTip(translate("Board", "Show only the deals of one account"))
        self._fill_accounts()  # "All accounts" from the first paint on
        self.show_closed_action = QAction(icons.icon("closed-lane"), translate("Board", "Show &Closed Deals"), self)
        self.show_closed_action.setCheckable(True)
        self.show_closed_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.show_closed_action.setToolTip(translate("Board", "Show the won, lost and abandoned deals in a lane below"))
        # a short label on the bar; the menu item keeps the full wording
        self.closed_button = QToolButton(self)
        self.closed_button.setCheckable(True)
        self.closed_button.setIcon(icons.icon("closed-lane"))
        self.closed_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.closed_button.setText(translate("Board", "Closed Deals"))
        self.closed_button.setToolTip(self.show_closed_action.toolTip())
        self.closed_button.toggled.connect(self.show_closed_action.setChecked)
        self.show_closed_action.toggled.connect(self.closed_button.setChecked)
        self.summary_text = ""  # the open pipeline, for the status bar
        self.summary_tip = ""

        # the bar is one row, or two where the board is narrow (a small window with the deal
        # panel open): the filters then go to a second row rather than over the search box
        self._bar = QVBoxLayout()
        self._bar.setContentsMargins(10, 8, 10, 4)
        self._bar.setSpacing(6)
        self._first_row = QHBoxLayout()
        self._first_row.setSpacing(8)
        self._first_row.addWidget(self.process_label)
        self._first_row.addWidget(self.process_combo)
        self._first_row.addSpacing(8)
        self._first_row.addWidget(self.search, 1)
        self._second_row = QHBoxLayout()
        self._filters = QHBoxLayout()
        self._filters.setSpacing(8)
        self._filters.addWidget(self.account_combo)
        self._filters.addWidget(self.closed_button)
        self._filters.addStretch(0)
        self._first_row.addLayout(self._filters)
        self._bar.addLayout(self._first_row)
        self._bar.addLayout(self._second_row)

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
        self.lane_model = CardListModel(None, self.positions, self.today, self.idle_days, self)
        self._lane: ClosedLane | None = None

        layout = QVBoxLayout(self)
        # the one-row bar must not set the board's minimum width: narrower, it wraps (resizeEvent)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(4)
        layout.addLayout(self._bar)
        notice_row = QHBoxLayout()
        notice_row.setContentsMargins(10, 0, 10, 0)
        notice_row.addWidget(self.notice)
        layout.addLayout(notice_row)
        layout.addWidget(self.scroll, 1)
        self._lane_row = QHBoxLayout()
        self._lane_row.setContentsMargins(8, 0, 8, 0)
        layout.addLayout(self._lane_row)

        self.process_combo.currentIndexChanged.connect(self._process_chosen)
        self.search.textChanged.connect(self._filter_changed)
        self.account_combo.currentIndexChanged.connect(self._filter_changed)
        self.show_closed_action.toggled.connect(self.set_show_closed)
        back = QShortcut(QKeySequence("Ctrl+Left"), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.move_selected_back)
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search,
                          context=Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(self.search.clear)
        self._day_timer = QTimer(self, interval=60_000)
        self._day_timer.timeout.connect(self._check_day)
        self._day_timer.start()

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
            self._lane.setVisible(self.show_closed_action.isChecked())
            self._connect_view(self._lane.view)
            self._lane_row.addWidget(self._lane)
        return self._lane

    # ------------------------------------------------------------------ loading
    def set_planner(self, planner: Planner, load_cards: bool = True, process_id: int | None = None) -> None:
        """Show another file; ``load_cards=False`` leaves the cards for after the first paint."""
        self.planner = planner
        self.process = None  # ids of the previous file mean nothing here
        self._selected = 0
        self.idle_days = settings.int_value(planner.settings.all(), "idle_days")
        self.reload(process_id, load_cards=load_cards)

    def visible_processes(self) -> list[tuple[int, str, bool, int]]:
        """(id, name, archived, deals): archived processes only while they have open deals."""
        out = []
        for p in self.planner.processes.summaries():
            if p.archived and not p.open_deals:
                continue
            out.append((p.id, p.name, p.archived, p.deals))
        return out

    def reload(self, process_id: int | None = None, load_cards: bool = True) -> None:
        """Re-read the processes and the chosen one's cards (a new file, a new process)."""
        wanted = process_id or (self.process.id if self.process else None) or self._remembered_process()
        processes = self.visible_processes()
        self.process_combo.blockSignals(True)
        self.process_combo.clear()
        for pid, name, archived, _deals in processes:
            label = translate("Board", "{name} (archived)").format(name=name) if archived else name
            self.process_combo.addItem(icons.icon("processes"), label, pid)
        ids = [p[0] for p in processes]
        if wanted not in ids and processes:
            wanted = max(processes, key=lambda p: p[3])[0]  # first time: the busiest process
        self.process_combo.setCurrentIndex(ids.index(wanted) if wanted in ids else -1)
        self.process_combo.blockSignals(False)
        self.process_combo.setEnabled(len(ids) > 1)
        self._show_process(load_cards)

    def _remembered_process(self) -> int | None:
        value = str(QSettings().value(LAST_PROCESS_KEY, "") or "")
        path, _, pid = value.rpartition("|")
        return int(pid) if path == str(self.planner.path) and pid.isdigit() else None

    def _process_chosen(self, _index: int = -1) -> None:
        self._show_process(True)

    def _show_process(self, load_cards: bool) -> None:
        pid = self.process_combo.currentData()
        self.process = None
        if pid is not None:
            try:
                self.process = self.planner.processes.get(int(pid))
            except PlannerError as e:
                self.notice.show_message(error_text(e), "refusal")
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
            model = CardListModel(stage.id, self.positions, self.today, self.idle_days, self)
            column = StageColumn(stage, model, self.delegate, self.columns_host)
            self._connect_view(column.view)
            self._allow_moves(column.view)
            column.view.dropStateChanged.connect(
                lambda state, deal, stage_id, c=column: self._drop_state(c, state, deal))
            model.moveRequested.connect(self.request_move, Qt.ConnectionType.QueuedConnection)
            model.moveRefused.connect(self.show_refusal, Qt.ConnectionType.QueuedConnection)
            self.columns_layout.addWidget(column, 1)
            self.columns.append(column)

    def set_read_only(self, read_only: bool) -> None:
        """Cards stay selectable and open in the deal panel; they are no longer dragged."""
        self.read_only = read_only
        for column in self.columns:
            self._allow_moves(column.view)

    def _allow_moves(self, view: CardListView) -> None:
        view.setDragEnabled(not self.read_only)
        view.setAcceptDrops(not self.read_only)

    def _connect_view(self, view: CardListView) -> None:
        view.selectionModel().currentChanged.connect(
            lambda current, _previous, v=view: self._current_changed(v, current))
        view.activated.connect(lambda index: self.dealActivated.emit(int(index.data(CardRole.DEAL_ID))))
        view.customContextMenuRequested.connect(lambda pos, v=view: self._context_menu(v, pos))
        view.neighbourRequested.connect(lambda step, v=view: self._focus_neighbour(v, step))
        view.dragFinished.connect(self._drag_finished)

    def load_cards(self) -> None:
        """All cards of the chosen process: open ones to their stage, closed ones to the lane."""
        if self.waiting:
            self.waiting = False
            self._build_columns()
        by_stage: dict[int, list[Card]] = {sid: [] for sid in self.positions}
        closed: list[Card] = []
        try:
            cards = self.planner.deals.cards(self.process.id, self.today) if self.process else []  # type: ignore[arg-type]  # a stored process has its id
            unreadable = ""
        except PlannerError as e:  # a row no screen can show (a file edited around its rules)
            cards, unreadable = [], error_text(e)
        if self.process is not None:  # here rather than on choosing: not before the first paint
            QSettings().setValue(LAST_PROCESS_KEY, f"{self.planner.path}|{self.process.id}")
        self._accounts = {}
        for card in cards:
            if card.archived:
                continue
            self._accounts[card.account_id] = card.account
            if card.status != DealStatus.OPEN:
                closed.append(card)
            elif card.stage_id in by_stage:
                by_stage[card.stage_id].append(card)
        for column in self.columns:
            column.model.set_cards(by_stage[column.stage.id])  # type: ignore[index]  # a stored stage has its id
        self.lane_model.set_cards(closed)
        self._fill_accounts()
        self._apply_filter()
        if unreadable:
            self.notice.show_message(unreadable, "refusal")
            for column in self.columns:
                column.view.empty_text = translate("Board", "The deals of this process cannot be shown.")
        elif self.columns and not any(by_stage.values()):
            self.columns[0].view.empty_text = translate(
                "Board", "No deals yet.\nAdd one with Deal › New Deal… (Ctrl+Shift+N).")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = self.width() < self._one_row_width()
        row, other = (self._second_row, self._first_row) if narrow else (self._first_row, self._second_row)
        if row.indexOf(self._filters) < 0:
            other.removeItem(self._filters)
            self._filters.setParent(None)
            row.addLayout(self._filters)

    def _one_row_width(self) -> int:
        """The width the bar needs on one row, the search box at its narrowest."""
        parts = (self.process_label, self.process_combo, self.account_combo, self.closed_button)
        margins = self._bar.contentsMargins()
        return (sum(w.sizeHint().width() for w in parts) + self.search.minimumWidth()
                + 4 * self._first_row.spacing() + 8 + margins.left() + margins.right())

    def _fill_accounts(self) -> None:
        current = self.account_combo.currentData()
        self.account_combo.blockSignals(True)
        self.account_combo.clear()
        self.account_combo.addItem(translate("Board", "All accounts"), None)
        for aid, name in sorted(self._accounts.items(), key=lambda kv: kv[1].casefold()):
            self.account_combo.addItem(name, aid)
        found = self.account_combo.findData(current) if current is not None else 0
        self.account_combo.setCurrentIndex(max(0, found))
        self.account_combo.blockSignals(False)

    # ---------------------------------------------------------------- filtering
    def set_filter(self, text: str, account_id: int | None = None) -> None:
        self.search.blockSignals(True)
        self.search.setText(text)
        self.search.blockSignals(False)
        found = self.account_combo.findData(account_id) if account_id is not None else 0
        self.account_combo.blockSignals(True)
        self.account_combo.setCurrentIndex(max(0, found))
        self.account_combo.blockSignals(False)
        self._apply_filter()

    def _filter_changed(self, *_args: object) -> None:
        self._apply_filter()

    def _apply_filter(self) -> None:
        text, account = self.search.text(), self.account_combo.currentData()
        for column in self.columns:
            column.proxy.set_filter(text, account)
        self.lane.proxy.set_filter(text, account)
        self.refresh_headers()

    def refresh_headers(self) -> None:
        for column in self.columns:
            column.refresh_header()
        self.lane.refresh_header()
        self._refresh_summary()
        self.countsChanged.emit()

    def _refresh_summary(self) -> None:
        value: dict[str, float] = {}
        weighted: dict[str, float] = {}
        for column in self.columns:
            totals = column.header.totals
            for c, v in totals.value.items():
                value[c] = value.get(c, 0.0) + v
            for c, v in totals.weighted.items():
                weighted[c] = weighted.get(c, 0.0) + v
        if not value:
            self.summary_text = self.summary_tip = ""
            return
        main = fmt.main_currency(value)
        template = (translate("Board", "pipeline {value} · weighted {weighted} (+ other currencies)")
                    if len(value) > 1 else translate("Board", "pipeline {value} · weighted {weighted}"))
        lang = current_language()
        text = template.format(value=formats.compact(value[main], main, lang),
                               weighted=formats.compact(weighted[main], main, lang))
        self.summary_text = text
        self.summary_tip = translate("Board", "Open pipeline: {value}\nWeighted by stage win rates: {weighted}").format(
            value=formats.money_list(value, lang), weighted=formats.money_list(weighted, lang))

    def counts(self) -> tuple[int, int, int]:
        """(open deals, open deals shown by the filter, closed deals) of the chosen process."""
        total = sum(len(c.model.cards) for c in self.columns)
        shown = sum(c.proxy.rowCount() for c in self.columns)
        return total, shown, len(self.lane_model.cards)

    def set_show_closed(self, shown: bool) -> None:
        if self.show_closed_action.isChecked() != shown:
            self.show_closed_action.setChecked(shown)
            return
        if self._lane is not None:  # else the lane follows the action when the cards load
            self._lane.setVisible(shown)

    def set_idle_days(self, days: int) -> None:
        self.idle_days = days
        self._set_context()

    def _set_context(self) -> None:
        for model in [c.model for c in self.columns] + [self.lane_model]:
            model.set_context(self.today, self.idle_days)

    def _check_day(self) -> None:
        if date.today() != self.today:
            self.today = date.today()
            self._set_context()

    # ---------------------------------------------------------------- one card
    def views(self) -> list[CardListView]:
        return [c.view for c in self.columns] + [self.lane.view]

    def card_of(self, deal_id: int) -> Card | None:
        for model in [c.model for c in self.columns] + [self.lane_model]:
            row = model.row_of(deal_id)
            if row >= 0:
                return model.card(row)
        return None

    def apply_changes(self, changes: Changes) -> None:
        """What one write changed (the session's ``changed``): a process re-reads the list of
        processes and the columns; otherwise only the cards of the deals it names,
        and of the accounts it renamed, are read again, one query each."""
        if "idle_days" in changes.settings:
            self.set_idle_days(settings.int_value(self.planner.settings.all(), "idle_days"))
        if changes.processes:  # rare: a process tailored, edited or archived
            self.reload()
            return
        deals = set(changes.deals)
        if changes.accounts:
            models = [c.model for c in self.columns] + [self.lane_model]
            deals |= {card.deal_id for m in models for card in m.cards if card.account_id in changes.accounts}
        for deal_id in sorted(deals):
            self.refresh_deal(deal_id)

    def refresh_deal(self, deal_id: int) -> None:
        """Re-read one deal after an edit and put its card where it now belongs."""
        try:
            card: Card | None = self.planner.deals.card(deal_id, self.today)
        except PlannerError:
            card = None
        if card is not None and card.stage_id not in self.positions:
            card = None  # another process's deal: not on this board
        models = [c.model for c in self.columns] + [self.lane_model]
        target: CardListModel | None = None
        if card is not None and not card.archived:
            if card.status != DealStatus.OPEN:
                target = self.lane_model
            else:
                target = next(c.model for c in self.columns if c.stage.id == card.stage_id)
        self._moving = True
        try:
            for model in models:
                if model is not target:
                    model.remove(deal_id)
            if target is not None and card is not None:
                target.upsert(card)
        finally:
            self._moving = False
        if target is not None and card is not None and (
                card.account_id not in self._accounts or self._accounts[card.account_id] != card.account):
            self._accounts[card.account_id] = card.account
            self._fill_accounts()
        self.refresh_headers()
        if deal_id == self._selected:
            if target is None:  # gone from the board: deleted, archived, another process's now
                self._selected = 0
                self.dealSelected.emit(0)
            else:
                self.select_deal(deal_id, focus=False)

    def select_deal(self, deal_id: int, focus: bool = True) -> bool:
        for view in self.views():
            model = view.cards_model
            row = model.row_of(deal_id)
            if row < 0:
                continue
            index = view.proxy.mapFromSource(model.index(row))
            if not index.isValid():
                return False  # filtered out
            if view is self.lane.view and not self.lane.isVisible():
                self.set_show_closed(True)
            view.setCurrentIndex(index)
            view.scrollTo(index)
            if focus:
                view.setFocus()
                column = view.parentWidget()
                if column in self.columns:
                    self.scroll.ensureWidgetVisible(column, 8, 0)
            return True
        return False

    def selected_deal(self) -> int:
        return self._selected

    def _current_changed(self, view: CardListView, current: QModelIndex) -> None:
        if self._moving:
            return  # a card changing columns: the selection follows it, not its neighbour
        if not current.isValid():
            return  # another view took the selection, or the card left this one
        deal_id = int(current.data(CardRole.DEAL_ID))
        for other in self.views():
            if other is not view:
                other.clearSelection()
                other.selectionModel().clearCurrentIndex()
        if deal_id != self._selected:
            self._selected = deal_id
            self.dealSelected.emit(deal_id)

    def _focus_neighbour(self, view: CardListView, step: int) -> None:
        views = [c.view for c in self.columns]
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
        self.scroll.ensureWidgetVisible(self.columns[i], 8, 0)

    # -------------------------------------------------------------------- moves
    def next_target(self, deal_id: int) -> int | None:
        """The stage a one-milestone step leads to (WIN after the last); None if closed."""
        card = self.card_of(deal_id)
        if card is None or card.status != DealStatus.OPEN or self.process is None:
            return None
        i = self.positions[card.stage_id] + 1
        return self.process.stages[i].id if i < len(self.process.stages) else WIN

    def confirm_selected(self) -> None:
        """Ctrl+Right: confirm the selected deal's current milestone."""
        target = self.next_target(self._selected) if self._selected else None
        if target is None or self.read_only:
            self.message.emit(translate("Board", "Select an open deal first."))
            return
        self.confirmRequested.emit(self._selected, target)

    def move_selected_back(self) -> None:
        """Ctrl+Left: there is no way back, and the board says why."""
        card = self.card_of(self._selected) if self._selected else None
        if card is None or card.status != DealStatus.OPEN or self.process is None:
            return
        i = self.positions[card.stage_id]
        if i == 0:
            self.notice.show_message(translate("Board", "“{deal}” is in the first stage.").format(deal=card.title))
            return
        self.show_refusal(card.deal_id, self.process.stages[i - 1].id)  # type: ignore[arg-type]  # a stored stage has its id

    def request_move(self, deal_id: int, stage_id: int) -> None:
        """A card dropped on a stage column: forward asks for confirmation, back is refused."""
        card = self.card_of(deal_id)
        if card is None or card.status != DealStatus.OPEN or stage_id not in self.positions or self.read_only:
            return
        here, there = self.positions[card.stage_id], self.positions[stage_id]
        if there > here:
            self.confirmRequested.emit(deal_id, stage_id)
        elif there < here:
            self.show_refusal(deal_id, stage_id)

    def refusal_text(self, deal_id: int, stage_id: int) -> str:
        assert self.process is not None
        card = self.card_of(deal_id)
        title = card.title if card else ""
        stage = self.process.stage(stage_id)
        try:
            milestones = self.planner.milestones.of(deal_id)
        except PlannerError:
            milestones = []
        position = self.positions[stage_id]
        # the stage's own milestone froze it; failing that (a reshaped process) the next one
        freezer = next((m for m in milestones if m.stage_id == stage_id), None) or next(
            (m for m in milestones if self.positions.get(m.stage_id, -1) >= position), None)
        if freezer is None:
            return translate("Board", "“{deal}” cannot move back to “{stage}”: a deal only moves forward.").format(
                deal=title, stage=stage.name)
        frozen_by = self.process.stage(freezer.stage_id)
        return translate("Board", "“{deal}” cannot move back to “{stage}”. That stage was frozen when its milestone "
                  "“{milestone}” was confirmed on {date}. Confirmed milestones cannot be undone.").format(
            deal=title, stage=stage.name, milestone=frozen_by.milestone,
            date=formats.long_date(freezer.confirmed_on, current_language()))

    def show_refusal(self, deal_id: int, stage_id: int) -> None:
        if self.process is None or stage_id not in self.positions:
            return
        text = self.refusal_text(deal_id, stage_id)
        self.notice.show_message(text, "refusal")
        self.message.emit(text)

    def _drop_state(self, column: StageColumn, state: str, deal_id: int) -> None:
        if not state:
            column.set_drop_state("")
            return
        card = self.card_of(deal_id)
        if card is None or self.process is None:
            return
        if state == "back":
            milestone = next((m for m in self.planner.milestones.of(deal_id) if m.stage_id == column.stage.id), None)
            lines = [translate("Board", "Frozen for this deal")]
            if milestone is not None:
                lines.append(translate("Board", "milestone confirmed on {date}").format(
                    date=formats.long_date(milestone.confirmed_on, current_language())))
            column.set_drop_state("back", "\n".join(lines))
            self.message.emit(self.refusal_text(deal_id, column.stage.id))  # type: ignore[arg-type]  # stored: has its id
        elif state == "forward":
            n = self.positions[column.stage.id] - self.positions[card.stage_id]  # type: ignore[index]  # a stored stage has its id
            column.set_drop_state("forward", translate("Board", "Confirm {n} milestone(s) to move here").format(n=n))

    def _drag_finished(self, deal_id: int) -> None:
        """A drop the platform refused never reaches the column: say why all the same."""
        for column in self.columns:
            was_back = column.overlay.state == "back"
            column.set_drop_state("")
            inside = column.rect().contains(column.mapFromGlobal(QCursor.pos()))
            if was_back and inside:
                self.show_refusal(deal_id, column.stage.id)  # type: ignore[arg-type]  # a stored stage has its id

    # ------------------------------------------------------------- context menu
    def _context_menu(self, view: CardListView, pos: QPoint) -> None:
        index = view.indexAt(pos)
        if not index.isValid() and view.currentIndex().isValid() and view.hasFocus():
            index = view.currentIndex()  # the Menu key: the current card, wherever the mouse is
            pos = view.visualRect(index).center()
        if not index.isValid():
            return
        view.setCurrentIndex(index)
        self.context_menu(int(index.data(CardRole.DEAL_ID))).exec(view.viewport().mapToGlobal(pos))

    def context_menu(self, deal_id: int) -> QMenu:
        menu = QMenu(self)
        card = self.card_of(deal_id)
        open_action = menu.addAction(icons.icon("workspace"), translate("Board", "&Open Deal"))
        open_action.triggered.connect(lambda: self.dealActivated.emit(deal_id))
        if card is None or card.status != DealStatus.OPEN or self.process is None or self.read_only:
            return menu
        menu.addSeparator()
        i = self.positions[card.stage_id]
        stage = self.process.stages[i]
        confirm = menu.addAction(icons.icon("milestone"), translate("Board", "&Confirm Milestone…"))
        confirm.setShortcut(QKeySequence("Ctrl+Right"))
        confirm.setToolTip(plain.html(stage.milestone))
        target = self.process.stages[i + 1].id if i + 1 < len(self.process.stages) else WIN
        confirm.triggered.connect(lambda: self.confirmRequested.emit(deal_id, target))
        later = self.process.stages[i + 2:]
        move = menu.addMenu(translate("Board", "&Move Forward To"))
        for s in later:
            action = move.addAction(s.name.replace("&", "&&"))  # a single "&" would mark a shortcut
            action.triggered.connect(lambda _=False, sid=s.id: self.confirmRequested.emit(deal_id, sid))
        won = move.addAction(translate("Board", "Won (confirm every remaining milestone)"))
        won.triggered.connect(lambda: self.confirmRequested.emit(deal_id, WIN))
        move.setEnabled(bool(move.actions()))
        if i > 0:
            back = menu.addAction(icons.icon("lock"), translate("Board", "Why Can't It Move &Back?"))
            back.triggered.connect(
                lambda: self.show_refusal(deal_id, self.process.stages[i - 1].id))  # type: ignore[arg-type]  # stored: has its id
        return menu
