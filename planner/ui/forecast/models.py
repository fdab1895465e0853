"""The forecast as tables: by period (a row per month or quarter) and by stage (a tree of
processes and their stages, in board order).

Both read one ``planner.domain.forecast.Forecast`` and write nothing. Amounts are in the
home currency; what has no exchange rate sits in its own column, in its own currency, and
is never added in. Texts are written when Qt asks, in the language of the moment.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication, QIcon

from planner.domain import formats
from planner.domain.forecast import NO_DATE, OVERDUE, Figures, Forecast, StageRef
from planner.i18n import current_language
from planner.ui.forecast import texts
from planner.ui.forecast.texts import Measure
from planner.ui.kit import icons, theme

Index = QModelIndex | QPersistentModelIndex
FIGURES_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's Figures
PERIOD_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's period key ("" on the total row)
STAGE_ROLE = Qt.ItemDataRole.UserRole + 3  # the row's StageRef (None on a process or total row)
PROCESS_ROLE = Qt.ItemDataRole.UserRole + 4  # the row's process id (None on the total row)

TOTAL = ""  # the period key of the total row
translate = QCoreApplication.translate  # lupdate reads translate("Forecast", "text")
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def _bold() -> QFont:
    font = QFont(QGuiApplication.font())
    font.setBold(True)
    return font


def figure_text(figures: Figures, measure: Measure, forecast: Forecast) -> str:
    """A cell of a measure column: a count or a full amount in the home currency."""
    return texts.amount(measure.of(figures), forecast, measure)


def _figure_tip(figures: Figures, forecast: Forecast) -> str:
    if not figures.unconverted:
        return ""
    return translate("Forecast", "Without an exchange rate, not in this amount: {amounts}").format(
        amounts=texts.without_rate(figures.unconverted))


class _FiguresColumns:
    """The measure columns both tables share, after their own first columns."""

    MEASURES = (Measure.DEALS, Measure.VALUE, Measure.WEIGHTED_SET, Measure.WEIGHTED_OBSERVED)

    @staticmethod
    def heading(measure: Measure) -> str:
        return {
            Measure.DEALS: translate("Forecast", "Deals"),
            Measure.VALUE: translate("Forecast", "Open value"),
            Measure.WEIGHTED_SET: translate("Forecast", "Weighted: set rates"),
            Measure.WEIGHTED_OBSERVED: translate("Forecast", "Weighted: observed rates"),
        }[measure]

    @staticmethod
    def heading_tip(measure: Measure) -> str:
        return {
            Measure.DEALS: translate("Forecast", "Open deals, with or without an exchange rate"),
            Measure.VALUE: translate("Forecast", "The deals' values added up, unweighted"),
            Measure.WEIGHTED_SET: translate("Forecast", "Each deal's value × the win rate you set for its stage"),
            Measure.WEIGHTED_OBSERVED: translate(
                "Forecast", "Each deal's value × its stage's observed win rate where the stage has enough "
                            "closed deals, else × the rate you set"),
        }[measure]

    @staticmethod
    def without_rate_heading() -> str:
        return translate("Forecast", "Without a rate")

    @staticmethod
    def without_rate_tip() -> str:
        return translate("Forecast", "Open value in currencies that have no exchange rate, each in its "
                                              "own currency (deals in brackets): never added into the amounts")


class PeriodModel(QAbstractTableModel):
    """A row per period of the forecast (overdue first, no date last), then the total."""

    PERIOD, DEALS, VALUE, WEIGHTED_SET, WEIGHTED_OBSERVED, WITHOUT_RATE = range(6)
    MEASURE_OF: ClassVar[dict[int, Measure]] = {
        DEALS: Measure.DEALS, VALUE: Measure.VALUE, WEIGHTED_SET: Measure.WEIGHTED_SET,
        WEIGHTED_OBSERVED: Measure.WEIGHTED_OBSERVED}

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.forecast: Forecast | None = None
        self._rows: list[tuple[str, Figures]] = []

    def set_forecast(self, forecast: Forecast | None) -> None:
        self.beginResetModel()
        self.forecast = forecast
        self._rows = []
        if forecast is not None and not forecast.empty:
            self._rows = [*forecast.by_period().items(), (TOTAL, forecast.total())]
        self.endResetModel()

    def retranslate(self) -> None:
        """Texts follow the language: ask the views to read them again."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.WITHOUT_RATE))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.WITHOUT_RATE)

    def row_of(self, period: str) -> int:
        return next((i for i, (p, _f) in enumerate(self._rows) if p == period), -1)

    def has_unconverted(self) -> bool:
        return bool(self._rows and self._rows[-1][1].unconverted)

    # ------------------------------------------------------------ Qt API
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.WITHOUT_RATE + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or self.forecast is None:
            return None
        period, figures = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(period, figures, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.PERIOD:
                return texts.period_tip(period, self.forecast) or None
            if column in self.MEASURE_OF and self.MEASURE_OF[column].money:
                return _figure_tip(figures, self.forecast) or None
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT if column in (self.PERIOD, self.WITHOUT_RATE) else RIGHT
        if role == Qt.ItemDataRole.FontRole and period == TOTAL:
            return _bold()
        if role == Qt.ItemDataRole.ForegroundRole:
            palette = QGuiApplication.palette()
            if period == OVERDUE and column == self.PERIOD:
                return theme.danger(palette)
            if period == NO_DATE and column == self.PERIOD:
                return theme.warning(palette)
            if column == self.WITHOUT_RATE:
                return theme.warning(palette)
        if role == Qt.ItemDataRole.DecorationRole and column == self.PERIOD:
            return _flag_icon(period)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.PERIOD and period in (OVERDUE, NO_DATE):
            return f"{self._text(period, figures, column)}: {texts.period_tip(period, self.forecast)}"
        if role == FIGURES_ROLE:
            return figures
        if role == PERIOD_ROLE:
            return period
        return None

    def _text(self, period: str, figures: Figures, column: int) -> str:
        assert self.forecast is not None
        if column == self.PERIOD:
            return translate("Forecast", "Total") if period == TOTAL else texts.period_label(period)
        if column == self.WITHOUT_RATE:
            return texts.without_rate(figures.unconverted)
        return figure_text(figures, self.MEASURE_OF[column], self.forecast)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical or not 0 <= section <= self.WITHOUT_RATE:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == self.PERIOD:
                if self.forecast is not None and self.forecast.by == "quarter":
                    return translate("Forecast", "Quarter")
                return translate("Forecast", "Month")
            if section == self.WITHOUT_RATE:
                return _FiguresColumns.without_rate_heading()
            return _FiguresColumns.heading(self.MEASURE_OF[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == self.PERIOD:
                return translate("Forecast", "When the deals are expected to close; overdue dates "
                                                      "come first and deals without a date last")
            if section == self.WITHOUT_RATE:
                return _FiguresColumns.without_rate_tip()
            return _FiguresColumns.heading_tip(self.MEASURE_OF[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT if section in (self.PERIOD, self.WITHOUT_RATE) else RIGHT
        return None


def _flag_icon(period: str) -> QIcon | None:
    palette = QGuiApplication.palette()
    if period == OVERDUE:
        return icons.icon("overdue", theme.danger(palette))
    if period == NO_DATE:
        return icons.icon("warning", theme.warning(palette))
    return None


class StageModel(QAbstractItemModel):
    """Processes (with their totals) holding their stages in board order; a last row adds up
    every process when there is more than one."""

    NAME, DEALS, VALUE, SET_RATE, OBSERVED_RATE, WEIGHTED_SET, WEIGHTED_OBSERVED, WITHOUT_RATE = range(8)
    MEASURE_OF: ClassVar[dict[int, Measure]] = {
        DEALS: Measure.DEALS, VALUE: Measure.VALUE, WEIGHTED_SET: Measure.WEIGHTED_SET,
        WEIGHTED_OBSERVED: Measure.WEIGHTED_OBSERVED}
    _TOP = 0  # internal id of a top-level row; a stage row's id is its process row + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.forecast: Forecast | None = None
        # top-level rows: (process id or None for the total, name, figures, its stages with figures)
        self._rows: list[tuple[int | None, str, Figures, list[tuple[StageRef, Figures]]]] = []

    def set_forecast(self, forecast: Forecast | None) -> None:
        self.beginResetModel()
        self.forecast = forecast
        self._rows = []
        if forecast is not None and not forecast.empty:
            by_stage, by_process = forecast.by_stage(), forecast.by_process()
            for process_id, figures in by_process.items():
                stages = [(s, by_stage[s.stage_id]) for s in forecast.stages if s.process_id == process_id]
                name = stages[0][0].process_name if stages else ""
                self._rows.append((process_id, name, figures, stages))
            if len(by_process) > 1:
                self._rows.append((None, "", forecast.total(), []))
        self.endResetModel()

    def retranslate(self) -> None:
        self.layoutChanged.emit()  # every text is read again
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.WITHOUT_RATE)

    def processes(self) -> int:
        return sum(1 for process_id, *_rest in self._rows if process_id is not None)

    # ------------------------------------------------------------ Qt API
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not 0 <= column <= self.WITHOUT_RATE:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, self._TOP) if 0 <= row < len(self._rows) else QModelIndex()
        if parent.internalId() != self._TOP or parent.column() != 0:
            return QModelIndex()  # stages have no rows below them; only the first column holds rows
        stages = self._rows[parent.row()][3]
        return self.createIndex(row, column, parent.row() + 1) if 0 <= row < len(stages) else QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # QObject.parent() too
        if not index.isValid() or index.internalId() == self._TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, self._TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._rows)
        if parent.internalId() != self._TOP or parent.column() != 0:
            return 0
        return len(self._rows[parent.row()][3])

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return self.WITHOUT_RATE + 1

    def _row(self, index: Index) -> tuple[int | None, StageRef | None, str, Figures]:
        """(process id, stage or None, name, figures) of a valid index."""
        if index.internalId() == self._TOP:
            process_id, name, figures, _stages = self._rows[index.row()]
            return process_id, None, name, figures
        process_id, _name, _figures, stages = self._rows[index.internalId() - 1]
        stage, figures = stages[index.row()]
        return process_id, stage, stage.stage_name, figures

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.forecast is None:
            return None
        process_id, stage, name, figures = self._row(index)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(process_id, stage, name, figures, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.OBSERVED_RATE and stage is not None:
                return self._observed_tip(stage)
            if column in self.MEASURE_OF and self.MEASURE_OF[column].money:
                return _figure_tip(figures, self.forecast) or None
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT if column in (self.NAME, self.WITHOUT_RATE) else RIGHT
        if role == Qt.ItemDataRole.FontRole and stage is None:
            return _bold()  # a process's or the whole total
        if role == Qt.ItemDataRole.ForegroundRole:
            palette = QGuiApplication.palette()
            if column == self.WITHOUT_RATE:
                return theme.warning(palette)
            if stage is not None and not figures.deals and column != self.NAME:
                return theme.muted(palette)  # an empty stage stays in the funnel, quietly
        if role == FIGURES_ROLE:
            return figures
        if role == STAGE_ROLE:
            return stage
        if role == PROCESS_ROLE:
            return process_id
        return None

    def _text(self, process_id: int | None, stage: StageRef | None, name: str, figures: Figures, column: int) -> str:
        assert self.forecast is not None
        language = current_language()
        if column == self.NAME:
            return translate("Forecast", "All processes") if process_id is None else name
        if column == self.SET_RATE:
            return formats.percent(stage.set_rate, language) if stage is not None else ""
        if column == self.OBSERVED_RATE:
            if stage is None:
                return ""
            if stage.observed_rate is None:
                return formats.NOTHING
            return formats.percent(round(stage.observed_rate), language)
        if column == self.WITHOUT_RATE:
            return texts.without_rate(figures.unconverted)
        return figure_text(figures, self.MEASURE_OF[column], self.forecast)

    def _observed_tip(self, stage: StageRef) -> str:
        if stage.observed_rate is None:
            return translate("Forecast", "Too few closed deals in this stage for an observed rate: its "
                                                  "deals are weighted by the rate you set (Tools › Your Track "
                                                  "Record…).")
        return translate("Forecast", "Of the closed deals that reached this stage, {rate} were won "
                                              "(Tools › Your Track Record…).").format(
            rate=formats.percent(round(stage.observed_rate, 1), current_language()))

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != self._TOP:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical or not 0 <= section <= self.WITHOUT_RATE:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == self.NAME:
                return translate("Forecast", "Process and stage")
            if section == self.SET_RATE:
                return translate("Forecast", "Set rate")
            if section == self.OBSERVED_RATE:
                return translate("Forecast", "Observed rate")
            if section == self.WITHOUT_RATE:
                return _FiguresColumns.without_rate_heading()
            return _FiguresColumns.heading(self.MEASURE_OF[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == self.SET_RATE:
                return translate("Forecast", "The win rate you set for the stage")
            if section == self.OBSERVED_RATE:
                return translate("Forecast", "How often deals that reached the stage were won, once it "
                                                      "has enough closed deals (Tools › Your Track Record…)")
            if section == self.WITHOUT_RATE:
                return _FiguresColumns.without_rate_tip()
            if section in self.MEASURE_OF:
                return _FiguresColumns.heading_tip(self.MEASURE_OF[section])
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT if section in (self.NAME, self.WITHOUT_RATE) else RIGHT
        return None
