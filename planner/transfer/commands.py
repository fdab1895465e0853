"""``deal-planner import`` and ``deal-planner export``: moving data in and out on the command line.

    deal-planner import --db FILE --from pipedrive|hubspot|csv [DEALS.csv] [--organizations F]
                        [--people F] [--dry-run] [--process ID|NAME] [--stage "THEIRS=OURS"]...
                        [--duplicates merge|separate] [--map "HEADER=field"]... [--dates dmy|mdy]
    deal-planner import --db NEW.planner --from json EXPORT.json
    deal-planner export --db FILE --to pipedrive|hubspot|csv -o FOLDER
    deal-planner export --db FILE --to json|ics -o FILE [--force]

A dry run reads the file only (nothing is written into it or its WAL) and prints every row
with what would happen and what is wrong; it also runs the import on a copy in memory, so
a refusal of the file's own rules shows too. Exit 0 when the import can go (or went)
through, 1 when not. An import holds the file's lock (a file open in the app is refused)
and snapshots the file first. Texts are in the language of ``--lang``.
"""

from __future__ import annotations

import argparse
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from planner.cli_language import cli_text
from planner.domain.errors import QT_TRANSLATE_NOOP, InvalidInput
from planner.transfer.columns import FIELDS, Field, Kind, Source

translate = QCoreApplication.translate  # lupdate reads translate("transfer", "text")
_LISTED = 20  # columns named when some are left out; more are counted
_FIELD_NAMES = {str(f) for f in Field}


def add_parsers(sub: Any) -> None:
    """The two commands' options, added to ``planner.cli``'s subcommands."""
    imp = sub.add_parser("import", help=cli_text("import deals, organizations and people from a CSV export "
                                           "(or a full JSON export into a new file)"))
    imp.add_argument("--db", type=Path, dest="sub_db", metavar="PATH",
                     help=cli_text("the planner file (with --from json: a new one)"))
    imp.add_argument("--from", dest="source", required=True, choices=("pipedrive", "hubspot", "csv", "json"),
                     help=cli_text("where the data comes from"))
    imp.add_argument("file", nargs="?", type=Path, help=cli_text("the deals CSV (with --from json: the export)"))
    imp.add_argument("--organizations", type=Path, help=cli_text("the organizations (companies, accounts) CSV"))
    imp.add_argument("--people", type=Path, help=cli_text("the people (contacts) CSV"))
    imp.add_argument("--dry-run", action="store_true",
                     help=cli_text("show row by row what would happen; write nothing"))
    imp.add_argument("--process",
                     help=cli_text("the process deals go into (id or name; needed when there are several)"))
    imp.add_argument("--stage", action="append", default=[], metavar="THEIRS=OURS",
                     help=cli_text("put their stage THEIRS at our stage OURS (name or number); repeatable"))
    imp.add_argument("--duplicates", choices=("merge", "separate"),
                     help=cli_text("organization names that differ only in case or spacing: one account, or one each"))
    imp.add_argument("--map", action="append", default=[], metavar="HEADER=FIELD",
                     help=cli_text("read column HEADER as FIELD ({fields}, or - to leave it out)").format(
                         fields=", ".join(sorted(_FIELD_NAMES))))
    imp.add_argument("--dates", choices=("dmy", "mdy"),
                     help=cli_text("read 03/04/2026 as day/month (dmy) or month/day (mdy)"))
    exp = sub.add_parser("export", help=cli_text("export for Pipedrive, HubSpot or a spreadsheet, everything as JSON, "
                                           "or the dates to come as a calendar"))
    exp.add_argument("--db", type=Path, dest="sub_db", metavar="PATH",
                     help=cli_text("planner file (default: the one in your app-data folder)"))
    exp.add_argument("--to", dest="target", required=True, choices=("pipedrive", "hubspot", "csv", "json", "ics"),
                     help=cli_text("the format to write"))
    exp.add_argument("-o", "--output", type=Path, required=True, help=cli_text("a folder (CSV) or a file (json, ics)"))
    exp.add_argument("--force", action="store_true", help=cli_text("replace OUTPUT even if it is another planner file"))
    for s in (imp, exp):
        s.add_argument("--quit-after-startup", action="store_true", help=argparse.SUPPRESS)


def _out(text: str) -> None:
    print(text)


def _db(args: argparse.Namespace) -> Path:
    from planner.paths import default_file

    return getattr(args, "sub_db", None) or args.db or default_file()


# ------------------------------------------------------------------ import


def cmd_import(args: argparse.Namespace) -> int:
    if args.source == "json":
        return _import_json(args)
    from planner import safe_write
    from planner.services import Planner

    sheets = _sheets(args)
    db = _db(args)
    with ExitStack() as stack:
        if not args.dry_run:  # a dry run only reads: no lock, nothing written
            stack.enter_context(safe_write.held_for_writing(db))
        planner = Planner.open(db, read_only=args.dry_run)
        stack.callback(planner.close)
        return _import_csv(planner, sheets, args)


def _sheets(args: argparse.Namespace) -> list[tuple[Kind, Path]]:
    given = [(k, p) for k, p in ((Kind.DEALS, args.file), (Kind.ORGANIZATIONS, args.organizations),
                                 (Kind.PEOPLE, args.people)) if p is not None]
    if not given:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Give the deals file, --organizations or --people."))
    return given


def _inputs(sheets: list[tuple[Kind, Path]], maps: list[str]) -> list[Any]:
    from planner.transfer import csv_files, import_plan
    from planner.transfer.columns import fold

    inputs = [import_plan.Input.guessed(csv_files.read(path), kind) for kind, path in sheets]
    for item in maps:
        header, sep, field = item.rpartition("=")
        field = field.strip()
        if not sep or (field not in _FIELD_NAMES and field != "-"):
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "--map takes HEADER=FIELD, FIELD one of: {fields}."),
                               fields=", ".join(sorted(_FIELD_NAMES)))
        for source in inputs:
            columns = [i for i, h in enumerate(source.sheet.headers) if fold(h) == fold(header)]
            if not columns:
                continue
            source.mapping = {f: c for f, c in source.mapping.items() if c != columns[0]}
            if field != "-" and Field(field) in FIELDS[source.kind]:
                source.mapping[Field(field)] = columns[0]
    return inputs


def _import_csv(planner: Any, sheets: list[tuple[Kind, Path]], args: argparse.Namespace) -> int:
    from planner import i18n
    from planner.transfer import import_plan, import_run
    from planner.transfer import messages as m
    from planner.transfer.values import DateOrder

    inputs = _inputs(sheets, args.map)
    existing = import_plan.Existing.read(planner)
    choices = import_plan.Choices(
        Source(args.source), currency=planner.rates.home(i18n.current_language()),
        merge_all=None if args.duplicates is None else args.duplicates == "merge",
        date_order=DateOrder(args.dates) if args.dates else None)
    if args.process is not None:
        choices.process_id = _process(existing, args.process)
    plan = import_plan.plan(inputs, choices, existing)
    if args.stage:
        choices.stages = _stages(plan, args.stage)
        plan = import_plan.plan(inputs, choices, existing)
    _show(plan)
    refused = import_run.trial(planner, plan) if args.dry_run else import_run.refusal(plan)
    counts = plan.counts()
    if refused is not None:
        print(f"deal-planner: {m.text(refused)}", file=sys.stderr)
        return 1
    if args.dry_run:
        _out(translate("transfer", "Dry run: {accounts}, {contacts} and {deals} would be imported; "
                                   "nothing was written.").format(**_counted(**counts)))
        return 0
    done = import_run.run(planner, plan)
    _out(translate("transfer", "Imported {accounts}, {contacts} and {deals}. The file as it was before is in "
                               "{snapshot}.").format(**_counted(done.accounts, done.contacts, done.deals),
                                                     snapshot=i18n.shown(done.snapshot)))
    return 0


def _counted(accounts: int, contacts: int, deals: int) -> dict[str, str]:
    """Each count with its noun in its plural form ("1 account", "2 accounts")."""
    return {"accounts": translate("transfer", "%n accounts", "", accounts),
            "contacts": translate("transfer", "%n contacts", "", contacts),
            "deals": translate("transfer", "%n deals", "", deals)}


def _rows(rows: int, tables: int) -> dict[str, str]:
    return {"rows": translate("transfer", "%n rows", "", rows),
            "tables": translate("transfer", "%n tables", "", tables)}


def _process(existing: Any, wanted: str) -> int:
    from planner.transfer import messages as m
    from planner.transfer.values import name_key

    for p in existing.processes:
        if str(p.id) == wanted.strip() or name_key(p.name) == name_key(wanted):
            return int(p.id)
    raise InvalidInput(m.text(m.say(m.UNKNOWN_PROCESS, name=wanted,
                                    names=", ".join(p.name for p in existing.processes))))


def _stages(plan: Any, wanted: list[str]) -> dict[str, int]:
    """--stage THEIRS=OURS: their stage by name (or "pipeline/stage"), ours by name or number."""
    from planner.transfer import messages as m
    from planner.transfer.values import name_key

    process = plan.process
    chosen: dict[str, int] = {}
    if process is None:
        return chosen
    for item in wanted:
        theirs, _, ours = item.rpartition("=")
        stage = next((s for i, s in enumerate(process.stages)
                      if name_key(s.name) == name_key(ours) or ours.strip() == str(i + 1)), None)
        if stage is None or not theirs:
            raise InvalidInput(m.text(m.say(m.UNKNOWN_STAGE, name=ours, process=process.name)))
        for row in plan.stages:
            if name_key(theirs) in (name_key(row.stage), name_key(f"{row.pipeline}/{row.stage}")):
                chosen[row.key] = stage.id
    return chosen


def _show(plan: Any) -> None:
    """Every row: where it is, what will happen, what is worth knowing (!) and what is wrong (✗)."""
    from planner import i18n
    from planner.transfer import messages as m

    for row in plan.rows:
        head = f"{row.file}:{row.line}"
        lines = [m.text(x) for x in row.says] or ([""] if not row.warnings and not row.errors else [])
        lines += ["! " + m.text(x) for x in row.warnings] + ["✗ " + m.text(x) for x in row.errors]
        for n, line in enumerate(lines):
            _out(f"{head if n == 0 else ' ' * len(head)}  {line}".rstrip())
    for name, headers in plan.unused.items():
        if headers:
            columns = ", ".join(i18n.shown(h) for h in headers[:_LISTED])
            if len(headers) > _LISTED:
                columns += translate("transfer", " … and %n more", "", len(headers) - _LISTED)
            _out(translate("transfer", "{file}: columns left out: {columns}").format(file=name, columns=columns))
    for s in plan.stages:
        if plan.process is not None and s.deals:
            ours = next((st.name for st in plan.process.stages if st.id == s.target), "") or \
                translate("transfer", "won")
            _out(translate("transfer", "Stage “{theirs}” (%n deals) → “{ours}”{guess}", "", s.deals).format(
                theirs=" / ".join(x for x in (s.pipeline, s.stage) if x) or "—", ours=ours,
                guess=translate("transfer", " (a guess)") if s.guessed else ""))
    for problem in plan.problems:
        _out("✗ " + m.text(problem))


def _import_json(args: argparse.Namespace) -> int:
    from planner import i18n, safe_write
    from planner.transfer import full_import

    if args.file is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Give the export file to import."))
    db = _db(args)
    if args.dry_run:
        tables = full_import.read(args.file)
        _out(translate("transfer", "Dry run: {rows} in {tables} would make a new file; nothing was written.")
             .format(**_rows(sum(len(t.rows) for t in tables.values()), len(tables))))
        return 0
    with safe_write.held_for_writing(db):
        counts = full_import.import_file(args.file, db)
    _out(translate("transfer", "Wrote {path}: %n rows, every one as in the export.", "", sum(counts.values()))
         .format(path=i18n.shown(db)))
    return 0


# ------------------------------------------------------------------ export


def cmd_export(args: argparse.Namespace) -> int:
    from planner import i18n
    from planner.services import Planner

    planner = Planner.open(_db(args), read_only=True)
    try:
        if args.target == "json":
            from planner.transfer import full_export

            counts = full_export.export(planner, args.output, force=args.force)
            _out(translate("transfer", "Wrote {path}: {rows} in {tables}.").format(
                path=i18n.shown(args.output), **_rows(sum(counts.values()), len(counts))))
        elif args.target == "ics":
            from planner.transfer import calendar

            n = calendar.export(planner, args.output, i18n.current_language(), force=args.force)
            _out(translate("transfer", "Wrote {path} with %n dates.", "", n).format(path=i18n.shown(args.output)))
        else:
            from planner.transfer import crm_export

            written = crm_export.export(planner, Source(args.target), args.output)
            _out(translate("transfer", "Wrote {files} in {folder}.").format(
                files=", ".join(p.name for p in written), folder=i18n.shown(args.output)))
    finally:
        planner.close()
    return 0
