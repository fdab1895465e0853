"""Paper sizes, the stage map and how the layout grows with content."""

from __future__ import annotations

from datetime import date

import pytest
from pdf_helpers import flat, pdf_text
from pdf_plans import PRINTED, big_plan, deal_plan, forecast_of, make_process, realistic_plan, small_plan
from pypdf import PdfReader

from planner.domain.model import Account, Deal, StageState
from planner.domain.plan import AccountPlan
from planner.report import default_paper
from planner.report.fonts import BOLD, text_width
from planner.report.labels import Labels
from planner.report.paper import normalise_paper
from planner.report.stagemap import BOX_H, MIN_BOX, ROW_GAP, StageMap
from planner.report.textfit import ELLIPSIS, ellipsise, wrap


@pytest.mark.parametrize(("paper", "size"), [("a4", (595.28, 841.89)), ("letter", (612.0, 792.0))])
def test_paper_size_sets_the_media_box(write, paper, size):
    written = write(realistic_plan(), "zh_TW", paper)
    for page in PdfReader(written.path).pages:
        box = page.mediabox
        assert (float(box.left), float(box.bottom)) == (0, 0)
        assert float(box.width) == pytest.approx(size[0], abs=0.01)
        assert float(box.height) == pytest.approx(size[1], abs=0.01)


@pytest.mark.parametrize(("locale_name", "paper"), [
    ("en_US", "letter"), ("en_US.UTF-8", "letter"), ("en-US", "letter"), ("en_CA", "letter"),
    ("fr_CA", "letter"), ("es_MX", "letter"), ("en_PH", "letter"),
    ("zh_TW", "a4"), ("zh_TW.UTF-8", "a4"), ("en_GB", "a4"), ("de_DE@euro", "a4"), ("ja_JP", "a4"),
    ("C", "a4"), ("POSIX", "a4"), ("", "a4"), ("en", "a4"), ("zh_Hant_TW", "a4"),
])
def test_default_paper(locale_name, paper):
    assert default_paper(locale_name) == paper


def test_unknown_paper_is_refused():
    assert normalise_paper("Letter") == "letter"
    with pytest.raises(ValueError):
        normalise_paper("a3")


def _one_deal_plan(stages: int, confirmed: int) -> AccountPlan:
    process = make_process([(f"商務談判簽約階段 {i + 1}", f"Milestone {i + 1}", min(100, 5 * (i + 1)))
                            for i in range(stages)], "Process")
    deal = Deal(account_id=1, process_id=1, title="Deal", value=100.0, id=1, expected_close=date(2025, 5, 1))
    open_deals = [deal_plan(process, deal, confirmed)]
    return AccountPlan(Account(id=1, name="Acme"), [], open_deals, [], forecast_of(open_deals), PRINTED)


@pytest.mark.parametrize(("stages", "confirmed"), [(1, 0), (2, 1), (8, 5), (12, 11), (30, 17), (120, 60)])
def test_processes_of_any_length_draw(write, stages, confirmed):
    written = write(_one_deal_plan(stages, confirmed), "zh_TW")
    text = pdf_text(written.path)
    assert f"第 {stages} 階段" in text  # the last chevron is drawn
    assert f"商務談判簽約階段{stages}" in flat(text)


def _wrapped(stages: int, width: float = 500.0) -> StageMap:
    plan = _one_deal_plan(stages, 0)
    flowable = StageMap(plan.open_deals[0].stage_map, Labels("en"))
    flowable.wrap(width, 800)
    return flowable


def test_eight_stages_wrap_into_two_balanced_rows():
    flowable = _wrapped(8)
    assert (flowable._rows, flowable._per_row) == (2, 4)
    assert flowable.height == pytest.approx(2 * BOX_H + ROW_GAP)
    assert flowable._box_w >= MIN_BOX


def test_one_stage_is_one_chevron():
    flowable = _wrapped(1)
    assert (flowable._rows, flowable._per_row) == (1, 1)
    assert flowable._box_w < 500  # does not stretch across the page


def test_chevrons_never_get_narrower_than_readable():
    for stages in range(1, 40):
        assert _wrapped(stages)._box_w >= MIN_BOX or stages == 1


def test_a_map_taller_than_the_page_splits_between_rows():
    flowable = _wrapped(120)
    parts = flowable.split(500, 300)
    assert len(parts) == 2
    first, rest = parts
    assert len(first.entries) + len(rest.entries) == 120
    assert rest.first_number == len(first.entries) + 1
    assert rest.continued and not first.continued
    first.wrap(500, 300)
    assert first.height <= 300


def test_stage_map_states_follow_the_deal(write):
    plan = _one_deal_plan(8, 3)
    states = [e.state for e in plan.open_deals[0].stage_map]
    assert states == [StageState.FROZEN] * 3 + [StageState.CURRENT] + [StageState.FUTURE] * 4
    text = write(plan, "en").text
    assert "Now · 20%" in text  # the current stage's tag
    assert "Sep 2, 2024" in text  # a frozen stage's confirmation date


def test_long_names_wrap_to_two_lines_and_end_in_an_ellipsis():
    name = "A stage name that is far too long to fit in any chevron at all, really"
    lines = wrap(name, BOLD, 7.8, 90, 2)
    assert len(lines) == 2
    assert lines[-1].endswith(ELLIPSIS)
    assert all(text_width(line, BOLD, 7.8) <= 90 for line in lines)
    cjk = wrap("商務談判簽約階段商務談判簽約階段商務談判簽約階段", BOLD, 7.8, 80, 2)
    assert len(cjk) == 2 and cjk[-1].endswith(ELLIPSIS)
    unbroken = wrap("x" * 300, BOLD, 7.8, 80, 2)
    assert len(unbroken) == 2 and all(text_width(line, BOLD, 7.8) <= 80 for line in unbroken)
    assert wrap("Short", BOLD, 7.8, 80, 2) == ("Short",)
    assert ellipsise("fits", BOLD, 8, 100) == "fits"


def test_pages_grow_with_deals(write):
    few = write(big_plan(3), "en")
    many = write(big_plan(30), "en")
    assert many.pages > few.pages * 3


def test_letter_and_a4_both_fit_the_realistic_plan(write):
    for paper in ("a4", "letter"):
        for lang in ("en", "zh_TW"):
            assert 3 <= write(realistic_plan(lang == "zh_TW"), lang, paper).pages <= 8


def test_a_small_plan_fits_on_few_pages(write):
    assert write(small_plan(), "en").pages <= 2
