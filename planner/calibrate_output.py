"""What ``deal-planner calibrate`` prints: the track record as JSON or as a table.

JSON keeps its keys in English and its rates in percent (as a stage's win rate is kept),
rounded to one decimal; the table is in the user's language, its columns aligned for
Chinese characters too (they take two columns of a terminal).
"""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import QCoreApplication

from planner.domain import formats
from planner.domain.calibration import MIN_CLOSED, ProcessCalibration, StageCalibration


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


def as_json(found: list[ProcessCalibration]) -> dict[str, Any]:
    return {
        "min_sample": MIN_CLOSED, "confidence": 95,
        "processes": [{"id": p.process_id, "name": p.name, "archived": p.archived, "deals": p.deals,
                       "stages": [stage_json(s) for s in p.stages]} for p in found],
    }


def _tr(text: str) -> str:
    return QCoreApplication.translate("calibrate", text)


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
        return _tr("too few ({low}–{high})").format(low=low, high=high)
    assert s.won_share is not None
    return f"{formats.percent(s.won_share * 100, lang)} ({low}–{high})"


def _days(s: StageCalibration, lang: str) -> str:
    if s.median_days is None or s.p80_days is None:
        return "—"
    return f"{formats.number(s.median_days, lang, 1 if s.median_days % 1 else 0)} / {formats.number(s.p80_days, lang)}"


def as_table(found: list[ProcessCalibration], lang: str) -> str:
    headers = [_tr("Stage"), _tr("Set rate"), _tr("Entered"), _tr("Won"), _tr("Lost"), _tr("Abandoned"),
               _tr("Open"), _tr("Observed (95% range)"), _tr("Days to milestone (median / 80%)")]
    blocks = []
    for p in found:
        rows = [[s.name, formats.percent(s.configured_rate, lang), *(formats.number(n, lang) for n in (
                    s.entered, s.won, s.lost, s.abandoned, s.open)), _observed(s, lang), _days(s, lang)]
                for s in p.stages]
        widths = [max(_width(r[i]) for r in [headers, *rows]) for i in range(len(headers))]
        title = p.name + (" " + _tr("(archived)") if p.archived else "")
        lines = [_tr("{process}: {n} deals").format(process=title, n=formats.number(p.deals, lang))]
        for r in [headers, *rows]:
            lines.append("  ".join(_pad(cell, widths[i], 0 < i < 7) for i, cell in enumerate(r)).rstrip())
        blocks.append("\n".join(lines))
    note = _tr("Observed: the share of closed deals (won, lost or abandoned) that were won after entering "
               "the stage; shown from {n} closed deals on, with its 95% range. Days: from entering the "
               "stage to confirming its milestone, for deals that went on to win.").format(n=MIN_CLOSED)
    return "\n\n".join([*blocks, note]) if blocks else _tr("No processes.")
