"""An amount of money as it is typed: zero or more, and a word where a minus sign is refused."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QToolTip, QWidget

from planner.domain.rules import MAX_VALUE as MAX_AMOUNT  # what the file takes, and no more


def say_here(widget: QWidget, text: str) -> None:
    """A short message beside ``widget``, where the eyes are (not a box to dismiss)."""
    QToolTip.showText(widget.mapToGlobal(QPoint(0, widget.height())), text, widget)


class AmountSpinBox(QDoubleSpinBox):
    """An amount of money: zero or more, grouped digits. A minus sign is refused with a word
    beside the field (and ``refused``), never turned silently into another number."""

    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0.0, MAX_AMOUNT)
        self.setDecimals(2)
        self.setGroupSeparatorShown(True)
        self.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self._told = False  # one word per attempt: validate() runs more than once per key

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if "-" in text or "\u2212" in text:
            if not self._told:
                self._told = True
                QTimer.singleShot(0, self._say_negative)
            return QValidator.State.Invalid, text, pos
        return super().validate(text, pos)

    def _say_negative(self) -> None:
        self._told = False
        text = self.tr("An amount cannot be negative: enter zero or more.")
        say_here(self, text)
        self.refused.emit(text)
