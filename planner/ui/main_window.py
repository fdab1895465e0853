"""The main window: the open planner file, its board, the deal panel, menus and toolbar.

The window holds what is open: the file (one :class:`Planner` at a time, in a
:class:`Session` with its undo stack and change signal), the board, the deal panel
and the welcome. Its commands are declared in planner/ui/actions.py (keys in
planner/ui/kit/shortcuts.py); the File menu's work on files is in
planner/ui/file_actions.py; what it remembers between runs in planner/local_settings.py.
Dialogs built by the features (deal panel, wizard, process library, accounts) are
imported when first used, which keeps start-up short and lets the board run on its own.
A language change retranslates the window's texts in place (``changeEvent``); the
features' widgets retranslate themselves.

At about 500 lines this is the one module over the usual 400, on purpose: it is where the
features meet (a card chosen on the board opens in the deal panel, the panel asks for a
confirmation, the read-only state reaches both), and splitting that wiring further would
scatter one flow over several files. Commands, file work and dialogs already live apart.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from planner import APP_NAME, local_settings
from planner.domain.errors import PlannerError
from planner.paths import is_part_of
from planner.services import Changes, Planner
from planner.ui import actions
from planner.ui.actions import WRITING_ACTIONS
from planner.ui.board import Board
from planner.ui.damaged_file import VerdictRelay
from planner.ui.feature_dialogs import FeatureDialogs
from planner.ui.file_actions import FileCommands
from planner.ui.kit import open_files, plain
from planner.ui.opening import Opened, ReadOnly, Why
from planner.ui.recent_files import RecentMenu
from planner.ui.session import Session

if TYPE_CHECKING:
    from planner.ui.board.welcome import WelcomePanel
    from planner.ui.deal import DealWorkspace
    from planner.ui.history_watch import HistoryWatch
    from planner.ui.read_only import ReadOnlyBanner
    from planner.ui.window_link import WindowServer

__all__ = ["WRITING_ACTIONS", "MainWindow"]


def _lazy(module: str, name: str) -> Any:
    """A dialog or panel imported when first used, to keep it off the way to the first paint."""
    return getattr(importlib.import_module(module), name)


class MainWindow(QMainWindow):
    cardsShown = Signal()  # the board of the shown process painted with its cards: started, for a user

    def __init__(self, planner: Planner | Opened, with_workspace: bool = True) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        # the file, with its lock while this window may change it (planner/ui/opening.py)
        self.opened = planner if isinstance(planner, Opened) else Opened(planner)
        planner = self.opened.planner
        # the open file, its undo stack and the one signal every write ends in
        self.session = Session(planner, self)
        self.session.changed.connect(self._changed)
        open_files.protect(planner.path)
        # the file's integrity check may still run (the app's start): its verdict comes here
        self.verdicts = VerdictRelay(self._verdict_arrived, self)
        self.verdicts.watch(planner)
        self._settled: object | None = None  # the check whose verdict was acted on (once only)
        self.quiet = False  # True for the smoke start: a damaged file is reported on the way out, not asked about
        self.banner: ReadOnlyBanner | None = None  # built when a file opens read-only
        self.history: HistoryWatch | None = None  # the sealed history checked beside the user, once started
        self.link: WindowServer | None = None  # answers a second start on this file (after the first paint)
        self.files = FileCommands(self)  # new, open, save as, back up, restore, the day's snapshot
        self.dialogs = FeatureDialogs(self)  # what the window opens for the features
        self.workspace: DealWorkspace | None = None  # imported late: the board paints first
        self.setMinimumSize(760, 520)
        self._first_geometry()

        self._build_commands()

        self.board = Board(planner, self)
        self._welcome: WelcomePanel | None = None  # built when a file without processes shows it
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.board)
        central = QWidget(self)
        self.central_layout = QVBoxLayout(central)
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.central_layout.setSpacing(0)
        self.central_layout.addWidget(self.pages)
        self.setCentralWidget(central)
        self.actions_by_name["show_closed"] = self.board.show_closed_action
        self.actions_by_name["quick_add"] = self.board.quick_add_action
        self.actions_by_name["board_view"] = self.board.board_action
        self.actions_by_name["list_view"] = self.board.list_action
        self.deal_menu.insertAction(self.actions_by_name["confirm"], self.board.quick_add_action)

        self.dock = QDockWidget(self)
        self.dock.setObjectName("dealDock")
        self.dock.setAllowedAreas(Qt.DockWidgetArea.RightDockWidgetArea | Qt.DockWidgetArea.LeftDockWidgetArea)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                              | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        # the panel takes room only while a deal is selected; closed by hand, it stays closed
        # while the arrows walk the cards, until a card is clicked or opened (Enter)
        self._panel_put_away = False
        self._hiding_panel = False
        self.dock.visibilityChanged.connect(self._panel_visibility)

        self.counts_label = QLabel(self)
        self.file_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.file_label)

        self._connect_board()
        self._retranslate()
        self._restore_geometry()
        # the window paints first; the board's columns with their cards, and the deal panel,
        # follow right after
        self._show_file(load_cards=False)
        self._with_workspace = with_workspace
        self.started = False  # True once the work deferred past the first paint is done
        self.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.Paint:
            self.removeEventFilter(self)
            QTimer.singleShot(1, self._after_first_paint)  # a real timer: after the paint is on screen
        return False

    @property
    def welcome(self) -> WelcomePanel:
        """What a file without any process shows: where to start."""
        if self._welcome is None:
            from planner.ui.board.welcome import WelcomePanel

            self._welcome = WelcomePanel(self)
            self.pages.addWidget(self._welcome)
            self._welcome.tailorRequested.connect(self.dialogs.new_process)
            self._welcome.demoRequested.connect(self.open_demo)
            self._welcome.openRequested.connect(self.open_file_dialog)
        return self._welcome

    @property
    def planner(self) -> Planner:
        return self.session.planner

    @property
    def undo_stack(self) -> QUndoStack:
        return self.session.undo_stack

    @property
    def snapshot_thread(self) -> Any:
        return self.files.snapshot_thread

    def _after_first_paint(self) -> None:
        local_settings.remember_recent(self.planner.path)
        if self.board.waiting:
            try:
                self.board.load_cards(accounts_later=True)
            except PlannerError:
                if not self._damage_found():
                    raise
            self._update_deal_actions()
        QTimer.singleShot(0, self._show_cards)  # once the columns have laid their cards out

    def _show_cards(self) -> None:
        # the cards on screen now: the deal panel, built next, shows nothing until a card is chosen
        self.board.lay_out_now()  # painted once, in their final place
        self.repaint()
        self.cardsShown.emit()
        QTimer.singleShot(0, self._after_cards)

    def _after_cards(self) -> None:
        self.board.read_accounts()
        if self._with_workspace:
            self._create_workspace()
        self.dialogs.announce_overdue()
        self.started = True
        self._when_checked()

    # ------------------------------------------------------------------ commands
    def _build_commands(self) -> None:
        f, d = self.files, self.dialogs
        self.actions_by_name = actions.build(self, self.undo_stack, {
            "new_file": f.new_file, "open_file": f.open_file_dialog,
            "open_read_only": lambda: f.open_file_dialog(read_only=True), "save_as": f.save_as,
            "export": d.export_plan, "print": d.print_plan, "backup": f.back_up, "restore": f.restore_snapshot,
            "properties": d.show_properties, "settings": d.open_settings, "quit": self.close,
            "clear_recent": self.clear_recent, "find": self.focus_search, "new_deal": d.new_deal,
            "confirm": self.confirm_selected, "open_deal": self.open_selected, "accounts": d.open_accounts,
            "refresh": self.refresh, "processes": d.open_processes, "new_process": d.new_process,
            "shortcuts": d.show_shortcuts, "about": d.about, "about_qt": QApplication.aboutQt,
            "track_record": d.open_track_record, "stalled": d.review_stalled, "forecast": d.open_forecast,
            "agenda": d.open_agenda,
            "import_data": lambda: _lazy("planner.ui.transfer", "import_data")(self),
            "export_data": lambda: _lazy("planner.ui.transfer", "export_data")(self),
        })
        self.recent_menu = RecentMenu(self.actions_by_name["clear_recent"], self)
        self.recent_menu.openRequested.connect(self.open_path)
        self.menus = actions.build_menus(self.menuBar(), self.actions_by_name, self.recent_menu)
        self.file_menu, self.edit_menu, self.deal_menu, self.view_menu, self.tools_menu, self.help_menu = self.menus
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        actions.fill_toolbar(self.toolbar, self.actions_by_name)

    def _fill_view_menu(self) -> None:
        n = self.actions_by_name
        self.view_menu.clear()
        self.view_menu.addActions([self.board.board_action, self.board.list_action])
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.board.show_closed_action)
        self.view_menu.addAction(self.board.show_archived_action)
        self.view_menu.addMenu(self.board.folds.menu)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.dock.toggleViewAction())
        self.view_menu.addAction(self.toolbar.toggleViewAction())
        self.view_menu.addSeparator()
        self.view_menu.addActions([n["find"], n["refresh"]])

    def _retranslate(self) -> None:
        """The window's own texts, so a language change applies without a restart (the board,
        the deal panel and the welcome retranslate themselves)."""
        actions.retranslate(self.actions_by_name)
        actions.retranslate_menus(self.menus)
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.dock.setWindowTitle(self.tr("Deal"))
        self.dock.toggleViewAction().setText(self.tr("&Deal Panel"))
        self.toolbar.toggleViewAction().setText(self.tr("&Toolbar"))
        self._fill_view_menu()
        self._show_title()
        self._show_counts()
        if self.banner is not None:
            self.banner.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "board"):
            self._retranslate()
        super().changeEvent(event)

    def _changed(self, changes: Changes) -> None:
        """Every write, undoable or not, ends here once: the board takes what it shows."""
        self.board.apply_changes(changes)
        self._update_deal_actions()
        if changes.processes:
            self._show_counts()
        if self.history is not None:  # history another program wrote, sealed by this change
            self.history.show_added(self.planner)

    # --------------------------------------------------------- the deal panel
    def _create_workspace(self) -> None:
        if self.workspace is not None:
            return
        workspace_class = _lazy("planner.ui.deal", "DealWorkspace")
        try:
            self.workspace = workspace_class(self.session, self.dock)
        except Exception as e:  # noqa: BLE001 - the board stays usable if the panel cannot start
            self.statusBar().showMessage(self.tr("The deal panel could not start: {error}").format(error=e), 30_000)
            return
        self.dock.setWidget(self.workspace)
        self.dock.setMinimumWidth(340)
        ws = self.workspace
        ws.set_read_only(not self.writable)
        ws.confirmRequested.connect(self._confirm_from_workspace)
        ws.dealCreated.connect(self._deal_created)
        ws.accountRequested.connect(self.open_accounts)
        if self.board.selected_deal():
            ws.show_deal(self.board.selected_deal())
        self._show_panel(self._dock_wanted())

    def _dock_wanted(self) -> bool:
        """The deal panel is shown while a deal is selected, unless it was closed by hand."""
        return bool(self.board.selected_deal()) and not self._panel_put_away

    def _show_panel(self, shown: bool) -> None:
        if shown and self.workspace is not None and self.pages.currentWidget() is self.board:
            self.dock.show()
        elif not shown and self.dock.isVisible():
            self._hiding_panel = True
            self.dock.hide()
            self._hiding_panel = False

    def _panel_visibility(self, visible: bool) -> None:
        if not visible and not self._hiding_panel and self.board.selected_deal() and not self.isMinimized():
            self._panel_put_away = True  # its close button (or the View menu) while a deal was shown
        elif visible:
            self._panel_put_away = False

    def _deal_selected(self, deal_id: int) -> None:
        if self.workspace is not None:
            self.workspace.show_deal(deal_id or None)
        self._show_panel(self._dock_wanted())
        self._update_deal_actions()

    def _deal_clicked(self, deal_id: int) -> None:
        """A single click on a card opens the deal panel on it, closed by hand or not."""
        self._panel_put_away = False
        if self.workspace is not None and self.workspace.deal_id != deal_id:
            self.workspace.show_deal(deal_id)
        self._show_panel(True)

    def _deal_activated(self, deal_id: int) -> None:
        if self.workspace is None:
            return
        self._panel_put_away = False
        self._show_panel(True)
        self.workspace.show_deal(deal_id)
        self.workspace.setFocus()

    def _deal_created(self, deal_id: int) -> None:
        card_process = self._process_of(deal_id)
        if card_process is not None and self.board.process and card_process != self.board.process.id:
            self.board.reload(card_process)
        else:
            self.board.refresh_deal(deal_id)
        self.board.select_deal(deal_id)

    def show_deal(self, deal_id: int) -> None:
        """Select ``deal_id`` on its process's board and open it in the deal panel."""
        process_id = self._process_of(deal_id)
        if process_id is not None and (self.board.process is None or process_id != self.board.process.id):
            self.board.reload(process_id)
        self.board.reveal(deal_id)  # the search, a filter or the archive may hide it
        self._deal_activated(deal_id)

    def _process_of(self, deal_id: int) -> int | None:
        try:
            return self.planner.deals.get(deal_id).process_id
        except PlannerError:
            return None

    def _confirm_from_workspace(self, deal_id: int) -> None:
        if self.board.card_of(deal_id) is None:
            self._deal_created(deal_id)  # on another process's board: show it first
        target = self.board.next_target(deal_id)
        if target is not None:
            self.confirm_move(deal_id, target)

    def _update_deal_actions(self) -> None:
        selected = self.board.selected_deal()
        self.actions_by_name["confirm"].setEnabled(
            self.writable and (self.board.next_target(selected) is not None if selected else False))
        self.actions_by_name["open_deal"].setEnabled(bool(selected))

    # ------------------------------------------------------------------ the file
    def _show_title(self) -> None:
        name = self.planner.path.name if self.writable else self.tr("{name} (read-only)").format(
            name=self.planner.path.name)
        self.setWindowTitle(f"{name} — {APP_NAME}")
        self.setWindowFilePath(str(self.planner.path))
        self.file_label.setText(self.planner.path.name)
        self.file_label.setToolTip(plain.html(str(self.planner.path)))

    def _show_file(self, load_cards: bool = True, process_id: int | None = None) -> None:
        self._show_title()
        self.board.set_planner(self.planner, load_cards, process_id)
        has_process = self.board.process is not None or bool(self.planner.processes.summaries())
        self.pages.setCurrentWidget(self.board if has_process else self.welcome)
        if not has_process:
            self._show_panel(False)  # nothing to show a deal of: the welcome gets the whole window
        else:
            self._show_panel(self._dock_wanted())
        self.actions_by_name["export"].setEnabled(has_process)
        self.actions_by_name["print"].setEnabled(has_process)
        self.actions_by_name["new_deal"].setEnabled(has_process and self.writable)
        self._apply_read_only()
        self._update_deal_actions()
        self._show_counts()
        if load_cards:  # at start-up, after the first paint (QSettings' first write is slow)
            local_settings.remember_recent(self.planner.path)

    def _show_counts(self) -> None:
        if not hasattr(self, "board") or self.board.process is None or self.board.waiting:
            self.counts_label.setText("")  # no false zeros before the cards are in
            return
        total, shown, closed = self.board.counts()
        closed_total = self.board.closed_total()
        text = self.tr("{open} open · {closed} closed").format(open=_n(total), closed=_n(closed_total))
        if shown != total or closed != closed_total:  # the counts follow the search and the filters
            text = self.tr("{shown} of {open} open shown · {closed_shown} of {closed} closed").format(
                shown=_n(shown), open=_n(total), closed_shown=_n(closed), closed=_n(closed_total))
        if self.board.summary_text:
            text += "  ·  " + self.board.summary_text
        self.counts_label.setText(text)
        self.counts_label.setToolTip(self.board.summary_tip)

    # ------------------------------------------------------------- read-only
    @property
    def read_only(self) -> ReadOnly | None:
        """Why this window only shows its file (None: it may change it)."""
        return self.opened.read_only

    @property
    def writable(self) -> bool:
        return self.opened.read_only is None

    def _apply_read_only(self) -> None:
        """Editing off, and the banner that says why, while the file is read-only."""
        writable = self.writable
        if not writable and self.banner is None:
            from planner.ui.read_only import ReadOnlyBanner

            self.banner = ReadOnlyBanner(self)
            self.banner.reopenRequested.connect(self.reopen_for_changes)
            self.central_layout.insertWidget(0, self.banner)
        if self.banner is not None:
            self.banner.show_state(self.read_only)
        for name in WRITING_ACTIONS:
            if name not in ("new_deal", "confirm"):  # those two also depend on the board: see _show_file
                self.actions_by_name[name].setEnabled(writable)
        if not writable:
            self.undo_stack.clear()  # nothing to undo in a file this window does not change
        self.board.set_read_only(not writable)
        if self.workspace is not None:
            self.workspace.set_read_only(not writable)

    def refuse_if_read_only(self) -> bool:
        """True (and the status bar says so) when the file is read-only here."""
        if self.writable:
            return False
        self.statusBar().showMessage(self.tr("This file is open read-only: nothing in it can be changed here."), 8000)
        return True

    # ------------------------------------------------------- the file's check
    def _verdict_arrived(self, planner: Planner) -> None:
        """The integrity check of ``planner``'s file is over (queued from its thread)."""
        if planner is self.planner and self.started:  # before that, _after_first_paint asks
            self._when_checked()

    def _damage_found(self) -> bool:
        """True once the file's check, waited for, found a problem (what a read failing
        while it ran may be down to)."""
        check = self.planner.file.integrity_check()
        return check is not None and check.wait() and check.problem is not None

    def _when_checked(self) -> None:
        """What waits for the file's verdict: nothing to do while it is pending (its arrival
        calls this again); the day's snapshot once the file is sound (a snapshot of a damaged
        file could push a sound one out); the question when it is damaged."""
        check = self.planner.file.integrity_check()
        if check is not None:
            if not check.done or check is self._settled:
                return  # pending, or acted on already (its arrival and the first paint both call this)
            self._settled = check
        problem = check.problem if check is not None else None
        if problem is None:
            self.take_daily_snapshot()
            self._watch_history()
        elif self.writable and not self.quiet:
            self.file_damaged(problem)

    def _watch_history(self) -> None:
        """Once the cards are shown and SQLite found the file sound: its sealed history checked
        against its seals beside the user, and a banner if it was altered (history_watch.py).
        A file whose rules were changed says so already, and its history cannot be read."""
        if not self.started or (self.read_only is not None and self.read_only.why == Why.TAMPERED):
            return
        if self.history is None:
            from planner.ui.history_watch import HistoryWatch

            self.history = HistoryWatch(self, lambda: self.planner,
                                        lambda banner: self.central_layout.insertWidget(0, banner))
        self.history.watch(self.planner)

    def file_damaged(self, problem: str) -> None:
        """The check found ``problem`` in the open file: every write is refused already (see
        planner/store/background_check.py); the user chooses what becomes of the file."""
        from planner.ui.damaged_file import Choice, ask

        planner = self.planner
        self.statusBar().showMessage(self.tr("{name} is damaged: nothing can be changed in it.").format(
            name=planner.path.name), 30_000)
        while planner is self.planner:
            choice = ask(self, planner.path, problem)
            if choice is Choice.RESTORE:
                self.files.restore_snapshot()  # restored: the file opens again, checked (another planner)
                continue  # not restored (cancelled, no snapshot, failed): asked again
            if choice is Choice.CLOSE:
                self.close()
                return
            # read-only: the lock stays, so no other window writes into the damaged file either
            self.opened.read_only = ReadOnly(Why.DAMAGED)
            self._show_title()
            self._apply_read_only()
            self.actions_by_name["new_deal"].setEnabled(False)
            self._update_deal_actions()
            return

    def bring_forward(self) -> None:
        """Another start asked for this window's file: show the window to the user."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        QApplication.alert(self)  # where the desktop refuses to hand over the focus, the taskbar flashes

    def listen_for_other_windows(self) -> None:
        """Answer a second start on this file (called once the window is on screen)."""
        if self.link is None:
            from planner.ui.window_link import WindowServer

            self.link = WindowServer(self.bring_forward, self)
        if self.opened.lock is not None:
            self.link.listen(self.planner.path)
        else:
            self.link.close()  # a read-only window does not answer for the file

    # ---------------------------------------------------------------- the file
    def switch_to(self, opened: Opened | Planner) -> None:
        """Continue in another file: the old one closes, its undo history goes with it."""
        if not isinstance(opened, Opened):
            opened = Opened(opened)
        old = self.opened
        if self.workspace is not None:
            self.workspace.flush()  # what is typed belongs to the old file
        self.opened = opened
        open_files.protect(opened.planner.path)
        self.session.switch_to(opened.planner)  # its undo history starts empty
        if self.workspace is not None:
            self.workspace.show_deal(None)
        if old.planner is not opened.planner:
            self.wait_for_snapshot()
            if self.history is not None:
                self.history.remember(old.planner)  # the seal our changes reached
            old.close()
            if not is_part_of(old.planner.path, opened.planner.path):
                open_files.unprotect(old.planner.path)
        if self.link is not None:
            self.listen_for_other_windows()
        self.verdicts.watch(opened.planner)
        self._show_file()
        if self.started:
            self.dialogs.announce_overdue()
            self._when_checked()

    # ------------------------------------------------------- the file commands
    def open_path(self, path: Path | str, read_only: bool = False) -> bool:
        return self.files.open_path(path, read_only)

    def open_file_dialog(self, read_only: bool = False) -> None:
        self.files.open_file_dialog(read_only)

    def open_demo(self) -> None:
        self.files.open_demo()

    def reopen_for_changes(self) -> None:
        self.files.reopen_for_changes()

    def take_daily_snapshot(self) -> None:
        self.files.take_daily_snapshot()

    def wait_for_snapshot(self) -> None:
        self.files.wait_for_snapshot()

    def clear_recent(self) -> None:
        local_settings.clear_recent()
        local_settings.remember_recent(self.planner.path)

    # ----------------------------------------------------------------- the board
    def focus_search(self) -> None:
        if self.pages.currentWidget() is self.board:
            self.board.search.setFocus()
            self.board.search.selectAll()
            return
        # the welcome: no deals to search yet; say so, and where to start
        self.statusBar().showMessage(self.tr(
            "There are no deals to search yet: tailor a process or open the demo first."), 8000)
        if self._welcome is not None:
            self._welcome.tailor_button.setFocus()

    def refresh(self) -> None:
        selected = self.board.selected_deal()
        process_id = self.board.process.id if self.board.process else None
        self._show_file(process_id=process_id)
        if selected:
            self.board.select_deal(selected, focus=False)

    def confirm_selected(self) -> None:
        self.board.confirm_selected()

    def open_selected(self) -> None:
        if self.board.selected_deal():
            self._deal_activated(self.board.selected_deal())

    def confirm_move(self, deal_id: int, target: int) -> bool:
        return self.dialogs.confirm_move(deal_id, target)

    def new_deal(self) -> None:
        self.dialogs.new_deal()

    def open_accounts(self, account_id: int | None = None) -> None:
        self.dialogs.open_accounts(account_id)

    def open_processes(self) -> None:
        self.dialogs.open_processes()

    def _connect_board(self) -> None:
        b = self.board
        b.dealSelected.connect(self._deal_selected)
        b.dealClicked.connect(self._deal_clicked)
        b.dealActivated.connect(self._deal_activated)
        b.confirmRequested.connect(self.confirm_move)
        b.countsChanged.connect(self._show_counts)
        b.message.connect(lambda text: self.statusBar().showMessage(text, 12_000))

    # ---------------------------------------------------------------- lifecycle
    def _first_geometry(self) -> None:
        """Before any size was saved: most of the screen the window opens on (the board's
        columns want the width), within 1920 by 1200, centred; never larger than the screen
        (a 1366 by 768 laptop)."""
        screen = self.screen()
        if screen is None:
            self.resize(1280, 800)
            return
        free = screen.availableGeometry()
        width = max(self.minimumWidth(), min(int(free.width() * 0.92), 1920))
        height = max(self.minimumHeight(), min(int(free.height() * 0.92), 1200))
        self.setGeometry(free.x() + (free.width() - width) // 2, free.y() + (free.height() - height) // 2,
                         width, height)

    def _restore_geometry(self) -> None:
        geometry, state = local_settings.geometry(), local_settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        self.board.set_show_closed(local_settings.show_closed())

    def closeEvent(self, event: QCloseEvent) -> None:
        local_settings.save_window(self.saveGeometry(), self.saveState())
        if self.workspace is not None and self.pages.currentWidget() is self.board:
            local_settings.set_dock_visible(self.dock.isVisible())
        local_settings.set_show_closed(self.board.show_closed_action.isChecked())
        super().closeEvent(event)

    def close_file(self) -> None:
        """Close the file and give up its lock: another window may now change it."""
        if self.link is not None:
            self.link.close()
        self.wait_for_snapshot()
        if self.history is not None:
            self.history.remember(self.planner)  # the seal our changes reached
        self.session.close()  # no view hears of this file again
        self.opened.close()
        open_files.unprotect(self.planner.path)


def _n(value: int) -> str:
    from PySide6.QtCore import QLocale

    return QLocale().toString(value)
