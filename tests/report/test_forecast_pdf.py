"""The pipeline forecast PDF: its figures, labels and deals in both languages; what has no rate,
no date or a date gone by printed as such; written as the account plan is (fonts, safe write)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pdf_helpers import font_names
from pypdf import PdfReader

from planner import report
from planner.domain.errors import PlannerError, WriteFailed
from planner.domain.forecast import ForecastPrint, ListedDeal, OpenDeal, StageRef, build
from planner.domain.money import Rate
from planner.report import write_forecast
from planner.report.labels import LABELS

TODAY = date(2026, 5, 15)
STAGES = (
    StageRef(1, "集團企業完整流程", 11, "需求評估影響階段", 0, 20, None),
    StageRef(1, "集團企業完整流程", 12, "商務談判簽約階段", 1, 70, 50.0),
    StageRef(2, "Inbound leads", 21, "Commercial evaluation", 0, 50, None),
)
RATES = (Rate("USD", 31.5, date(2026, 5, 1)),)
DEALS = (
    ListedDeal(1, 1, "Acme Taiwan", "ERP rollout", 1, 11, 1_000_000, "TWD", date(2026, 6, 10)),
    ListedDeal(2, 1, "Acme Taiwan", "Plant sensors", 1, 12, 20_000, "USD", date(2026, 4, 1)),  # overdue
    ListedDeal(3, 2, "台灣精密機械", "產線升級", 1, 12, 2_000_000, "TWD", None),  # no date
    ListedDeal(4, 2, "台灣精密機械", "Tokyo line", 2, 21, 5_000_000, "JPY", date(2026, 8, 20)),  # no rate
)


def printed(deals: tuple[ListedDeal, ...] = DEALS, process_name: str = "", by: str = "month") -> ForecastPrint:
    forecast = build((OpenDeal(d.deal_id, d.account_id, d.process_id, d.stage_id, d.value, d.currency,
                               d.expected_close) for d in deals), STAGES, "TWD", {r.currency: r.rate for r in RATES},
                     by, TODAY)  # type: ignore[arg-type]
    return ForecastPrint(forecast, deals, RATES, TODAY, process_name, "Mei Lin", "ABCD-1234-EF56")


def text_of(path: Path) -> str:
    """pypdf's text, without white space (a line may break anywhere in a cell)."""
    return "".join("".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


def write(tmp_path: Path, lang: str, plan: ForecastPrint | None = None, paper: str = "a4") -> tuple[str, int]:
    path = tmp_path / f"forecast-{lang}-{paper}.pdf"
    pages = write_forecast(plan or printed(), path, lang, paper)  # type: ignore[arg-type]
    return text_of(path), pages


# totals: TWD 1,000,000 + USD 20,000 x 31.5 = 630,000 + TWD 2,000,000 = 3,630,000;
# set: 200,000 + 441,000 + 1,400,000 = 2,041,000; observed: 200,000 + 315,000 + 1,000,000 = 1,515,000
@pytest.mark.parametrize("lang", ["en", "zh_TW"])
def test_the_figures_and_labels(tmp_path: Path, lang: str) -> None:
    text, pages = write(tmp_path, lang)
    labels = LABELS[lang]
    assert pages >= 1
    for key in ("pipeline.kicker", "pipeline.all_accounts", "pipeline.section_periods", "pipeline.section_stages",
                "pipeline.section_deals", "pipeline.overdue", "pipeline.no_date", "pipeline.no_rate",
                "pipeline.kpi_set", "pipeline.kpi_observed", "pipeline.set_rate", "pipeline.observed_rate"):
        assert "".join(labels[key].split()) in text, key
    for figure in ("3,630,000", "2,041,000", "1,515,000", "630,000", "441,000", "315,000"):
        assert figure in text, figure
    assert "TWD3,630,000" in text  # the open pipeline, in the home currency
    assert "JPY5,000,000" in text and "JPY2,500,000" in text  # the yen deal apart, never added in
    assert "3,630,000" in text and "8,630,000" not in text
    assert "".join(labels["pipeline.currency"].format(home="TWD").split()) in text
    assert "1USD=31.5TWD" in text
    for name in ("ERP rollout", "Plant sensors", "產線升級", "Tokyo line", "Acme Taiwan", "台灣精密機械",
                 "集團企業完整流程", "商務談判簽約階段", "Inbound leads"):
        assert "".join(name.split()) in text, name
    assert "50%" in text and "70%" in text  # the stage's observed rate next to its set one
    assert "MeiLin" in text and "ABCD-1234-EF56" in text


def test_months_and_quarters(tmp_path: Path) -> None:
    months, _ = write(tmp_path, "en")
    assert "Jun2026" in months and "Aug2026" in months
    quarters, _ = write(tmp_path, "zh_TW", printed(by="quarter"))
    assert "2026年第2季" in quarters and "2026年第3季" in quarters
    assert "依預計成交季度" in quarters


def test_one_process_names_it_in_the_title(tmp_path: Path) -> None:
    one = tuple(d for d in DEALS if d.process_id == 2)
    text, _ = write(tmp_path, "en", printed(one, process_name="Inbound leads"))
    assert "PIPELINEFORECAST" in text and "Allaccounts" not in text


@pytest.mark.parametrize("lang", ["en", "zh_TW"])
def test_nothing_to_forecast(tmp_path: Path, lang: str) -> None:
    text, pages = write(tmp_path, lang, printed(()))
    assert pages == 1 and "".join(LABELS[lang]["pipeline.empty"].split()) in text


def test_many_deals_run_over_pages_with_their_header(tmp_path: Path) -> None:
    many = tuple(ListedDeal(i, 1 + i // 60, f"Account {1 + i // 60:03d}", f"Deal {i}", 1, 11, 1000.0 + i, "TWD",
                            date(2026, 7, 1)) for i in range(400))
    text, pages = write(tmp_path, "en", printed(many), paper="letter")
    assert pages > 5
    assert all(f"Deal{i}" in text for i in (0, 199, 399))
    assert text.count("Account007") >= 1


def test_only_the_bundled_fonts(tmp_path: Path) -> None:
    path = tmp_path / "fonts.pdf"
    write_forecast(printed(), path, "zh_TW")
    assert all("WenQuanYi" in f or "Planner" in f or "DejaVu" in f for f in font_names(path))


def test_a_failed_write_leaves_the_earlier_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "forecast.pdf"
    write_forecast(printed(), path)
    before = path.read_bytes()
    from planner.report import pipeline

    def broken(self):  # noqa: ANN001, ANN202
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pipeline.PipelineStory, "deals", broken)
    with pytest.raises(WriteFailed):
        write_forecast(printed(), path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["forecast.pdf"]


def test_export_forecast_from_a_file(tmp_path: Path) -> None:
    from test_forecast import _generated

    from planner.export import export_forecast
    from planner.services import Planner

    source = _generated(tmp_path / "generated.planner")
    planner = Planner.open(source, read_only=True)
    try:
        total = planner.reports.pipeline().total()
        pages = export_forecast(planner, tmp_path / "en.pdf", "en", "a4")
        zh_pages = export_forecast(planner, tmp_path / "zh.pdf", "zh_TW", "letter", by="quarter")
        with pytest.raises(PlannerError):
            export_forecast(planner, source, "en")  # never onto the planner file
    finally:
        planner.close()
    assert pages >= 2 and zh_pages >= 2 and isinstance(pages, report.PlanWritten)
    en, zh = text_of(tmp_path / "en.pdf"), text_of(tmp_path / "zh.pdf")
    assert f"TWD{round(total.value):,}" in en and f"TWD{round(total.value):,}" in zh
    assert f"EUR{round(total.unconverted['EUR'].value):,}" in en
    assert "Overdue" in en and "Nodate" in en and "已逾期" in zh and "未定" in zh and "無匯率" in zh
