"""deal-planner export-pdf --audience internal|customer."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from builders import new_deal

from planner.services import Planner

RISK = "Purchasing leans to the rival bid"
NOTE = "Ask about the second plant in March"


@pytest.fixture
def db(planner: Planner) -> Path:
    deal = new_deal(planner, account="Northwind", title="Warehouse scanners", value=250_000, currency="USD",
                    risks=RISK, notes=NOTE)
    assert planner.deals.get(deal).risks == RISK
    return planner.path


def text_of(path: Path) -> str:
    """The PDF's text as poppler extracts it, without white space (a cell may wrap anywhere)."""
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return "".join(done.stdout.decode("utf-8").split())


def test_the_customer_copy_and_the_internal_plan(cli, db: Path, tmp_path: Path) -> None:  # noqa: ANN001
    customer, internal, default = tmp_path / "customer.pdf", tmp_path / "internal.pdf", tmp_path / "default.pdf"
    for path, extra in ((customer, ["--audience", "customer"]), (internal, ["--audience", "internal"]),
                        (default, [])):
        ran = cli("export-pdf", "--db", str(db), "--account", "Northwind", "-o", str(path), "--lang", "en", *extra)
        assert ran.returncode == 0, ran.stderr
        assert "Wrote" in ran.stdout
    shown = text_of(customer)
    assert "Warehousescanners" in shown and "USD250,000" in shown and "Jointplan" in shown
    for internal_text in (RISK, NOTE, "Weighted", "Winrate", "%"):
        assert "".join(internal_text.split()) not in shown, internal_text
    everything = text_of(internal)
    assert "".join(RISK.split()) in everything and "".join(NOTE.split()) in everything
    assert text_of(default) == everything  # internal unless asked otherwise


def test_an_unknown_audience_is_refused(cli, db: Path, tmp_path: Path) -> None:  # noqa: ANN001
    target = tmp_path / "plan.pdf"
    ran = cli("export-pdf", "--db", str(db), "--account", "Northwind", "-o", str(target), "--audience", "board")
    assert ran.returncode == 2
    assert "--audience" in ran.stderr and "customer" in ran.stderr
    assert not target.exists()


def test_the_customer_copy_of_an_unknown_account_is_refused(cli, db: Path, tmp_path: Path) -> None:  # noqa: ANN001
    target = tmp_path / "plan.pdf"
    ran = cli("export-pdf", "--db", str(db), "--account", "Nobody", "-o", str(target), "--audience", "customer")
    assert ran.returncode == 1
    assert ran.stderr.startswith("deal-planner: ") and len(ran.stderr.strip().splitlines()) == 1
    assert not target.exists()
