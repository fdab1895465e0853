"""A lost or abandoned deal's reason category, under its banner: shown, and chosen or changed
(an undoable edit: the panel pushes it); a file open read-only only shows it.

Its texts keep the ``DealWorkspace`` translation context: they are the panel's own words.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from planner.domain.model import Deal, DealStatus
from planner.domain.reasons import ReasonCategory
from planner.ui.kit import plain
from planner.ui.kit.reasons import CategoryBox, category_label

translate = QCoreApplication.translate


class CloseCategoryRow(QWidget):
    """"Reason category: [box]" for a lost or abandoned deal; hidden for any other."""

    chosen = Signal(object)  # the category id the user picked, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel(self)
        self.box = CategoryBox(self)
        self.shown = plain.label(QLabel(self))  # read-only: the category as text
        self.caption.setBuddy(self.box)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.caption)
        layout.addWidget(self.box)
        layout.addWidget(self.shown)
        layout.addStretch(1)
        self._current: ReasonCategory | None = None
        self.box.activated.connect(self._activated)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.caption.setText(translate("DealWorkspace", "Reason &category:"))
        self.box.setToolTip(translate(
            "DealWorkspace", "Why the deal ended, as a category of your list (Settings › Reason Categories…): "
            "the win/loss analysis counts deals by it. The written reason stays as it is."))
        self.shown.setText(category_label(self._current))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_deal(self, deal: Deal, categories: Sequence[ReasonCategory], read_only: bool) -> None:
        """The deal's category; ``categories`` as ``planner.reasons.all(include_retired=True)``."""
        closed = deal.status in (DealStatus.LOST, DealStatus.ABANDONED)
        self.setVisible(closed)
        if not closed:
            return
        self._current = next((c for c in categories if c.id == deal.close_category), None)
        self.box.fill(categories, deal.close_category)
        self.shown.setText(category_label(self._current))
        self.box.setVisible(not read_only)
        self.shown.setVisible(read_only)

    def _activated(self, _index: int) -> None:
        self.chosen.emit(self.box.value())
