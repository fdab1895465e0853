"""Reason categories as the user reads them, and the box that offers them wherever a deal is
lost or abandoned (the abandon dialogs, the milestone that went against us, a closed deal).

Choosing one is optional: the box starts at "No category", so that nobody files a deal under
"Other" just to get past a dialog; an uncategorised deal can be filed later from its panel.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QComboBox, QWidget

from planner.domain import reasons
from planner.domain.reasons import ReasonCategory


def category_label(category: ReasonCategory | None) -> str:
    """The user's own name, or the built-in one in the current language; None: uncategorised."""
    if category is None:
        return QCoreApplication.translate(reasons.CONTEXT, reasons.UNCATEGORISED)
    if category.translatable:
        return QCoreApplication.translate(reasons.CONTEXT, category.source_name)
    return category.source_name


def category_names(categories: Sequence[ReasonCategory]) -> dict[int, str]:
    """Every category's label by id (retired ones too): for logs that name them by id."""
    return {c.id: category_label(c) for c in categories}


class CategoryBox(QComboBox):
    """"No category" and the offered categories in the user's order; a retired category shows
    only as the current choice of a deal that carries it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._categories: list[ReasonCategory] = []
        self._current: int | None = None
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMinimumContentsLength(14)

    def fill(self, categories: Sequence[ReasonCategory], current: int | None = None) -> None:
        """Offer ``categories`` (as ``planner.reasons.all(include_retired=True)`` gives them)
        with ``current`` chosen; signals stay quiet while the items change."""
        self._categories, self._current = list(categories), current
        self._write_items()

    def _write_items(self) -> None:
        self.blockSignals(True)
        self.clear()
        self.addItem(QCoreApplication.translate("CategoryBox", "No category"), None)
        for c in self._categories:
            if not c.archived:
                self.addItem(category_label(c), c.id)
            elif c.id == self._current:
                self.addItem(QCoreApplication.translate("CategoryBox", "{name} (retired)").format(
                    name=category_label(c)), c.id)
        found = self.findData(self._current) if self._current is not None else 0
        self.setCurrentIndex(max(found, 0))
        self.blockSignals(False)

    def value(self) -> int | None:
        data = self.currentData()
        return int(data) if data is not None else None

    def set_value(self, category_id: int | None) -> None:
        self._current = category_id
        found = self.findData(category_id) if category_id is not None else 0
        self.blockSignals(True)
        self.setCurrentIndex(max(found, 0))
        self.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._current = self.value()
            self._write_items()
        super().changeEvent(event)
