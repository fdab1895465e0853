"""The deal's own fields, and the money and currency editors the new-deal dialog shares."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRegularExpression, QSize, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QWidget,
)

from planner.ui.kit import formats, plain
from planner.ui.kit.amount import AmountSpinBox
from planner.ui.kit.labels import status_label
from planner.ui.kit.widgets import DateField, InlineError, NoteEdit, muted

translate = QCoreApplication.translate


class ValueSpinBox(AmountSpinBox):
    """A money amount (a minus sign is refused with a word), narrow enough for a side panel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # spin boxes default to "at least their size hint"; let the layout use the minimum below
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def minimumSizeHint(self) -> QSize:
        # Qt sizes a spin box for its maximum (a quadrillion); typical amounts need far less
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance("0" * 9) + 12), hint.height())


class DealFields(QWidget):
    """The deal's own fields; each is saved when its editing finishes (see ``field_binding``).

    It words what it shows itself (labels, hints, the status and the deal it follows), so a
    language change re-words it in place from what it was last given.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._status = ""
        self._follows = ""  # the title of the deal this one follows up, or ""
        self._read_only = False
        self.title = QLineEdit(self)
        self.account = QComboBox(self)
        self.account.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.account.setMinimumContentsLength(8)
        self.value = ValueSpinBox(self)
        self.currency = currency_combo(self)
        self.expected_close = DateField(self)
        # said in place while the date is past (a slip, or a deal to look at), never a box
        self.expected_close.warn_if_past(
            lambda: translate("DealWorkspace", "This date has passed: the deal shows as overdue."))
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
        self._labels: dict[str, QLabel] = {}
        for key, field in (("status", self.status), ("reason", self.reason), ("title", self.title),
                           ("account", self.account), ("value", self.value),
                           ("expected_close", self.expected_close), ("next_target", self.next_target),
                           ("risks", self.risks), ("notes", self.notes)):
            label = QLabel(self)
            label.setBuddy(field)
            self._labels[key] = label
            self.form.addRow(label, money if field is self.value else field)
        self.form.addRow(self.follows)
        self.form.addRow(self.error)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the current language, from what the fields were last given."""
        for key, text in (("status", self.tr("Status:")), ("reason", self.tr("Reason:")),
                          ("title", self.tr("Tit&le:")), ("account", self.tr("&Account:")),
                          ("value", self.tr("Val&ue:")), ("expected_close", self.tr("Expected &close:")),
                          ("next_target", self.tr("Next &milestone target:")), ("risks", self.tr("&Risks:")),
                          ("notes", self.tr("&Notes:"))):
            self._labels[key].setText(text)
        self.title.setAccessibleName(self.tr("Title"))
        self.value.setAccessibleName(self.tr("Value"))
        self.currency.setAccessibleName(self.tr("Currency"))
        self.expected_close.edit.setAccessibleName(self.tr("Expected close"))
        self.next_target.edit.setAccessibleName(self.tr("Next milestone target"))
        self.risks.setAccessibleName(self.tr("Risks"))
        self.notes.setAccessibleName(self.tr("Notes"))
        for note, hint in ((self.risks, translate("DealWorkspace", "What could stop this deal?")),
                           (self.notes, translate("DealWorkspace", "Anything worth remembering about this deal"))):
            note.setPlaceholderText("" if self._read_only else hint)
        self.status.setText(status_label(self._status) if self._status else "")
        self.follows.setText(translate("DealWorkspace", "Follow-up of “{title}”.").format(title=self._follows)
                             if self._follows else "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_state(self, status: str, follows: str, read_only: bool) -> None:
        """The deal's status, the title of the deal it follows up ("" for none), and whether
        its fields can be edited; each worded in the current language."""
        self._status, self._follows, self._read_only = status, follows, read_only
        self.retranslate()

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
