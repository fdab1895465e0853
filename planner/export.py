"""PDF export (the account plan, the pipeline forecast): the services gather, the report draws,
``safe_write`` guards the target."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from planner import i18n, local_settings, report, safe_write, settings
from planner.domain.forecast import Granularity
from planner.report import REPLACEMENT, Audience, PlanWritten
from planner.services import Planner

_LISTED = 12  # characters named in the notice; more are counted only


def paper_for(person: Mapping[str, str], lang: i18n.Lang) -> str:
    """The person's paper, else A4 for Chinese and the system locale's paper for English."""
    chosen = settings.PAPER.of(person)
    if chosen is not settings.Paper.BY_LANGUAGE:
        return chosen.value
    return report.default_paper("zh_TW" if lang == "zh_TW" else QLocale.system().name())


def export_account_plan(planner: Planner, account_id: int, target: Path,
                        lang: str | None = None, paper: str | None = None, force: bool = False,
                        audience: Audience | str = Audience.INTERNAL) -> PlanWritten:
    """Write the account's plan as PDF; returns the page count (with what could not be printed).

    ``audience``: "internal" (everything) or "customer" (the compact copy of what
    ``planner.report.audience`` keeps). The target goes through ``safe_write.check_output``:
    never the planner file or its working files, never a pipe or device, another planner file
    only with ``force``.
    """
    safe_write.check_output(target, source=planner.path, force=force)
    person = local_settings.person(planner.settings.all())  # the name, language and paper are yours
    chosen: i18n.Lang = i18n.normalize(lang or settings.LANGUAGE.of(person).value)
    plan = planner.reports.account_plan(account_id, planner_name=settings.PLANNER_NAME.of(person))
    return report.write_account_plan(plan, Path(target), chosen, paper or paper_for(person, chosen), audience)


def export_forecast(planner: Planner, target: Path, lang: str | None = None, paper: str | None = None,
                    by: Granularity = "month", process_id: int | None = None, force: bool = False) -> PlanWritten:
    """Write the pipeline forecast for all accounts (or one process) as PDF; returns the page
    count (with what could not be printed). The target is guarded as ``export_account_plan``'s."""
    safe_write.check_output(target, source=planner.path, force=force)
    person = local_settings.person(planner.settings.all())
    chosen: i18n.Lang = i18n.normalize(lang or settings.LANGUAGE.of(person).value)
    printed = planner.reports.pipeline_print(by, process_id, planner_name=settings.PLANNER_NAME.of(person))
    return report.write_forecast(printed, Path(target), chosen, paper or paper_for(person, chosen))


def unprintable_notice(written: int) -> str | None:
    """A sentence for the user when the PDF shows replacement marks, else None.

    ``written`` is what ``export_account_plan`` returned (a plain page count has none).
    """
    replaced = getattr(written, "replaced", ())
    if not replaced:
        return None
    shown = " ".join(i18n.shown(text) for text in replaced[:_LISTED]) + (" …" if len(replaced) > _LISTED else "")
    if len(replaced) == 1:
        sentence = QCoreApplication.translate(
            "export", "1 character could not be printed with the bundled fonts; the PDF shows {mark} instead: {chars}")
    else:
        sentence = QCoreApplication.translate(
            "export", "{n} characters could not be printed with the bundled fonts; the PDF shows {mark} "
                      "instead: {chars}")
    return sentence.format(n=len(replaced), mark=REPLACEMENT, chars=shown)
