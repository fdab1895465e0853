"""What the account plan prints, read back from the PDF."""

from __future__ import annotations

import re

import pytest
from pdf_helpers import flat, font_names
from pdf_plans import PRINTED, realistic_plan, small_plan
from pypdf import PdfReader

from planner.domain.model import DealStatus
from planner.report.labels import LABELS

SECTIONS = ["section.overview", "section.contacts", "section.open_deals", "section.closed_deals",
            "section.forecast"]


@pytest.mark.parametrize("lang", ["en", "zh_TW"])
def test_every_section_heading_is_printed(write, lang):
    written = write(realistic_plan(chinese=lang == "zh_TW"), lang)
    text = written.text
    for key in SECTIONS:
        assert LABELS[lang][key] in text, key
    assert LABELS[lang]["doc.kicker"] in text


def test_chinese_text_extracts(write):
    text = write(realistic_plan(), "zh_TW").text
    for expected in ["台灣精密機械股份有限公司", "商務談判簽約階段", "客戶識別分配階段", "陳志明", "資訊處處長",
                     "越南新廠 MES 導入專案", "簽訂具法律效力的正式合約", "經濟決策者", "支持", "贏單", "輸單",
                     "已放棄", "銷售預測", "王小明"]:
        assert expected in text, expected
    assert "失單" not in text  # the app's word for a lost deal is 輸單, and so is the PDF's


def test_english_labels_with_chinese_user_data(write):
    text = write(realistic_plan(chinese=True), "en").text
    assert "Decision makers" in text
    assert "台灣精密機械股份有限公司" in text
    assert "Economic buyer" in text


def test_header_block_and_planner_name(write):
    written = write(realistic_plan(chinese=False), "en")
    text = written.text
    assert "Taiwan Precision Machinery Co., Ltd." in text
    assert "Printed Mar 14, 2025" in text
    assert "Prepared by Wang Hsiao-ming" in text


def test_planner_name_omitted_when_empty(write):
    text = write(small_plan(planner_name=""), "en").text
    assert "Prepared by" not in text


def test_every_page_has_header_and_page_x_of_y(write):
    written = write(realistic_plan(chinese=False), "en")
    reader = PdfReader(written.path)
    assert len(reader.pages) == written.pages > 1
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert f"Page {number} of {written.pages}" in text
        assert "Taiwan Precision Machinery Co., Ltd." in text


def test_page_x_of_y_in_chinese(write):
    written = write(realistic_plan(), "zh_TW")
    text = written.text
    for number in range(1, written.pages + 1):
        assert f"第 {number} 頁，共 {written.pages} 頁" in text


def test_overview_contacts_and_enum_labels(write):
    text = write(realistic_plan(chinese=False), "en").text
    for expected in ["Machine tools", "About 1,200 employees", "Kind of customer", "Existing customer for five years",
                     "Chen Chih-ming", "President", "Technical evaluator", "Procurement", "Supporter", "Neutral",
                     "Opponent", "High", "Medium", "Cares about delivery times"]:
        assert expected in text, expected


def test_open_deal_shows_values_map_milestones_and_work(write):
    text = write(realistic_plan(chinese=False), "en").text
    # facts: value, stage win rate, weighted value, expected close
    for expected in ["TWD 12,500,000", "70%", "TWD 8,750,000", "Jun 30, 2025"]:
        assert expected in text, expected
    # the stage map's labels are text too
    assert "Stage 6" in text and "Negotiation & contract" in text
    # next milestone and its target date (expected close minus 45 days)
    assert "Formal, legally binding agreement signed" in text
    assert "Target date: May 16, 2025" in text
    # open tasks with the required mark, missing deliverables
    assert "Agree payment terms and warranty scope" in text
    assert "required" in text
    assert "Technical proposal v2" in text
    # confirmed milestones with evidence and the dated correction
    assert "Confirmed milestones" in text
    assert "CorrectionofOct8,2024" in flat(text)
    assert "correctedto2Octoberfromtheminutes" in flat(text)
    assert "Risks" in text and "Vietnam plant's network" in text


def test_closed_deals_with_status_and_reason(write):
    plan = realistic_plan(chinese=False)
    text = write(plan, "en").text
    assert {dp.deal.status for dp in plan.closed_deals} == {DealStatus.WON, DealStatus.LOST, DealStatus.ABANDONED}
    for expected in ["Won", "Lost", "Abandoned", "German supplier", "given up in time", "TWD 3,100,000"]:
        assert expected in text, expected


def test_forecast_rows_and_totals(write):
    text = write(realistic_plan(chinese=False), "en").text
    for expected in ["Apr 2025", "Jun 2025", "Sep 2025", "Total", "18,500,000", "10,790,000"]:
        assert expected in text, expected


def test_empty_states(write):
    text = write(small_plan(with_deal=False), "en").text
    assert LABELS["en"]["empty.contacts"] in text
    assert LABELS["en"]["empty.open_deals"] in text
    assert LABELS["en"]["empty.closed_deals"] in text
    assert LABELS["en"]["empty.forecast"] in text


def test_empty_states_in_chinese(write):
    text = write(small_plan(with_deal=False), "zh_TW").text
    assert LABELS["zh_TW"]["empty.contacts"] in text
    assert LABELS["zh_TW"]["empty.open_deals"] in text


def test_plan_notes_section(write):
    plan = small_plan()
    plan.notes = ["Bring the signed NDA", "", "Ask about the Q3 budget"]
    text = write(plan, "en").text
    assert "Plan notes" in text
    assert "Bring the signed NDA" in text and "Ask about the Q3 budget" in text
    assert "Plan notes" not in write(small_plan(), "en").text


def test_cjk_fonts_are_embedded_as_subsets(write):
    written = write(realistic_plan(), "zh_TW")
    names = font_names(written.path)
    assert any(re.fullmatch(r"[A-Z]{6}\+WenQuanYiMicroHei.*", n.lstrip("/")) for n in names), names
    assert any(re.fullmatch(r"[A-Z]{6}\+PlannerHeiTC-Bold", n.lstrip("/")) for n in names), names
    # embedded: every font carries its TrueType program
    reader = PdfReader(written.path)
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"] \
                if "/DescendantFonts" in font else font["/FontDescriptor"]
            assert "/FontFile2" in descriptor.get_object(), font["/BaseFont"]


def test_no_standard_fonts_used(write):
    """Helvetica would print Chinese as nothing: every font must be ours."""
    names = font_names(write(realistic_plan(), "zh_TW").path)
    assert all("WenQuanYi" in n or "PlannerHeiTC" in n for n in names), names


def test_document_metadata(write):
    written = write(realistic_plan(chinese=False), "en")
    info = PdfReader(written.path).metadata
    assert info.title == "Account plan — Taiwan Precision Machinery Co., Ltd."
    assert info.author == "Wang Hsiao-ming"


def test_printed_date_is_the_plans(write):
    text = write(small_plan(), "zh_TW").text
    assert f"{PRINTED.year}年{PRINTED.month}月{PRINTED.day}日" in text


def _runs_by_font(path) -> dict[str, str]:
    """All text per font, as pypdf reads the content streams."""
    texts: dict[str, list[str]] = {}

    def visit(text, cm, tm, font_dict, font_size):
        if font_dict is not None and text.strip():
            texts.setdefault(str(font_dict["/BaseFont"]), []).append(text)

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return {font: "".join(parts) for font, parts in texts.items()}


@pytest.mark.parametrize(("lang", "heading", "body"), [
    ("en", "Decision makers", "Machine tools"),
    ("zh_TW", "決策人", "工具機製造"),
])
def test_headings_are_set_in_the_bold_face(write, lang, heading, body):
    runs = _runs_by_font(write(realistic_plan(chinese=lang == "zh_TW"), lang).path)
    bold = "".join(text for font, text in runs.items() if "PlannerHeiTC-Bold" in font)
    regular = "".join(text for font, text in runs.items() if "WenQuanYi" in font)
    assert heading in bold
    assert body in regular and body not in bold
