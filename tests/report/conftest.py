"""Helpers for the PDF tests: write a plan, read the PDF back."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_helpers import pdf_text

from planner.domain.plan import AccountPlan
from planner.report import write_account_plan


class Written:
    def __init__(self, path: Path, pages: int) -> None:
        self.path = path
        self.pages = pages

    @property
    def text(self) -> str:
        return pdf_text(self.path)


@pytest.fixture
def write(tmp_path: Path):
    """write(plan, lang="en", paper="a4", name="plan.pdf") -> Written"""
    counter = iter(range(1_000_000))

    def _write(plan: AccountPlan, lang: str = "en", paper: str = "a4", name: str | None = None) -> Written:
        path = tmp_path / (name or f"plan-{next(counter)}.pdf")
        pages = write_account_plan(plan, path, lang, paper)
        return Written(path, pages)

    return _write
