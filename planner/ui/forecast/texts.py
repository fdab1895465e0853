"""The forecast's words and figures as people read them: period names, the four measures,
amounts in the home currency and what a total leaves out for want of an exchange rate.

Shared by the tables and the charts, so both name a period or a measure the same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import Enum

from babel.dates import format_date, format_skeleton
from PySide6.QtCore import QCoreApplication

from planner.domain import formats
from planner.domain.errors import QT_TRANSLATE_NOOP
from planner.domain.forecast import NO_DATE, OVERDUE, Figures, Forecast, Unconverted
from planner.i18n import current_language

translate = QCoreApplication.translate  # lupdate reads translate("Forecast", "text")


class Measure(Enum):
    """What a column or a chart sums up; the value is the source text of its name."""

    DEALS = QT_TRANSLATE_NOOP("Forecast", "Deals")
    VALUE = QT_TRANSLATE_NOOP("Forecast", "Open value")
    WEIGHTED_SET = QT_TRANSLATE_NOOP("Forecast", "Weighted by your set rates")
    WEIGHTED_OBSERVED = QT_TRANSLATE_NOOP("Forecast", "Weighted by your observed rates")

    def title(self) -> str:
        return translate("Forecast", self.value)

    def of(self, figures: Figures) -> float:
        """This measure of ``figures`` (amounts in the home currency, without the unconverted)."""
        if self is Measure.DEALS:
            return float(figures.deals)
        if self is Measure.VALUE:
            return figures.value
        if self is Measure.WEIGHTED_SET:
            return figures.weighted_set
        return figures.weighted_observed

    @property
    def money(self) -> bool:
        return self is not Measure.DEALS


def period_label(period: str, language: str | None = None) -> str:
    """"Overdue", "No close date", "Dec 2026" / "2026年12月", "Q4 2026" / "2026年第4季"."""
    language = language or current_language()
    if period == OVERDUE:
        return translate("Forecast", "Overdue")
    if period == NO_DATE:
        return translate("Forecast", "No close date")
    year, _, rest = period.partition("-")
    try:
        if rest.startswith("Q"):
            return formats.quarter(int(year), int(rest[1:]), language)
        return formats.month(int(year), int(rest), language)
    except ValueError:  # not a period the forecast writes: shown as it is
        return period


def period_lines(period: str, language: str | None = None) -> tuple[str, ...]:
    """A period in two short lines for a chart's axis: ("Dec", "2026"), ("第4季", "2026年")."""
    language = (language or current_language()).replace("-", "_")
    if period in (OVERDUE, NO_DATE):
        return (period_label(period, language),)
    year, _, rest = period.partition("-")
    try:
        if rest.startswith("Q"):
            first = date(int(year), 3 * int(rest[1:]) - 2, 1)
            return str(format_date(first, "QQQ", locale=language)), str(format_skeleton("y", first, locale=language))
        first = date(int(year), int(rest), 1)
        return str(format_skeleton("MMM", first, locale=language)), str(format_skeleton("y", first, locale=language))
    except ValueError:
        return (period,)


def period_tip(period: str, forecast: Forecast, language: str | None = None) -> str:
    """What a flagged period holds, for its tooltip ("" for a dated period)."""
    language = language or current_language()
    if period == OVERDUE:
        return translate("Forecast", "Open deals whose expected close date is before today ({today}): "
                                  "they are still counted. Update the date, or close the deal.").format(
            today=formats.medium_date(forecast.today, language))
    if period == NO_DATE:
        return translate("Forecast", "Open deals without an expected close date: they are counted, "
                                  "but no month can be given for them.")
    return ""


def amount(value: float, forecast: Forecast, measure: Measure = Measure.VALUE, language: str | None = None) -> str:
    """A figure of the forecast in full: NT$8,600,000, or a count of deals."""
    language = language or current_language()
    if not measure.money:
        return formats.number(value, language)
    return formats.money(round(value), forecast.home, language)


def short_amount(value: float, forecast: Forecast, measure: Measure, language: str | None = None) -> str:
    """A figure for a chart: NT$8.6M, $860萬, or a count."""
    language = language or current_language()
    if not measure.money:
        return formats.number(value, language)
    return formats.compact(value, forecast.home, language)


def without_rate(unconverted: Mapping[str, Unconverted], language: str | None = None) -> str:
    """"USD 755,000 (4)": a cell's amounts that have no rate, each in its own currency."""
    language = language or current_language()
    parts = sorted(unconverted.items(), key=lambda kv: (-kv[1].value, kv[0]))
    return " + ".join(translate("Forecast", "{amount} ({deals})").format(
        amount=formats.money(round(u.value), currency, language, code=True), deals=formats.number(u.deals, language))
        for currency, u in parts)


def home_label(forecast: Forecast, language: str | None = None) -> str:
    """"Amounts in NT$ (TWD), the file's home currency"."""
    language = language or current_language()
    symbol = formats.money(0, forecast.home, language).replace("0", "").strip()
    if symbol and symbol != forecast.home:
        shown = translate("Forecast", "{symbol} ({code})").format(symbol=symbol, code=forecast.home)
    else:
        shown = forecast.home
    return translate("Forecast", "Amounts in {currency}, the file's home currency").format(currency=shown)


def observed_note(total: Figures, language: str | None = None) -> str:
    """How many deals the observed rates weighted, in one short line."""
    language = language or current_language()
    if not total.deals:
        return ""
    if total.observed_deals == 0:
        return translate("Forecast", "No stage of these deals has enough closed deals for an observed rate yet: "
                                  "both weightings use the rates you set.")
    if total.observed_deals == total.deals:
        return translate("Forecast", "Deals weighted by your observed rates: all ({deals}).").format(
            deals=formats.number(total.deals, language))
    return translate("Forecast", "Deals weighted by your observed rates: {observed} of {deals}, in stages with enough "
                              "closed deals; the rest by the rates you set.").format(
        observed=formats.number(total.observed_deals, language), deals=formats.number(total.deals, language))


def unconverted_note(forecast: Forecast, total: Figures, language: str | None = None) -> str:
    """What no total includes for want of an exchange rate, per currency ("" when nothing)."""
    language = language or current_language()
    if not total.unconverted:
        return ""
    lines = [translate("Forecast", "Not in any total or chart, for want of an exchange rate into {home} "
                                "(set one in Settings › Exchange Rates…):").format(home=forecast.home)]
    for currency, u in sorted(total.unconverted.items(), key=lambda kv: (-kv[1].value, kv[0])):
        lines.append(translate("Forecast", "• {amount} (deals: {deals}); weighted {set} by set rates, "
                                        "{observed} by observed rates").format(
            amount=formats.money(round(u.value), currency, language, code=True),
            deals=formats.number(u.deals, language),
            set=formats.money(round(u.weighted_set), currency, language, code=True),
            observed=formats.money(round(u.weighted_observed), currency, language, code=True)))
    return "\n".join(lines)
