"""The account-plan PDF: what consultants print and put on the customer's table.

Qt-free; draws from ``planner.domain`` and writes through ``planner.safe_write``. Entry points:

- :func:`write_account_plan` lays an :class:`~planner.domain.plan.AccountPlan`
  out in English or Traditional Chinese, on A4 or Letter, for the consultant (internal) or as
  the customer's copy (:mod:`planner.report.audience` decides what that keeps), and writes it
  atomically (``WriteFailed`` on any failure, an earlier file left intact);
  it returns a :class:`PlanWritten`: the page count, and the characters no
  bundled font could print (shown as U+FFFD in the PDF);
- :func:`write_forecast` lays a :class:`~planner.domain.forecast.ForecastPrint` (the
  pipeline forecast for all accounts) out the same way, with the same guarantees;
- :func:`default_paper` picks the paper size a locale expects.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from planner.domain.forecast import ForecastPrint
from planner.domain.plan import AccountPlan
from planner.report.audience import Audience, normalise_audience
from planner.report.labels import normalise_lang
from planner.report.paper import Paper, default_paper, normalise_paper

__all__ = ["REPLACEMENT", "Audience", "PlanWritten", "default_paper", "write_account_plan", "write_forecast"]

REPLACEMENT = "\ufffd"  # what the PDF prints for a character no bundled font has


class PlanWritten(int):
    """The page count of a written plan (it *is* that number, so callers that only
    want the count keep working), with ``replaced``: the characters or emoji sequences
    the bundled fonts cannot print, each printed as ``REPLACEMENT``, sorted."""

    replaced: tuple[str, ...]

    def __new__(cls, pages: int, replaced: tuple[str, ...] | set[str] = ()) -> PlanWritten:
        written = super().__new__(cls, pages)
        written.replaced = tuple(sorted(replaced))
        return written

    @property
    def pages(self) -> int:
        return int(self)


def write_account_plan(
    plan: AccountPlan,
    path: Path,
    lang: Literal["en", "zh_TW"] = "en",
    paper: Paper | str = "a4",  # normalised below: "A4", "us-letter"... from settings and the CLI
    audience: Audience | str = Audience.INTERNAL,
) -> PlanWritten:
    """Write the plan's PDF to ``path``; returns the page count and what was replaced.

    ``audience``: "internal" prints everything; "customer" prints the compact copy of what
    ``planner.report.audience.customer_copy`` keeps (a ValueError for anything else).
    Raises ``planner.domain.errors.WriteFailed`` when the file cannot be
    written; the file at ``path`` is then whatever it was before.
    """
    from planner.report.audience import customer_copy
    from planner.report.document import build_customer_pdf, build_pdf
    from planner.report.fonts import collect_missing
    from planner.safe_write import atomic_write

    language = normalise_lang(lang)
    size = normalise_paper(paper)
    copy = customer_copy(plan) if normalise_audience(audience) == Audience.CUSTOMER else None

    def build(stream) -> int:  # the customer's copy is laid out from ``copy`` alone
        if copy is not None:
            return build_customer_pdf(copy, stream, language, size)
        return build_pdf(plan, stream, language, size)

    with collect_missing() as replaced:
        pages = atomic_write(Path(path), build)
    return PlanWritten(pages, replaced)


def write_forecast(
    printed: ForecastPrint,
    path: Path,
    lang: Literal["en", "zh_TW"] = "en",
    paper: Paper | str = "a4",
) -> PlanWritten:
    """Write the pipeline forecast's PDF to ``path``, as ``write_account_plan`` writes a plan."""
    from planner.report.document import build_forecast_pdf
    from planner.report.fonts import collect_missing
    from planner.safe_write import atomic_write

    language = normalise_lang(lang)
    size = normalise_paper(paper)
    with collect_missing() as replaced:
        pages = atomic_write(Path(path), lambda stream: build_forecast_pdf(printed, stream, language, size))
    return PlanWritten(pages, replaced)
