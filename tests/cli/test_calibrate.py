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
