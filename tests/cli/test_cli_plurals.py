"""The commands count as English does: "1 deal", "2 deals", "1 page" (Qt's plural forms, from
the English catalogue of plural forms), and the number is the one that was counted."""

from __future__ import annotations

import re
import sqlite3
from datetime import date, timedelta
from pathlib import Path

from builders import new_deal, simple_process
from plurals import english_plurals
from pypdf import PdfReader

from planner.domain.model import Account, Deal
from planner.services import Planner


def test_check_counts_its_problems(cli, planner: Planner, tmp_path: Path) -> None:  # noqa: ANN001
    path = planner.path
    planner.close()
    found = []
    with english_plurals(tmp_path):
        for trigger in ("deals_no_move_back", "deals_no_skip"):  # a rule taken away: a problem each
            conn = sqlite3.connect(path)
            conn.execute(f"DROP TRIGGER {trigger}")
            conn.commit()
            conn.close()
            ran = cli("check", "--db", str(path))
            assert ran.returncode == 1
            found.append(ran.stdout.splitlines()[0])
    assert found == [f"{path}: 1 problem found:", f"{path}: 2 problems found:"]


def test_demo_says_how_many_deals_it_wrote(cli, tmp_path: Path) -> None:  # noqa: ANN001
    target = tmp_path / "demo.planner"
    with english_plurals(tmp_path):
        ran = cli("demo", "--db", str(target), "--deals", "30")
    assert ran.returncode == 0, ran.stderr
    planner = Planner.open(target, read_only=True)
    count = len(planner.deals.all())
    planner.close()
    assert ran.stdout.strip() == f"Wrote {target} with {count} deals."


def test_pdfs_say_their_pages(cli, planner: Planner, tmp_path: Path) -> None:  # noqa: ANN001
    new_deal(planner, expected_close=date.today() + timedelta(days=30), value=1000)
    forecast, plan = tmp_path / "forecast.pdf", tmp_path / "plan.pdf"
    with english_plurals(tmp_path):
        one = cli("forecast", "--db", str(planner.path), "--pdf", str(forecast))
        more = cli("export-pdf", "--db", str(planner.path), "--account", "1", "-o", str(plan))
    assert len(PdfReader(forecast).pages) == 1 and one.stdout.strip() == f"Wrote {forecast} (1 page)."
    pages = len(PdfReader(plan).pages)
    assert pages > 1 and more.stdout.strip() == f"Wrote {plan} ({pages} pages)."


def test_the_calibrate_table_counts_each_process_deals(cli, planner: Planner, tmp_path: Path) -> None:  # noqa: ANN001
    account = planner.accounts.create(Account("Acme"))
    for name, deals in (("Solo", 1), ("Pair", 2)):
        process = planner.processes.create(simple_process(2, name=name))
        for i in range(deals):
            planner.deals.create(Deal(account_id=account, process_id=process, title=f"{name} {i}"))
    with english_plurals(tmp_path):
        ran = cli("calibrate", "--db", str(planner.path))
    assert ran.returncode == 0, ran.stderr
    lines = ran.stdout.splitlines()
    assert "Solo: 1 deal" in lines and "Pair: 2 deals" in lines
    assert "shown from 10 closed deals on" in ran.stdout


def test_the_calendar_export_counts_its_dates(cli, planner: Planner, tmp_path: Path) -> None:  # noqa: ANN001
    soon = date.today() + timedelta(days=30)
    new_deal(planner, expected_close=soon)
    said = []
    with english_plurals(tmp_path):
        for name in ("one.ics", "two.ics"):
            said.append(cli("export", "--db", str(planner.path), "--to", "ics", "-o", str(tmp_path / name)).stdout)
            new_deal(planner, expected_close=soon, account="Beta")
    assert said == [f"Wrote {tmp_path / 'one.ics'} with 1 date.\n", f"Wrote {tmp_path / 'two.ics'} with 2 dates.\n"]


def test_a_full_export_and_its_import_count_the_same_rows(cli, planner: Planner, tmp_path: Path) -> None:  # noqa: ANN001
    new_deal(planner)
    document, new = tmp_path / "all.json", tmp_path / "new.planner"
    with english_plurals(tmp_path):
        wrote = cli("export", "--db", str(planner.path), "--to", "json", "-o", str(document)).stdout
        trial = cli("import", "--db", str(new), "--from", "json", str(document), "--dry-run").stdout
        made = cli("import", "--db", str(new), "--from", "json", str(document)).stdout
    rows, tables = re.fullmatch(rf"Wrote {re.escape(str(document))}: (\d+) rows in (\d+) tables\.\n", wrote).groups()
    assert trial == f"Dry run: {rows} rows in {tables} tables would make a new file; nothing was written.\n"
    assert made == f"Wrote {new}: {rows} rows, every one as in the export.\n"
