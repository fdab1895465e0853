"""``deal-planner calibrate``: its JSON, its table in Chinese, its one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

from test_calibration import history

from planner.services import Planner


def _file(tmp_path: Path) -> Path:
    path = tmp_path / "record.planner"
    planner = Planner.open(path, create=True)
    history(planner, deals=45)
    planner.close()
    return path


def test_json_gives_every_figure_per_process_and_stage(cli, tmp_path: Path) -> None:  # noqa: ANN001
    path = _file(tmp_path)
    ran = cli("calibrate", "--db", str(path), "--format", "json")
    assert ran.returncode == 0, ran.stderr
    found = json.loads(ran.stdout)
    planner = Planner.open(path, read_only=True)
    expected = planner.reports.calibration()
    planner.close()
    assert [p["id"] for p in found["processes"]] == [p.process_id for p in expected]
    keys = {"id", "position", "name", "configured_rate", "entered", "won", "lost", "abandoned", "open",
            "sample_size", "observed_rate", "interval_low", "interval_high", "median_days", "p80_days",
            "timed_deals"}
    for process, want in zip(found["processes"], expected, strict=True):
        for stage, s in zip(process["stages"], want.stages, strict=True):
            assert set(stage) == keys
            assert (stage["entered"], stage["won"], stage["sample_size"]) == (s.entered, s.won, s.closed)
            assert stage["observed_rate"] == (None if s.observed_rate is None else round(100 * s.observed_rate, 1))
    one = cli("calibrate", "--db", str(path), "--format", "json", "--process", str(expected[1].process_id))
    assert [p["id"] for p in json.loads(one.stdout)["processes"]] == [expected[1].process_id]


def test_the_table_in_chinese(cli, tmp_path: Path) -> None:  # noqa: ANN001
    ran = cli("--lang", "zh_TW", "calibrate", "--db", str(_file(tmp_path)))
    assert ran.returncode == 0, ran.stderr
    assert "P4" in ran.stdout and "%" in ran.stdout and "Stage 1" in ran.stdout


def test_a_bad_process_is_one_line_and_exit_1(cli, tmp_path: Path) -> None:  # noqa: ANN001
    path = _file(tmp_path)
    for bad in ("999", "two"):
        ran = cli("calibrate", "--db", str(path), "--process", bad)
        assert ran.returncode == 1 and not ran.stdout
        assert len(ran.stderr.strip().splitlines()) == 1 and "Traceback" not in ran.stderr


def test_json_and_table_give_the_win_loss_analysis(cli, tmp_path: Path) -> None:  # noqa: ANN001
    path = _file(tmp_path)
    planner = Planner.open(path)
    lost = next(d for d in planner.deals.all() if d.status == "lost")
    planner.deals.set_close_category(lost.id, planner.reasons.all()[0].id)  # type: ignore[arg-type]
    expected = planner.reports.win_loss()
    planner.close()
    found = json.loads(cli("calibrate", "--db", str(path), "--format", "json").stdout)["win_loss"]
    assert set(found) == {"home_currency", "by_category", "by_stage", "by_process", "total"}
    assert [(c["key"], c["name"], c["lost"]["deals"], c["abandoned"]["deals"]) for c in found["by_category"]] == [
        ("price", "Price", 1, 0), (None, "Uncategorised", expected.by_category[-1].outcomes.lost.deals,
                                   expected.by_category[-1].outcomes.abandoned.deals)]
    assert [(s["stage_id"], s["lost"]["deals"], s["abandoned"]["deals"]) for s in found["by_stage"]] == [
        (s.stage_id, s.outcomes.lost.deals, s.outcomes.abandoned.deals) for s in expected.by_stage]
    assert [(p["id"], p["won"]["deals"], p["won_share"]) for p in found["by_process"]] == [
        (p.process_id, p.outcomes.won.deals, round(100 * p.outcomes.won_share, 1))  # type: ignore[operator]
        for p in expected.by_process]
    total = expected.total
    assert found["total"]["won"] == {"deals": total.won.deals, "value": round(total.won.value, 2), "unconverted": {}}
    table = cli("--lang", "zh_TW", "calibrate", "--db", str(path)).stdout
    assert "價格" in table or "Price" in table  # translated once the lead merges the catalogue
    assert table.count("\n\n") >= 4 and "P4" in table.split("\n\n")[-1]  # the win/loss tables come last
