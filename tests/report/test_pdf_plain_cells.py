"""Table cells of user text that fit one line are drawn as plain strings by the table
(``Blocks.cell``), not as paragraphs: the same glyphs at the same places, the stage's name
bold and a milestone that went against us in its red, at a tenth less of the internal plan's
time. Each page is compared, pixel for pixel, with the plan drawn with paragraphs only."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pdf_plans import deal_plan, make_process, realistic_plan, varied_plan
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from reportlab.platypus import SimpleDocTemplate

from planner.domain.model import Deal
from planner.report import blocks, theme, write_account_plan
from planner.report.blocks import Blocks, p
from planner.report.deals import DealSection
from planner.report.fonts import register
from planner.report.labels import Labels
from planner.report.markup import clean


def _paragraphs_only(self: Blocks, text: str, share: float, bold: bool = False):  # noqa: ANN202
    text = clean(text)
    return p(text, self.s.cell_bold if bold else self.s.cell) if text else blocks.EMPTY


def _pages(path: Path) -> Iterator[QImage]:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    try:
        for page in range(document.pageCount()):
            size = document.pagePointSize(page).toSize()
            yield document.render(page, QSize(size.width() * 2, size.height() * 2))
    finally:
        document.close()


def _same_pages(fast: Path, slow: Path) -> None:
    pages = list(zip(_pages(fast), _pages(slow), strict=True))
    assert pages
    for number, (a, b) in enumerate(pages, 1):
        assert a == b, f"page {number} differs"


def _strings_drawn(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    made: list[str] = []
    cell = Blocks.cell

    def counted(self: Blocks, text: str, share: float, bold: bool = False):  # noqa: ANN202
        found = cell(self, text, share, bold)
        if isinstance(found, str) and found is not blocks.EMPTY:
            made.append(found)
        return found

    monkeypatch.setattr(Blocks, "cell", counted)
    return made


@pytest.mark.parametrize("lang", ["en", "zh_TW"])
def test_the_internal_plan_prints_as_with_paragraphs_only(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         lang: str) -> None:
    paper = "a4" if lang == "zh_TW" else "letter"
    for name, plan in (("realistic", realistic_plan(lang == "zh_TW")), ("varied", varied_plan(12))):
        with monkeypatch.context() as counting:
            strings = _strings_drawn(counting)
            write_account_plan(plan, tmp_path / f"{name}-fast.pdf", lang, paper, "internal")
        assert len(strings) > 10  # the fast path is taken
        with monkeypatch.context() as slow:
            slow.setattr(Blocks, "cell", _paragraphs_only)
            write_account_plan(plan, tmp_path / f"{name}-slow.pdf", lang, paper, "internal")
        _same_pages(tmp_path / f"{name}-fast.pdf", tmp_path / f"{name}-slow.pdf")


@pytest.mark.parametrize("lang", ["en", "zh_TW"])
def test_a_milestone_against_us_keeps_its_colour_and_a_long_text_wraps(qapp, tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch,
                                                                       lang: str) -> None:
    register()
    process = make_process([("Qualify", "Fit agreed", 20), ("Propose", "Offer sent", 50),
                            ("Negotiate", "Contract signed", 90)], "Sales")
    long = "The customer's board asked for a second site visit before any signature " * 3
    dp = deal_plan(process, Deal(title="Line 4", value=1000, currency="TWD", id=7, account_id=1, process_id=1),
                   confirmed=3, against=True, decisions={0: long, 1: "Pilot first"}, evidence="Signed minutes",
                   start=date(2025, 3, 3))
    labels = Labels(lang)

    def build(path: Path) -> None:
        doc = SimpleDocTemplate(str(path))
        doc.build(DealSection(labels, doc.width).milestones(dp))

    with monkeypatch.context() as counting:
        strings = _strings_drawn(counting)
        build(tmp_path / "fast.pdf")
    assert "Pilot first" in strings and long.strip() not in strings
    against = labels.enum(dp.milestones[-1].outcome)
    if lang == "zh_TW":  # 結果不利 fits its column (English wraps): a string, in the red compared below
        assert against in strings
    with monkeypatch.context() as slow:
        slow.setattr(Blocks, "cell", _paragraphs_only)
        build(tmp_path / "slow.pdf")
    _same_pages(tmp_path / "fast.pdf", tmp_path / "slow.pdf")
    assert theme.LOST.hexval() != theme.INK.hexval()  # so a string left in ink would differ
