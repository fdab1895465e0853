"""What ``deal-planner calibrate`` prints: the track record as JSON or as a table.

JSON keeps its keys in English and its rates in percent (as a stage's win rate is kept),
rounded to one decimal; the table is in the user's language, its columns aligned for
Chinese characters too (they take two columns of a terminal).
"""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import QCoreApplication

from planner.domain import formats, reasons
from planner.domain.calibration import MIN_CLOSED, ProcessCalibration, StageCalibration
from planner.domain.reasons import ReasonCategory
from planner.domain.winloss import Outcomes, Tally, WinLoss


def _percent(share: float | None) -> float | None:
    return None if share is None else round(share * 100, 1)


def stage_json(s: StageCalibration) -> dict[str, Any]:
    return {
        "id": s.stage_id, "position": s.position, "name": s.name,
        "configured_rate": s.configured_rate,
        "entered": s.entered, "won": s.won, "lost": s.lost, "abandoned": s.abandoned, "open": s.open,
        "sample_size": s.closed,
        "observed_rate": _percent(s.observed_rate),
        "interval_low": _percent(s.interval.low) if s.interval else None,
        "interval_high": _percent(s.interval.high) if s.interval else None,
        "median_days": s.median_days, "p80_days": s.p80_days, "timed_deals": s.timed,
    }


def as_json(found: list[ProcessCalibration], win_loss: WinLoss | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "min_sample": MIN_CLOSED, "confidence": 95,
        "processes": [{"id": p.process_id, "name": p.name, "archived": p.archived, "deals": p.deals,
                       "stages": [stage_json(s) for s in p.stages]} for p in found],
    }
    if win_loss is not None:
        out["win_loss"] = win_loss_json(win_loss)
    return out


def _tally(t: Tally) -> dict[str, Any]:
    return {"deals": t.deals, "value": round(t.value, 2),
            "unconverted": {c: round(v, 2) for c, v in sorted(t.unconverted.items())}}


def _ended(o: Outcomes, won: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {"won": _tally(o.won)} if won else {}
    out |= {"lost": _tally(o.lost), "abandoned": _tally(o.abandoned)}
    if won:
        out["won_share"] = _percent(o.won_share)
    return out


def category_name(category: ReasonCategory | None) -> str:
    """A category as the user reads it: their own name, or the built-in one translated."""
    if category is None:
        return QCoreApplication.translate(reasons.CONTEXT, reasons.UNCATEGORISED)
    if category.translatable:
        return QCoreApplication.translate(reasons.CONTEXT, category.source_name)
    return category.source_name


def win_loss_json(w: WinLoss) -> dict[str, Any]:
    """Counts and values (home currency; a currency without a rate apart) of closed deals."""
    return {
        "home_currency": w.home,
        "by_category": [{"id": c.category.id if c.category else None, "key": c.category.key if c.category else None,
                         "name": category_name(c.category), "retired": bool(c.category and c.category.archived),
                         **_ended(c.outcomes, won=False)} for c in w.by_category],
        "by_stage": [{"process_id": s.process_id, "process": s.process_name, "stage_id": s.stage_id,
                      "position": s.position, "stage": s.stage_name, **_ended(s.outcomes, won=False)}
                     for s in w.by_stage],
        "by_process": [{"id": p.process_id, "name": p.name, "archived": p.archived, **_ended(p.outcomes)}
                       for p in w.by_process],
        "total": _ended(w.total),
    }


# spelled out in each call (translate("calibrate", "…")): lupdate reads literals only
translate = QCoreApplication.translate


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int, right: bool) -> str:
    space = " " * (width - _width(text))
    return space + text if right else text + space


def _observed(s: StageCalibration, lang: str) -> str:
    if s.interval is None:
        return "—"
    low, high = (formats.percent(x * 100, lang) for x in s.interval)
    if not s.meaningful:
        return translate("calibrate", "too few ({low}–{high})").format(low=low, high=high)
    assert s.won_share is not None
    return f"{formats.percent(s.won_share * 100, lang)} ({low}–{high})"


def _days(s: StageCalibration, lang: str) -> str:
    if s.median_days is None or s.p80_days is None:
        return "—"
    return f"{formats.number(s.median_days, lang, 1 if s.median_days % 1 else 0)} / {formats.number(s.p80_days, lang)}"


def _block(title: str, headers: list[str], rows: list[list[str]]) -> str:
    """A titled table; every column but the first aligned right."""
    widths = [max(_width(r[i]) for r in [headers, *rows]) for i in range(len(headers))]
    lines = [title] + ["  ".join(_pad(cell, widths[i], i > 0) for i, cell in enumerate(r)).rstrip()
                       for r in [headers, *rows]]
    return "\n".join(lines)


def _value(t: Tally, home: str, lang: str) -> str:
    text = formats.money(t.value, home, lang)
    if t.unconverted:
        apart = translate("calibrate", "+ {amounts} without a rate")
        text += " " + apart.format(amounts=formats.money_list(t.unconverted, lang))
    return text


def _share(part: int, whole: int, lang: str) -> str:
    return formats.percent(100 * part / whole, lang) if whole else "—"


def win_loss_table(w: WinLoss, lang: str) -> str:
    """The three win/loss tables in the user's language, or a line saying no deal has closed."""
    if w.empty:
        return translate("calibrate", "Win/loss: no deal has been won, lost or abandoned yet.")

    def count(t: Tally) -> str:
        return formats.number(t.deals, lang)

    lost, abandoned = translate("calibrate", "Lost"), translate("calibrate", "Abandoned")
    share, value = translate("calibrate", "Share"), translate("calibrate", "Value ({home})").format(home=w.home)
    retired, archived = translate("calibrate", "(retired)"), translate("calibrate", "(archived)")
    not_won = sum(c.outcomes.not_won.deals for c in w.by_category)
    by_category = [[category_name(c.category) + (" " + retired if c.category and c.category.archived else ""),
                    count(c.outcomes.lost), count(c.outcomes.abandoned),
                    _share(c.outcomes.not_won.deals, not_won, lang), _value(c.outcomes.not_won, w.home, lang)]
                   for c in w.by_category]
    by_stage = [[f"{s.process_name} · {s.stage_name}", count(s.outcomes.lost), count(s.outcomes.abandoned),
                 _share(s.outcomes.not_won.deals, not_won, lang), _value(s.outcomes.not_won, w.home, lang)]
                for s in w.by_stage]
    by_process = [[p.name + (" " + archived if p.archived else ""), count(p.outcomes.won),
                   count(p.outcomes.lost), count(p.outcomes.abandoned),
                   _share(p.outcomes.won.deals, p.outcomes.closed, lang), _value(p.outcomes.won, w.home, lang)]
                  for p in w.by_process]
    return "\n\n".join([
        _block(translate("calibrate", "Win/loss by reason category (lost and abandoned deals)"),
               [translate("calibrate", "Category"), lost, abandoned, share, value], by_category),
        _block(translate("calibrate", "Win/loss by the stage where deals were lost or abandoned"),
               [translate("calibrate", "Stage"), lost, abandoned, share, value], by_stage),
        _block(translate("calibrate", "Win/loss by process"),
               [translate("calibrate", "Process"), translate("calibrate", "Won"), lost, abandoned,
                translate("calibrate", "Won share"), translate("calibrate", "Won value ({home})").format(home=w.home)],
               by_process),
    ])


def as_table(found: list[ProcessCalibration], lang: str, win_loss: WinLoss | None = None) -> str:
    headers = [translate("calibrate", "Stage"), translate("calibrate", "Set rate"), translate("calibrate", "Entered"),
               translate("calibrate", "Won"), translate("calibrate", "Lost"), translate("calibrate", "Abandoned"),
               translate("calibrate", "Open"), translate("calibrate", "Observed (95% range)"),
               translate("calibrate", "Days to milestone (median / 80%)")]
    blocks = []
    for p in found:
        rows = [[s.name, formats.percent(s.configured_rate, lang), *(formats.number(n, lang) for n in (
                    s.entered, s.won, s.lost, s.abandoned, s.open)), _observed(s, lang), _days(s, lang)]
                for s in p.stages]
        widths = [max(_width(r[i]) for r in [headers, *rows]) for i in range(len(headers))]
        title = p.name + (" " + translate("calibrate", "(archived)") if p.archived else "")
        lines = [translate("calibrate", "{process}: %Ln deals", "", p.deals).format(process=title)]
        for r in [headers, *rows]:
            lines.append("  ".join(_pad(cell, widths[i], 0 < i < 7) for i, cell in enumerate(r)).rstrip())
        blocks.append("\n".join(lines))
    note = translate(
        "calibrate", "Observed: the share of closed deals (won, lost or abandoned) that were won after entering "
        "the stage; shown from %Ln closed deals on, with its 95% range. Days: from entering the "
        "stage to confirming its milestone, for deals that went on to win.", "", MIN_CLOSED)
    if not blocks:
        return translate("calibrate", "No processes.")
    extra = [win_loss_table(win_loss, lang)] if win_loss is not None else []
    return "\n\n".join([*blocks, note, *extra])
