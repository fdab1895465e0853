"""One date format per language in every PDF: Dec 2, 2026 in English, 2026年12月2日 in Chinese.

The plans here carry no dates in their user text, so any other date shape in the extracted
text is one the report printed itself.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pdf_helpers import pdf_text
from pdf_plans import realistic_plan
from test_forecast_pdf import printed

from planner.domain.plan import AccountPlan
from planner.report import write_account_plan, write_forecast

MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
ONE_FORMAT = {
    "en": re.compile(rf"\b(?:{MONTHS}) \d{{1,2}}, \d{{4}}\b"),
    "zh_TW": re.compile(r"\d{4}年\d{1,2}月\d{1,2}日"),
}
ANY_DATE = re.compile(
    r"\d{4}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{1,2}"  # 2026/12/02, 2026-12-02, 2026.12.2
    r"|\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}\b"  # 12/2/2026, 2/12/26
    r"|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"  # 2026年12月2日
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
    rf"|{MONTHS})\.? \d{{1,2}},? \d{{4}}\b"  # Dec 2, 2026 and December 2, 2026
    rf"|\b\d{{1,2}} (?:{MONTHS})[a-z]*\.? \d{{4}}\b"  # 2 Dec 2026
)


def dateless(chinese: bool) -> AccountPlan:
    """The realistic plan with its evidence (which quotes meeting dates) replaced by plain words."""
    plan = realistic_plan(chinese=chinese)
    for dp in plan.open_deals + plan.closed_deals:
        for m in dp.milestones:
            m.evidence = "會議紀錄" if chinese else "Signed minutes"
    return plan


def other_shapes(text: str, lang: str) -> list[str]:
    found = [m.group(0) for m in ANY_DATE.finditer(" ".join(text.split()))]
    return [shape for shape in found if not ONE_FORMAT[lang].fullmatch(shape)]


@pytest.mark.parametrize("lang", ["en", "zh_TW"])
@pytest.mark.parametrize("audience", ["internal", "customer"])
def test_the_account_plan_prints_one_date_format(tmp_path: Path, lang: str, audience: str) -> None:
    path = tmp_path / "plan.pdf"
    write_account_plan(dateless(lang == "zh_TW"), path, lang, "a4", audience)  # type: ignore[arg-type]
    text = pdf_text(path)
    assert other_shapes(text, lang) == []
    # printed date, target and close dates, milestones (and in the internal plan corrections)
    assert len(ONE_FORMAT[lang].findall(" ".join(text.split()))) >= 12


@pytest.mark.parametrize("lang", ["en", "zh_TW"])
def test_the_forecast_prints_one_date_format(tmp_path: Path, lang: str) -> None:
    path = tmp_path / "forecast.pdf"
    write_forecast(printed(), path, lang, "a4")  # type: ignore[arg-type]
    text = pdf_text(path)
    assert other_shapes(text, lang) == []
    assert len(ONE_FORMAT[lang].findall(" ".join(text.split()))) >= 4  # printed, rate set, three closes


@pytest.mark.parametrize("lang", ["en", "zh_TW"])
def test_the_scan_finds_a_stray_shape(lang: str) -> None:
    """The check above can fail: any other shape is reported."""
    text = "Signed 2026/12/02, due 12/2/2026 · 2026-12-02 · December 2, 2026 · 2 Dec 2026"
    assert len(other_shapes(text, lang)) == 5
    assert other_shapes("Dec 2, 2026" if lang == "en" else "2026年12月2日", lang) == []
    assert other_shapes("2026年12月2日" if lang == "en" else "Dec 2, 2026", lang) != []


@pytest.mark.parametrize("lang", ["en", "zh_TW"])
def test_the_tables_with_dates_stay_inside_the_frame(lang: str) -> None:
    """The date columns grew for the one format; the columns beside them gave the room back."""
    from reportlab.platypus import Table

    from planner.report.audience import customer_copy
    from planner.report.customer import CustomerStory
    from planner.report.deals import DealSection
    from planner.report.fonts import register
    from planner.report.labels import Labels

    register()
    width = 480.0
    plan = dateless(lang == "zh_TW")
    tables = [f for f in DealSection(Labels(lang), width).milestones(plan.open_deals[0]) if isinstance(f, Table)]
    story = CustomerStory(customer_copy(plan), Labels(lang), width)
    tables += [f for f in story.overview() + story.block(story.plan.deals[0]) if isinstance(f, Table)]
    tables += [f for f in story.reached(story.plan.deals[0]) if isinstance(f, Table)]
    assert len(tables) >= 4
    for table in tables:
        assert sum(table._colWidths) <= width + 0.01, table._colWidths
