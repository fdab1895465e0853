"""The headless subcommands: demo, check, backup and export-pdf.

Kept apart from the parser in ``planner.cli`` so that starting the app does not load
them, nor Qt before the planner file's check has begun (see ``planner.ui.app``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from planner.domain.errors import QT_TRANSLATE_NOOP, FileRefused, PlannerError
from planner.i18n import error_text


def _fail(message: str) -> int:
    print(f"deal-planner: {message}", file=sys.stderr)
    return 1


def _db(args: argparse.Namespace) -> Path:
    from planner.paths import default_file

    return getattr(args, "sub_db", None) or args.db or default_file()


def _open(args: argparse.Namespace):  # -> Planner
    from planner.services import Planner

    return Planner.open(_db(args))


def cmd_demo(args: argparse.Namespace) -> int:
    from planner.demo import build

    if args.deals is not None and not 0 <= args.deals <= 1_000_000:
        return _fail(QCoreApplication.translate("cli", "--deals must be between 0 and 1000000."))
    if args.sub_db.exists():
        raise FileRefused(QT_TRANSLATE_NOOP("errors", "{path} already exists."), path=str(args.sub_db))
    planner = build(args.sub_db, deals=args.deals)
    count = len(planner.deals())
    planner.close()
    print(QCoreApplication.translate("cli", "Wrote {path} with {count} deals.").format(path=args.sub_db, count=count))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    planner = _open(args)
    problems = planner.check()
    planner.close()
    if not problems:
        print(QCoreApplication.translate("cli", "{path}: OK, every rule holds.").format(path=_db(args)))
        return 0
    print(QCoreApplication.translate("cli", "{path}: {n} problem(s) found:").format(path=_db(args), n=len(problems)))
    for problem in problems:
        print(f"  - {error_text(problem)}")
    return 1


def cmd_backup(args: argparse.Namespace) -> int:
    planner = _open(args)
    try:
        planner.backup(args.output)
    finally:
        planner.close()
    print(QCoreApplication.translate("cli", "Backed up to {path}.").format(path=args.output))
    return 0


def cmd_export_pdf(args: argparse.Namespace) -> int:
    from planner.export import export_account_plan

    planner = _open(args)
    try:
        account = planner.find_account(args.account)
        pages = export_account_plan(planner, account.id, args.output, args.sub_lang or args.lang,
                                    args.paper)
    finally:
        planner.close()
    print(QCoreApplication.translate("cli", "Wrote {path} ({pages} pages).").format(path=args.output, pages=pages))
    return 0


COMMANDS = {"demo": cmd_demo, "check": cmd_check, "backup": cmd_backup, "export-pdf": cmd_export_pdf}


def run_headless(args: argparse.Namespace) -> int:
    from planner import i18n

    app = QCoreApplication.instance() or QCoreApplication(["deal-planner"])
    i18n.install(args.lang or i18n.system_language())
    try:
        return COMMANDS[args.command](args)
    except PlannerError as e:
        return _fail(error_text(e))
    except OSError as e:
        return _fail(f"{getattr(e, 'filename', '') or ''} {e.strerror or e}".strip())
    except Exception as e:  # noqa: BLE001 - the user gets one line, never a traceback
        return _fail(QCoreApplication.translate("cli", "Unexpected error: {error}").format(error=f"{type(e).__name__}: {e}"))
    finally:
        del app
