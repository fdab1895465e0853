"""The ``deal-planner`` command: the app, and headless subcommands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from PySide6.QtCore import QCoreApplication

from planner import __version__
from planner.domain.errors import QT_TRANSLATE_NOOP, FileRefused, PlannerError
from planner.i18n import Lang, error_text, normalize


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"deal-planner: {message} (see --help)\n")


def _lang(value: str) -> Lang:
    try:
        return normalize(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"unknown language {value!r}: use zh_TW or en") from None


def parser() -> argparse.ArgumentParser:
    p = _Parser(prog="deal-planner", description="Deal Planner: complex sales run by irreversible milestones.")
    p.add_argument("--version", action="version", version=f"deal-planner {__version__}")
    p.add_argument("--db", type=Path, help="planner file (default: the one in your app-data folder)")
    p.add_argument("--lang", type=_lang, help="zh_TW or en (default: the system's language)")
    p.add_argument("--quit-after-startup", action="store_true", help="open the window, paint it once, exit")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    demo = sub.add_parser("demo", help="write a new demo planner file")
    demo.add_argument("--db", type=Path, required=True, dest="sub_db", help="the new file")
    demo.add_argument("--deals", type=int, default=None, help="add this many generated deals")
    check = sub.add_parser("check", help="check a planner file's integrity and rules")
    check.add_argument("--db", type=Path, dest="sub_db")
    backup = sub.add_parser("backup", help="copy a planner file safely, even while it is open")
    backup.add_argument("--db", type=Path, dest="sub_db")
    backup.add_argument("-o", "--output", type=Path, required=True)
    pdf = sub.add_parser("export-pdf", help="write an account plan as PDF")
    pdf.add_argument("--db", type=Path, dest="sub_db")
    pdf.add_argument("--account", required=True, help="account id or exact name")
    pdf.add_argument("-o", "--output", type=Path, required=True)
    pdf.add_argument("--lang", type=_lang, dest="sub_lang")
    pdf.add_argument("--paper", choices=("a4", "letter"))
    for s in (demo, check, backup, pdf):
        s.add_argument("--quit-after-startup", action="store_true", help=argparse.SUPPRESS)
    return p


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
    from PySide6.QtCore import QCoreApplication

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


def file_argument(argv: Sequence[str]) -> list[str]:
    """``deal-planner FILE`` means ``--db FILE``: how a file manager opens a double-clicked file
    (the .desktop file's ``Exec=deal-planner %f``, Windows' ``"%1"``, macOS' argv emulation)."""
    argv = list(argv)
    first = argv[0] if argv else ""
    looks_like_file = first.endswith(".planner") or "/" in first or "\\" in first or Path(first).is_file()
    if first and not first.startswith("-") and first not in COMMANDS and looks_like_file:
        return ["--db", *argv]
    return argv  # anything else is left to argparse, so a mistyped command gets its error


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(file_argument(sys.argv[1:] if argv is None else argv))
    if args.command:
        return run_headless(args)
    from planner.ui.app import run

    return run(args)
