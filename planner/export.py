"""Account plan export: the services gather, the report draws."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale

from planner import i18n, report, settings
from planner.services import Planner


def paper_for(planner: Planner, lang: i18n.Lang) -> str:
    chosen = settings.value(planner.settings(), "paper")
    if chosen:
        return chosen
    locale = QLocale.system().name() if lang == i18n.system_language() else lang
    return report.default_paper(locale if lang == "en" else "zh_TW")


def export_account_plan(planner: Planner, account_id: int, target: Path,
                        lang: str | None = None, paper: str | None = None) -> int:
    """Write the account's plan as PDF; returns the page count."""
    chosen: i18n.Lang = i18n.normalize(lang or settings.value(planner.settings(), "language"))
    stored = planner.settings()
    plan = planner.account_plan(account_id, planner_name=settings.value(stored, "planner_name"))
    return report.write_account_plan(plan, Path(target), chosen, paper or paper_for(planner, chosen))
