"""One row per stage of a process's track record (planner.domain.calibration), as a table.

The texts follow the definitions in README ("Your track record"): the observed rate is the
share of closed deals that were won, shown with its 95% interval once the stage has enough
closed deals, and "too few (n)" before that.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QGuiApplication

from planner.domain import formats
from planner.domain.calibration import MIN_CLOSED, ProcessCalibration, StageCalibration
from planner.i18n import current_language
from planner.ui.kit import theme

Index = QModelIndex | QPersistentModelIndex
STAGE_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's StageCalibration
ADOPTABLE_ROLE = Qt.ItemDataRole.UserRole + 2  # the rate "Adopt" would set (int), or None
GAP_ROLE = Qt.ItemDataRole.UserRole + 3  # observed minus configured, in points (int), or None

FAR_APART = 10  # points between observed and configured that the table marks
UP, DOWN = "▲", "▼"  # the mark says which way, so the difference never rests on colour alone

(STAGE, CONFIGURED, OBSERVED, SAMPLE, WON, LOST, ABANDONED, OPEN, MEDIAN_DAYS, P80_DAYS) = range(10)
COUNTS = {WON: "won", LOST: "lost", ABANDONED: "abandoned", OPEN: "open"}


def whole_percent(share: float) -> int:
    """A share (0-1) as the whole percent a stage's win rate is kept in (half up)."""
    return math.floor(share * 100 + 0.5)


def adoptable(stage: StageCalibration) -> int | None:
    """The rate adopting would set: only a meaningful observed rate that differs from the
    configured one (adopting the same rate would change nothing)."""
    rate = stage.adoptable_rate
    return None if rate is None or rate == stage.configured_rate else rate


def gap(stage: StageCalibration) -> int | None:
    rate = stage.adoptable_rate
    return None if rate is None else rate - stage.configured_rate


def far_apart(stage: StageCalibration) -> bool:
    points = gap(stage)
    return points is not None and abs(points) > FAR_APART


class CalibrationModel(QAbstractTableModel):
    """The stages of one process's track record, in process order (empty: no process)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._process: ProcessCalibration | None = None
        self._stages: list[StageCalibration] = []

    # ------------------------------------------------------------ content
    def set_process(self, process: ProcessCalibration | None) -> None:
        self.beginResetModel()
        self._process = process
        self._stages = list(process.stages) if process else []
        self.endResetModel()

    @property
    def process(self) -> ProcessCalibration | None:
        return self._process

    def stage(self, row: int) -> StageCalibration | None:
        return self._stages[row] if 0 <= row < len(self._stages) else None

    def row_of(self, stage_id: int) -> int:
        return next((i for i, s in enumerate(self._stages) if s.stage_id == stage_id), -1)

    def closed(self) -> int:
        """Closed deals of the process: every deal enters the first stage."""
        return self._stages[0].closed if self._stages else 0

    # ------------------------------------------------------------ texts
    def observed_text(self, stage: StageCalibration) -> str:
        language = current_language()
        if not stage.meaningful or stage.won_share is None or stage.interval is None:
            return self.tr("too few ({n})").format(n=formats.number(stage.closed, language))
        text = self.tr("{rate} ({low}–{high})").format(
            rate=formats.percent(whole_percent(stage.won_share), language),
            low=formats.percent(whole_percent(stage.interval.low), language),
            high=formats.percent(whole_percent(stage.interval.high), language))
        points = gap(stage)
        if far_apart(stage) and points is not None:
            text = f"{UP if points > 0 else DOWN} {text}"
        return text

    def observed_tip(self, stage: StageCalibration) -> str:
        language = current_language()
        if stage.won_share is None or stage.interval is None:
            return self.tr("No deal that entered this stage has closed yet. The observed rate appears "
                           "once %Ln of them are won, lost or abandoned.", "", MIN_CLOSED)
        counts = self.tr("Won: {won} of %Ln closed deals ({share}); 95% range {low} to {high}.", "",
                         stage.closed).format(
            won=formats.number(stage.won, language),
            share=formats.percent(round(stage.won_share * 100, 1), language),
            low=formats.percent(round(stage.interval.low * 100, 1), language),
            high=formats.percent(round(stage.interval.high * 100, 1), language))
        if not stage.meaningful:
            return counts + "\n" + self.tr("Too few to go by: %Ln closed deals are needed.", "", MIN_CLOSED)
        points = gap(stage)
        if points is None or points == 0:
            return counts + "\n" + self.tr("The same as the configured rate.")
        if points > 0:
            return counts + "\n" + self.tr("{points} points above the configured rate.").format(
                points=formats.number(points, language))
        return counts + "\n" + self.tr("{points} points below the configured rate.").format(
            points=formats.number(-points, language))

    def _text(self, stage: StageCalibration, column: int) -> str:
        language = current_language()
        if column == STAGE:
            return stage.name
        if column == CONFIGURED:
            return formats.percent(stage.configured_rate, language)
        if column == OBSERVED:
            return self.observed_text(stage)
        if column == SAMPLE:
            return formats.number(stage.closed, language)
        if column in COUNTS:
            return formats.number(getattr(stage, COUNTS[column]), language)
        days = stage.median_days if column == MEDIAN_DAYS else stage.p80_days
        if days is None:
            return formats.NOTHING
        return formats.number(days, language, 0 if float(days).is_integer() else 1)  # a median may end in .5

    def _tip(self, stage: StageCalibration, column: int) -> str:
        language = current_language()
        if column == OBSERVED:
            return self.observed_tip(stage)
        if column == SAMPLE:
            return self.tr("Closed: {closed} of the %Ln deals that entered this stage.", "", stage.entered).format(
                closed=formats.number(stage.closed, language))
        if column in (MEDIAN_DAYS, P80_DAYS):
            return self.tr("From %Ln won deals that passed this stage.", "", stage.timed)
        return ""

    # ------------------------------------------------------------ Qt API
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._stages)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else P80_DAYS + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._stages):
            return None
        stage, column = self._stages[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(stage, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:  # the mark in words, not "black triangle"
            text = self._text(stage, column).removeprefix(UP + " ").removeprefix(DOWN + " ")
            return text + ("; " + self.observed_tip(stage).splitlines()[-1] if column == OBSERVED else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(stage, column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column != STAGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column in (OBSERVED, CONFIGURED) and far_apart(stage):
            if role == Qt.ItemDataRole.FontRole:
                font = QFont(QGuiApplication.font())
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole and column == OBSERVED:
                palette = QGuiApplication.palette()
                return theme.success(palette) if (gap(stage) or 0) > 0 else theme.danger(palette)
        if role == STAGE_ROLE:
            return stage
        if role == ADOPTABLE_ROLE:
            return adoptable(stage)
        if role == GAP_ROLE:
            return gap(stage)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical or not 0 <= section <= P80_DAYS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headings()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips().get(section)
        if role == Qt.ItemDataRole.TextAlignmentRole:  # over the figures: stage names left, numbers right
            side = Qt.AlignmentFlag.AlignLeft if section == STAGE else Qt.AlignmentFlag.AlignRight
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _headings(self) -> list[str]:
        return [self.tr("Stage"), self.tr("Configured"), self.tr("Observed (95% range)"), self.tr("Closed"),
                self.tr("Won"), self.tr("Lost"), self.tr("Abandoned"), self.tr("Open"),
                self.tr("Median days"), self.tr("80% within (days)")]

    def _header_tips(self) -> dict[int, str]:
        return {
            CONFIGURED: self.tr("The win rate the process gives this stage: it weights the forecast"),
            OBSERVED: self.tr("Won ÷ closed among the deals that entered this stage, with its 95% range"),
            SAMPLE: self.tr("Deals that entered this stage and were won, lost or abandoned: the sample size"),
            OPEN: self.tr("Deals that entered this stage and are still open"),
            MEDIAN_DAYS: self.tr("Days from entering the stage to confirming its milestone, for deals that were won"),
            P80_DAYS: self.tr("Four in five won deals confirmed this stage's milestone within this many days"),
        }
