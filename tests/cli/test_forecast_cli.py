"""``deal-planner forecast``: its JSON, CSV and table (in Chinese too), its PDF, its one-line errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from test_forecast import _generated

from planner.domain.forecast import NO_DATE, OVERDUE
from planner.forecast_output import CSV_COLUMNS
from planner.services import Planner

FIGURES = {"count", "total", "weighted_set", "weighted_observed", "observed_deals", "unconverted"}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _generated(tmp_path_factory.mktemp("forecast-cli") / "generated.planner")


def _expected(path: Path, by: str = "month", process_id: int | None = None):  # noqa: ANN202 - a Forecast
    planner = Planner.open(path, read_only=True)
    try:
        return planner.reports.pipeline(by, process_id)  # type: ignore[arg-type]
    finally:
        planner.close()


def test_json_gives_per_period_and_stage_the_count_total_and_weighted_totals(cli, generated: Path) -> None:  # noqa: ANN001
    ran = cli("forecast", "--db", str(generated), "--format", "json")
    assert ran.returncode == 0, ran.stderr
    found = json.loads(ran.stdout)
    want = _expected(generated)
    assert (found["home"], found["by"], found["today"]) == ("TWD", "month", want.today.isoformat())
    assert [r["currency"] for r in found["rates"]] == ["JPY", "USD"]
    assert [p["period"] for p in found["periods"]] == list(want.periods)
    assert found["periods"][0]["period"] == OVERDUE and found["periods"][-1]["period"] == NO_DATE
    assert [s["stage_id"] for s in found["stages"]] == [s.stage_id for s in want.stages]
    assert {"process_id", "process", "stage_id", "stage", "position", "set_rate", "observed_rate"} == set(
        found["stages"][0])
    cells = 0
    for period in found["periods"]:
        assert set(period["totals"]) == FIGURES
        for row in period["stages"]:
            cells += 1
            f = want.cells[(period["period"], row["stage_id"])]
            assert set(row) == FIGURES | {"stage_id", "stage", "process_id"}
            assert (row["count"], row["total"], row["weighted_set"], row["weighted_observed"]) == (
                f.deals, round(f.value, 2), round(f.weighted_set, 2), round(f.weighted_observed, 2))
            assert {c: u["count"] for c, u in row["unconverted"].items()} == {
                c: u.deals for c, u in f.unconverted.items()}
    assert cells == len(want.cells)
    total = want.total()
    assert found["total"]["count"] == total.deals and found["total"]["total"] == round(total.value, 2)
    assert found["total"]["unconverted"]["EUR"]["total"] == round(total.unconverted["EUR"].value, 2)
    assert [p["process_id"] for p in found["processes"]] == list(want.by_process())


def test_quarters_and_one_process(cli, generated: Path) -> None:  # noqa: ANN001
    want = _expected(generated, "quarter")
    process_id = next(iter(want.by_process()))
    ran = cli("forecast", "--db", str(generated), "--by", "quarter", "--process", str(process_id), "--format", "json")
    assert ran.returncode == 0, ran.stderr
    found = json.loads(ran.stdout)
    assert found["by"] == "quarter"
    assert all(p["period"] in (OVERDUE, NO_DATE) or "-Q" in p["period"] for p in found["periods"])
    assert {s["process_id"] for s in found["stages"]} == {process_id}
    assert found["total"]["count"] == want.by_process()[process_id].deals


def test_csv_has_a_header_and_one_row_per_period_and_stage(cli, generated: Path) -> None:  # noqa: ANN001
    ran = cli("forecast", "--db", str(generated), "--format", "csv")
    assert ran.returncode == 0, ran.stderr
    rows = list(csv.reader(io.StringIO(ran.stdout)))
    want = _expected(generated)
    assert tuple(rows[0]) == CSV_COLUMNS
    assert [(r[0], int(r[3])) for r in rows[1:]] == list(want.cells)
    by_key = {(r[0], int(r[3])): dict(zip(CSV_COLUMNS, r, strict=True)) for r in rows[1:]}
    for key, f in want.cells.items():
        row = by_key[key]
        assert int(row["count"]) == f.deals and float(row["total"]) == pytest.approx(f.value, abs=0.005)
        assert float(row["weighted_observed"]) == pytest.approx(f.weighted_observed, abs=0.005)
        assert int(row["unconverted_count"]) == sum(u.deals for u in f.unconverted.values())
        if "EUR" in f.unconverted:
            assert row["unconverted_total"] == f"EUR {f.unconverted['EUR'].value:.2f}"
    assert any(r[2] == "集團企業完整流程" for r in rows[1:])  # names as they are, in UTF-8


def test_the_table_in_chinese_and_english(cli, generated: Path) -> None:  # noqa: ANN001
    zh = cli("--lang", "zh_TW", "forecast", "--db", str(generated))
    assert zh.returncode == 0, zh.stderr
    total = _expected(generated).total()
    assert f"{total.deals}" in zh.stdout and f"{round(total.value):,}" in zh.stdout
    assert "集團企業完整流程" in zh.stdout and "年" in zh.stdout  # months as 2027年3月
    en = cli("--lang", "en", "forecast", "--db", str(generated), "--by", "quarter")
    assert en.returncode == 0, en.stderr
    assert "Overdue" in en.stdout and "No date" in en.stdout and "Q" in en.stdout
    assert "EUR" in en.stdout and "1 USD = 31.5 TWD" in en.stdout


def test_the_table_aligns_chinese_names(cli, generated: Path) -> None:  # noqa: ANN001
    from planner.forecast_output import _width

    ran = cli("--lang", "en", "forecast", "--db", str(generated))
    lines = ran.stdout.splitlines()
    block = lines[lines.index("集團企業完整流程") + 1:]
    block = block[:next(i for i, line in enumerate(block) if line.startswith("Total"))]
    header, rows = block[0], block[1:]
    end_of_deals = _width(header[:header.index("Deals") + len("Deals")])
    assert len(rows) == 8
    for line in rows:  # names without spaces: the fourth cell is the count, right-aligned under "Deals"
        count = line.split()[3]
        at = line.index(" " + count + " ", len(line.split()[0])) + 1
        assert _width(line[:at + len(count)]) == end_of_deals, line


def test_the_pdf(cli, generated: Path, tmp_path: Path) -> None:  # noqa: ANN001
    target = tmp_path / "forecast.pdf"
    ran = cli("forecast", "--db", str(generated), "--pdf", str(target), "--lang", "zh_TW", "--by", "quarter")
    assert ran.returncode == 0, ran.stderr
    assert "pages" in ran.stdout and target.exists()
    text = "".join("".join((page.extract_text() or "").split()) for page in PdfReader(target).pages)
    assert "銷售管道預測" in text and "依預計成交季度" in text
    again = cli("forecast", "--db", str(generated), "--pdf", str(generated))
    assert again.returncode == 1 and len(again.stderr.strip().splitlines()) == 1


def test_an_empty_file_forecasts_nothing(cli, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "empty.planner"
    Planner.open(path, create=True).close()
    ran = cli("forecast", "--db", str(path), "--format", "json")
    assert ran.returncode == 0, ran.stderr
    found = json.loads(ran.stdout)
    assert found["periods"] == [] and found["total"]["count"] == 0
    assert cli("forecast", "--db", str(path), "--format", "csv").stdout.splitlines() == [",".join(CSV_COLUMNS)]
    assert "No open deals" in cli("forecast", "--db", str(path)).stdout


@pytest.mark.parametrize("bad", ["999", "two", "-1", "1.5", "١"])
def test_a_bad_process_is_one_line_and_exit_1(cli, generated: Path, bad: str) -> None:  # noqa: ANN001
    for lang in ("en", "zh_TW"):
        ran = cli("--lang", lang, "forecast", "--db", str(generated), "--process", bad)
        assert ran.returncode == 1 and not ran.stdout
        assert len(ran.stderr.strip().splitlines()) == 1 and "Traceback" not in ran.stderr


def test_bad_options_are_argparse_errors(cli, generated: Path) -> None:  # noqa: ANN001
    for args in (["--by", "week"], ["--format", "xml"]):
        ran = cli("forecast", "--db", str(generated), *args)
        assert ran.returncode == 2 and "(see --help)" in ran.stderr


def test_a_missing_file_is_one_line(cli, tmp_path: Path) -> None:  # noqa: ANN001
    ran = cli("forecast", "--db", str(tmp_path / "nowhere.planner"))
    assert ran.returncode == 1 and len(ran.stderr.strip().splitlines()) == 1


def test_csv_writes_a_name_that_is_a_formula_as_text(cli, tmp_path: Path) -> None:  # noqa: ANN001
    from builders import simple_process

    from planner.domain.model import Account, Deal

    path = tmp_path / "formula.planner"
    planner = Planner.open(path, create=True)
    process = simple_process(2)
    process.name = "=cmd|' /C calc'!A0"
    pid = planner.processes.create(process)
    account = planner.accounts.create(Account(name="Acme"))
    planner.deals.create(Deal(account, pid, "Open", value=100, currency="TWD"))
    planner.close()
    ran = cli("forecast", "--db", str(path), "--format", "csv")
    assert ran.returncode == 0, ran.stderr
    rows = list(csv.reader(io.StringIO(ran.stdout)))[1:]
    assert rows and {r[2] for r in rows} == {"'=cmd|' /C calc'!A0"}
