"""The stalled deals as a sortable table model (one row per deal, from reports.stalled)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from planner.domain.stalled import Basis, StalledDeal

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

Index = QModelIndex | QPersistentModelIndex
DEAL_ID = Qt.ItemDataRole.UserRole + 1
SORT = Qt.ItemDataRole.UserRole + 2  # numbers sort as numbers, names as folded text


class Column(IntEnum):
    DEAL = 0
    ACCOUNT = 1
    PROCESS = 2
    STAGE = 3
    DAYS = 4
    BAR = 5
    OVER = 6


def header(column: Column) -> str:
    return {
        Column.DEAL: translate("StalledModel", "Deal"),
        Column.ACCOUNT: translate("StalledModel", "Account"),
        Column.PROCESS: translate("StalledModel", "Process"),
        Column.STAGE: translate("StalledModel", "Stage"),
        Column.DAYS: translate("StalledModel", "Days in stage"),
        Column.BAR: translate("StalledModel", "Stalled after"),
        Column.OVER: translate("StalledModel", "Days over"),
    }[column]


def basis_text(deal: StalledDeal) -> str:
    """What the "Stalled after" cell adds to its number: where the bar comes from."""
    if deal.threshold.basis == Basis.TRACK_RECORD:
        return translate("StalledModel", "{days} d (your wins)").format(days=deal.threshold.days)
    return translate("StalledModel", "{days} d (idle setting)").format(days=deal.threshold.days)


def why(deal: StalledDeal) -> str:
    """The whole reason, for the tooltip and a screen reader."""
    # each count is a phrase of its own with its plural form ("1 day", "2 days"); the sentence
    # around them holds no number
    stay = translate("StalledModel", "%n days", "a time in a stage", deal.days_in_stage)
    if deal.threshold.basis == Basis.TRACK_RECORD:
        return translate("StalledModel", "{stay} in this stage; your won deals took at most {bar} here "
                         "(80th percentile of {sample})").format(
            stay=stay, bar=translate("StalledModel", "%n days", "a time in a stage", deal.threshold.days),
            sample=translate("StalledModel", "%n won deals", "", deal.threshold.samples))
    return translate("StalledModel", "{stay} in this stage, more than the {idle} set for this file "
                     "(too few won deals here yet to compare with)").format(
        stay=stay, idle=translate("StalledModel", "%n idle days", "", deal.threshold.days))


class StalledModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._deals: list[StalledDeal] = []

    @property
    def deals(self) -> Sequence[StalledDeal]:
        return self._deals

    def set_deals(self, deals: Sequence[StalledDeal]) -> None:
        self.beginResetModel()
        self._deals = list(deals)
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._deals:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._deals) - 1, len(Column) - 1))

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._deals)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        shown = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if shown and 0 <= section < len(Column):
            return header(Column(section))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._deals) or not 0 <= index.column() < len(Column):
            return None
        deal, column = self._deals[index.row()], Column(index.column())
        if role == DEAL_ID:
            return deal.deal_id
        if role == Qt.ItemDataRole.ToolTipRole and column < Column.DAYS:  # a name the column may elide
            return f"{self._text(deal, column)}\n{why(deal)}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return why(deal)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= Column.DAYS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SORT:
            return self._sort_value(deal, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(deal, column)
        return None

    @staticmethod
    def _text(deal: StalledDeal, column: Column) -> str:
        texts = {Column.DEAL: deal.title, Column.ACCOUNT: deal.account, Column.PROCESS: deal.process,
                 Column.STAGE: deal.stage, Column.DAYS: str(deal.days_in_stage),
                 Column.OVER: str(deal.days_over)}
        return texts[column] if column in texts else basis_text(deal)

    @staticmethod
    def _sort_value(deal: StalledDeal, column: Column) -> object:
        numbers = {Column.DAYS: deal.days_in_stage, Column.BAR: deal.threshold.days, Column.OVER: deal.days_over}
        if column in numbers:
            return numbers[column]
        return StalledModel._text(deal, column).casefold()
