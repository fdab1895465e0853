"""Stages folded to a narrow strip, so that a long process fits the window: remembered per
file and process on this computer, and listed in the View menu (a check per stage), which
is also how the keyboard folds and unfolds them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QHBoxLayout, QMenu, QWidget

from planner import local_settings
from planner.domain.model import Process
from planner.services import Planner

if TYPE_CHECKING:
    from planner.ui.board.column import StageColumn

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class Host(Protocol):
    planner: Planner
    process: Process | None
    columns: list[StageColumn]
    columns_layout: QHBoxLayout


class StageFolds(QObject):
    def __init__(self, host: Host) -> None:
        super().__init__(host if isinstance(host, QWidget) else None)
        self.host = host
        self.menu = QMenu(host if isinstance(host, QWidget) else None)
        self.menu.aboutToShow.connect(self._fill)
        self._applying = False
        self.retranslate()

    def apply(self) -> None:
        """Fold the new columns as they were left, and follow their folding from now on."""
        host = self.host
        folded = set()
        if host.process is not None and host.process.id is not None:
            folded = local_settings.folded_stages(host.planner.path, host.process.id)
        self._applying = True
        for column in host.columns:
            column.foldChanged.connect(lambda _f, c=column: self._changed(c))
            column.set_folded(column.stage.id in folded)
            self._stretch(column)
        self._applying = False
        self.menu.setEnabled(bool(host.columns))

    def _stretch(self, column: StageColumn) -> None:
        self.host.columns_layout.setStretchFactor(column, 0 if column.folded else 1)

    def _changed(self, column: StageColumn) -> None:
        self._stretch(column)
        host = self.host
        if self._applying or host.process is None or host.process.id is None:
            return
        local_settings.set_folded_stages(host.planner.path, host.process.id,
                                         (c.stage.id for c in host.columns if c.folded and c.stage.id is not None))

    def folded(self) -> list[int]:
        return [c.stage.id for c in self.host.columns if c.folded and c.stage.id is not None]

    def _fill(self) -> None:
        """One check per stage, in the process's order (built as the menu opens: always current)."""
        self.menu.clear()
        for column in self.host.columns:
            action = self.menu.addAction(column.stage.name.replace("&", "&&"))
            action.setCheckable(True)
            action.setChecked(column.folded)
            action.toggled.connect(lambda on, c=column: c.set_folded(on))
        if self.host.columns:
            self.menu.addSeparator()
            unfold = self.menu.addAction(translate("Board", "&Unfold All"))
            unfold.setEnabled(any(c.folded for c in self.host.columns))
            unfold.triggered.connect(self.unfold_all)

    def unfold_all(self) -> None:
        for column in self.host.columns:
            column.set_folded(False)

    def retranslate(self) -> None:
        self.menu.setTitle(translate("Board", "F&old Stages"))
        self.menu.setToolTip(translate("Board", "Fold stages to narrow strips so that the others have room"))
