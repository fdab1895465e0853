"""What the board sums up: a column's totals, and the open pipeline for the status bar.

Every total is in the file's home currency, converted with the file's exchange rates
(``planner.domain.money``); amounts in a currency without a rate are named apart ("+ ¥50M
without a rate"), never added in. Texts are written when asked for, in the language of the
moment, so that a change of language needs no more than asking again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication

from planner.domain import formats, money
from planner.i18n import current_language

if TYPE_CHECKING:
    from planner.services import Planner
    from planner.services.deals import Sums

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class Conversion(NamedTuple):
    """The home currency and the rates into it: what every total of the board is made with."""

    home: str
    rates: Mapping[str, float]

    @classmethod
    def of(cls, planner: Planner) -> Conversion:
        return cls(planner.rates.home(current_language()), planner.rates.table())


class Totals(NamedTuple):
    """What a column header sums up about the cards it shows."""

    deals: int
    money: money.Totals

    @classmethod
    def summed(cls, sums: Sums, win_rate: int, conversion: Conversion) -> Totals:
        """From the file's sums by currency (planner/store/board_reads.py) rather than cards."""
        found = money.totals(((value, currency, win_rate) for currency, value in sorted(sums.values.items())),
                             *conversion)
        return cls(sums.deals, found)

    @classmethod
    def none(cls, home: str = "TWD") -> Totals:
        return cls(0, money.Totals(home))


def without_rate(amounts: Mapping[str, float], short: bool = False) -> str:
    """"+ ¥50,000,000 without a rate" for what a total leaves out ("+ ¥50M without a rate"
    ``short``); "" when it leaves nothing."""
    if not amounts:
        return ""
    return translate("Board", "+ {amounts} without a rate").format(
        amounts=formats.money_list(amounts, current_language(), " + ", short=short))


def pipeline(columns: Iterable[Totals]) -> tuple[str, str]:
    """(one line, tooltip) on the open pipeline the columns show; empty without any value."""
    parts = [t.money for t in columns]
    if not parts:
        return "", ""
    total = sum(parts[1:], parts[0])
    if total.empty:
        return "", ""
    lang, home = current_language(), total.home
    text = translate("Board", "pipeline {value} · weighted {weighted}").format(
        value=formats.compact(total.value, home, lang), weighted=formats.compact(total.weighted, home, lang))
    tip = translate("Board", "Open pipeline: {value}\nWeighted by stage win rates: {weighted}").format(
        value=formats.money(total.value, home, lang), weighted=formats.money(total.weighted, home, lang))
    if total.unconverted:
        text = f"{text}  {without_rate(total.unconverted)}"
        tip += "\n" + translate(
            "Board", "Not in these totals, for want of an exchange rate: {amounts} "
                     "(set one in Settings › Exchange Rates…)").format(
            amounts=formats.money_list(total.unconverted, lang))
    return text, tip
