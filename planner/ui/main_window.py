"""The main window: the open planner file, its board, the deal panel, menus and toolbar.

The window owns the file (one :class:`Planner` at a time) and the one undo
stack. Every edit is written by the services when it is made, so there is no
"save": File > Save As writes a copy and continues in it. Dialogs built by
other parts of the app (workspace, wizard, process library, accounts) are
imported when first used, which keeps start-up short and lets the board run
on its own.
"""

from __future__ import annotations

import importlib
import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from planner import APP_NAME, __version__, i18n, settings
from planner.domain.errors import PlannerError
from planner.i18n import error_text
from planner.paths import FILE_SUFFIX, data_dir, is_part_of
from planner.services import Changes, Planner
from planner.ui.board import WIN, Board
from planner.ui.kit import icons, open_files, plain
from planner.ui.opening import FORWARDED, Opened, ReadOnly, Why
from planner.ui.session import Session

if TYPE_CHECKING:
    from collections.abc import Iterable

    from planner.file_lock import PlannerLock
    from planner.ui.board.welcome import WelcomePanel
    from planner.ui.deal import DealWorkspace
    from planner.ui.read_only import ReadOnlyBanner
    from planner.ui.window_link import WindowServer

# what changes the file: off while it is open read-only (browsing, search, export, backup stay)
WRITING_ACTIONS = ("new_deal", "confirm", "accounts", "processes", "new_process", "settings", "restore")
RECENT_KEY = "recent_files"
MAX_RECENT = 8
DEMO_FILE = "demo.planner"


def _lazy(module: str, name: str) -> Any:
    """A dialog or panel imported when first used, to keep it off the way to the first paint."""
    return getattr(importlib.import_module(module), name)


def _shortcut(standard: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    """The platform's standard key, or ours where the platform has none (Quit on Windows...)."""
    keys = QKeySequence.keyBindings(standard)
    return keys or [QKeySequence(fallback)]


class MainWindow(QMainWindow):
    snapshotFailed = Signal(str)  # from the daily snapshot's thread: why it could not be written

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
        self.banner: ReadOnlyBanner | None = None  # built when a file opens read-only
        self.link: WindowServer | None = None  # answers a second start on this file (after the first paint)
        self.snapshotFailed.connect(self._snapshot_failed)
        self.snapshot_thread: Any = None  # the day's snapshot being written, if any
        self.workspace: DealWorkspace | None = None  # imported late: the board paints first
        self.resize(1280, 800)
        self.setMinimumSize(760, 520)

        self._build_actions()
        self._build_menus()
        self._build_toolbar()

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

        self.dock = QDockWidget(self)
        self.dock.setObjectName("dealDock")
        self.dock.setAllowedAreas(Qt.DockWidgetArea.RightDockWidgetArea | Qt.DockWidgetArea.LeftDockWidgetArea)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                              | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()

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
            self._welcome.tailorRequested.connect(self.new_process)
            self._welcome.demoRequested.connect(self.open_demo)
            self._welcome.openRequested.connect(self.open_file_dialog)
        return self._welcome

    @property
    def planner(self) -> Planner:
        return self.session.planner

    @property
    def undo_stack(self) -> QUndoStack:
        return self.session.undo_stack

    def _after_first_paint(self) -> None:
        _remember_recent(self.planner.path)
        if self.board.waiting:
            self.board.load_cards()
            self._update_deal_actions()
        if self._with_workspace:
            self._create_workspace()
        self.take_daily_snapshot()
        self.started = True

    # ------------------------------------------------------------------ actions
    def _action(self, name: str, icon: str | None = None, keys: list[QKeySequence] | None = None,
                slot: Any = None, checkable: bool = False) -> QAction:
        action = QAction(self)
        if icon:
            action.setIcon(icons.icon(icon))
        if keys:
            action.setShortcuts(keys)
        if checkable:
            action.setCheckable(True)
        if slot is not None:
            action.triggered.connect(slot)
        self.actions_by_name[name] = action
        return action

    def _build_actions(self) -> None:
        self.actions_by_name: dict[str, QAction] = {}
        sk = QKeySequence.StandardKey
        a = self._action
        a("new_file", "file-new", _shortcut(sk.New, "Ctrl+N"), self.new_file)
        a("open_file", "file-open", _shortcut(sk.Open, "Ctrl+O"), self.open_file_dialog)
        a("open_read_only", None, None, lambda: self.open_file_dialog(read_only=True))
        a("save_as", "file-save-as", _shortcut(sk.SaveAs, "Ctrl+Shift+S"), self.save_as)
        a("export", "file-export", [QKeySequence("Ctrl+E")], self.export_plan)
        a("backup", "backup", [QKeySequence("Ctrl+Shift+B")], self.back_up)
        a("restore", "recent", None, self.restore_snapshot)
        a("properties", "about", None, self.show_properties)
        a("settings", "settings", _shortcut(sk.Preferences, "Ctrl+,"), self.open_settings)
        a("quit", "quit", _shortcut(sk.Quit, "Ctrl+Q"), self.close)
        a("clear_recent", None, None, self.clear_recent)
        undo = self.undo_stack.createUndoAction(self)
        undo.setIcon(icons.icon("undo"))
        undo.setShortcuts(QKeySequence.keyBindings(sk.Undo))
        redo = self.undo_stack.createRedoAction(self)
        redo.setIcon(icons.icon("redo"))
        redo.setShortcuts(QKeySequence.keyBindings(sk.Redo))
        self.actions_by_name["undo"], self.actions_by_name["redo"] = undo, redo
        note = a("undo_note", "lock")
        note.setEnabled(False)  # an explanation in the Edit menu, not a command
        a("find", "search", _shortcut(sk.Find, "Ctrl+F"), self.focus_search)
        a("new_deal", "deal-new", [QKeySequence("Ctrl+Shift+N")], self.new_deal)
        a("confirm", "milestone", [QKeySequence("Ctrl+Right")], self.confirm_selected)
        a("open_deal", "workspace", [QKeySequence("Ctrl+Return")], self.open_selected)
        a("accounts", "accounts", [QKeySequence("Ctrl+Shift+A")], self.open_accounts)
        a("refresh", None, _shortcut(sk.Refresh, "F5"), self.refresh)
        a("processes", "processes", [QKeySequence("Ctrl+Shift+P")], self.open_processes)
        a("new_process", "wizard", None, self.new_process)
        a("shortcuts", "keyboard", _shortcut(sk.HelpContents, "F1"), self.show_shortcuts)
        a("about", "about", None, self.about)
        a("about_qt", None, None, QApplication.aboutQt)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        n = self.actions_by_name
        self.file_menu = bar.addMenu("")
        self.recent_menu = QMenu(self)
        self.recent_menu.setIcon(icons.icon("recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.file_menu.addActions([n["new_file"], n["open_file"], n["open_read_only"]])
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(n["save_as"])
        self.file_menu.addSeparator()
        self.file_menu.addActions([n["export"], n["backup"], n["restore"]])
        self.file_menu.addSeparator()
        self.file_menu.addAction(n["properties"])
        self.file_menu.addSeparator()
        self.file_menu.addAction(n["settings"])
        self.file_menu.addSeparator()
        self.file_menu.addAction(n["quit"])

        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([n["undo"], n["redo"]])
        self.edit_menu.addAction(n["undo_note"])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(n["find"])

        self.deal_menu = bar.addMenu("")
        self.deal_menu.addActions([n["new_deal"], n["confirm"], n["open_deal"]])
        self.deal_menu.addSeparator()
        self.deal_menu.addAction(n["accounts"])

        self.view_menu = bar.addMenu("")
        self.tools_menu = bar.addMenu("")
        self.tools_menu.addActions([n["processes"], n["new_process"]])
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(n["shortcuts"])
        self.help_menu.addSeparator()
        self.help_menu.addActions([n["about"], n["about_qt"]])

    def _fill_view_menu(self) -> None:
        n = self.actions_by_name
        self.view_menu.clear()
        self.view_menu.addAction(self.board.show_closed_action)
        self.view_menu.addAction(self.dock.toggleViewAction())
        self.view_menu.addAction(self.toolbar.toggleViewAction())
        self.view_menu.addSeparator()
        self.view_menu.addActions([n["find"], n["refresh"]])

    def _build_toolbar(self) -> None:
        n = self.actions_by_name
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        for name in ("undo", "redo", "export", "accounts", "processes", "open_file"):
            n[name].setPriority(QAction.Priority.LowPriority)  # icon only beside the text of main ones
        self.toolbar.addActions([n["new_deal"], n["confirm"]])
        self.toolbar.addSeparator()
        self.toolbar.addActions([n["undo"], n["redo"]])
        self.toolbar.addSeparator()
        self.toolbar.addActions([n["accounts"], n["processes"], n["export"]])

    def _retranslate(self) -> None:
        """Every visible text, so a language change applies without a restart."""
        n = self.actions_by_name
        texts = {
            "new_file": (self.tr("&New File…"), self.tr("Create a new, empty planner file")),
            "open_file": (self.tr("&Open…"), self.tr("Open a planner file")),
            "open_read_only": (self.tr("Open &Read-Only…"),
                               self.tr("Open a planner file to look at it without changing it")),
            "save_as": (self.tr("Save &As…"), self.tr("Write a copy of this file and continue in the copy")),
            "export": (self.tr("&Export Account Plan…"), self.tr("Write an account's plan as a PDF to print or share")),
            "backup": (self.tr("&Back Up…"), self.tr("Save a safe copy of this file; you keep working in this one")),
            "restore": (self.tr("Res&tore from Snapshot…"),
                        self.tr("Put this file back as it was at one of its automatic snapshots")),
            "properties": (self.tr("P&roperties…"), self.tr("Where this file is, its size, version and fingerprint")),
            "settings": (self.tr("&Settings…"), self.tr("Your name, idle threshold, language and paper")),
            "quit": (self.tr("&Quit"), self.tr("Close Deal Planner; everything is already saved")),
            "clear_recent": (self.tr("&Clear List"), ""),
            "undo_note": (self.tr("Milestone confirmations cannot be undone"),
                          self.tr("A confirmed milestone is permanent; add a correction note in the deal instead")),
            "find": (self.tr("&Find Deals"), self.tr("Search the board")),
            "new_deal": (self.tr("&New Deal…"), self.tr("Add a deal to an account")),
            "confirm": (self.tr("&Confirm Milestone…"), self.tr("Confirm the selected deal's current milestone")),
            "open_deal": (self.tr("&Open Deal"), self.tr("Show the selected deal in the deal panel")),
            "accounts": (self.tr("&Accounts…"), self.tr("Customers and their people")),
            "refresh": (self.tr("&Refresh"), self.tr("Read the file again")),
            "processes": (self.tr("&Processes…"), self.tr("Your tailored sales processes")),
            "new_process": (self.tr("&New Process…"), self.tr("Tailor a process from the reference stages")),
            "shortcuts": (self.tr("&Keyboard Shortcuts"), self.tr("Every key Deal Planner answers to")),
            "about": (self.tr("&About Deal Planner"), ""),
            "about_qt": (self.tr("About &Qt"), ""),
        }
        for name, (text, tip) in texts.items():
            n[name].setText(text)
            n[name].setIconText(_plain(text))  # toolbar: no "(&N)" accelerator, no ellipsis
            n[name].setStatusTip(tip)
            keys = n[name].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            n[name].setToolTip(_plain(text) + (f" ({keys})" if keys else "") + (f" — {tip}" if tip else ""))
        n["undo"].setStatusTip(self.tr("Undo the last edit (milestone confirmations are permanent)"))
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.deal_menu.setTitle(self.tr("&Deal"))
        self.view_menu.setTitle(self.tr("&View"))
        self.tools_menu.setTitle(self.tr("&Tools"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.dock.setWindowTitle(self.tr("Deal"))
        self.dock.toggleViewAction().setText(self.tr("&Deal Panel"))
        self.toolbar.toggleViewAction().setText(self.tr("&Toolbar"))
        self._fill_view_menu()
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

    # --------------------------------------------------------- the deal panel
    def _create_workspace(self) -> None:
        if self.workspace is not None:
            return
        workspace_class = _lazy("planner.ui.deal", "DealWorkspace")
        try:
            self.workspace = workspace_class(self.session, self.dock)
        except Exception as e:  # noqa: BLE001 - the board stays usable if the panel cannot start
            self.statusBar().showMessage(self.tr("The deal panel could not start: {error}").format(error=e))
            return
        self.dock.setWidget(self.workspace)
        self.dock.setMinimumWidth(340)
        ws = self.workspace
        ws.set_read_only(not self.writable)
        ws.confirmRequested.connect(self._confirm_from_workspace)
        ws.dealCreated.connect(self._deal_created)
        ws.accountRequested.connect(self.open_accounts)
        if self._dock_wanted() and self.pages.currentWidget() is self.board:
            self.dock.show()
        if self.board.selected_deal():
            ws.show_deal(self.board.selected_deal())

    def _dock_wanted(self) -> bool:
        return str(QSettings().value("main_window/dock_visible", "true")) == "true"

    def _deal_selected(self, deal_id: int) -> None:
        if self.workspace is not None:
            self.workspace.show_deal(deal_id or None)
        self._update_deal_actions()

    def _deal_activated(self, deal_id: int) -> None:
        if self.workspace is None:
            return
        self.dock.show()
        self.workspace.show_deal(deal_id)
        self.workspace.setFocus()

    def _deal_created(self, deal_id: int) -> None:
        card_process = self._process_of(deal_id)
        if card_process is not None and self.board.process and card_process != self.board.process.id:
            self.board.reload(card_process)
        else:
            self.board.refresh_deal(deal_id)
        self.board.select_deal(deal_id)

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
    def _show_file(self, load_cards: bool = True, process_id: int | None = None) -> None:
        name = self.planner.path.name if self.writable else self.tr("{name} (read-only)").format(
            name=self.planner.path.name)
        self.setWindowTitle(f"{name} — {APP_NAME}")
        self.setWindowFilePath(str(self.planner.path))
        self.file_label.setText(self.planner.path.name)
        self.file_label.setToolTip(plain.html(str(self.planner.path)))
        self.board.set_planner(self.planner, load_cards, process_id)
        has_process = self.board.process is not None or bool(self.planner.processes.summaries())
        self.pages.setCurrentWidget(self.board if has_process else self.welcome)
        if not has_process:
            self.dock.hide()  # nothing to show a deal of: the welcome gets the whole window
        elif self.workspace is not None and self._dock_wanted():
            self.dock.show()
        self.actions_by_name["export"].setEnabled(has_process)
        self.actions_by_name["new_deal"].setEnabled(has_process and self.writable)
        self._apply_read_only()
        self._update_deal_actions()
        self._show_counts()
        if load_cards:  # at start-up, after the first paint (QSettings' first write is slow)
            _remember_recent(self.planner.path)

    def _show_counts(self) -> None:
        if not hasattr(self, "board") or self.board.process is None or self.board.waiting:
            self.counts_label.setText("")  # no false zeros before the cards are in
            return
        total, shown, closed = self.board.counts()
        text = self.tr("{open} open · {closed} closed").format(open=_n(total), closed=_n(closed))
        if shown != total:
            text = self.tr("{shown} of {open} open shown · {closed} closed").format(
                shown=_n(shown), open=_n(total), closed=_n(closed))
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

    def reopen_for_changes(self) -> None:
        """From the banner: open the same file again for changes, once no other window has it."""
        from planner.file_lock import PlannerLock
        from planner.ui import opening

        path, why = self.planner.path, self.read_only
        lock = PlannerLock(path)
        if not lock.acquire():
            holder = lock.holder() if lock.refused_by_holder else None
            self.statusBar().showMessage(self.tr("{name} is still open in another window: {who}.").format(
                name=path.name, who=opening.holder_text(holder)), 10_000)
            return
        # this window's read-only connection goes first: opening the file again in this
        # process while it is open would cost SQLite its locks (see planner/ui/kit/file_dialogs.py)
        self.opened.close()
        self._reopen(path, lock, why.why if why else opening.Why.ASKED)

    def _reopen(self, path: Path, lock: PlannerLock | None, otherwise: Why) -> bool:
        """Open ``path`` again for changes under ``lock`` (this window's connection already
        closed), or read-only for ``otherwise`` if it cannot be; False if neither."""
        from planner.ui import opening

        try:
            opened = opening.open_for_window(path, self, lock=lock)
        except PlannerError as e:
            QMessageBox.warning(self, self.tr("Cannot Open File"), plain.html(error_text(e)))
            opened = None
        if not isinstance(opened, Opened):
            try:
                opened = opening.open_read_only(path, otherwise)
            except PlannerError as e:  # gone meanwhile: the window stays, empty of it
                QMessageBox.warning(self, self.tr("Cannot Open File"), plain.html(error_text(e)))
                return False
        self.switch_to(opened)
        return True

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
            old.close()
            if not is_part_of(old.planner.path, opened.planner.path):
                open_files.unprotect(old.planner.path)
        if self.link is not None:
            self.listen_for_other_windows()
        self._show_file()
        if self.started:
            self.take_daily_snapshot()

    def open_path(self, path: Path | str, read_only: bool = False) -> bool:
        """Open another planner file; a refused one leaves the current file open. The file
        open here is never opened a second time (see planner/ui/kit/file_dialogs.py): File > Open
        or the system asking for it again only brings this window forward."""
        path = Path(path)
        if is_part_of(path, self.planner.path):
            self.bring_forward()
            self.statusBar().showMessage(self.tr("{name} is already open in this window.").format(
                name=self.planner.path.name), 6000)
            return True
        from planner.ui import opening

        try:
            result = opening.open_for_window(path, self, read_only=read_only)
        except PlannerError as e:
            QMessageBox.warning(self, self.tr("Cannot Open File"), plain.html(error_text(e)))
            _forget_recent(path)
            return False
        if result is FORWARDED:
            self.statusBar().showMessage(self.tr("{name} is open in another window, which was brought forward.").format(
                name=path.name), 8000)
            return False
        if not isinstance(result, Opened):
            return False
        self.switch_to(result)
        message = self.tr("Opened {name} read-only.") if result.read_only else self.tr("Opened {name}.")
        self.statusBar().showMessage(message.format(name=path.name), 5000)
        return True

    def _file_filter(self) -> str:
        return self.tr("Planner files (*{suffix});;All files (*)").format(suffix=FILE_SUFFIX)

    def _ask_path(self, title: str, suggested: Path, save: bool) -> Path | None:
        from planner.ui.kit import file_dialogs  # on first use: its Qt classes cost start-up ~15 ms

        if save:
            path = file_dialogs.ask_save(self, title, suggested, self._file_filter(), confirm_overwrite=False)
        else:
            path = file_dialogs.ask_open(self, title, suggested, self._file_filter(), planner_files=True)
        if path is not None and save and not path.suffix:
            path = path.with_suffix(FILE_SUFFIX)
        return path

    def open_file_dialog(self, read_only: bool = False) -> None:
        title = self.tr("Open Planner File Read-Only") if read_only else self.tr("Open Planner File")
        path = self._ask_path(title, self.planner.path.parent, save=False)
        if path is not None:
            self.open_path(path, read_only=read_only)

    def new_file(self) -> None:
        path = self._ask_path(self.tr("New Planner File"), self.planner.path.parent / f"deals{FILE_SUFFIX}", save=True)
        if path is None:
            return
        if path.exists():
            QMessageBox.warning(self, self.tr("New Planner File"), plain.html(self.tr(
                "{name} already exists. Choose another name, or open it with File › Open.").format(name=path.name)))
            return
        from planner.ui import opening

        try:
            opened = opening.open_for_window(path, self, opener=lambda: Planner.open(path, create=True))
        except PlannerError as e:
            QMessageBox.warning(self, self.tr("New Planner File"), plain.html(error_text(e)))
            return
        if isinstance(opened, Opened):
            self.switch_to(opened)

    def save_as(self) -> None:
        current = self.planner.path
        suggested = current.with_name(f"{current.stem} copy{FILE_SUFFIX}")
        path = self._ask_path(self.tr("Save a Copy As"), suggested, save=True)
        if path is None:
            return
        if is_part_of(path, current):
            return  # every edit is already in this file
        if self._held_elsewhere(path, self.tr("Save As")):
            return
        if path.exists() and QMessageBox.question(self, self.tr("Save As"), plain.html(self.tr(
                "{name} already exists. Replace it with a copy of this file?").format(name=path.name))) \
                != QMessageBox.StandardButton.Yes:
            return
        from planner.ui import opening

        try:
            self.planner.file.backup(path, force=True)  # the user agreed to replace it
            opened = opening.open_for_window(path, self)
        except PlannerError as e:
            QMessageBox.warning(self, self.tr("Save As"), plain.html(error_text(e)))
            return
        if not isinstance(opened, Opened):
            return
        self.switch_to(opened)
        self.statusBar().showMessage(self.tr("Now working in {name}.").format(name=path.name), 8000)

    def take_daily_snapshot(self) -> None:
        """The file's snapshot of the day, the first time it is open that day (see
        planner/snapshots.py); a window that only shows the file leaves that to its writer."""
        if not self.writable:
            return
        import threading

        from planner import snapshots

        try:
            job = snapshots.daily_job(self.planner)
        except PlannerError as e:
            job = None
            self._snapshot_failed(error_text(e))
        if job is None:
            return

        def take() -> None:  # in a thread: a large file takes about half a second to copy
            try:
                job()
            except PlannerError as e:  # the file is fine; only its safety copy is missing
                self.snapshotFailed.emit(error_text(e))

        self.snapshot_thread = threading.Thread(target=take, name="planner-daily-snapshot", daemon=True)
        self.snapshot_thread.start()

    def wait_for_snapshot(self) -> None:
        """Let the day's snapshot finish before the file closes: its connection must not be the
        last one left, or SQLite would leave the file's WAL behind instead of folding it in."""
        if self.snapshot_thread is not None:
            self.snapshot_thread.join()
            self.snapshot_thread = None

    def _snapshot_failed(self, reason: str) -> None:
        self.statusBar().showMessage(self.tr("No snapshot of this file today: {reason}").format(
            reason=reason), 12_000)

    def restore_snapshot(self) -> None:
        """File > Restore from Snapshot…: the file as it was at a snapshot, then opened again."""
        if self.refuse_if_read_only():
            return
        from planner.ui import opening
        from planner.ui.file.restore import ask_restore

        done = ask_restore(self.planner, self)
        if done is None:
            return
        # the file changed under this window: open it again (the old connection first, see
        # reopen_for_changes), under the lock the window holds, which the new Opened takes over
        path, lock = self.planner.path, self.opened.lock
        self.opened.lock = None
        self.wait_for_snapshot()
        self.planner.close()
        if self._reopen(path, lock, opening.Why.UNWRITABLE):
            self.statusBar().showMessage(done.done_message(), 10_000)

    def back_up(self) -> None:
        current = self.planner.path
        suggested = current.with_name(f"{current.stem} {date.today().isoformat()}{FILE_SUFFIX}")
        path = self._ask_path(self.tr("Back Up To"), suggested, save=True)
        if path is None:
            return
        if is_part_of(path, current):
            QMessageBox.warning(self, self.tr("Back Up"), self.tr("Choose another file than the one that is open."))
            return
        if self._held_elsewhere(path, self.tr("Back Up")):
            return
        if path.exists() and QMessageBox.question(self, self.tr("Back Up"), plain.html(self.tr(
                "{name} already exists. Replace it?").format(name=path.name))) != QMessageBox.StandardButton.Yes:
            return
        try:
            self.planner.file.backup(path, force=True)  # the user agreed to replace it
        except PlannerError as e:
            QMessageBox.warning(self, self.tr("Back Up"), plain.html(error_text(e)))
            return
        self.statusBar().showMessage(self.tr("Backed up to {path}.").format(path=path), 8000)

    def _held_elsewhere(self, path: Path, title: str) -> bool:
        """True (and the user is told) if another window has ``path`` open: a copy written
        over it would replace that window's file under its feet."""
        from planner.file_lock import held_elsewhere

        holder = held_elsewhere(path)
        if holder is None:
            return False
        from planner.ui.opening import holder_text

        QMessageBox.warning(self, title, plain.html(self.tr(
            "{name} is open in another window ({who}). Choose another name.").format(
                name=path.name, who=holder_text(holder))))
        return True

    def open_demo(self) -> None:
        path = data_dir() / DEMO_FILE
        if not path.exists():
            from planner import demo

            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                demo.build(path).close()
            except (PlannerError, OSError) as e:
                QGuiApplication.restoreOverrideCursor()
                message = error_text(e) if isinstance(e, PlannerError) else str(e)
                QMessageBox.warning(self, self.tr("Open the Demo"), plain.html(message))
                return
            QGuiApplication.restoreOverrideCursor()
        self.open_path(path)

    # ----------------------------------------------------------- recent files
    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        paths = _recent()
        for i, path in enumerate(paths):
            name = Path(path).name.replace("&", "&&")  # a single "&" would mark a shortcut
            label = f"&{i + 1} {name}" if i < 9 else name
            action = self.recent_menu.addAction(label)
            action.setToolTip(plain.html(path))
            action.setStatusTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if not paths:
            empty = self.recent_menu.addAction(self.tr("No recent files"))
            empty.setEnabled(False)
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.actions_by_name["clear_recent"])

    def clear_recent(self) -> None:
        QSettings().setValue(RECENT_KEY, [])
        _remember_recent(self.planner.path)

    # ----------------------------------------------------------------- the board
    def focus_search(self) -> None:
        if self.pages.currentWidget() is self.board:
            self.board.search.setFocus()
            self.board.search.selectAll()

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
        """Walk the milestones between the deal's stage and ``target`` (WIN: to the end)."""
        from planner.ui.deal.confirm import ConfirmDialog

        if self.refuse_if_read_only():
            return False

        try:
            dialog = ConfirmDialog(self.planner, deal_id, None if target == WIN else target, self)
        except PlannerError as e:
            QMessageBox.warning(self, self.tr("Confirm Milestone"), plain.html(error_text(e)))
            return False
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if not accepted:
            self.statusBar().showMessage(self.tr("Nothing was confirmed; the deal is unchanged."), 6000)
            return False
        self.board.select_deal(deal_id)  # the board and the panel have it already (session.changed)
        self.statusBar().showMessage(dialog.result_message(), 15_000)
        return True

    # ------------------------------------------------------------------- dialogs
    def new_deal(self) -> None:
        if self.refuse_if_read_only():
            return
        dialog_class = _lazy("planner.ui.deal.new_deal", "NewDealDialog")
        process_id = self.board.process.id if self.board.process else None
        dialog = dialog_class(self.planner, process_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and getattr(dialog, "deal_id", None):
            self._deal_created(int(dialog.deal_id))

    def open_accounts(self, account_id: int | None = None) -> None:
        if self.refuse_if_read_only():
            return
        dialog_class = _lazy("planner.ui.accounts.dialog", "AccountsDialog")
        dialog = dialog_class(self.session, self)
        dialog.exportRequested.connect(lambda account: self._export(account, dialog))
        if account_id is not None:
            dialog.select_account(account_id)
        dialog.exec()

    def open_processes(self) -> None:
        if self.refuse_if_read_only():
            return
        dialog_class = _lazy("planner.ui.processes.library", "ProcessLibraryDialog")
        dialog_class(self.planner, self).exec()
        self.refresh()

    def new_process(self) -> None:
        if self.refuse_if_read_only():
            return
        run_wizard = _lazy("planner.ui.processes.wizard", "run_wizard")
        process_id = run_wizard(self.planner, self)
        if process_id:
            self._show_file(process_id=int(process_id))

    def export_plan(self) -> None:
        account_id = None
        card = self.board.card_of(self.board.selected_deal()) if self.board.selected_deal() else None
        if card is not None:
            account_id = card.account_id
        self._export(account_id, self)

    def _export(self, account_id: int | None, parent: QWidget) -> None:
        from planner.ui.export.dialog import ExportDialog

        ExportDialog(self.planner, account_id, parent).exec()

    def open_settings(self) -> None:
        if self.refuse_if_read_only():
            return
        from planner.ui.preferences.settings import SettingsDialog

        dialog = SettingsDialog(self.planner, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        stored = self.planner.settings.all()
        self.board.set_idle_days(settings.int_value(stored, "idle_days"))
        wanted = i18n.normalize(settings.value(stored, "language") or None)
        if wanted != i18n.current_language():
            i18n.install(wanted)  # LanguageChange reaches every widget that retranslates
            self._rebuild_views()

    def _rebuild_views(self) -> None:
        """Widgets that build their texts once are rebuilt in the new language."""
        selected = self.board.selected_deal()
        process_id = self.board.process.id if self.board.process else None
        closed = self.board.show_closed_action.isChecked()
        old_board, old_welcome = self.board, self._welcome
        self.board = Board(self.planner, self)
        self._welcome = None  # rebuilt in the new language when next shown
        self.pages.addWidget(self.board)
        for old in (old_board, old_welcome):
            if old is not None:
                self.pages.removeWidget(old)
                old.deleteLater()
        self._connect_board()
        self.board.set_show_closed(closed)
        self._retranslate()
        self._show_file(process_id=process_id)
        if selected:
            self.board.select_deal(selected)
        if self.workspace is not None:
            old_ws = self.workspace
            self.workspace = None
            old_ws.deleteLater()
            self._create_workspace()

    def _connect_board(self) -> None:
        b = self.board
        b.dealSelected.connect(self._deal_selected)
        b.dealActivated.connect(self._deal_activated)
        b.confirmRequested.connect(self.confirm_move)
        b.countsChanged.connect(self._show_counts)
        b.message.connect(lambda text: self.statusBar().showMessage(text, 12_000))

    def show_properties(self) -> None:
        from planner.ui.file.properties import PropertiesDialog

        note = self.banner.headline() if self.banner is not None and self.read_only else ""
        PropertiesDialog(self.planner, note, self).exec()

    def show_shortcuts(self) -> None:
        from planner.ui.preferences.shortcuts import ShortcutsDialog

        n = self.actions_by_name
        labels = {"undo": self.tr("Undo"), "redo": self.tr("Redo")}  # theirs name the last edit
        ShortcutsDialog([(labels.get(name, _plain(action.text())), action) for name, action in n.items()],
                        self).exec()

    def about(self) -> None:
        import html  # only here: not worth loading with the window

        QMessageBox.about(self, self.tr("About Deal Planner"), self.tr(
            "<h3>Deal Planner {version}</h3>"
            "<p>Complex sales, run by milestones that cannot be undone.</p>"
            "<p>Your file: {path}</p>").format(version=__version__, path=html.escape(str(self.planner.path))))

    # ---------------------------------------------------------------- lifecycle
    def _restore_geometry(self) -> None:
        store = QSettings()
        geometry = store.value("main_window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = store.value("main_window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        self.board.set_show_closed(str(store.value("board/show_closed", "false")) == "true")

    def closeEvent(self, event: QCloseEvent) -> None:
        store = QSettings()
        store.setValue("main_window/geometry", self.saveGeometry())
        store.setValue("main_window/state", self.saveState())
        if self.workspace is not None and self.pages.currentWidget() is self.board:
            store.setValue("main_window/dock_visible", "true" if self.dock.isVisible() else "false")
        store.setValue("board/show_closed", "true" if self.board.show_closed_action.isChecked() else "false")
        super().closeEvent(event)

    def close_file(self) -> None:
        """Close the file and give up its lock: another window may now change it."""
        if self.link is not None:
            self.link.close()
        self.wait_for_snapshot()
        self.opened.close()
        open_files.unprotect(self.planner.path)


def _plain(text: str) -> str:
    """A menu text as a button label: "新增商機(&N)…" -> "新增商機", "&New Deal…" -> "New Deal"."""
    return re.sub(r"\(&\w\)", "", text).replace("&", "").rstrip("…").strip()


def _n(value: int) -> str:
    from PySide6.QtCore import QLocale

    return QLocale().toString(value)


def _recent() -> list[str]:
    value = QSettings().value(RECENT_KEY, [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in cast("Iterable[object]", value or [])]  # a list; one string or None above


def _remember_recent(path: Path) -> None:
    text = str(Path(path).resolve())
    paths = [p for p in _recent() if p != text]
    QSettings().setValue(RECENT_KEY, [text, *paths][:MAX_RECENT])


def _forget_recent(path: Path) -> None:
    text = str(Path(path).resolve())
    QSettings().setValue(RECENT_KEY, [p for p in _recent() if p != text])
