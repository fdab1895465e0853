"""The quick filters beside the search (overdue, stalled, closing this month or quarter, a
value range, archived deals shown) and the sort order within the columns, as two menus.

Both are menus of checkable actions, so the keyboard reaches them as it reaches any menu,
and the View menu can hold the same actions. The value range is asked in a small dialog
(``value_range``, loaded when first asked for: it is off the way to the window's first paint).
Every text is set again on a language change; what is chosen stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from planner.domain import formats
from planner.i18n import current_language
from planner.ui.board.query import Closing, SortOrder

if TYPE_CHECKING:
    from planner.ui.board.value_range import ValueRangeDialog

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class QuickFilters(QObject):
    """The filter menu's actions and the value range; ``changed`` after any of them."""

    changed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.home = "TWD"  # the currency the value range is in (the board's home currency)
        self.value_min: float | None = None
        self.value_max: float | None = None
        self.menu = QMenu(parent)
        self.overdue = self._check()
        self.stalled = self._check()
        self.closing = QActionGroup(self)
        self.closing.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        self.month = self._check(self.closing)
        self.quarter = self._check(self.closing)
        self.value = QAction(self)
        self.value.setCheckable(True)
        self.value.triggered.connect(self.ask_value_range)
        self.archived = self._check()
        self.clear = QAction(self)
        self.clear.triggered.connect(self.clear_all)
        for action in (self.overdue, self.stalled):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addActions([self.month, self.quarter])
        self.menu.addSeparator()
        self.menu.addAction(self.value)
        self.menu.addSeparator()
        self.menu.addAction(self.archived)
        self.menu.addSeparator()
        self.menu.addAction(self.clear)
        self.dialog: ValueRangeDialog | None = None  # made when asked for (planner/ui/board/value_range.py)
        self.retranslate()

    def _check(self, group: QActionGroup | None = None) -> QAction:
        action = QAction(self)
        action.setCheckable(True)
        if group is not None:
            group.addAction(action)
        action.toggled.connect(lambda _on: self._changed())
        return action

    def _changed(self) -> None:
        self.clear.setEnabled(self.count() > 0)
        self.changed.emit()

    def closing_choice(self) -> Closing:
        if self.month.isChecked():
            return Closing.MONTH
        if self.quarter.isChecked():
            return Closing.QUARTER
        return Closing.ANY

    def count(self) -> int:
        """How many filters narrow the board (showing archived deals narrows nothing)."""
        return sum((self.overdue.isChecked(), self.stalled.isChecked(), self.closing_choice() != Closing.ANY,
                    self.value_min is not None or self.value_max is not None))

    def clear_all(self) -> None:
        for action in (self.overdue, self.stalled, self.month, self.quarter):
            action.blockSignals(True)
            action.setChecked(False)
            action.blockSignals(False)
        self.set_value_range(None, None)  # announces the change once

    def set_value_range(self, low: float | None, high: float | None) -> None:
        if low is not None and high is not None and low > high:
            low, high = high, low
        self.value_min, self.value_max = low, high
        self.value.setChecked(low is not None or high is not None)
        self._word_value()
        self._changed()

    def ask_value_range(self) -> None:
        """The range in a small dialog (not modal to the code: tests and the event loop go on)."""
        from planner.ui.board.value_range import ValueRangeDialog

        self.value.setChecked(self.value_min is not None or self.value_max is not None)  # until answered
        self.dialog = ValueRangeDialog(self.home, self.value_min, self.value_max, self._parent)
        self.dialog.accepted.connect(lambda: self.set_value_range(*self.dialog.values()) if self.dialog else None)
        self.dialog.open()

    # ------------------------------------------------------------------ words
    def retranslate(self) -> None:
        self.overdue.setText(translate("BoardFilters", "&Overdue"))
        self.overdue.setToolTip(translate("BoardFilters", "Open deals whose expected close date has passed"))
        self.stalled.setText(translate("BoardFilters", "&Stalled"))
        self.stalled.setToolTip(translate("BoardFilters", "Open deals longer in their stage than your won deals were"))
        self.month.setText(translate("BoardFilters", "Closing This &Month"))
        self.quarter.setText(translate("BoardFilters", "Closing This &Quarter"))
        self.archived.setText(translate("BoardFilters", "Show &Archived Deals"))
        self.archived.setToolTip(translate("BoardFilters",
                                           "Archived deals are hidden from the board unless shown here"))
        self.clear.setText(translate("BoardFilters", "&Clear Filters"))
        self.clear.setEnabled(self.count() > 0)
        self._word_value()

    def _word_value(self) -> None:
        low, high = self.value_min, self.value_max
        lang = current_language()
        if low is None and high is None:
            text = translate("BoardFilters", "&Value Range…")
        elif high is None:
            text = translate("BoardFilters", "&Value at Least {amount}…").format(
                amount=formats.compact(low or 0.0, self.home, lang))
        elif low is None:
            text = translate("BoardFilters", "&Value at Most {amount}…").format(
                amount=formats.compact(high, self.home, lang))
        else:
            text = translate("BoardFilters", "&Value {low} to {high}…").format(
                low=formats.compact(low, self.home, lang), high=formats.compact(high, self.home, lang))
        self.value.setText(text)


class SortMenu(QObject):
    """The order of the cards in every column; ``changed`` when another is chosen."""

    changed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.menu = QMenu(parent)
        self.group = QActionGroup(self)
        self.actions: dict[SortOrder, QAction] = {}
        for order in SortOrder:
            action = QAction(self)
            action.setCheckable(True)
            action.setData(order.value)
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[order] = action
        self.actions[SortOrder.CLOSE].setChecked(True)
        self.group.triggered.connect(lambda _a: self.changed.emit())
        self.retranslate()

    def order(self) -> SortOrder:
        checked = self.group.checkedAction()
        return SortOrder(checked.data()) if checked is not None else SortOrder.CLOSE

    def set_order(self, order: SortOrder) -> None:
        """Choose ``order`` without announcing it (the board applies it)."""
        self.actions[order].setChecked(True)

    def label(self) -> str:
        """The chosen order in a few words, for the sort button."""
        return {
            SortOrder.CLOSE: translate("BoardSort", "By close date"),
            SortOrder.VALUE: translate("BoardSort", "By value"),
            SortOrder.IN_STAGE: translate("BoardSort", "By time in stage"),
            SortOrder.TITLE: translate("BoardSort", "By title"),
            SortOrder.NEWEST: translate("BoardSort", "Newest first"),
        }[self.order()]

    def retranslate(self) -> None:
        texts = {
            SortOrder.CLOSE: translate("BoardSort", "Expected &Close, Soonest First"),
            SortOrder.VALUE: translate("BoardSort", "&Value, Largest First"),
            SortOrder.IN_STAGE: translate("BoardSort", "&Time Since the Last Milestone, Longest First"),
            SortOrder.TITLE: translate("BoardSort", "T&itle, A to Z"),
            SortOrder.NEWEST: translate("BoardSort", "&Newest First"),
        }
        for order, action in self.actions.items():
            action.setText(texts[order])
