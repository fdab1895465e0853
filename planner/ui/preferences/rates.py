"""The file's exchange rates as a small table: currency, rate into the home currency, date set.

Every change is written at once through ``planner.rates`` (one use case each), so the board's
totals follow while the dialog is still open; a refusal is shown in the dialog, in the
user's language.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain import formats
from planner.domain.errors import PlannerError
from planner.domain.money import Rate
from planner.i18n import current_language, error_text
from planner.services import Planner
from planner.ui.kit import plain
from planner.ui.kit.formats import date_display_format

# offered in the currency boxes; any other three letters may be typed
COMMON = ("TWD", "USD", "EUR", "JPY", "CNY", "HKD", "SGD", "KRW", "GBP", "AUD", "CAD", "CHF",
          "THB", "VND", "MYR", "PHP", "IDR", "INR")


def currency_box(parent: QWidget, current: str) -> QComboBox:
    """An editable box of common currency codes, showing ``current``."""
    box = QComboBox(parent)
    box.setEditable(True)
    box.addItems(list(COMMON) if current in COMMON else [current, *COMMON])
    box.setCurrentText(current)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    return box


class RateEditor(QDialog):
    """One rate: its currency (fixed when editing), the rate, the day it was set."""

    def __init__(self, home: str, rate: Rate | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exchange Rate"))
        self.currency = currency_box(self, rate.currency if rate else "USD")
        self.currency.setEnabled(rate is None)
        self.rate = QDoubleSpinBox(self)
        self.rate.setDecimals(6)
        self.rate.setRange(0.000001, 1e9)
        self.rate.setValue(rate.rate if rate else 1.0)
        self.rate.setSuffix(f" {home}")
        self.set_on = QDateEdit(self)
        self.set_on.setCalendarPopup(True)
        self.set_on.setDisplayFormat(date_display_format())  # as every date field
        self.set_on.setDate(QDate(rate.set_on if rate else date.today()))
        form = QFormLayout()
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow(self.tr("One unit is worth"), self.rate)
        form.addRow(self.tr("Set on"), self.set_on)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def value(self) -> tuple[str, float, date]:
        day = self.set_on.date()
        return self.currency.currentText().strip().upper(), self.rate.value(), date(day.year(), day.month(), day.day())


class RatesDialog(QDialog):
    """Add, edit and remove the rates; ``writable`` False shows them only (a read-only file)."""

    def __init__(self, planner: Planner, writable: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.planner = planner
        self.home = planner.rates.home(current_language())
        self.setWindowTitle(self.tr("Exchange Rates"))
        intro = plain.label(QLabel(self.tr(
            "Totals are shown in {home}. A deal in a currency without a rate here keeps its own "
            "amount and is counted apart, never added in.").format(home=self.home), self))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Currency"), self.tr("In {home}").format(home=self.home),
                                              self.tr("Set on")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.edit)
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setEnabled(writable)
        self.error_label = plain.label(QLabel(self))
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        layout.addWidget(close)
        self.rates: list[Rate] = []
        self.reload()
        self.resize(460, 360)

    def reload(self) -> None:
        self.rates = self.planner.rates.all()
        self.table.setRowCount(len(self.rates))
        locale = QLocale()
        for row, rate in enumerate(self.rates):
            cells = (rate.currency, locale.toString(rate.rate, "g", 8),
                     formats.medium_date(rate.set_on, current_language()))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)

    def _selected(self) -> Rate | None:
        row = self.table.currentRow()
        return self.rates[row] if 0 <= row < len(self.rates) else None

    def _editor(self, rate: Rate | None) -> RateEditor:
        """Made apart so that tests can answer the editor without showing it."""
        return RateEditor(self.home, rate, self)

    def add(self) -> None:
        self._ask(None)

    def edit(self) -> None:
        rate = self._selected()
        if rate is not None and self.add_button.isEnabled():
            self._ask(rate)

    def _ask(self, rate: Rate | None) -> None:
        editor = self._editor(rate)
        if editor.exec() != QDialog.DialogCode.Accepted:
            return
        currency, value, set_on = editor.value()
        self._run(lambda: self.planner.rates.set(currency, value, set_on, language=current_language()))

    def remove(self) -> None:
        rate = self._selected()
        if rate is not None:
            self._run(lambda: self.planner.rates.remove(rate.currency))

    def _run(self, write: Callable[[], object]) -> None:
        try:
            write()  # a use case of planner.rates
        except PlannerError as e:
            self.error_label.setText(error_text(e))
            self.error_label.show()
            return
        self.error_label.hide()
        self.reload()
