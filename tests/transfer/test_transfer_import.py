"""Importing the tools' exports: the plan row by row, duplicates confirmed, history as imported,
all rows or none, a snapshot first."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from transfer_files import HUBSPOT_DEALS, SPREADSHEET_DEALS, dump, pipedrive, write

from planner import snapshots
from planner.domain.model import Account, DealStatus, Outcome
from planner.services import Planner
from planner.transfer import csv_files, import_plan, import_run
from planner.transfer import messages as m
from planner.transfer.columns import Field, Kind, Source
from planner.transfer.import_plan import Choices, Existing, Input
from planner.transfer.messages import ImportRefused


def _plan(planner: Planner, paths: list[tuple[Kind, Path]], **choices: object) -> import_plan.ImportPlan:
    inputs = [Input.guessed(csv_files.read(p), kind) for kind, p in paths]
    return import_plan.plan(inputs, Choices(**choices), Existing.read(planner))  # type: ignore[arg-type]


def _texts(messages: list[m.Message]) -> list[str]:
    return [m.text(x) for x in messages]


@pytest.fixture
def pd_files(tmp_path: Path) -> list[tuple[Kind, Path]]:
    deals, orgs, people = pipedrive(tmp_path)
    return [(Kind.DEALS, deals), (Kind.ORGANIZATIONS, orgs), (Kind.PEOPLE, people)]


def test_the_dry_run_shows_every_row_and_what_is_wrong(qapp, sales: Path, tmp_path: Path) -> None:  # noqa: ANN001
    deals, orgs, people = pipedrive(tmp_path, bad_rows=True)
    planner = Planner.open(sales)
    plan = _plan(planner, [(Kind.DEALS, deals), (Kind.ORGANIZATIONS, orgs), (Kind.PEOPLE, people)],
                 source=Source.PIPEDRIVE, merge_all=True, currency="EUR")
    by_line = {(r.file, r.line): r for r in plan.rows}
    # every row of every file is there: none silently dropped, the empty one said to be empty
    assert sorted(line for f, line in by_line if f == "deals.csv") == [2, 3, 4, 6, 7, 8, 9, 10, 11]
    assert len([r for r in plan.rows if r.file == "organizations.csv"]) == 2
    assert len([r for r in plan.rows if r.file == "people.csv"]) == 3
    assert _texts(by_line[("deals.csv", 7)].warnings) == ["Empty row: nothing to import."]
    assert "Unknown currency “XYZ”" in _texts(by_line[("deals.csv", 9)].errors)[0]
    assert "organization is missing" in _texts(by_line[("deals.csv", 10)].errors)[0]
    assert _texts(by_line[("deals.csv", 11)].errors) == ["Expected close date “31.02.2026” is not a date."]
    assert "organization is missing" in _texts(by_line[("people.csv", 4)].errors)[0]
    assert "open in “Proposal”; milestones before it recorded as imported: 1." in \
        _texts(by_line[("deals.csv", 2)].says)[-1]
    assert any("a guess" in t for t in _texts(by_line[("deals.csv", 2)].warnings))
    assert not plan.ok and len(plan.errors) == 4
    assert import_run.refusal(plan) is not None
    planner.close()


def test_names_differing_in_case_or_spacing_wait_for_the_users_word(qapp, sales: Path,  # noqa: ANN001
                                                                    pd_files: list) -> None:  # type: ignore[type-arg]
    planner = Planner.open(sales)
    planner.accounts.create(Account(name="Beta GMBH"))
    plan = _plan(planner, pd_files, source=Source.PIPEDRIVE)
    groups = {g.key: g for g in plan.duplicates}
    assert set(groups) == {"acme ltd", "beta gmbh"}
    assert groups["acme ltd"].spellings == ["Acme Ltd", "ACME Ltd", "acme ltd"]
    assert [a.name for a in groups["beta gmbh"].existing] == ["Beta GMBH"]
    assert not plan.ok and "differ only in case or spacing" in m.text(plan.problems[0])
    # one answer per group: Acme's spellings are one account, Beta GmbH stays apart from "Beta GMBH"
    plan = _plan(planner, pd_files, source=Source.PIPEDRIVE, merge={"acme ltd": True, "beta gmbh": False})
    assert plan.ok
    assert sorted(a.account.name for a in plan.accounts.values()) == ["Acme Ltd", "Beta GmbH", "Gamma Co"]
    merged = _plan(planner, pd_files, source=Source.PIPEDRIVE, merge_all=True)
    assert sorted(a.account.name for a in merged.accounts.values()) == ["Acme Ltd", "Gamma Co"]  # Beta: existing
    planner.close()


def test_an_import_comes_in_with_its_history_marked_as_imported(qapp, sales: Path, pd_files: list) -> None:  # noqa: ANN001 # type: ignore[type-arg]
    planner = Planner.open(sales)
    plan = _plan(planner, pd_files, source=Source.PIPEDRIVE, merge_all=True, currency="TWD")
    done = import_run.run(planner, plan)
    assert (done.accounts, done.contacts, done.deals) == (3, 3, 5)  # Carl Diaz comes from his deal
    assert Path(done.snapshot).exists()
    assert [s.kind for s in snapshots.listing(sales)] == [snapshots.Kind.BEFORE_IMPORT]
    process = planner.processes.get(planner.processes.summaries()[0].id)
    stage = {s.id: s.name for s in process.stages}
    deals = {d.title: d for d in planner.deals.all()}
    acme = next(a for a in planner.accounts.all() if a.name == "Acme Ltd")
    assert "1 Main Street\nSpringfield" in acme.notes and acme.kind == "Customer"
    assert {c.name: c.email for c in planner.contacts.of(acme.id)} == {"Ann Lee": "ann@acme.test"}  # type: ignore[arg-type]

    cloud = deals["Cloud migration"]
    assert (cloud.status, stage[cloud.stage_id], cloud.value, cloud.currency) == (  # type: ignore[index]
        DealStatus.OPEN, "Proposal", 12500.5, "EUR")
    assert cloud.expected_close == date(2026, 12, 31)
    assert "Imported from Pipedrive on" in cloud.notes and "their ID 101" in cloud.notes
    [qualified] = planner.milestones.of(cloud.id)  # type: ignore[arg-type]
    assert qualified.confirmed_on == date.today() and qualified.outcome == Outcome.REACHED
    assert qualified.evidence.startswith("Imported from Pipedrive on " + date.today().isoformat())
    assert "No evidence was given in Deal Planner" in qualified.evidence

    won = deals["Support renewal"]
    assert won.status is DealStatus.WON
    milestones = planner.milestones.of(won.id)  # type: ignore[arg-type]
    assert [stage[x.stage_id] for x in milestones] == ["Qualified", "Proposal", "Negotiation", "Contract"]
    assert "won there on 2026-01-20" in milestones[-1].evidence

    lost = deals["Pilot"]
    assert (lost.status, lost.close_reason) == (DealStatus.LOST, "Chose a cheaper\r\nsupplier".replace("\r", ""))
    assert [x.outcome for x in planner.milestones.of(lost.id)] == [Outcome.AGAINST]  # type: ignore[arg-type]
    assert deals["Quiet one"].close_reason == "No reason was given in Pipedrive."
    assert deals["New shop"].currency == "TWD" and deals["New shop"].value == 0
    assert planner.file.check() == []
    planner.close()


def test_one_refused_row_leaves_the_file_untouched(qapp, sales: Path, pd_files: list,  # noqa: ANN001 # type: ignore[type-arg]
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    planner = Planner.open(sales)
    plan = _plan(planner, pd_files, source=Source.PIPEDRIVE, merge_all=True)
    planner.close()
    before = dump(sales)
    planner = Planner.open(sales)
    real, calls = planner.milestones.confirm, []

    def confirm(*args: object, **kw: object) -> object:
        calls.append(args)
        if len(calls) == 3:  # the third deal with milestones: a refusal of the file's rules
            from planner.domain.errors import RuleViolation

            raise RuleViolation("The deal is closed.")
        return real(*args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(planner.milestones, "confirm", confirm)
    with pytest.raises(ImportRefused, match=r"Nothing was imported: deals.csv, line 4: The deal is closed"):
        import_run.run(planner, plan)
    planner.close()
    assert dump(sales) == before


def test_hubspot_associations_stages_and_dollars(qapp, sales: Path, tmp_path: Path) -> None:  # noqa: ANN001
    path = write(tmp_path / "hubspot-crm-exports-all-deals.csv", HUBSPOT_DEALS)
    planner = Planner.open(sales)
    plan = _plan(planner, [(Kind.DEALS, path)], source=Source.HUBSPOT, currency="TWD")
    assert plan.ok, [(r.line, _texts(r.errors)) for r in plan.errors]
    placed = {s.stage: s for s in plan.stages}
    assert placed["Closed Won"].target == import_plan.WON_STAGE
    assert placed["Closed Lost"].ends is DealStatus.LOST
    rows = {r.label: r for r in plan.rows}
    assert "“$” read as TWD." in _texts(rows["Spare parts"].warnings)
    import_run.run(planner, plan)
    deals = {d.title: d for d in planner.deals.all()}
    assert {a.name for a in planner.accounts.all()} == {"Acme Ltd", "Delta Inc"}
    assert deals["Fleet tracking"].expected_close == date(2026, 9, 1) and deals["Fleet tracking"].value == 12000
    assert deals["Spare parts"].status is DealStatus.WON
    assert (deals["Training"].status, deals["Training"].close_reason) == (DealStatus.LOST, "Budget cut")
    assert "Created there on 2025-12-01" in deals["Training"].notes
    planner.close()


def test_any_spreadsheet_through_its_column_mapping(qapp, sales: Path, tmp_path: Path) -> None:  # noqa: ANN001
    path = write(tmp_path / "projekte.csv", SPREADSHEET_DEALS, bom=False)
    sheet = csv_files.read(path)
    guessed = Input.guessed(sheet, Kind.DEALS)
    assert Field.TITLE not in guessed.mapping  # nobody calls a title "Projekt": the user maps it
    mapping = {Field.TITLE: 0, Field.ORGANIZATION: 1, Field.VALUE: 2, Field.CURRENCY: 3, Field.STAGE: 4,
               Field.EXPECTED_CLOSE: 5}
    planner = Planner.open(sales)
    plan = import_plan.plan([Input(Kind.DEALS, sheet, mapping)], Choices(Source.CSV), Existing.read(planner))
    assert plan.ok
    import_run.run(planner, plan)
    website = next(d for d in planner.deals.all() if d.title == "Website")
    assert (website.value, website.currency, website.expected_close) == (1234.5, "EUR", date(2026, 7, 15))
    assert "Imported from a spreadsheet on" in website.notes
    planner.close()


def test_the_dry_run_tries_the_files_own_rules_on_a_copy(qapp, sales: Path, pd_files: list) -> None:  # noqa: ANN001 # type: ignore[type-arg]
    planner = Planner.open(sales, read_only=True)
    plan = _plan(planner, pd_files, source=Source.PIPEDRIVE, merge_all=True)
    assert import_run.trial(planner, plan) is None
    planner.close()
    before = dump(sales)
    # a note one character short of the limit passes the plan; with the import's own line, the file refuses it
    long_note = "x" * 99_990
    deals = pd_files[0][1]
    text = deals.read_text("utf-8-sig").replace("Deal - Won time", "Deal - Won time,Note - Content")
    text = text.replace("20.01.2026\n", "20.01.2026," + long_note + "\n")
    write(deals, text)
    planner = Planner.open(sales, read_only=True)
    plan = _plan(planner, pd_files, source=Source.PIPEDRIVE, merge_all=True)
    assert plan.ok
    refused = import_run.trial(planner, plan)
    assert refused is not None and "line 3" in str(refused) and "too long" in str(refused)
    planner.close()
    assert dump(sales) == before
