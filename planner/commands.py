"""The headless subcommands: demo, check, backup, export-pdf, calibrate and forecast.

Kept apart from the parser in ``planner.cli`` so that starting the app does not load
them, nor Qt before the planner file's check has begun (see ``planner.ui.app``).

check, backup, export-pdf, calibrate and forecast only read the planner file (``read_only``: they never write
into it nor its WAL, and see what a running app has committed); every file they write goes
through ``planner.safe_write``. A command that writes into a planner file holds its lock
(``safe_write.held_for_writing``), so a file open in the app is refused, not changed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from planner import safe_write
from planner.domain import rules
from planner.domain.errors import QT_TRANSLATE_NOOP, FileRefused, PlannerError, os_reason
from planner.i18n import current_language, error_text, shown


def _fail(message: str) -> int:
    print(f"deal-planner: {message}", file=sys.stderr)
    return 1


def _db(args: argparse.Namespace) -> Path:
    from planner.paths import default_file

    return getattr(args, "sub_db", None) or args.db or default_file()


def _open(args: argparse.Namespace):  # -> Planner
    """The planner file, only to read: nothing is written into it or its WAL."""
    from planner.services import Planner

    return Planner.open(_db(args), read_only=True)


def cmd_demo(args: argparse.Namespace) -> int:
    from planner import demo

    if args.deals is not None and not 0 <= args.deals <= 1_000_000:
        return _fail(QCoreApplication.translate("cli", "--deals must be between 0 and 1000000."))
    path: Path = args.sub_db
    if path.exists() or path.is_symlink():  # a pipe, a device, a dangling link: all "already there"
        raise FileRefused(QT_TRANSLATE_NOOP("errors", "{path} already exists."), path=str(path))
    # the target's lock held until the new file is in place: an app opening it meanwhile is refused
    with safe_write.held_for_writing(path):
        try:  # written beside, moved into place when whole: stopped, nothing is left
            count = demo.write(path, deals=args.deals, language=current_language())  # the --lang chosen
        except KeyboardInterrupt:  # one line, as for any failure; 130: stopped by Ctrl+C
            _fail(QCoreApplication.translate("cli", "Stopped: nothing was written to {path}.").format(
                path=shown(path)))
            return 130
    print(QCoreApplication.translate("cli", "Wrote {path} with %n deals.", "", count).format(path=shown(path)))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from planner.services.plannerfile import check_file

    problems = check_file(_db(args), full=args.full)  # opened only to read, as _open does
    path = shown(_db(args))
    if not problems:
        print(QCoreApplication.translate("cli", "{path}: OK, every rule holds.").format(path=path))
        return 0
    lines = [line for problem in problems for line in _lines(problem)]
    print(QCoreApplication.translate("cli", "{path}: %n problems found:", "", len(lines)).format(path=path))
    for line in lines[:_LISTED]:
        print(f"  - {line}")
    if len(lines) > _LISTED:
        print("  - " + QCoreApplication.translate("cli", "… and {n} more.").format(n=len(lines) - _LISTED))
    return 1


_LISTED = 100  # problems listed by check; the rest are counted


def _lines(problem: PlannerError) -> list[str]:
    """One line per finding: a multi-line detail (SQLite's integrity check lists one damaged
    row or page per line) gives one line each, in the problem's own sentence."""
    for key, value in problem.params.items():
        if isinstance(value, str) and "\n" in value.strip():
            return [error_text(PlannerError(problem.source, **{**problem.params, key: part}))
                    for part in value.strip().splitlines() if part.strip()]
    return [error_text(problem)]


def cmd_backup(args: argparse.Namespace) -> int:
    planner = _open(args)
    try:
        planner.file.backup(args.output, force=args.force)
    finally:
        planner.close()
    print(QCoreApplication.translate("cli", "Backed up to {path}.").format(path=shown(args.output)))
    return 0


def cmd_export_pdf(args: argparse.Namespace) -> int:
    from planner.export import export_account_plan, unprintable_notice

    planner = _open(args)
    try:
        account = planner.accounts.find(args.account)
        written = export_account_plan(planner, account.id, args.output, args.sub_lang or args.lang,
                                      args.paper, force=args.force, audience=args.audience)
    finally:
        planner.close()
    print(QCoreApplication.translate("cli", "Wrote {path} (%n pages).", "", int(written)).format(
        path=shown(args.output)))
    notice = unprintable_notice(written)
    if notice:
        print(f"deal-planner: {notice}", file=sys.stderr)
    return 0


def cmd_calibrate(args: argparse.Namespace) -> int:
    import json

    from planner import calibrate_output, i18n

    readable, process_id = _process_id(args)
    if not readable:
        return _fail(QCoreApplication.translate("cli", "--process takes a process id (a whole number)."))
    planner = _open(args)
    try:
        found = planner.reports.calibration(process_id)
        win_loss = planner.reports.win_loss(process_id)
    finally:
        planner.close()
    if args.format == "json":
        print(json.dumps(calibrate_output.as_json(found, win_loss), ensure_ascii=False, indent=2))
    else:
        print(calibrate_output.as_table(found, i18n.current_language(), win_loss))
    return 0


def _process_id(args: argparse.Namespace) -> tuple[bool, int | None]:
    """(readable, --process as an id or None without it); unreadable when not a whole number."""
    if args.process is None:
        return True, None
    text = args.process.strip()
    if not (text.isascii() and text.isdigit()):
        return False, None
    return True, rules.row_id(text) or 0  # more digits than any id: a process not found (0 is none)


def cmd_forecast(args: argparse.Namespace) -> int:
    import json

    from planner import forecast_output, i18n

    readable, process_id = _process_id(args)
    if not readable:
        return _fail(QCoreApplication.translate("cli", "--process takes a process id (a whole number)."))
    if args.pdf is not None:
        return _forecast_pdf(args, process_id)
    planner = _open(args)
    try:
        found = planner.reports.pipeline(args.by, process_id)
        rates = planner.rates.all()
    finally:
        planner.close()
    if args.format == "json":
        print(json.dumps(forecast_output.as_json(found, rates), ensure_ascii=False, indent=2))
    elif args.format == "csv":
        _write_utf8(forecast_output.as_csv(found))
    else:
        print(forecast_output.as_table(found, rates, i18n.current_language()))
    return 0


def _write_utf8(text: str) -> None:
    """CSV is UTF-8 whatever the console's code page, so that a spreadsheet reads it back."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
        return
    sys.stdout.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()


def _forecast_pdf(args: argparse.Namespace, process_id: int | None) -> int:
    from planner.export import export_forecast, unprintable_notice

    planner = _open(args)
    try:
        written = export_forecast(planner, args.pdf, args.sub_lang or args.lang, args.paper, by=args.by,
                                  process_id=process_id, force=args.force)
    finally:
        planner.close()
    print(QCoreApplication.translate("cli", "Wrote {path} (%n pages).", "", int(written)).format(
        path=shown(args.pdf)))
    notice = unprintable_notice(written)
    if notice:
        print(f"deal-planner: {notice}", file=sys.stderr)
    return 0


def cmd_transfer(args: argparse.Namespace) -> int:
    from planner.transfer import commands as transfer  # import and export

    return transfer.cmd_import(args) if args.command == "import" else transfer.cmd_export(args)


COMMANDS = {"demo": cmd_demo, "check": cmd_check, "backup": cmd_backup, "export-pdf": cmd_export_pdf,
            "calibrate": cmd_calibrate, "forecast": cmd_forecast, "import": cmd_transfer, "export": cmd_transfer}


def run_headless(args: argparse.Namespace) -> int:
    from planner import i18n

    for stream in (sys.stdout, sys.stderr):  # a terminal that cannot show a name's characters
        if hasattr(stream, "reconfigure"):   # gets escapes, not a UnicodeEncodeError
            stream.reconfigure(errors="backslashreplace")
    app = QCoreApplication.instance() or QCoreApplication(["deal-planner"])
    i18n.install(args.lang or i18n.system_language())
    try:
        return COMMANDS[args.command](args)
    except safe_write.PlannerFileExists as e:
        return _fail(QCoreApplication.translate("cli", "{path} is a planner file: add --force to replace it.").format(
            path=shown(e.params["path"])))
    except PlannerError as e:
        return _fail(error_text(e))
    except OSError as e:
        where = shown(getattr(e, "filename", "") or "")
        return _fail(f"{where} {_reason(e)}".strip())
    except Exception as e:  # noqa: BLE001 - the user gets one line, never a traceback
        from planner import logbook

        log = logbook.record(e)  # the traceback goes to the log; the user gets one line naming it
        return _fail(QCoreApplication.translate("cli", "Unexpected error: {error} (details in {log})").format(
            error=shown(f"{type(e).__name__}: {e}"), log=shown(log)))
    finally:
        del app


def _reason(error: OSError) -> str:
    """Why an operation on a file failed, translated (``permission denied``...)."""
    return shown(QCoreApplication.translate("errors", os_reason(error)))
