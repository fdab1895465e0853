"""What ``deal-planner forecast`` prints: the pipeline forecast as JSON, CSV or a table.

JSON and CSV keep their keys in English and their amounts in the home currency rounded to
two decimals (a currency without a rate in its own, named apart); rates are in percent
with one decimal, as ``calibrate`` gives them. The table is in the user's language, its
columns aligned for Chinese characters too (they take two columns of a terminal).
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from planner.domain import formats
from planner.domain.forecast import NO_DATE, OVERDUE, Figures, Forecast, StageRef, Unconverted
from planner.domain.money import Rate
from planner.transfer.csv_files import defused

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

CSV_COLUMNS = ("period", "process_id", "process", "stage_id", "stage", "set_rate", "observed_rate", "count",
               "total", "weighted_set", "weighted_observed", "observed_deals", "unconverted_count",
               "unconverted_total", "unconverted_weighted_set", "unconverted_weighted_observed")


def _amount(value: float) -> float:
    return round(value, 2) + 0.0  # + 0.0: never -0.0


def _rate(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def unconverted_json(sums: Unconverted) -> dict[str, Any]:
    return {"count": sums.deals, "total": _amount(sums.value), "weighted_set": _amount(sums.weighted_set),
            "weighted_observed": _amount(sums.weighted_observed)}


def figures_json(f: Figures) -> dict[str, Any]:
    return {"count": f.deals, "total": _amount(f.value), "weighted_set": _amount(f.weighted_set),
            "weighted_observed": _amount(f.weighted_observed), "observed_deals": f.observed_deals,
            "unconverted": {c: unconverted_json(u) for c, u in f.unconverted.items()}}


def stage_json(s: StageRef) -> dict[str, Any]:
    return {"process_id": s.process_id, "process": s.process_name, "stage_id": s.stage_id,
            "stage": s.stage_name, "position": s.position, "set_rate": s.set_rate,
            "observed_rate": _rate(s.observed_rate)}


def as_json(forecast: Forecast, rates: Sequence[Rate]) -> dict[str, Any]:
    stage_of = {s.stage_id: s for s in forecast.stages}
    by_period = forecast.by_period()
    periods = []
    for period in forecast.periods:
        rows = [{"stage_id": stage_id, "stage": stage_of[stage_id].stage_name,
                 "process_id": stage_of[stage_id].process_id, **figures_json(f)}
                for (p, stage_id), f in forecast.cells.items() if p == period]
        periods.append({"period": period, "stages": rows, "totals": figures_json(by_period[period])})
    names = {s.process_id: s.process_name for s in forecast.stages}
    return {
        "home": forecast.home, "by": forecast.by, "today": forecast.today.isoformat(),
        "rates": [{"currency": r.currency, "rate": r.rate, "set_on": r.set_on.isoformat()} for r in rates],
        "stages": [stage_json(s) for s in forecast.stages],
        "periods": periods,
        "processes": [{"process_id": pid, "process": names[pid], "totals": figures_json(f)}
                      for pid, f in forecast.by_process().items()],
        "total": figures_json(forecast.total()),
    }


def _by_currency(unconverted: Mapping[str, Unconverted], field: str) -> str:
    return "; ".join(f"{c} {getattr(u, field):.2f}" for c, u in unconverted.items())


def as_csv(forecast: Forecast) -> str:
    """One row per period and stage (only those with deals), after a header row."""
    stage_of = {s.stage_id: s for s in forecast.stages}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for (period, stage_id), f in forecast.cells.items():
        s = stage_of[stage_id]
        writer.writerow([  # the names as typed: none a spreadsheet would run as a formula
            period, s.process_id, defused(s.process_name), s.stage_id, defused(s.stage_name), s.set_rate,
            "" if s.observed_rate is None else f"{s.observed_rate:.1f}", f.deals,
            f"{f.value:.2f}", f"{f.weighted_set:.2f}", f"{f.weighted_observed:.2f}", f.observed_deals,
            sum(u.deals for u in f.unconverted.values()), _by_currency(f.unconverted, "value"),
            _by_currency(f.unconverted, "weighted_set"), _by_currency(f.unconverted, "weighted_observed")])
    return out.getvalue()


# --- the table ---------------------------------------------------------------------------

def period_label(period: str, lang: str) -> str:
    """"overdue", "no_date", "2026-12" or "2026-Q4" as the user reads it."""
    if period == OVERDUE:
        return translate("forecast", "Overdue")
    if period == NO_DATE:
        return translate("forecast", "No date")
    return formats.iso_quarter(period, lang) or formats.iso_month(period, lang) or period


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int, right: bool) -> str:
    space = " " * (width - _width(text))
    return space + text if right else text + space


def _aligned(rows: list[list[str]], right_from: int) -> list[str]:
    widths = [max(_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    return ["  ".join(_pad(cell, widths[i], i >= right_from) for i, cell in enumerate(r)).rstrip()
            for r in rows]


def _apart(f: Figures, lang: str) -> str:
    """What has no rate, in its own currency: "USD 18,000 (1)"."""
    return ", ".join(f"{formats.money(u.value, c, lang, code=True)} ({formats.number(u.deals, lang)})"
                     for c, u in f.unconverted.items())


def _numbers(f: Figures, lang: str) -> list[str]:
    return [formats.number(f.deals, lang), *(formats.number(round(x), lang) for x in (
        f.value, f.weighted_set, f.weighted_observed)), _apart(f, lang)]


def _rate_text(rate: float | None, lang: str) -> str:
    return "—" if rate is None else formats.percent(round(rate, 1), lang)


def as_table(forecast: Forecast, rates: Sequence[Rate], lang: str) -> str:
    home = forecast.home
    if forecast.by == "month":
        title = translate("forecast", "Pipeline forecast by month, in {home} (today: {today})")
    else:
        title = translate("forecast", "Pipeline forecast by quarter, in {home} (today: {today})")
    title = title.format(home=home, today=formats.medium_date(forecast.today, lang))
    lines = [title]
    if rates:
        one = translate("forecast", "1 {currency} = {rate} {home} (set {day})")
        shown = ("；" if lang == "zh_TW" else "; ").join(one.format(
            currency=r.currency, rate=formats.exchange_rate(r.rate, lang), home=home,
            day=formats.short_date(r.set_on, lang)) for r in rates)
        lines.append(translate("forecast", "Exchange rates: {rates}").format(rates=shown))
    if forecast.empty:
        return "\n".join([*lines, "", translate("forecast", "No open deals to forecast.")])
    amounts = [translate("forecast", "Deals"), translate("forecast", "Open value"),
               translate("forecast", "Weighted (set)"), translate("forecast", "Weighted (observed)"),
               translate("forecast", "No rate")]
    stage_of = {s.stage_id: s for s in forecast.stages}
    several = len({s.process_id for s in forecast.stages}) > 1

    rows = [[translate("forecast", "Period / stage"), *amounts]]
    by_period = forecast.by_period()
    for period in forecast.periods:
        rows.append([period_label(period, lang), *_numbers(by_period[period], lang)])
        for (p, stage_id), f in forecast.cells.items():
            if p == period:
                s = stage_of[stage_id]
                name = f"{s.process_name} › {s.stage_name}" if several else s.stage_name
                rows.append(["  " + name, *_numbers(f, lang)])
    rows.append([translate("forecast", "Total"), *_numbers(forecast.total(), lang)])
    blocks = ["\n".join(lines), "\n".join(_aligned(rows, 1))]

    by_stage, by_process = forecast.by_stage(), forecast.by_process()
    for process_id, total in by_process.items():
        stages = [s for s in forecast.stages if s.process_id == process_id]
        rows = [[translate("forecast", "Stage"), translate("forecast", "Set rate"),
                 translate("forecast", "Observed rate"), *amounts]]
        rows += [[s.stage_name, formats.percent(s.set_rate, lang), _rate_text(s.observed_rate, lang),
                  *_numbers(by_stage[s.stage_id], lang)] for s in stages]
        rows.append([translate("forecast", "Total"), "", "", *_numbers(total, lang)])
        blocks.append("\n".join([stages[0].process_name, *_aligned(rows, 1)]))

    total = forecast.total()
    note = translate("forecast", "Open deals that are not archived, by expected close date: overdue if before "
                                 "today. Weighted (set): by each stage's configured win rate. Weighted (observed): "
                                 "by the stage's observed rate where it rests on enough closed deals ({n} of %Ln "
                                 "deals here), else by the configured one. No rate: amounts in a currency without an "
                                 "exchange rate, kept out of the totals (deals in brackets). Open value: unweighted.",
                     "", total.deals)
    note = note.format(n=formats.number(total.observed_deals, lang))
    return "\n\n".join([*blocks, note])
