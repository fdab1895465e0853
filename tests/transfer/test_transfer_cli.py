"""``deal-planner import`` and ``export`` as a user runs them: exit codes, one-line errors in the
user's language, the dry run writing nothing, a failed import changing nothing."""

from __future__ import annotations

from pathlib import Path

from plurals import english_plurals
from transfer_files import dump, pipedrive, write

from planner.services import Planner


def test_a_dry_run_prints_every_row_and_writes_nothing(cli, sales: Path, tmp_path: Path) -> None:  # noqa: ANN001
    deals, orgs, people = pipedrive(tmp_path)
    before = dump(sales)
    with english_plurals(tmp_path):  # "1 deal", "3 deals": Qt's plural forms
        ran = cli("import", "--db", sales, "--from", "pipedrive", deals, "--organizations", orgs, "--people", people,
                  "--duplicates", "merge", "--dry-run")
    assert ran.returncode == 0, ran.stderr
    assert "deals.csv:2  New deal “Cloud migration” for Acme Ltd" in ran.stdout
    assert "open in “Proposal”; milestones before it recorded as imported: 1." in ran.stdout
    assert "deals.csv:7  ! Empty row: nothing to import." in ran.stdout
    assert "Stage “Sales pipeline / Proposal Made” (1 deal) → “Proposal” (a guess)" in ran.stdout
    assert "Stage “Sales pipeline / Qualified” (3 deals) → “Qualified”" in ran.stdout
    assert ran.stdout.rstrip().endswith("Dry run: 3 accounts, 3 contacts and 5 deals would be imported; "
                                        "nothing was written.")
    assert dump(sales) == before


def test_rows_with_problems_stop_the_import_and_say_why(cli, sales: Path, tmp_path: Path) -> None:  # noqa: ANN001
    deals, orgs, people = pipedrive(tmp_path, bad_rows=True)
    before = dump(sales)
    for extra in (["--dry-run"], []):
        ran = cli("import", "--db", sales, "--from", "pipedrive", deals, "--organizations", orgs, "--people", people,
                  "--duplicates", "merge", *extra)
        assert ran.returncode == 1
        assert "✗ Unknown currency “XYZ”" in ran.stdout and "✗ Expected close date “31.02.2026” is not a date." \
            in ran.stdout
        assert ran.stderr.splitlines() == ["deal-planner: Nothing was imported: a problem in 4 of the rows "
                                           "(see the dry run)."]
    assert dump(sales) == before


def test_unanswered_duplicates_and_several_processes_are_asked_for(cli, sales: Path, tmp_path: Path) -> None:  # noqa: ANN001
    deals, _orgs, _people = pipedrive(tmp_path)
    ran = cli("import", "--db", sales, "--from", "pipedrive", deals, "--dry-run")
    assert ran.returncode == 1
    assert "differ only in case or spacing" in ran.stderr and len(ran.stderr.splitlines()) == 1


def test_an_import_then_a_check(cli, sales: Path, tmp_path: Path) -> None:  # noqa: ANN001
    deals, orgs, people = pipedrive(tmp_path)
    ran = cli("import", "--db", sales, "--from", "pipedrive", deals, "--organizations", orgs, "--people", people,
              "--duplicates", "separate", "--stage", "Proposal Made=2", "--stage", "Negotiations Started=Negotiation")
    assert ran.returncode == 0, ran.stdout + ran.stderr
    # Acme's three spellings apart: the deal's "Ann Lee" is a contact of "ACME Ltd" too
    assert "Imported 5 accounts, 4 contacts and 5 deals." in ran.stdout
    assert "before-import" in ran.stdout
    assert cli("check", "--db", sales).returncode == 0
    planner = Planner.open(sales, read_only=True)
    assert sorted(a.name for a in planner.accounts.all()) == ["ACME Ltd", "Acme Ltd", "Beta GmbH", "Gamma Co",
                                                              "acme ltd"]
    planner.close()


def test_a_spreadsheet_with_a_column_mapping(cli, sales: Path, tmp_path: Path) -> None:  # noqa: ANN001
    from transfer_files import SPREADSHEET_DEALS

    path = write(tmp_path / "projekte.csv", SPREADSHEET_DEALS)
    maps = ["--map", "Projekt=title", "--map", "Kunde=organization", "--map", "Betrag=value",
            "--map", "Währung=currency", "--map", "Phase=stage", "--map", "Abschluss=expected_close"]
    ran = cli("import", "--db", sales, "--from", "csv", path, *maps)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    planner = Planner.open(sales, read_only=True)
    assert sorted((d.title, d.value) for d in planner.deals.all()) == [("Hosting", 99.0), ("Website", 1234.5)]
    planner.close()
    bad = cli("import", "--db", sales, "--from", "csv", path, "--map", "Projekt=nonsense")
    assert bad.returncode == 1 and bad.stderr.startswith("deal-planner: --map takes HEADER=FIELD")


def test_errors_are_one_line_in_the_users_language(cli, sales: Path, tmp_path: Path) -> None:  # noqa: ANN001
    missing = tmp_path / "missing.planner"
    csv = write(tmp_path / "deals.csv", "Deal - Title\nOne\n")
    ran = cli("--lang", "zh_TW", "import", "--db", missing, "--from", "pipedrive", csv, "--dry-run")
    assert ran.returncode == 1
    assert ran.stderr.splitlines() == [f"deal-planner: {missing} 不存在。"]
    latin1 = tmp_path / "latin1.csv"
    latin1.write_bytes("Deal - Title\nCafé\n".encode("latin-1"))
    ran = cli("import", "--db", sales, "--from", "pipedrive", latin1, "--dry-run")
    assert ran.returncode == 1 and len(ran.stderr.splitlines()) == 1 and "not UTF-8 text" in ran.stderr
    ran = cli("import", "--db", missing, "--from", "pipedrive")
    assert ran.returncode == 1 and ran.stderr.splitlines() == [
        "deal-planner: Give the deals file, --organizations or --people."]


def test_a_json_round_trip_on_the_command_line(cli, sales: Path, tmp_path: Path) -> None:  # noqa: ANN001
    deals, orgs, people = pipedrive(tmp_path)
    assert cli("import", "--db", sales, "--from", "pipedrive", deals, "--organizations", orgs, "--people", people,
               "--duplicates", "merge").returncode == 0
    document = tmp_path / "all.json"
    ran = cli("export", "--db", sales, "--to", "json", "-o", document)
    assert ran.returncode == 0 and ran.stdout.startswith(f"Wrote {document}:")
    new = tmp_path / "new.planner"
    ran = cli("import", "--db", new, "--from", "json", document)
    assert ran.returncode == 0, ran.stderr
    assert dump(new) == dump(sales)
    again = cli("import", "--db", new, "--from", "json", document)
    assert again.returncode == 1 and again.stderr.splitlines() == [f"deal-planner: {new} already exists."]
    onto = cli("export", "--db", sales, "--to", "json", "-o", sales)
    assert onto.returncode == 1 and len(onto.stderr.splitlines()) == 1


def test_a_huge_spreadsheet_reads_as_a_few_short_lines(cli, sales: Path, tmp_path: Path) -> None:  # noqa: ANN001
    """Found from outside: a CSV of 100,000 columns printed all their names on one line (700 KB),
    and a cell of 100,000 characters came back whole inside its message."""
    wide = tmp_path / "wide.csv"
    headers = ["Title", "Organization", *(f"c{i}" for i in range(100_000))]
    wide.write_text(",".join(headers) + "\n" + ",".join(["Deal", "Org", *("v" * 100_000)]) + "\n", "utf-8")
    ran = cli("import", "--db", sales, "--from", "csv", wide, "--dry-run", "--process", "1")
    left_out = next(line for line in ran.stdout.splitlines() if "columns left out" in line)
    assert left_out.endswith("c18, c19 … and 99980 more")
    long_cell = tmp_path / "long.csv"
    long_cell.write_text("Title,Organization,Expected close date\nDeal,Org,2" + "9" * 100_000 + "x\n", "utf-8")
    ran = cli("import", "--db", sales, "--from", "csv", long_cell, "--dry-run", "--process", "1")
    assert max(len(line) for line in ran.stdout.splitlines()) < 400
    assert "“2999" in ran.stdout and "999x”" in ran.stdout  # both ends of the cell, its middle left out
