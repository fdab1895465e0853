"""The process library's list: every process with its stage and deal counts, archived ones hideable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from planner.services import ProcessSummary
from planner.ui.kit import plain

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ARCHIVED_ROLE = Qt.ItemDataRole.UserRole + 2


class ProcessListModel(QAbstractTableModel):
    """Processes with their stage and deal counts; archived ones in italics."""

    NAME, STAGES, DEALS, STATUS = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ProcessSummary] = []

    def set_processes(self, rows: list[ProcessSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_of(self, process_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == process_id), -1)

    def summary(self, row: int) -> ProcessSummary:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (r.name, str(r.stages), str(r.deals),
                    self.tr("Archived") if r.archived else self.tr("Active"))[col]
        if role == Qt.ItemDataRole.EditRole:  # sort numbers as numbers
            return (r.name.casefold(), r.stages, r.deals, int(r.archived))[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain.html(r.description or r.name)
        if role == Qt.ItemDataRole.FontRole and r.archived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.STAGES, self.DEALS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return r.id
        if role == ARCHIVED_ROLE:
            return r.archived
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Process"), self.tr("Stages"), self.tr("Deals"), self.tr("Status"))[section]


class ArchivedFilter(QSortFilterProxyModel):
    """Hides archived processes unless asked to show them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._show_archived = True
        self.setSortRole(Qt.ItemDataRole.EditRole)

    def set_show_archived(self, show: bool) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+; the older call is deprecated there
            self.beginFilterChange()
            self._show_archived = show
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self._show_archived = show
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        if self._show_archived:
            return True
        return not self.sourceModel().index(row, 0, parent).data(ARCHIVED_ROLE)
