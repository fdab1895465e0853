"""The ``deal-planner`` command line: the app, or one of the headless commands in ``planner.commands``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from planner import __version__

if TYPE_CHECKING:
    from planner.i18n import Lang

# the names of the headless commands in planner.commands, which this module does not
# import: the app's start-up starts checking the planner file before Qt loads
COMMANDS = ("demo", "check", "backup", "export-pdf", "calibrate", "forecast", "import", "export")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"deal-planner: {message} (see --help)\n")


def _lang(value: str) -> Lang:
    from planner.i18n import normalize

    try:
        return normalize(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"unknown language {value!r}: use zh_TW or en") from None


def parser(commands: bool = True) -> argparse.ArgumentParser:
    """The command line; without ``commands``, only the app's own options (and no --help)."""
    p = _Parser(prog="deal-planner", description="Deal Planner: complex sales run by irreversible milestones.",
                add_help=commands)
    p.add_argument("--version", action="version", version=f"deal-planner {__version__}")
    p.add_argument("--db", type=Path, help="planner file (default: the one in your app-data folder)")
    p.add_argument("--lang", type=_lang, help="zh_TW or en (default: the system's language)")
    p.add_argument("--quit-after-startup", action="store_true",
                   help="open the window, exit once the board's cards are painted")
    if not commands:
        p.set_defaults(command=None)
        return p
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    demo = sub.add_parser("demo", help="write a new demo planner file")
    demo.add_argument("--db", type=Path, required=True, dest="sub_db", help="the new file")
    demo.add_argument("--deals", type=int, default=None, help="add this many generated deals")
    check = sub.add_parser("check", help="check a planner file's integrity and rules (read-only)")
    check.add_argument("--db", type=Path, dest="sub_db")
    check.add_argument("--full", action="store_true",
                       help="SQLite's full integrity check (indexes too) instead of the quick one")
    backup = sub.add_parser("backup", help="copy a planner file safely, even while it is open")
    backup.add_argument("--db", type=Path, dest="sub_db")
    backup.add_argument("-o", "--output", type=Path, required=True)
    pdf = sub.add_parser("export-pdf", help="write an account plan as PDF")
    pdf.add_argument("--db", type=Path, dest="sub_db")
    pdf.add_argument("--account", required=True, help="account id or exact name")
    pdf.add_argument("-o", "--output", type=Path, required=True)
    pdf.add_argument("--lang", type=_lang, dest="sub_lang")
    pdf.add_argument("--paper", choices=("a4", "letter"))
    pdf.add_argument("--audience", choices=("internal", "customer"), default="internal",
                     help="internal: everything (default); customer: a compact copy without risks, notes, "
                          "attitudes, influence, win rates, weighted values, forecast or closed deals")
    calibrate = sub.add_parser("calibrate", help="your observed win rates and time in stage (read-only)")
    calibrate.add_argument("--db", type=Path, dest="sub_db")
    calibrate.add_argument("--process", help="only this process (its id)")
    calibrate.add_argument("--format", choices=("table", "json"), default="table")
    forecast = sub.add_parser("forecast", help="the open pipeline by close period and stage, weighted (read-only)")
    forecast.add_argument("--db", type=Path, dest="sub_db")
    forecast.add_argument("--by", choices=("month", "quarter"), default="month")
    forecast.add_argument("--process", help="only this process (its id)")
    forecast.add_argument("--format", choices=("table", "csv", "json"), default="table")
    forecast.add_argument("--pdf", type=Path, metavar="FILE", help="write the pipeline forecast as PDF instead")
    forecast.add_argument("--lang", type=_lang, dest="sub_lang", help="the PDF's language")
    forecast.add_argument("--paper", choices=("a4", "letter"))
    for s in (backup, pdf):
        s.add_argument("--force", action="store_true", help="replace OUTPUT even if it is another planner file")
    forecast.add_argument("--force", action="store_true", help="replace FILE even if it is another planner file")
    from planner.transfer.commands import add_parsers  # import and export (planner/transfer)

    add_parsers(sub)
    for s in (demo, check, backup, pdf, calibrate, forecast):
        s.add_argument("--quit-after-startup", action="store_true", help=argparse.SUPPRESS)
    return p


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
    words = file_argument(sys.argv[1:] if argv is None else argv)
    # starting the app needs none of the commands' parsers, which argparse takes ~4 ms to build;
    # anything the app's options leave over (a command, --help, a typo) goes to the full parser
    args, rest = parser(commands=False).parse_known_args(words)
    if rest:
        args = parser().parse_args(words)
    if args.command:
        from planner.commands import run_headless

        return run_headless(args)
    from planner.ui.app import run

    return run(args)
