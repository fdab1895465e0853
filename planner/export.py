"""Account plan export: the services gather, the report draws."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale

from planner import i18n, report, settings
from planner.services import Planner


def paper_for(stored: dict[str, str], lang: i18n.Lang) -> str:
    """The paper setting, else A4 for Chinese and the system locale's paper for English."""
    chosen = settings.value(stored, "paper")
    if chosen:
        return chosen
    return report.default_paper("zh_TW" if lang == "zh_TW" else QLocale.system().name())


def export_account_plan(planner: Planner, account_id: int, target: Path,
                        lang: str | None = None, paper: str | None = None) -> int:
    """Write the account's plan as PDF; returns the page count."""
    stored = planner.settings()
    chosen: i18n.Lang = i18n.normalize(lang or settings.value(stored, "language"))
    plan = planner.account_plan(account_id, planner_name=settings.value(stored, "planner_name"))
    return report.write_account_plan(plan, Path(target), chosen, paper or paper_for(stored, chosen))
