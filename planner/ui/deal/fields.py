"""The deal's own fields, and the money and currency editors the new-deal dialog shares."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, QSize, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QWidget,
)

from planner.ui.kit import formats, plain
from planner.ui.kit.widgets import DateField, InlineError, NoteEdit, muted

MAX_VALUE = 999_999_999_999.99


class ValueSpinBox(QDoubleSpinBox):
    """A money amount: never negative, grouped digits, and narrow enough for a side panel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0.0, MAX_VALUE)  # a negative value cannot even be typed
        self.setDecimals(2)
        self.setGroupSeparatorShown(True)
        self.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        # spin boxes default to "at least their size hint"; let the layout use the minimum below
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def minimumSizeHint(self) -> QSize:
        # Qt sizes a spin box for its maximum (a trillion); typical amounts need far less
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance("0" * 9) + 12), hint.height())


class DealFields(QWidget):
    """The deal's own fields; each is saved when its editing finishes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Title"))
        self.account = QComboBox(self)
        self.account.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.account.setMinimumContentsLength(8)
        self.value = ValueSpinBox(self)
        self.value.setAccessibleName(self.tr("Value"))
        self.currency = currency_combo(self)
        self.currency.setAccessibleName(self.tr("Currency"))
        self.expected_close = DateField(self)
        self.next_target = DateField(self)
        self.risks = NoteEdit(self, min_lines=2, max_lines=10)
        self.notes = NoteEdit(self, min_lines=3, max_lines=16)
        self.status = QLabel(self)
        self.reason = plain.label(QLabel(self))
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.follows = muted(plain.label(QLabel(self)))
        self.follows.setWordWrap(True)
        self.error = InlineError(self)
        money = QHBoxLayout()
        money.setContentsMargins(0, 0, 0, 0)
        money.setSpacing(4)
        money.addWidget(self.value, 1)
        money.addWidget(self.currency)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # a narrow panel puts labels above their fields instead of clipping them
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.addRow(self.tr("Status:"), self.status)
        self.form.addRow(self.tr("Reason:"), self.reason)
        self.form.addRow(self.tr("&Title:"), self.title)
        self.form.addRow(self.tr("&Account:"), self.account)
        value_label = QLabel(self.tr("&Value:"), self)
        value_label.setBuddy(self.value)
        self.form.addRow(value_label, money)
        self.form.addRow(self.tr("Expected &close:"), self.expected_close)
        self.form.addRow(self.tr("Next milestone &target:"), self.next_target)
        self.form.addRow(self.tr("&Risks:"), self.risks)
        self.form.addRow(self.tr("&Notes:"), self.notes)
        self.form.addRow(self.follows)
        self.form.addRow(self.error)
        for label, field in ((self.tr("Expected close"), self.expected_close),
                             (self.tr("Next milestone target"), self.next_target)):
            field.edit.setAccessibleName(label)
        self.risks.setAccessibleName(self.tr("Risks"))
        self.notes.setAccessibleName(self.tr("Notes"))

    def set_row_visible(self, field: QWidget, visible: bool) -> None:
        self.form.setRowVisible(field, visible)


def currency_combo(parent: QWidget) -> QComboBox:
    """Common currencies to pick, any three-letter code to type."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.addItems(list(formats.COMMON_CURRENCIES))
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    edit = combo.lineEdit()
    assert edit is not None  # an editable combo box has one
    edit.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z]{3}"), combo))
    edit.setMaxLength(3)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo
