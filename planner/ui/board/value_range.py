"""The value range of the board's filter: two amounts in the home currency, either may be open."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from planner.ui.kit.amount import AmountSpinBox
from planner.ui.kit.widgets import muted

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class ValueRangeDialog(QDialog):
    """Two amounts in the home currency; an empty one (zero) sets no bound."""

    def __init__(self, home: str, low: float | None, high: float | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("BoardFilters", "Value Range"))
        self.low = AmountSpinBox(self)
        self.high = AmountSpinBox(self)
        for box, value in ((self.low, low), (self.high, high)):
            box.setDecimals(0)
            box.setSpecialValueText(translate("BoardFilters", "Any"))
            box.setSuffix(f" {home}")
            box.setValue(value or 0.0)
        self.low.setAccessibleName(translate("BoardFilters", "Lowest value"))
        self.high.setAccessibleName(translate("BoardFilters", "Highest value"))
        note = muted(QLabel(translate(
            "BoardFilters", "In the file's home currency ({home}). Deals in a currency without an exchange "
                            "rate cannot be compared and are left out while a range is set.").format(home=home), self))
        note.setWordWrap(True)
        form = QFormLayout()
        low_label = QLabel(translate("BoardFilters", "&From:"), self)
        low_label.setBuddy(self.low)
        high_label = QLabel(translate("BoardFilters", "&To:"), self)
        high_label.setBuddy(self.high)
        form.addRow(low_label, self.low)
        form.addRow(high_label, self.high)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.Reset, self)
        reset = buttons.button(QDialogButtonBox.StandardButton.Reset)
        reset.setText(translate("BoardFilters", "Any &Value"))
        reset.clicked.connect(self._any_value)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(360)

    def _any_value(self) -> None:
        self.low.setValue(0)
        self.high.setValue(0)

    def values(self) -> tuple[float | None, float | None]:
        low, high = self.low.value(), self.high.value()
        return (low or None, high or None)
