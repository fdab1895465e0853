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
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from planner import APP_NAME, __version__, i18n, settings
from planner.domain.errors import PlannerError
from planner.i18n import error_text
from planner.paths import FILE_SUFFIX, data_dir
from planner.services import Planner
from planner.ui import icons, plain
from planner.ui.board import WIN, Board

if TYPE_CHECKING:
    from planner.ui.board.welcome import WelcomePanel

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
    def __init__(self, planner: Planner, with_workspace: bool = True) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.planner = planner
        self.undo_stack = QUndoStack(self)
        self.workspace: QWidget | None = None
        self.resize(1280, 800)
        self.setMinimumSize(760, 520)

        self._build_actions()
        self._build_menus()
        self._build_toolbar()

        self.board = Board(planner, self)
        self._welcome: WelcomePanel | None = None  # built when a file without processes shows it
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.board)
        self.setCentralWidget(self.pages)
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
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

    def _after_first_paint(self) -> None:
        self._connect_undo()
        _remember_recent(self.planner.path)
        if self.board.waiting:
            self.board.load_cards()
            self._update_deal_actions()
        if self._with_workspace:
            self._create_workspace()
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
        SK = QKeySequence.StandardKey
        a = self._action
        a("new_file", "file-new", _shortcut(SK.New, "Ctrl+N"), self.new_file)
        a("open_file", "file-open", _shortcut(SK.Open, "Ctrl+O"), self.open_file_dialog)
        a("save_as", "file-save-as", _shortcut(SK.SaveAs, "Ctrl+Shift+S"), self.save_as)
        a("export", "file-export", [QKeySequence("Ctrl+E")], self.export_plan)
        a("backup", "backup", [QKeySequence("Ctrl+Shift+B")], self.back_up)
        a("settings", "settings", _shortcut(SK.Preferences, "Ctrl+,"), self.open_settings)
        a("quit", "quit", _shortcut(SK.Quit, "Ctrl+Q"), self.close)
        a("clear_recent", None, None, self.clear_recent)
        undo = self.undo_stack.createUndoAction(self)
        undo.setIcon(icons.icon("undo"))
        undo.setShortcuts(QKeySequence.keyBindings(SK.Undo))
        redo = self.undo_stack.createRedoAction(self)
        redo.setIcon(icons.icon("redo"))
        redo.setShortcuts(QKeySequence.keyBindings(SK.Redo))
        self.actions_by_name["undo"], self.actions_by_name["redo"] = undo, redo
        note = a("undo_note", "lock")
        note.setEnabled(False)  # an explanation in the Edit menu, not a command
        a("find", "search", _shortcut(SK.Find, "Ctrl+F"), self.focus_search)
        a("new_deal", "deal-new", [QKeySequence("Ctrl+Shift+N")], self.new_deal)
        a("confirm", "milestone", [QKeySequence("Ctrl+Right")], self.confirm_selected)
        a("open_deal", "workspace", [QKeySequence("Ctrl+Return")], self.open_selected)
        a("accounts", "accounts", [QKeySequence("Ctrl+Shift+A")], self.open_accounts)
        a("refresh", None, _shortcut(SK.Refresh, "F5"), self.refresh)
        a("processes", "processes", [QKeySequence("Ctrl+Shift+P")], self.open_processes)
        a("new_process", "wizard", None, self.new_process)
        a("shortcuts", "keyboard", _shortcut(SK.HelpContents, "F1"), self.show_shortcuts)
        a("about", "about", None, self.about)
        a("about_qt", None, None, QApplication.aboutQt)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        n = self.actions_by_name
        self.file_menu = bar.addMenu("")
        self.recent_menu = QMenu(self)
        self.recent_menu.setIcon(icons.icon("recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.file_menu.addActions([n["new_file"], n["open_file"]])
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(n["save_as"])
        self.file_menu.addSeparator()
        self.file_menu.addActions([n["export"], n["backup"]])
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
            "save_as": (self.tr("Save &As…"), self.tr("Write a copy of this file and continue in the copy")),
            "export": (self.tr("&Export Account Plan…"), self.tr("Write an account's plan as a PDF to print or share")),
            "backup": (self.tr("&Back Up…"), self.tr("Save a safe copy of this file; you keep working in this one")),
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
        self.undo_stack.setUndoLimit(200)
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

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "board"):
            self._retranslate()
        super().changeEvent(event)

    def _connect_undo(self) -> None:
        """What an edit (or its undo) touched refreshes the board; wired after the first
        paint, before any edit can be made, to keep the undo module off the way to it."""
        notifier = _lazy("planner.ui.undo", "changes")(self.undo_stack)
        notifier.dealChanged.connect(self._deal_changed)
        notifier.accountChanged.connect(lambda _id: self.board.load_cards())

    # --------------------------------------------------------- the deal panel
    def _create_workspace(self) -> None:
        if self.workspace is not None:
            return
        workspace_class = _lazy("planner.ui.workspace", "DealWorkspace")
        try:
            self.workspace = workspace_class(self.planner, self.undo_stack, self.dock)
        except Exception as e:  # noqa: BLE001 - the board stays usable if the panel cannot start
            self.statusBar().showMessage(self.tr("The deal panel could not start: {error}").format(error=e))
            return
        self.dock.setWidget(self.workspace)
        self.dock.setMinimumWidth(340)
        ws = self.workspace
        ws.dealChanged.connect(self._deal_changed)  # type: ignore[attr-defined]
        ws.confirmRequested.connect(self._confirm_from_workspace)  # type: ignore[attr-defined]
        ws.dealCreated.connect(self._deal_created)  # type: ignore[attr-defined]
        if self._dock_wanted() and self.pages.currentWidget() is self.board:
            self.dock.show()
        if self.board.selected_deal():
            ws.show_deal(self.board.selected_deal())  # type: ignore[attr-defined]

    def _dock_wanted(self) -> bool:
        return str(QSettings().value("main_window/dock_visible", "true")) == "true"

    def _deal_selected(self, deal_id: int) -> None:
        if self.workspace is not None:
            self.workspace.show_deal(deal_id or None)  # type: ignore[attr-defined]
        self._update_deal_actions()

    def _deal_activated(self, deal_id: int) -> None:
        if self.workspace is None:
            return
        self.dock.show()
        self.workspace.show_deal(deal_id)  # type: ignore[attr-defined]
        self.workspace.setFocus()

    def _deal_changed(self, deal_id: int) -> None:
        self.board.refresh_deal(deal_id)
        self._update_deal_actions()

    def _deal_created(self, deal_id: int) -> None:
        card_process = self._process_of(deal_id)
        if card_process is not None and self.board.process and card_process != self.board.process.id:
            self.board.reload(card_process)
        else:
            self.board.refresh_deal(deal_id)
        self.board.select_deal(deal_id)

    def _process_of(self, deal_id: int) -> int | None:
        try:
            return self.planner.deal(deal_id).process_id
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
        self.actions_by_name["confirm"].setEnabled(self.board.next_target(selected) is not None if selected else False)
        self.actions_by_name["open_deal"].setEnabled(bool(selected))

    # ------------------------------------------------------------------ the file
    def _show_file(self, load_cards: bool = True, process_id: int | None = None) -> None:
        self.setWindowTitle(f"{self.planner.path.name} — {APP_NAME}")
        self.setWindowFilePath(str(self.planner.path))
        self.file_label.setText(self.planner.path.name)
        self.file_label.setToolTip(plain.html(str(self.planner.path)))
        self.board.set_planner(self.planner, load_cards, process_id)
        has_process = self.board.process is not None or bool(self.planner.processes())
        self.pages.setCurrentWidget(self.board if has_process else self.welcome)
        if not has_process:
            self.dock.hide()  # nothing to show a deal of: the welcome gets the whole window
        elif self.workspace is not None and self._dock_wanted():
            self.dock.show()
        for name in ("new_deal", "export"):
            self.actions_by_name[name].setEnabled(has_process)
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

    def switch_to(self, planner: Planner) -> None:
        """Continue in another file: the old one closes, its undo history goes with it."""
        old = self.planner
        self.planner = planner
        self.undo_stack.clear()  # commands hold the old file's planner and ids
        if self.workspace is not None:
            self.workspace.set_planner(planner)  # type: ignore[attr-defined]
            self.workspace.show_deal(None)  # type: ignore[attr-defined]
        if old is not planner:
            old.close()
        self._show_file()

    def open_path(self, path: Path | str) -> bool:
        """Open another planner file; a refused one leaves the current file open."""
        path = Path(path)
        if path.resolve() == self.planner.path.resolve():
            return True
        try:
            planner = Planner.open(path)
        except PlannerError as e:
            QMessageBox.warning(self, self.tr("Cannot Open File"), plain.html(error_text(e)))
            _forget_recent(path)
            return False
        self.switch_to(planner)
        self.statusBar().showMessage(self.tr("Opened {name}.").format(name=path.name), 5000)
        return True

    def _file_filter(self) -> str:
        return self.tr("Planner files (*{suffix});;All files (*)").format(suffix=FILE_SUFFIX)

    def _ask_path(self, title: str, suggested: Path, save: bool) -> Path | None:
        if save:
            name, _ = QFileDialog.getSaveFileName(self, title, str(suggested), self._file_filter(),
                                                  options=QFileDialog.Option.DontConfirmOverwrite)
        else:
            name, _ = QFileDialog.getOpenFileName(self, title, str(suggested), self._file_filter())
        if not name:
            return None
        path = Path(name)
        if save and not path.suffix:
            path = path.with_suffix(FILE_SUFFIX)
        return path

    def open_file_dialog(self) -> None:
        path = self._ask_path(self.tr("Open Planner File"), self.planner.path.parent, save=False)
        if path is not None:
            self.open_path(path)

    def new_file(self) -> None:
        path = self._ask_path(self.tr("New Planner File"), self.planner.path.parent / f"deals{FILE_SUFFIX}", save=True)
        if path is None:
            return
        if path.exists():
            QMessageBox.warning(self, self.tr("New Planner File"), plain.html(self.tr(
                "{name} already exists. Choose another name, or open it with File › Open.").format(name=path.name)))
            return
        try:
            planner = Planner.open(path, create=True)
        except PlannerError as e:
            QMessageBox.warning(self, self.tr("New Planner File"), plain.html(error_text(e)))
            return
        self.switch_to(planner)

    def save_as(self) -> None:
        current = self.planner.path
        suggested = current.with_name(f"{current.stem} copy{FILE_SUFFIX}")
        path = self._ask_path(self.tr("Save a Copy As"), suggested, save=True)
        if path is None:
            return
        if path.resolve() == current.resolve():
            return  # every edit is already in this file
        if path.exists() and QMessageBox.question(self, self.tr("Save As"), plain.html(self.tr(
                "{name} already exists. Replace it with a copy of this file?").format(name=path.name))) \
                != QMessageBox.StandardButton.Yes:
            return
        try:
            self.planner.backup(path)
            planner = Planner.open(path)
        except PlannerError as e:
            QMessageBox.warning(self, self.tr("Save As"), plain.html(error_text(e)))
            return
        self.switch_to(planner)
        self.statusBar().showMessage(self.tr("Now working in {name}.").format(name=path.name), 8000)

    def back_up(self) -> None:
        current = self.planner.path
        suggested = current.with_name(f"{current.stem} {date.today().isoformat()}{FILE_SUFFIX}")
        path = self._ask_path(self.tr("Back Up To"), suggested, save=True)
        if path is None:
            return
        if path.resolve() == current.resolve():
            QMessageBox.warning(self, self.tr("Back Up"), self.tr("Choose another file than the one that is open."))
            return
        if path.exists() and QMessageBox.question(self, self.tr("Back Up"), plain.html(self.tr(
                "{name} already exists. Replace it?").format(name=path.name))) != QMessageBox.StandardButton.Yes:
            return
        try:
            self.planner.backup(path)
        except PlannerError as e:
            QMessageBox.warning(self, self.tr("Back Up"), plain.html(error_text(e)))
            return
        self.statusBar().showMessage(self.tr("Backed up to {path}.").format(path=path), 8000)

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
        from planner.ui.confirm_dialog import ConfirmDialog

        try:
            dialog = ConfirmDialog(self.planner, deal_id, None if target == WIN else target, self)
        except PlannerError as e:
            QMessageBox.warning(self, self.tr("Confirm Milestone"), plain.html(error_text(e)))
            return False
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if not accepted:
            self.statusBar().showMessage(self.tr("Nothing was confirmed; the deal is unchanged."), 6000)
            return False
        self.board.refresh_deal(deal_id)
        self.board.select_deal(deal_id)
        if self.workspace is not None:
            self.workspace.show_deal(deal_id)  # type: ignore[attr-defined]
        self._update_deal_actions()
        self.statusBar().showMessage(dialog.result_message(), 15_000)
        return True

    # ------------------------------------------------------------------- dialogs
    def new_deal(self) -> None:
        dialog_class = _lazy("planner.ui.deal_dialog", "NewDealDialog")
        process_id = self.board.process.id if self.board.process else None
        dialog = dialog_class(self.planner, process_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and getattr(dialog, "deal_id", None):
            self._deal_created(int(dialog.deal_id))

    def open_accounts(self) -> None:
        dialog_class = _lazy("planner.ui.accounts", "AccountsDialog")
        dialog_class(self.planner, self.undo_stack, self).exec()
        self.board.load_cards()

    def open_processes(self) -> None:
        dialog_class = _lazy("planner.ui.process_library", "ProcessLibraryDialog")
        dialog_class(self.planner, self).exec()
        self.refresh()

    def new_process(self) -> None:
        run_wizard = _lazy("planner.ui.wizard", "run_wizard")
        process_id = run_wizard(self.planner, self)
        if process_id:
            self._show_file(process_id=int(process_id))

    def export_plan(self) -> None:
        from planner.ui.export_dialog import ExportDialog

        account_id = None
        card = self.board.card_of(self.board.selected_deal()) if self.board.selected_deal() else None
        if card is not None:
            account_id = card.account_id
        ExportDialog(self.planner, account_id, self).exec()

    def open_settings(self) -> None:
        from planner.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.planner, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        stored = self.planner.settings()
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

    def show_shortcuts(self) -> None:
        from planner.ui.shortcuts_dialog import ShortcutsDialog

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

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        store = QSettings()
        store.setValue("main_window/geometry", self.saveGeometry())
        store.setValue("main_window/state", self.saveState())
        if self.workspace is not None and self.pages.currentWidget() is self.board:
            store.setValue("main_window/dock_visible", "true" if self.dock.isVisible() else "false")
        store.setValue("board/show_closed", "true" if self.board.show_closed_action.isChecked() else "false")
        super().closeEvent(event)

    def close_file(self) -> None:
        self.planner.close()


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
    return [str(v) for v in (value or [])]


def _remember_recent(path: Path) -> None:
    text = str(Path(path).resolve())
    paths = [p for p in _recent() if p != text]
    QSettings().setValue(RECENT_KEY, [text, *paths][:MAX_RECENT])


def _forget_recent(path: Path) -> None:
    text = str(Path(path).resolve())
    QSettings().setValue(RECENT_KEY, [p for p in _recent() if p != text])
