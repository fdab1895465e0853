"""Export files as Pipedrive, HubSpot and a spreadsheet write them, messy cases included, and what
the import and export tests share (tests/transfer/)."""

from __future__ import annotations

from pathlib import Path

from planner.domain.model import ItemTemplate, Process, Stage


def sales_process() -> Process:
    """Four stages, the first three with required work (a deal passing them must have it done)."""
    names = ("Qualified", "Proposal", "Negotiation", "Contract")
    return Process(name="Sales", stages=[
        Stage(name=n, milestone=f"{n} reached", win_rate=20 * (i + 1),
              tasks=[ItemTemplate(f"Required task {i + 1}", required=i < 3), ItemTemplate(f"Optional {i + 1}")],
              deliverables=[ItemTemplate(f"Deliverable {i + 1}", required=i < 3)])
        for i, n in enumerate(names)])


def write(path: Path, text: str, bom: bool = True, encoding: str = "utf-8") -> Path:
    """A CSV file as a tool writes it: ``text`` with Windows line ends, a BOM if asked."""
    data = text.replace("\r\n", "\n").replace("\n", "\r\n").encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom and encoding == "utf-8" else b"") + data)
    return path


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table of a planner file, by a plain connection (as the shell sees it).
    The search index as the text it holds per deal: FTS5's own tables lay that out in the
    order it was written."""
    import sqlite3

    from planner.store import search

    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                            "AND name <> '_sqlite_migrations' ORDER BY name")
                 if not search.is_index_table(r[0]) or r[0] == search.TABLE]
        return {n: conn.execute(f"SELECT * FROM {n} ORDER BY rowid").fetchall() for n in names}
    finally:
        conn.close()


PIPEDRIVE_DEALS = """\
Deal - ID,Deal - Title,Deal - Organization,Deal - Contact person,Deal - Value,Deal - Currency of value,\
Deal - Pipeline,Deal - Stage,Deal - Status,Deal - Expected close date,Deal - Lost reason,Deal - Won time
101,Cloud migration,ACME  Ltd,Ann Lee,"12.500,50",EUR,Sales pipeline,Proposal Made,Open,31.12.2026,,
102,Support renewal,Beta GmbH,Carl Diaz,"3.000",EUR,Sales pipeline,Negotiations Started,Won,15.01.2026,,20.01.2026
103,Pilot,acme ltd,,"900,00",EUR,Sales pipeline,Qualified,Lost,01.03.2026,"Chose a cheaper
supplier",
104,Quiet one,Beta GmbH,,100,EUR,Sales pipeline,Qualified,Lost,,,

105,New shop,Gamma Co,,,,Sales pipeline,Qualified,Open,,,
"""
PIPEDRIVE_BAD_ROWS = """\
201,Bad currency,Beta GmbH,,100,XYZ,Sales pipeline,Qualified,Open,,,
202,No organization,,,100,EUR,Sales pipeline,Qualified,Open,,,
203,Bad date,Beta GmbH,,100,EUR,Sales pipeline,Qualified,Open,31.02.2026,,
"""
PIPEDRIVE_ORGANIZATIONS = """\
Organization - Name,Organization - Address,Organization - Labels
Acme Ltd,"1 Main Street
Springfield",Customer
Beta GmbH,,Prospect
"""
PIPEDRIVE_PEOPLE = """\
Person - Name,Person - Email,Person - Phone,Organization - Name,Person - Job title
Ann Lee,"ann@acme.test, ann.lee@home.test",+1 555 0100,Acme Ltd,CIO
Bob Stone,bob@beta.test,,Beta GmbH,Buyer
Orphan Person,orphan@nowhere.test,,,
"""
HUBSPOT_DEALS = """\
Record ID,Deal Name,Deal Stage,Pipeline,Amount,Close Date,Create Date,Associated Company,Closed Lost Reason
9001,Fleet tracking,Contract Sent,Sales Pipeline,"12,000.00",2026-09-01 08:00,2026-01-10 09:30,Acme Ltd (1234567),
9002,Spare parts,Closed Won,Sales Pipeline,"$4,500",2026-02-01 00:00,2025-11-02 10:00,Acme Ltd (1234567),
9003,Training,Closed Lost,Sales Pipeline,800,2026-03-01 00:00,2025-12-01 10:00,Delta Inc (7654321),Budget cut
"""
SPREADSHEET_DEALS = """\
Projekt;Kunde;Betrag;Währung;Phase;Abschluss
Website;Epsilon AG;"1.234,50";EUR;Proposal;15.07.2026
Hosting;Epsilon AG;"99,00";EUR;Qualified;01.08.2026
"""


def pipedrive(folder: Path, bad_rows: bool = False) -> tuple[Path, Path, Path]:
    deals = PIPEDRIVE_DEALS + (PIPEDRIVE_BAD_ROWS if bad_rows else "")
    return (write(folder / "deals.csv", deals), write(folder / "organizations.csv", PIPEDRIVE_ORGANIZATIONS),
            write(folder / "people.csv", PIPEDRIVE_PEOPLE.replace("Orphan Person,orphan@nowhere.test,,,\n", "")
                  if not bad_rows else PIPEDRIVE_PEOPLE, bom=False))
