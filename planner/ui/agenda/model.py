"""The agenda as a tree model: one row per group (overdue, today, within a week, later,
no date), its lines under it, five columns (what, when, deal, account, stage).

The model never writes: ticking a line asks (``tickRequested``) and the window pushes the
same undo command the deal panel pushes; the file's answer comes back through ``set_lines``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QGuiApplication

from planner.domain import formats
from planner.domain.agenda import AgendaLine, LineKind, When, grouped
from planner.i18n import current_language
from planner.ui.kit import glyphs, plain, theme
from planner.ui.kit.glyphs import draw_target

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

Index = QModelIndex | QPersistentModelIndex
LINE = Qt.ItemDataRole.UserRole + 1  # the AgendaLine of a line's row (None on a group's row)
GROUP = Qt.ItemDataRole.UserRole + 2  # the When of a row's group
_TOP = 0  # internal id of a group's row; a line's row has its group's number + 1


class Column(IntEnum):
    WHAT = 0
    DUE = 1
    DEAL = 2
    ACCOUNT = 3
    STAGE = 4


def header(column: Column) -> str:
    return {
        Column.WHAT: translate("AgendaModel", "What"),
        Column.DUE: translate("AgendaModel", "Due"),
        Column.DEAL: translate("AgendaModel", "Deal"),
        Column.ACCOUNT: translate("AgendaModel", "Account"),
        Column.STAGE: translate("AgendaModel", "Stage"),
    }[column]


def group_title(when: When) -> str:
    return {
        When.OVERDUE: translate("AgendaModel", "Overdue"),
        When.TODAY: translate("AgendaModel", "Today"),
        When.WEEK: translate("AgendaModel", "Within a week"),
        When.LATER: translate("AgendaModel", "Later"),
        When.UNDATED: translate("AgendaModel", "Next steps without a date"),
    }[when]


def what(line: AgendaLine) -> str:
    """The line's step in words, saying what kind of step it is (a next step says itself)."""
    if line.kind == LineKind.TASK:
        return translate("AgendaModel", "Task: {text}").format(text=line.text)
    if line.kind == LineKind.DELIVERABLE:
        return translate("AgendaModel", "Deliverable: {text}").format(text=line.text)
    if line.kind == LineKind.MILESTONE:
        return translate("AgendaModel", "Milestone target: {text}").format(text=line.text)
    return line.text


def due_text(line: AgendaLine, today: date) -> str:
    if line.due is None:
        return translate("AgendaModel", "No date")
    days = (today - line.due).days
    shown = formats.card_date(line.due, today, current_language())
    if days > 0:
        return translate("AgendaModel", "{date} (%n days ago)", "", days).format(date=shown)
    return shown


def describe(line: AgendaLine, today: date) -> str:
    """Everything about a line in plain sentences: its tooltip and what a screen reader says."""
    lang = current_language()
    out = [what(line), translate("AgendaModel", "Deal: {deal} ({account})").format(deal=line.title,
                                                                                  account=line.account),
           translate("AgendaModel", "Stage: {stage}, in {process}").format(stage=line.stage, process=line.process)]
    if line.due is not None:
        out.append(translate("AgendaModel", "Due: {date}").format(date=formats.long_date(line.due, lang)))
    if line.kind == LineKind.MILESTONE:
        out.append(translate("AgendaModel", "A milestone is confirmed in the deal, with its evidence: Enter "
                                            "opens the deal."))
    else:
        out.append(translate("AgendaModel", "Space ticks it as done (Undo brings it back); Enter opens the deal."))
    return "\n".join(out)


class AgendaModel(QAbstractItemModel):
    tickRequested = Signal(object)  # AgendaLine: the user ticked it

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = date.today()
        self._groups: list[tuple[When, list[AgendaLine]]] = []
        self._tickable = True  # the file may be changed here

    # ---------------------------------------------------------------- contents
    def set_lines(self, lines: Sequence[AgendaLine], today: date, tickable: bool = True) -> None:
        self.beginResetModel()
        self.today = today
        self._groups = grouped(lines, today)
        self._tickable = tickable
        self.endResetModel()

    @property
    def groups(self) -> list[tuple[When, list[AgendaLine]]]:
        return self._groups

    def count(self, when: When) -> int:
        return next((len(lines) for w, lines in self._groups if w == when), 0)

    def lines(self) -> list[AgendaLine]:
        return [line for _w, lines in self._groups for line in lines]

    def index_of(self, key: tuple[LineKind, int, int | None]) -> QModelIndex:
        """The row of the line with this (kind, deal, item), or an invalid index."""
        for g, (_w, lines) in enumerate(self._groups):
            for r, line in enumerate(lines):
                if (line.kind, line.deal_id, line.item_id) == key:
                    return self.index(r, 0, self.index(g, 0))
        return QModelIndex()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        self.beginResetModel()  # every text is the language's; the groups stay as read
        self.endResetModel()

    # ---------------------------------------------------------------- Qt API
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not 0 <= column < len(Column):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP) if 0 <= row < len(self._groups) else QModelIndex()
        if parent.internalId() != _TOP or parent.column() != 0:
            return QModelIndex()
        group = parent.row()
        if 0 <= group < len(self._groups) and 0 <= row < len(self._groups[group][1]):
            return self.createIndex(row, column, group + 1)
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # Qt's two parent()s
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _TOP and parent.column() == 0 and 0 <= parent.row() < len(self._groups):
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(Column):
            return header(Column(section))
        return None

    def _line(self, index: Index) -> AgendaLine | None:
        if not index.isValid() or index.internalId() == _TOP:
            return None
        return self._groups[index.internalId() - 1][1][index.row()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            return self._group_data(index, role)
        line = self._line(index)
        assert line is not None
        column = Column(index.column())
        when = self._groups[index.internalId() - 1][0]
        if role == LINE:
            return line
        if role == GROUP:
            return when
        if role == Qt.ItemDataRole.DisplayRole:
            return {Column.WHAT: what(line), Column.DUE: due_text(line, self.today), Column.DEAL: line.title,
                    Column.ACCOUNT: line.account, Column.STAGE: line.stage}[column]
        if role == Qt.ItemDataRole.CheckStateRole and column == Column.WHAT and line.tickable:
            return Qt.CheckState.Unchecked  # a ticked step leaves the agenda
        if role == Qt.ItemDataRole.DecorationRole and column == Column.WHAT and not line.tickable:
            return glyphs.icon(draw_target, theme.muted(QGuiApplication.palette()))  # a milestone: not ticked here
        if role == Qt.ItemDataRole.ForegroundRole and when == When.OVERDUE and column == Column.DUE:
            return theme.danger(QGuiApplication.palette())
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain.html(describe(line, self.today))
        if role == Qt.ItemDataRole.AccessibleTextRole and column == Column.WHAT:
            return describe(line, self.today).replace("\n", ". ")
        return None

    def _group_data(self, index: Index, role: int) -> Any:
        when, lines = self._groups[index.row()]
        if role == GROUP:
            return when
        if role == Qt.ItemDataRole.DisplayRole and index.column() == Column.WHAT:
            return translate("AgendaModel", "{group} ({count})").format(group=group_title(when), count=len(lines))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont(QGuiApplication.font())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and when == When.OVERDUE:
            return theme.danger(QGuiApplication.palette())
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        line = self._line(index)
        if line is None:
            return flags
        flags |= Qt.ItemFlag.ItemNeverHasChildren
        if self._tickable and line.tickable and index.column() == Column.WHAT:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        line = self._line(index)
        if line is None or role != Qt.ItemDataRole.CheckStateRole or not (self._tickable and line.tickable):
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.tickRequested.emit(line)
        return True
