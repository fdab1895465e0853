"""What the board sums up: a column's totals, and the open pipeline for the status bar.

Texts are written when asked for, in the language of the moment, so that a change of
language needs no more than asking again.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from planner.domain import formats
from planner.domain.model import Card
from planner.i18n import current_language
from planner.ui.kit import format as fmt

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class Totals(NamedTuple):
    """What a column header sums up about the cards it shows."""

    deals: int
    value: dict[str, float]  # per currency
    weighted: dict[str, float]

    @classmethod
    def of(cls, cards: list[Card], win_rate: int) -> Totals:
        value = fmt.summed((c.currency, c.value) for c in cards)
        weighted = {k: v * win_rate / 100.0 for k, v in value.items()}
        return cls(len(cards), value, weighted)


def pipeline(columns: Iterable[Totals]) -> tuple[str, str]:
    """(one line, tooltip) on the open pipeline the columns show; empty without any value."""
    value: dict[str, float] = {}
    weighted: dict[str, float] = {}
    for totals in columns:
        for c, v in totals.value.items():
            value[c] = value.get(c, 0.0) + v
        for c, v in totals.weighted.items():
            weighted[c] = weighted.get(c, 0.0) + v
    if not value:
        return "", ""
    main = fmt.main_currency(value)
    template = (translate("Board", "pipeline {value} · weighted {weighted} (+ other currencies)")
                if len(value) > 1 else translate("Board", "pipeline {value} · weighted {weighted}"))
    lang = current_language()
    text = template.format(value=formats.compact(value[main], main, lang),
                           weighted=formats.compact(weighted[main], main, lang))
    tip = translate("Board", "Open pipeline: {value}\nWeighted by stage win rates: {weighted}").format(
        value=formats.money_list(value, lang), weighted=formats.money_list(weighted, lang))
    return text, tip
