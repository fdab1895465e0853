"""The account-plan PDF: what consultants print and put on the customer's table.

Qt-free; depends on ``planner.domain`` only. Entry points:

- :func:`write_account_plan` lays an :class:`~planner.domain.plan.AccountPlan`
  out in English or Traditional Chinese, on A4 or Letter, and writes it
  atomically (``WriteFailed`` on any failure, an earlier file left intact);
- :func:`default_paper` picks the paper size a locale expects.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from planner.domain.plan import AccountPlan
from planner.report.labels import normalise_lang
from planner.report.paper import Paper, default_paper, normalise_paper

__all__ = ["write_account_plan", "default_paper"]


def write_account_plan(
    plan: AccountPlan,
    path: Path,
    lang: Literal["en", "zh_TW"] = "en",
    paper: Paper = "a4",
) -> int:
    """Write the plan's PDF to ``path``; returns the page count.

    Raises ``planner.domain.errors.WriteFailed`` when the file cannot be
    written; the file at ``path`` is then whatever it was before.
    """
    from planner.report.document import build_pdf
    from planner.report.writer import atomic_write

    language = normalise_lang(lang)
    size = normalise_paper(paper)
    return atomic_write(Path(path), lambda stream: build_pdf(plan, stream, language, size))
