"""The bar over the board: the process chooser, the search box, the account filter and the
closed-deals toggle.

The bar is one row, or two where the board is narrow (a small window with the deal panel
open): the filters then go to a second row rather than over the search box. It re-sets
its own texts when the language changes; what the user typed or chose stays.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget

from planner.ui.kit import icons

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class BoardBar(QWidget):
    processChosen = Signal()  # the user picked another process
    filterChanged = Signal()  # the search text or the account changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._processes: list[tuple[int, str, bool]] = []  # (id, name, archived) as listed
        self.process_combo = QComboBox(self)
        self.process_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.process_combo.setMinimumContentsLength(14)
        self.process_combo.setMaximumWidth(320)
        self.process_label = QLabel(self)
        self.process_label.setBuddy(self.process_combo)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(180)
        self.search.setMaximumWidth(360)
        self.account_combo = QComboBox(self)
        self.account_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.account_combo.setMinimumContentsLength(12)
        self.account_combo.addItem("", None)  # "All accounts" from the first paint on (retranslate)
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
        self._filters.setSpacing(8)
        self._filters.addWidget(self.account_combo)
        self._filters.addWidget(self.closed_button)
        self._filters.addStretch(0)
        self._first_row.addLayout(self._filters)
        self._rows.addLayout(self._first_row)
        self._rows.addLayout(self._second_row)

        self.process_combo.currentIndexChanged.connect(self.processChosen)
        self.search.textChanged.connect(self.filterChanged)
        self.account_combo.currentIndexChanged.connect(self.filterChanged)
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search, context=Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(self.search.clear)
        self.retranslate()

    def retranslate(self) -> None:
        self.process_label.setText(translate("Board", "&Process:"))
        self.search.setPlaceholderText(translate("Board", "Search deals, accounts, contacts, notes…"))
        self.search.setAccessibleName(translate("Board", "Search"))
        self.account_combo.setAccessibleName(translate("Board", "Filter by account"))
        self.account_combo.setToolTip(translate("Board", "Show only the deals of one account"))
        self.account_combo.setItemText(0, translate("Board", "All accounts"))
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
        """The accounts to filter by, by name; the chosen one stays chosen while it is listed."""
        current = self.account_combo.currentData()
        self.account_combo.blockSignals(True)
        self.account_combo.clear()
        self.account_combo.addItem(translate("Board", "All accounts"), None)
        for aid, name in sorted(accounts.items(), key=lambda kv: kv[1].casefold()):
            self.account_combo.addItem(name, aid)
        found = self.account_combo.findData(current) if current is not None else 0
        self.account_combo.setCurrentIndex(max(0, found))
        self.account_combo.blockSignals(False)

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
            row.addLayout(self._filters)

    def _one_row_width(self) -> int:
        """The width the bar needs on one row, the search box at its narrowest."""
        parts = (self.process_label, self.process_combo, self.account_combo, self.closed_button)
        margins = self._rows.contentsMargins()
        return (sum(w.sizeHint().width() for w in parts) + self.search.minimumWidth()
                + 4 * self._first_row.spacing() + 8 + margins.left() + margins.right())

