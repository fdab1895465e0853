"""Deals, organizations and people as CSV files that Pipedrive's and HubSpot's importers take
(and our own import reads back), in UTF-8 with the mark so Excel opens them as such.

Each target has its own file names and columns (README, "Moving data in and out"):

- Pipedrive: ``organizations.csv``, ``people.csv``, ``deals.csv`` with its importer's field
  names ("Organization - Name", "Person - Name", "Deal - Title", "Deal - Value", "Deal -
  Currency of value", "Deal - Stage", "Deal - Status" Open/Won/Lost...); an abandoned deal
  is "Lost" there, with its reason, as Pipedrive has no other way to close a deal.
- HubSpot: ``companies.csv``, ``contacts.csv``, ``deals.csv`` with its import properties
  ("Company name", "First Name"/"Last Name", "Deal Name", "Pipeline", "Deal Stage",
  "Amount", "Close Date"...); a closed deal's stage is "Closed Won" or "Closed Lost".
- csv: ``accounts.csv``, ``contacts.csv``, ``deals.csv`` with this app's own fields.

Dates are ISO (2026-12-31), amounts plain numbers (1234.5): both tools read those in any locale.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from planner import safe_write
from planner.domain.model import Account, Contact, Deal, DealStatus, Process
from planner.services import Planner
from planner.transfer import csv_files
from planner.transfer.columns import Source

Table = tuple[list[str], list[list[Any]]]


@dataclass(frozen=True)
class _Record:
    """Everything the files need, read once."""

    accounts: dict[int, Account]
    contacts: list[Contact]
    deals: list[Deal]
    processes: dict[int, Process]
    closed_on: dict[int, date]  # closed deal -> the day of its last milestone


def _read(planner: Planner) -> _Record:
    accounts = {a.id: a for a in planner.accounts.all(include_archived=True) if a.id is not None}
    contacts = [c for a in accounts for c in planner.contacts.of(a)]
    deals = planner.deals.all()
    processes = {s.id: planner.processes.get(s.id) for s in planner.processes.summaries()}
    closed: dict[int, date] = {}
    for d in deals:
        if not d.is_open and d.id is not None:
            days = [ms.confirmed_on for ms in planner.milestones.of(d.id)]
            if days:
                closed[d.id] = max(days)
    return _Record(accounts, contacts, deals, processes, closed)


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _stage(record: _Record, d: Deal) -> tuple[str, str, int]:
    process = record.processes.get(d.process_id)
    if process is None:
        return "", "", 0
    stage = next((s for s in process.stages if s.id == d.stage_id), None)
    return process.name, stage.name if stage else "", stage.win_rate if stage else 0


def _split_name(name: str) -> tuple[str, str]:
    """First and last name for HubSpot: the last word is the last name ("Ann Lee"); a name
    without spaces (王小明) goes whole into the last name."""
    first, _, last = name.strip().rpartition(" ")
    return first, last


def _pipedrive(r: _Record) -> dict[str, Table]:
    status = {DealStatus.OPEN: "Open", DealStatus.WON: "Won", DealStatus.LOST: "Lost", DealStatus.ABANDONED: "Lost"}
    orgs = (["Organization - Name", "Organization - Industry", "Organization - Size", "Organization - Kind",
             "Organization - Relationship", "Organization - Notes"],
            [[a.name, a.industry, a.size, a.kind, a.relationship, a.notes] for a in r.accounts.values()])
    people = (["Person - Name", "Person - Job title", "Person - Email", "Person - Phone", "Organization - Name",
               "Person - Notes"],
              [[c.name, c.title, c.email, c.phone, r.accounts[c.account_id].name, c.notes] for c in r.contacts])
    rows = []
    for d in r.deals:
        pipeline, stage, rate = _stage(r, d)
        rows.append([d.title, _number(d.value), d.currency, r.accounts[d.account_id].name, pipeline, stage,
                     status[d.status], _day(d.expected_close), d.close_reason if not d.is_open else "",
                     d.created_at[:10], _day(r.closed_on.get(d.id or 0)), rate if d.is_open else "",
                     "\n\n".join(x for x in (d.notes, d.risks) if x)])
    deals = (["Deal - Title", "Deal - Value", "Deal - Currency of value", "Organization - Name", "Deal - Pipeline",
              "Deal - Stage", "Deal - Status", "Deal - Expected close date", "Deal - Lost reason",
              "Deal - Creation date", "Deal - Closed on", "Deal - Probability", "Note - Content"], rows)
    return {"organizations.csv": orgs, "people.csv": people, "deals.csv": deals}


def _hubspot(r: _Record) -> dict[str, Table]:
    companies = (["Company name", "Industry (text)", "Company size", "Customer kind", "Relationship", "Description"],
                 [[a.name, a.industry, a.size, a.kind, a.relationship, a.notes] for a in r.accounts.values()])
    contacts = (["First Name", "Last Name", "Email", "Phone Number", "Job Title", "Company Name", "Notes"],
                [[*_split_name(c.name), c.email, c.phone, c.title, r.accounts[c.account_id].name, c.notes]
                 for c in r.contacts])
    rows = []
    for d in r.deals:
        pipeline, stage, _ = _stage(r, d)
        if d.status is DealStatus.WON:
            stage = "Closed Won"
        elif not d.is_open:
            stage = "Closed Lost"
        close = r.closed_on.get(d.id or 0) if not d.is_open else None
        rows.append([d.title, pipeline, stage, _number(d.value), d.currency, _day(close or d.expected_close),
                     d.created_at[:10], r.accounts[d.account_id].name,
                     d.close_reason if d.status in (DealStatus.LOST, DealStatus.ABANDONED) else "",
                     d.close_reason if d.status is DealStatus.WON else "",
                     "\n\n".join(x for x in (d.notes, d.risks) if x)])
    deals = (["Deal Name", "Pipeline", "Deal Stage", "Amount", "Currency", "Close Date", "Create Date",
              "Associated Company", "Closed Lost Reason", "Closed Won Reason", "Deal Description"], rows)
    return {"companies.csv": companies, "contacts.csv": contacts, "deals.csv": deals}


def _ours(r: _Record) -> dict[str, Table]:
    accounts = (["Name", "Industry", "Size", "Kind", "Relationship", "Notes", "Archived"],
                [[a.name, a.industry, a.size, a.kind, a.relationship, a.notes, int(a.archived)]
                 for a in r.accounts.values()])
    contacts = (["Name", "Account", "Job title", "Role", "Attitude", "Influence", "Email", "Phone", "Notes"],
                [[c.name, r.accounts[c.account_id].name, c.title, str(c.role), str(c.attitude), str(c.influence),
                  c.email, c.phone, c.notes] for c in r.contacts])
    rows = []
    for d in r.deals:
        pipeline, stage, _ = _stage(r, d)
        rows.append([d.title, r.accounts[d.account_id].name, pipeline, stage, str(d.status), _number(d.value),
                     d.currency, _day(d.expected_close), _day(d.next_target), d.close_reason, d.notes, d.risks,
                     d.created_at[:10], _day(r.closed_on.get(d.id or 0)), int(d.archived)])
    deals = (["Title", "Account", "Process", "Stage", "Status", "Value", "Currency", "Expected close",
              "Next milestone target", "Close reason", "Notes", "Risks", "Created", "Closed on", "Archived"], rows)
    return {"accounts.csv": accounts, "contacts.csv": contacts, "deals.csv": deals}


LAYOUTS: dict[Source, Callable[[_Record], dict[str, Table]]] = {
    Source.PIPEDRIVE: _pipedrive, Source.HUBSPOT: _hubspot, Source.CSV: _ours}


def tables(planner: Planner, target: Source) -> dict[str, Table]:
    """The files of ``target`` as (headers, rows), by file name."""
    return LAYOUTS[target](_read(planner))


def export(planner: Planner, target: Source, folder: Path) -> list[Path]:
    """Write the three files of ``target`` into ``folder`` (made if missing); their paths."""
    folder = Path(folder)
    safe_write.make_folder(folder)
    written = []
    for name, (headers, rows) in tables(planner, target).items():
        path = folder / name
        safe_write.write_bytes(path, csv_files.write(headers, rows), source=planner.path)
        written.append(path)
    return written


def file_names(target: Source) -> Sequence[str]:
    return {Source.PIPEDRIVE: ("organizations.csv", "people.csv", "deals.csv"),
            Source.HUBSPOT: ("companies.csv", "contacts.csv", "deals.csv"),
            Source.CSV: ("accounts.csv", "contacts.csv", "deals.csv")}[target]
