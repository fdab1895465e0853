"""Deal › Agenda: what is due across every process, in a window of its own beside the board.

Overdue first, then today, within a week, later, and next steps without a date; each line a
deal's next step, a task or deliverable of its current stage with a due date, or its next
milestone's target. Enter (or a double click, or Open Deal) shows the line's deal on its
board, in the deal panel; Space (or Done) ticks a step exactly as the deal panel does: the
same undo command, logged in the deal's history, and Undo (Ctrl+Z here too) brings it back.

Like the forecast, a window rather than a dialog: it never blocks the board, and it follows
every write through the session's ``changed`` signal (read again only while it is shown).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from planner.domain.agenda import AgendaLine, LineKind, When
from planner.domain.errors import PlannerError
from planner.domain.model import ItemKind
from planner.i18n import error_text
from planner.services import Changes, Planner
from planner.ui.agenda.model import LINE, AgendaModel, Column, group_title
from planner.ui.kit import icons, plain, shortcuts, undo
from planner.ui.kit.delegates import RoomyDelegate
from planner.ui.kit.stack_action import StackAction
from planner.ui.kit.widgets import InlineError, muted
from planner.ui.session import Session

Key = tuple[LineKind, int, int | None]


class AgendaView(QDialog):
    """The agenda of the session's file; one per main window, shown and hidden again."""

    openRequested = Signal(int)  # deal id: the window shows it on its board, in the deal panel

    def __init__(self, session: Session, parent: QWidget | None = None,
                 writable: Callable[[], bool] = lambda: True) -> None:
        super().__init__(parent)
        self.setObjectName("agendaView")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setWindowFlag(Qt.WindowType.WindowMinimizeButtonHint, True)
        self.setModal(False)
        self.session = session
        self._writable = writable  # whether the window may change its file now (asked each time)
        self._stale = True
        self._refresh_soon = QTimer(self)  # several changes in a row read the file once
        self._refresh_soon.setSingleShot(True)
        self._refresh_soon.setInterval(0)
        self._refresh_soon.timeout.connect(self.refresh)

        self.intro = muted(plain.label(QLabel(self)))
        self.intro.setWordWrap(True)
        self.model = AgendaModel(self)
        self.model.tickRequested.connect(self.tick)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setItemDelegate(RoomyDelegate(self.tree))
        self.tree.setWordWrap(False)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setTabKeyNavigation(False)  # Tab leaves the list for the buttons; arrows move in it
        self.tree.setItemsExpandable(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.WHAT, QHeaderView.ResizeMode.Stretch)
        self.tree.activated.connect(self._activated)  # Enter or a double click
        # Space ticks the selected step (the key from the one table; a check box click does the same)
        self.tick_key = QShortcut(shortcuts.AGENDA_TICK.first(), self.tree, self.tick_selected)
        self.tick_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.empty = plain.label(QLabel(self))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(24)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.tree)
        self.pages.addWidget(self.empty)
        self.error = InlineError(self)
        self.counts = muted(plain.label(QLabel(self)))
        self.counts.setWordWrap(True)

        self.open_button = QPushButton(self)
        self.open_button.setIcon(icons.icon("workspace"))
        self.open_button.clicked.connect(self.open_selected)
        self.done_button = QPushButton(self)
        self.done_button.setIcon(icons.icon("check"))
        self.done_button.clicked.connect(self.tick_selected)
        # the session's own undo and redo (the window's menu is out of reach from here)
        self.undo_action = StackAction(session.undo_stack, False, self)
        self.undo_action.setShortcuts(shortcuts.keys("undo"))
        self.redo_action = StackAction(session.undo_stack, True, self)
        self.redo_action.setShortcuts(shortcuts.keys("redo"))
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        self.undo_button = QToolButton(self)
        self.undo_button.setDefaultAction(self.undo_action)
        self.undo_button.setIcon(icons.icon("undo"))
        self.undo_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.done_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        for button in (self.buttons.button(QDialogButtonBox.StandardButton.Close), self.open_button,
                       self.done_button):
            button.setAutoDefault(False)  # Enter in the list opens the line's deal, not a button

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.counts)
        bottom = QHBoxLayout()
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.buttons, 1)
        layout.addLayout(bottom)

        self.tree.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        session.changed.connect(self._changed)
        session.planner_switched.connect(lambda _planner: self.refresh())
        self.retranslate()
        self.resize(1120, 600)

    @property
    def planner(self) -> Planner:
        return self.session.planner

    # ------------------------------------------------------------------ reading
    def refresh(self) -> None:
        """Read the agenda again (later, if the window is not shown), keeping the line selected."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._refresh_soon.stop()
        keep, row = self._selected_key(), self._selected_position()
        try:
            lines = self.planner.reports.agenda()
            self.error.show_message("")
        except PlannerError as e:  # a file edited around its rules: say so, show nothing false
            lines = []
            self.error.show_message(self.tr("The agenda cannot be read: {reason}").format(reason=error_text(e)))
        self.model.set_lines(lines, date.today(), self.writable)
        self.tree.expandAll()
        self.pages.setCurrentWidget(self.tree if lines else self.empty)
        self.setFocusProxy(self.tree if lines else None)  # type: ignore[arg-type]  # None: no proxy
        self._reselect(keep, row)
        self._fit_columns()
        self._write_counts()
        self._update_buttons()

    @property
    def writable(self) -> bool:
        """Ticking is offered: the window may change the file (not open read-only)."""
        return self._writable() and not self.planner.read_only

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale or self.model.today != date.today():  # a new day moves lines between groups
            self.refresh()

    def _changed(self, changes: Changes) -> None:
        if changes.deals or changes.processes or changes.accounts:
            if self.isVisible():
                self._refresh_soon.start()
            else:
                self._stale = True

    # ---------------------------------------------------------------- selection
    def selected_line(self) -> AgendaLine | None:
        index = self.tree.currentIndex()
        return index.siblingAtColumn(0).data(LINE) if index.isValid() else None

    def _selected_key(self) -> Key | None:
        line = self.selected_line()
        return (line.kind, line.deal_id, line.item_id) if line is not None else None

    def _selected_position(self) -> tuple[int, int]:
        index = self.tree.currentIndex()
        if not index.isValid():
            return (0, 0)
        parent = index.parent()
        return (parent.row(), index.row()) if parent.isValid() else (index.row(), -1)

    def _reselect(self, key: Key | None, position: tuple[int, int]) -> None:
        """The same line again; a line ticked away leaves its place to the one after it."""
        index = self.model.index_of(key) if key is not None else QModelIndex()
        if not index.isValid() and self.model.rowCount():
            group = min(position[0], self.model.rowCount() - 1)
            parent = self.model.index(group, 0)
            count = self.model.rowCount(parent)
            index = self.model.index(min(max(position[1], 0), count - 1), 0, parent) if count else parent
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _update_buttons(self) -> None:
        line = self.selected_line()
        self.open_button.setEnabled(line is not None)
        self.done_button.setEnabled(line is not None and line.tickable and self.writable)

    # -------------------------------------------------------------------- acts
    def _activated(self, index: QModelIndex) -> None:
        line = index.siblingAtColumn(0).data(LINE)
        if line is None:  # a group's row: fold or unfold it
            self.tree.setExpanded(index.siblingAtColumn(0), not self.tree.isExpanded(index.siblingAtColumn(0)))
            return
        self.openRequested.emit(line.deal_id)

    def open_selected(self) -> None:
        line = self.selected_line()
        if line is not None:
            self.openRequested.emit(line.deal_id)

    def tick_selected(self) -> None:
        line = self.selected_line()
        if line is not None:
            self.tick(line)

    def tick(self, line: AgendaLine) -> bool:
        """Do the line's step, as the deal panel does it: one undo command, logged in the deal."""
        if not line.tickable or not self.writable:
            return False
        planner = self.planner
        command: undo.PlannerCommand
        if line.kind == LineKind.NEXT_STEP:
            command = undo.CompleteNextStep(planner, line.deal_id, line.text, line.due)
        else:
            kind = ItemKind.TASK if line.kind == LineKind.TASK else ItemKind.DELIVERABLE
            assert line.item_id is not None
            command = undo.SetDone(planner, line.deal_id, kind, line.item_id, line.text, True)
        return undo.push(self.session.undo_stack, command)  # the list follows through session.changed

    # ------------------------------------------------------------------ showing
    def _fit_columns(self) -> None:
        # the step itself takes what the others leave: each of them as wide as it needs, within bounds
        for column, most in ((Column.DUE, 180), (Column.DEAL, 200), (Column.ACCOUNT, 170), (Column.STAGE, 150)):
            self.tree.resizeColumnToContents(column)
            self.tree.setColumnWidth(column, min(self.tree.columnWidth(column) + 16, most))

    def _write_counts(self) -> None:
        parts = [self.tr("{group}: {count}").format(group=group_title(w), count=self.model.count(w))
                 for w in (When.OVERDUE, When.TODAY, When.WEEK, When.LATER, When.UNDATED) if self.model.count(w)]
        self.counts.setText(self.tr(" · ").join(parts))

    # ------------------------------------------------------------------ language
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Agenda"))
        self.intro.setText(self.tr(
            "What is due on your open deals, in every process: next steps, tasks and deliverables with a "
            "due date, and the target dates of next milestones. Space ticks a step as done (Undo brings it "
            "back); Enter opens its deal."))
        self.empty.setText(self.tr(
            "Nothing is due.\n\nGive each open deal a next step with a date (at the top of the deal panel), "
            "or a due date to a task or deliverable (Due… under the stage's list), and it shows here: "
            "overdue first, then today, within a week and later."))
        self.tree.setAccessibleName(self.tr("Agenda"))
        self.open_button.setText(self.tr("&Open Deal"))
        self.open_button.setToolTip(self.tr("Show the deal on its board, in the deal panel (Enter)"))
        self.done_button.setText(self.tr("&Done"))
        self.done_button.setToolTip(self.tr("Tick the selected step as done (Space); Undo brings it back"))
        self.undo_action.word()
        self.redo_action.word()
        self.model.retranslate()
        self.tree.expandAll()
        self._write_counts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "model"):
            self.retranslate()
        super().changeEvent(event)


def show_agenda(session: Session, parent: QWidget | None = None, existing: AgendaView | None = None,
                writable: Callable[[], bool] = lambda: True) -> AgendaView:
    """Show the agenda window (the one already made, if any) and bring it forward."""
    view = existing if existing is not None else AgendaView(session, parent, writable)
    if view.isMinimized():
        view.showNormal()
    view.show()
    view.raise_()
    view.activateWindow()
    return view


__all__ = ["AgendaView", "show_agenda"]
