"""The bar over the board: the process chooser, the search box, the account filter, the quick
filters and the sort order (planner/ui/board/filters_menu.py), the closed-deals toggle and
the switch between the board and the list of the same deals.

The bar is one row, or two where the board is narrow (a small window with the deal panel
open): the filters then go to a second row rather than over the search box. It re-sets
its own texts when the language changes; what the user typed or chose stays.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.ui.board.filters_menu import QuickFilters, SortMenu
from planner.ui.board.query import BoardQuery, terms
from planner.ui.kit import icons, plain, shortcuts

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def _menu_button(parent: QWidget, icon: str) -> QToolButton:
    button = QToolButton(parent)
    button.setIcon(icons.icon(icon))
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    return button


class BoardBar(QWidget):
    processChosen = Signal()  # the user picked another process
    filterChanged = Signal()  # the search text, the account or a quick filter changed
    orderChanged = Signal()  # another sort order within the columns
    layoutChosen = Signal()  # the board or the list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._processes: list[tuple[int, str, bool]] = []  # (id, name, archived) as listed
        self.process_combo = QComboBox(self)
        self.process_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.process_combo.setMinimumContentsLength(14)
        self.process_combo.setMaximumWidth(320)
        self.process_label = QLabel(self)
        self.process_label.setBuddy(self.process_combo)
        # on a row of its own with the search (a narrow board), the label keeps to its text
        self.process_label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(180)
        self.search.setMaximumWidth(360)
        self.account_combo = QComboBox(self)
        self.account_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.account_combo.setMinimumContentsLength(12)
        self.account_combo.setMaximumWidth(260)
        self.account_combo.addItem("", None)  # "All accounts" from the first paint on (retranslate)
        self.filters = QuickFilters(self)
        self.filters_button = _menu_button(self, "filter")
        self.filters_button.setMenu(self.filters.menu)
        self.filters.changed.connect(self._filters_changed)
        self.sort = SortMenu(self)
        self.sort_button = _menu_button(self, "sort")
        self.sort_button.setMenu(self.sort.menu)
        self.sort.changed.connect(self._order_changed)
        # the board or the list of the same deals: two actions (View menu, keys) and two buttons
        self.layouts = QActionGroup(self)
        self.board_action = QAction(icons.icon("board"), "", self)
        self.list_action = QAction(icons.icon("list"), "", self)
        for action in (self.board_action, self.list_action):
            action.setCheckable(True)
            self.layouts.addAction(action)
        self.board_action.setChecked(True)
        self.board_action.setShortcuts(shortcuts.keys("board_view"))
        self.list_action.setShortcuts(shortcuts.keys("list_view"))
        self.layouts.triggered.connect(lambda _a: self.layoutChosen.emit())
        self.board_button = QToolButton(self)
        self.board_button.setDefaultAction(self.board_action)
        self.list_button = QToolButton(self)
        self.list_button.setDefaultAction(self.list_action)
        for button in (self.board_button, self.list_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.setAutoRaise(True)
        self.show_closed_action = QAction(icons.icon("closed-lane"), "", self)
        self.show_closed_action.setCheckable(True)
        self.show_closed_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        # a short label on the bar; the menu item keeps the full wording
        self.closed_button = QToolButton(self)
        self.closed_button.setCheckable(True)
        self.closed_button.setIcon(icons.icon("closed-lane"))
        self.closed_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.closed_button.toggled.connect(self.show_closed_action.setChecked)
        self.show_closed_action.toggled.connect(self.closed_button.setChecked)

        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(10, 8, 10, 4)
        self._rows.setSpacing(6)
        # the one-row bar must not set the board's minimum width: narrower, it wraps
        self._rows.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        self._first_row = QHBoxLayout()
        self._first_row.setSpacing(8)
        self._first_row.addWidget(self.process_label)
        self._first_row.addWidget(self.process_combo)
        self._first_row.addSpacing(8)
        self._first_row.addWidget(self.search, 1)
        self._second_row = QHBoxLayout()
        self._filters = QHBoxLayout()
        self._filters.setSpacing(6)
        self._filters.addWidget(self.account_combo)
        self._filters.addWidget(self.filters_button)
        self._filters.addWidget(self.sort_button)
        self._filters.addWidget(self.closed_button)
        self._filters.addSpacing(4)
        self._filters.addWidget(self.board_button)
        self._filters.addWidget(self.list_button)
        self._filters.addStretch(0)
        self._first_row.addLayout(self._filters)
        # what a row leaves goes after its last item: the label stays by its box, the filters by the search
        self._first_row.addStretch(0)
        self._second_row.addStretch(0)
        self._rows.addLayout(self._first_row)
        self._rows.addLayout(self._second_row)

        self.process_combo.currentIndexChanged.connect(self.processChosen)
        self.search.textChanged.connect(self.filterChanged)
        self.account_combo.currentIndexChanged.connect(self.filterChanged)
        self.account_combo.currentIndexChanged.connect(lambda _i: self.account_combo.setToolTip(self._account_tip()))
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search, context=Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(self.search.clear)
        self.retranslate()

    def retranslate(self) -> None:
        self.process_label.setText(translate("Board", "&Process:"))
        self.search.setPlaceholderText(translate("Board", "Search deals, accounts, contacts, notes…"))
        self.search.setAccessibleName(translate("Board", "Search"))
        self.account_combo.setAccessibleName(translate("Board", "Filter by account"))
        self.account_combo.setToolTip(self._account_tip())
        self.account_combo.setItemText(0, translate("Board", "All accounts"))
        self.filters.retranslate()
        self.sort.retranslate()
        self._word_buttons()
        self.board_action.setText(translate("Board", "&Board"))
        self.board_action.setToolTip(translate("Board", "The deals as cards, one column per stage ({keys})").format(
            keys=shortcuts.shown(self.board_action.shortcut())))
        self.list_action.setText(translate("Board", "&List"))
        self.list_action.setToolTip(translate(
            "Board", "The same deals as a list, sortable by any column ({keys})").format(
            keys=shortcuts.shown(self.list_action.shortcut())))
        self.show_closed_action.setText(translate("Board", "Show &Closed Deals"))
        self.show_closed_action.setToolTip(
            translate("Board", "Show the won, lost and abandoned deals in a lane below"))
        self.closed_button.setText(translate("Board", "Closed Deals"))
        self.closed_button.setToolTip(self.show_closed_action.toolTip())
        for i, (_pid, name, archived) in enumerate(self._processes):
            self.process_combo.setItemText(i, self._process_label(name, archived))
        self._fit()  # the new words may need more room, or less

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _word_buttons(self) -> None:
        """The filter button counts what is on; the sort button names the order."""
        count = self.filters.count()
        self.filters_button.setText(
            translate("Board", "F&ilters (%n)", "", count) if count else translate("Board", "F&ilters"))
        self.filters_button.setToolTip(translate(
            "Board", "Show only overdue or stalled deals, those closing this month or quarter, "
                     "a range of values; show archived deals"))
        self.filters_button.setAccessibleName(re.sub(r"\(&\w\)", "", self.filters_button.text()).replace("&", ""))
        self.sort_button.setText(translate("Board", "S&ort: {order}").format(order=self.sort.label()))
        self.sort_button.setToolTip(translate("Board", "The order of the cards in each column"))

    def _filters_changed(self) -> None:
        self._word_buttons()
        self._fit()
        self.filterChanged.emit()

    def _order_changed(self) -> None:
        self._word_buttons()
        self._fit()
        self.orderChanged.emit()

    # ------------------------------------------------------------------- state
    def query(self) -> BoardQuery:
        """What the board shows, as the bar has it now."""
        f = self.filters
        return BoardQuery(words=terms(self.search.text()), account_id=self.account_id(),
                          overdue=f.overdue.isChecked(), stalled=f.stalled.isChecked(), closing=f.closing_choice(),
                          value_min=f.value_min, value_max=f.value_max, archived=f.archived.isChecked())

    def set_home(self, home: str) -> None:
        """The currency the value range is in (the file's home currency)."""
        self.filters.home = home
        self.filters.retranslate()

    def listing(self) -> bool:
        """Whether the list is shown rather than the columns."""
        return self.list_action.isChecked()

    # ------------------------------------------------------------------ choices
    @staticmethod
    def _process_label(name: str, archived: bool) -> str:
        return translate("Board", "{name} (archived)").format(name=name) if archived else name

    def set_processes(self, processes: list[tuple[int, str, bool]], current: int | None) -> None:
        """List (id, name, archived) and choose ``current`` (none if it is not listed),
        without announcing the choice: the board shows it itself."""
        self._processes = list(processes)
        self.process_combo.blockSignals(True)
        self.process_combo.clear()
        for pid, name, archived in processes:
            self.process_combo.addItem(icons.icon("processes"), self._process_label(name, archived), pid)
        ids = [p[0] for p in processes]
        self.process_combo.setCurrentIndex(ids.index(current) if current in ids else -1)
        self.process_combo.blockSignals(False)
        self.process_combo.setEnabled(len(ids) > 1)

    def process_id(self) -> int | None:
        pid = self.process_combo.currentData()
        return None if pid is None else int(pid)

    def set_accounts(self, accounts: dict[int, str]) -> None:
        """The accounts to filter by, by label (two of one name told apart); the chosen one
        stays chosen while it is listed. The list opens as wide as its longest name."""
        current = self.account_combo.currentData()
        self.account_combo.blockSignals(True)
        self.account_combo.clear()
        self.account_combo.addItem(translate("Board", "All accounts"), None)
        for aid, name in sorted(accounts.items(), key=lambda kv: kv[1].casefold()):
            self.account_combo.addItem(name, aid)
            last = self.account_combo.count() - 1
            self.account_combo.setItemData(last, plain.html(name), Qt.ItemDataRole.ToolTipRole)
        found = self.account_combo.findData(current) if current is not None else 0
        self.account_combo.setCurrentIndex(max(0, found))
        self.account_combo.blockSignals(False)
        # the list opens wide enough for whole names (the box itself keeps its width)
        metrics = self.account_combo.view().fontMetrics()
        widest = max((metrics.horizontalAdvance(self.account_combo.itemText(i))
                      for i in range(self.account_combo.count())), default=0)
        self.account_combo.view().setMinimumWidth(min(widest + 32, 560))
        self.account_combo.setToolTip(self._account_tip())

    def set_filter(self, text: str, account_id: int | None) -> None:
        """Put back a search and an account without announcing it (the board applies them)."""
        self.search.blockSignals(True)
        self.search.setText(text)
        self.search.blockSignals(False)
        found = self.account_combo.findData(account_id) if account_id is not None else 0
        self.account_combo.blockSignals(True)
        self.account_combo.setCurrentIndex(max(0, found))
        self.account_combo.blockSignals(False)

    def account_id(self) -> int | None:
        aid = self.account_combo.currentData()
        return None if aid is None else int(aid)

    def _account_tip(self) -> str:
        """The chosen account in full (the box may cut a long name short)."""
        tip = translate("Board", "Show only the deals of one account")
        if self.account_combo.currentIndex() > 0:
            tip = f"{self.account_combo.currentText()}\n{tip}"
        return plain.html(tip)

    # ------------------------------------------------------------------- layout
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        narrow = self.width() < self._one_row_width()
        row, other = (self._second_row, self._first_row) if narrow else (self._first_row, self._second_row)
        if row.indexOf(self._filters) < 0:
            other.removeItem(self._filters)
            self._filters.setParent(None)
            row.insertLayout(row.count() - 1, self._filters)  # before the row's closing stretch

    def _one_row_width(self) -> int:
        """The width the bar needs on one row, the search box at its narrowest."""
        parts = (self.process_label, self.process_combo, self.account_combo, self.filters_button, self.sort_button,
                 self.closed_button, self.board_button, self.list_button)
        margins = self._rows.contentsMargins()
        return (sum(w.sizeHint().width() for w in parts) + self.search.minimumWidth()
                + 9 * self._first_row.spacing() + 12 + margins.left() + margins.right())

