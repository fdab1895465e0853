"""Review > Stalled Deals: the open deals that have sat in their stage longer than your wins
did (or than the idle-days setting, while a stage has too few wins), furthest past first.

The main window builds :class:`StalledDialog` with its session and connects
``openRequested(deal_id)`` to selecting that deal; the dialog closes after Open. Abandon…
asks a reason and gives the deal up through the services; the list re-reads itself from
the session's ``changed``, like every view, whoever wrote.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.i18n import error_text
from planner.services import Changes, Planner
from planner.ui.kit import plain
from planner.ui.kit.widgets import InlineError, muted
from planner.ui.review.model import DEAL_ID, SORT, Column, StalledModel, why
from planner.ui.session import Session

_NAMES = (Column.ACCOUNT, Column.PROCESS, Column.STAGE)  # text columns sized to fit beside the figures


class StalledDialog(QDialog):
    openRequested = Signal(int)  # deal id: the window selects it (the dialog then closes)

    def __init__(self, session: Session, parent: QWidget | None = None, writable: bool = True) -> None:
        super().__init__(parent)
        self.session = session
        self.writable = writable  # a file open read-only: the list and Open, no Abandon
        self.model = StalledModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT)

        self.intro = plain.label(QLabel(self))
        self.intro.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.OVER, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # the figures
        for column in _NAMES:  # sized by _fit_columns, and by the user
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.DEAL, QHeaderView.ResizeMode.Stretch)
        self.table.viewport().installEventFilter(self)
        self.table.activated.connect(lambda *_: self.open_selected())  # Enter or double click
        self.empty = plain.label(QLabel(self))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty)
        self.error = InlineError(self)
        self.note = muted(plain.label(QLabel(self)))
        self.note.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = QPushButton(self)
        self.abandon_button = QPushButton(self)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.abandon_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(self.open_selected)
        self.abandon_button.clicked.connect(self.abandon_selected)
        self.buttons.rejected.connect(self.reject)
        # Delete gives up the selected deal (after asking why), as in a list of mail
        self.abandon_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        self.abandon_key.activated.connect(self.abandon_selected)

        layout = QVBoxLayout(self)
        for widget, stretch in ((self.intro, 0), (self.pages, 1), (self.error, 0), (self.note, 0), (self.buttons, 0)):
            layout.addWidget(widget, stretch)
        self.resize(980, 460)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        session.changed.connect(self._changed)
        session.planner_switched.connect(lambda _planner: self.reload())
        self.retranslate()
        self.reload()

    @property
    def planner(self) -> Planner:
        return self.session.planner

    # ------------------------------------------------------------------ contents
    def reload(self) -> None:
        """Read the list again, keeping the selected deal selected while it is still there."""
        keep = self.selected_deal()
        try:
            deals = self.planner.reports.stalled()
            self.error.show_message("")
        except PlannerError as e:  # a row no screen can show: say so instead of a wrong list
            deals = []
            self.error.show_message(error_text(e))
        self.model.set_deals(deals)
        self.pages.setCurrentWidget(self.table if deals else self.empty)
        rows = [r for r in range(self.proxy.rowCount()) if self.proxy.index(r, 0).data(DEAL_ID) == keep]
        if self.proxy.rowCount():
            self.table.selectRow(rows[0] if rows else 0)
            self.table.setFocus()
        self._update_buttons()
        self._set_counts()
        self._fit_columns()

    def _fit_columns(self) -> None:
        """The days, the bar and how far past it always in view: the account, the process and
        the stage get their names' width, at most a fifth of the rest each (elided beyond, the
        whole name in the cell's tooltip); the deal's title takes what is left."""
        header = self.table.horizontalHeader()
        figures = sum(header.sectionSize(c) for c in Column if c != Column.DEAL and c not in _NAMES)
        cap = max(60, (self.table.viewport().width() - figures) // 5)
        for column in _NAMES:
            header.resizeSection(column, min(self.table.sizeHintForColumn(column), cap))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:  # its new width is known
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _changed(self, changes: Changes) -> None:
        if changes.deals or changes.processes or changes.settings or changes.accounts:
            self.reload()

    def selected_deal(self) -> int:
        index = self.table.currentIndex()
        found = index.siblingAtColumn(0).data(DEAL_ID) if index.isValid() else None
        return int(found) if found is not None else 0

    def _update_buttons(self) -> None:
        chosen = bool(self.selected_deal())
        self.open_button.setEnabled(chosen)
        self.abandon_button.setEnabled(chosen and self.writable)
        self.open_button.setDefault(chosen)  # Enter opens; never abandons

    # ------------------------------------------------------------------- acts
    def open_selected(self) -> None:
        deal_id = self.selected_deal()
        if deal_id:
            self.openRequested.emit(deal_id)
            self.accept()

    def abandon_selected(self) -> None:
        deal_id = self.selected_deal()
        found = [d for d in self.model.deals if d.deal_id == deal_id]
        if not found or not self.writable:
            return
        from planner.ui.review.reason import ReasonDialog

        deal = found[0]
        dialog = ReasonDialog(deal.title, why(deal),
                              lambda reason, category: self.planner.deals.abandon(deal.deal_id, reason, category),
                              self.planner.reasons.all(), self)
        dialog.exec()  # a write the file took comes back through session.changed

    # ----------------------------------------------------------------- language
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Stalled Deals"))
        self.intro.setText(self.tr(
            "These open deals have been in their stage longer than 80% of your won deals took there. "
            "Where a stage has fewer than five won deals to compare with, the idle-days setting is "
            "the limit. Giving up in time frees your effort for deals you can win."))
        self.empty.setText(self.tr(
            "No deal is stalled.\n\nEvery open deal is still within what your won deals took in "
            "its stage (or within the idle-days setting)."))
        self.table.setAccessibleName(self.tr("Stalled deals"))
        self.open_button.setText(self.tr("&Open"))
        self.abandon_button.setText(self.tr("&Abandon…"))
        self.model.retranslate()
        self._set_counts()

    def _set_counts(self) -> None:
        n = self.model.rowCount()
        self.note.setText(self.tr("Stalled deals: {n}. Days count from the last milestone, or from the "
                                  "deal's start while it has none; archived deals are left out.").format(n=n))
