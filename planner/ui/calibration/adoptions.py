"""The rates adopted so far for a process, newest first: when, which stage, the rate before
and after, and the observed figure it came from (``planner.processes.adoptions``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain import formats
from planner.domain.calibration import RateAdoption
from planner.i18n import current_language
from planner.ui.kit import plain
from planner.ui.kit.widgets import muted

VISIBLE_ROWS = 4  # the list stays small: older changes scroll


class AdoptionsList(QWidget):
    """A title, and a small table of adopted rates (or a line saying there is none yet)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._adoptions: list[RateAdoption] = []
        self._stages: dict[int, str] = {}
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.none = muted(plain.label(QLabel(self)))
        self.table = QTableWidget(0, 4, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.none)
        layout.addWidget(self.table)
        self._retranslate()
        self._show()

    def show_adoptions(self, adoptions: Sequence[RateAdoption], stage_names: Mapping[int, str]) -> None:
        self._adoptions, self._stages = list(adoptions), dict(stage_names)
        self._show()

    def rows(self) -> list[list[str]]:
        """What the table shows, newest first."""
        language = current_language()
        out = []
        for a in reversed(self._adoptions):
            when = formats.iso_timestamp(a.adopted_at, language, compact=True) or a.adopted_at
            change = self.tr("{old} → {new}").format(old=formats.percent(a.old_rate, language),
                                                     new=formats.percent(a.new_rate, language))
            if a.observed is None:
                source = self.tr("no closed deals yet")
            else:
                source = self.tr("{won} of %Ln closed deals won ({share})", "", a.closed).format(
                    won=formats.number(a.won, language), share=formats.percent(100 * a.observed, language))
            out.append([when, self._stages.get(a.stage_id, "—"), change, source])
        return out

    def _show(self) -> None:
        rows = self.rows()
        self.none.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, c, item)
        shown = min(len(rows), VISIBLE_ROWS)
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height()
                                  + shown * self.table.verticalHeader().defaultSectionSize()
                                  + 2 * self.table.frameWidth() + 2)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Adopted rates"))
        self.none.setText(self.tr("No observed rate of this process has been adopted yet. Adopting one changes "
                                  "the stage's rate for the future and is recorded here."))
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Stage"), self.tr("Rate"),
                                              self.tr("From your record")])
        self.table.setAccessibleName(self.tr("Adopted rates"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._show()
        super().changeEvent(event)
