"""Qt models over a process being tailored: its stages, a stage's items, a summary."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from planner.domain.model import ItemTemplate, Stage
from planner.domain.reference import reference_stage
from planner.domain.tailoring import StageList, movable
from planner.i18n import current_language
from planner.ui.kit import icons, plain

Index = QModelIndex | QPersistentModelIndex
STAGE_ROLE = Qt.ItemDataRole.UserRole + 1  # the Stage object itself
MOVABLE_ROLE = Qt.ItemDataRole.UserRole + 2  # a stage of the team's own (not from the reference)


def _checked(value: Any) -> bool:
    """CheckStateRole arrives as a Qt.CheckState or as its int, depending on the caller."""
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return int(value) == Qt.CheckState.Checked.value


class ItemsModel(QAbstractTableModel):
    """A stage's tasks or deliverables: the text and whether the milestone needs it."""

    TEXT, REQUIRED = 0, 1
    itemsChanged = Signal()

    def __init__(self, heading: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._heading = heading
        self._rows: list[list[Any]] = []  # [text, required]

    # ------------------------------------------------------------ content
    def set_items(self, items: list[ItemTemplate]) -> None:
        self.beginResetModel()
        self._rows = [[i.text, i.required] for i in items]
        self.endResetModel()

    def items(self) -> list[ItemTemplate]:
        return [ItemTemplate(text, bool(required)) for text, required in self._rows]

    # ------------------------------------------------------------ Qt API
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        text, required = self._rows[index.row()]
        if index.column() == self.TEXT:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return text
        elif role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if required else Qt.CheckState.Unchecked
        elif role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Required: the milestone cannot be confirmed until this is done")
        elif role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("Required") if required else self.tr("Optional")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row = self._rows[index.row()]
        if index.column() == self.TEXT and role == Qt.ItemDataRole.EditRole:
            row[0] = str(value)
        elif index.column() == self.REQUIRED and role == Qt.ItemDataRole.CheckStateRole:
            row[1] = _checked(value)
        else:
            return False
        self.dataChanged.emit(index, index, [role])
        self.itemsChanged.emit()
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() == self.TEXT:
            return base | Qt.ItemFlag.ItemIsEditable
        return base | Qt.ItemFlag.ItemIsUserCheckable

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return self._heading if section == self.TEXT else self.tr("Required")

    def insertRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: N802
        if parent.isValid() or not 0 <= row <= len(self._rows) or count < 1:
            return False
        self.beginInsertRows(QModelIndex(), row, row + count - 1)
        self._rows[row:row] = [["", False] for _ in range(count)]
        self.endInsertRows()
        self.itemsChanged.emit()
        return True

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: N802
        if parent.isValid() or row < 0 or count < 1 or row + count > len(self._rows):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._rows[row:row + count]
        self.endRemoveRows()
        self.itemsChanged.emit()
        return True

    def move(self, row: int, delta: int) -> bool:
        """Move one row up (-1) or down (+1)."""
        target = row + delta
        if delta not in (-1, 1) or not (0 <= row < len(self._rows) and 0 <= target < len(self._rows)):
            return False
        # beginMoveRows wants the destination *before which* the row lands
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), target + (1 if delta > 0 else 0))
        self._rows.insert(target, self._rows.pop(row))
        self.endMoveRows()
        self.itemsChanged.emit()
        return True


class StageListModel(QAbstractListModel):
    """The stages of the process being shaped, numbered, in order."""

    def __init__(self, source: StageList, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._stages: list[Stage] = source.stages()

    @property
    def source(self) -> StageList:
        return self._source

    def set_source(self, source: StageList) -> None:
        self.beginResetModel()
        self._source = source
        self._stages = source.stages()
        self.endResetModel()

    def refresh(self) -> None:
        """The source changed outside the model (an answer on another page)."""
        self.beginResetModel()
        self._stages = self._source.stages()
        self.endResetModel()

    def stages(self) -> list[Stage]:
        return list(self._stages)

    def stage_edited(self, row: int) -> None:
        if 0 <= row < len(self._stages):
            index = self.index(row, 0)
            self.dataChanged.emit(index, index)

    # ------------------------------------------------------------ Qt API
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._stages)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        stage = self._stages[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:  # the view's delegate numbers the rows
            return stage.name.strip() or self.tr("(no name yet)")
        if role == Qt.ItemDataRole.ToolTipRole:
            milestone = stage.milestone.strip() or self.tr("(no milestone yet)")
            tip = self.tr("Ends with: {milestone}\nWin rate: {rate}%").format(milestone=milestone, rate=stage.win_rate)
            if self._source.locked(index.row()):
                tip += "\n" + self.tr("Deals are in this stage or have passed it: it keeps its place.")
            return plain.html(tip)
        if role == Qt.ItemDataRole.DecorationRole and self._source.locked(index.row()):
            return icons.icon("lock")
        if role == STAGE_ROLE:
            return stage
        if role == MOVABLE_ROLE:
            return movable(stage)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    # ------------------------------------------------------------ changes
    def insert(self, row: int, stage: Stage) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self._source.insert(row, stage)
        self._stages = self._source.stages()
        self.endInsertRows()

    def remove(self, row: int) -> Stage:
        self.beginRemoveRows(QModelIndex(), row, row)
        stage = self._source.remove(row)
        self._stages = self._source.stages()
        self.endRemoveRows()
        return stage

    def move(self, row: int, delta: int) -> None:
        target = row + delta
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), target + (1 if delta > 0 else 0))
        self._source.move(row, delta)
        self._stages = self._source.stages()
        self.endMoveRows()


class SummaryModel(QAbstractTableModel):
    """A read-only overview: every stage with its milestone and win rate."""

    NUMBER, NAME, MILESTONE, WIN_RATE, TASKS, DELIVERABLES = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stages: list[Stage] = []

    def set_stages(self, stages: list[Stage]) -> None:
        self.beginResetModel()
        self._stages = list(stages)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._stages)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        stage, col = self._stages[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.NUMBER:
                return str(index.row() + 1)
            if col == self.NAME:
                return stage.name
            if col == self.MILESTONE:
                return stage.milestone
            if col == self.WIN_RATE:
                return self.tr("{rate}%").format(rate=stage.win_rate)
            if col == self.TASKS:
                return self._count(stage.tasks)
            if col == self.DELIVERABLES:
                return self._count(stage.deliverables)
        if role == Qt.ItemDataRole.ToolTipRole and col in (self.NAME, self.MILESTONE):
            origin = (self.tr("Added by your team") if stage.ref_key is None
                      else self.tr("From the reference stage “{name}”").format(
                          name=reference_stage(stage.ref_key).text("name", current_language())))
            return plain.html(f"{stage.name}\n{stage.milestone}\n{origin}")
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (
                self.NUMBER, self.WIN_RATE, self.TASKS, self.DELIVERABLES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == STAGE_ROLE:
            return stage
        return None

    def _count(self, items: list[ItemTemplate]) -> str:
        required = sum(i.required for i in items if i.text.strip())
        total = sum(1 for i in items if i.text.strip())
        if not required:
            return str(total)
        return self.tr("{total} ({required} required)").format(total=total, required=required)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("#"), self.tr("Stage"), self.tr("Milestone that ends it"),
                self.tr("Win rate"), self.tr("Tasks"), self.tr("Deliverables"))[section]
