"""The ``deal-planner`` command line: the app, or one of the headless commands in ``planner.commands``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from planner import __version__
from planner.cli_language import cli_text, wrap

if TYPE_CHECKING:
    from planner.i18n import Lang

# the names of the headless commands in planner.commands, which this module does not
# import: the app's start-up starts checking the planner file before Qt loads
COMMANDS = ("demo", "check", "backup", "export-pdf", "calibrate", "forecast", "import", "export")


SEE_HELP = "deal-planner: {message} (see --help)"
UNKNOWN_LANGUAGE = "unknown language {value}: use zh_TW or en"
MESSAGES = (SEE_HELP, UNKNOWN_LANGUAGE)  # said at parse time, not while the parser is built


class _Formatter(argparse.HelpFormatter):
    """Help wrapped by the width a terminal gives each character: a Chinese one takes two
    columns (argparse counts one), and a line may break between two of them."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap(" ".join(text.split()), width)

    def format_help(self) -> str:
        text = super().format_help()
        # Python 3.12 ends a section's heading with a colon of its own; 3.13 translates it
        for heading in (cli_text("options"), cli_text("positional arguments")):
            text = text.replace(f"\n{heading}:\n", "\n" + cli_text("%(heading)s:") % {"heading": heading} + "\n")
        return text


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        self.exit(2, cli_text(SEE_HELP).format(message=message) + "\n")


class _Unsure(Exception):
    """The app's options did not parse: the full parser says why, in the user's language."""


class _AppOptions(_Parser):
    def error(self, message: str) -> NoReturn:
        raise _Unsure(message)


def _lang(value: str) -> Lang:
    from planner.i18n import normalize

    try:
        return normalize(value)
    except ValueError:
        raise argparse.ArgumentTypeError(cli_text(UNKNOWN_LANGUAGE).format(value=repr(value))) from None


def parser(commands: bool = True) -> argparse.ArgumentParser:
    """The command line; without ``commands``, only the app's own options (and no --help),
    any problem with them raising ``_Unsure``. Its texts are in the language of
    ``cli_language.use`` (English before that)."""
    p = (_Parser if commands else _AppOptions)(
        prog="deal-planner", description=cli_text("Deal Planner: complex sales run by irreversible milestones."),
        add_help=commands)
    p.add_argument("--version", action="version", version=f"deal-planner {__version__}",
                   help=cli_text("show program's version number and exit"))
    p.add_argument("--db", type=Path, help=cli_text("planner file (default: the one in your app-data folder)"))
    p.add_argument("--lang", type=_lang, help=cli_text("zh_TW or en (default: the system's language)"))
    p.add_argument("--quit-after-startup", action="store_true",
                   help=cli_text("open the window, exit once the board's cards are painted"))
    if not commands:
        p.set_defaults(command=None)
        return p
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    file_help = cli_text("planner file (default: the one in your app-data folder)")
    in_app = (cli_text("the PDF's language (default: the one set in the app)"),
              cli_text("paper size (default: the one set in the app)"))

    demo = sub.add_parser("demo", help=cli_text("write a new demo planner file"))
    demo.add_argument("--db", type=Path, required=True, dest="sub_db", metavar="DB", help=cli_text("the new file"))
    demo.add_argument("--deals", type=int, default=None, help=cli_text("add this many generated deals"))
    check = sub.add_parser("check", help=cli_text("check a planner file's integrity and rules (read-only)"))
    check.add_argument("--db", type=Path, dest="sub_db", metavar="DB", help=file_help)
    check.add_argument("--full", action="store_true",
                       help=cli_text("SQLite's full integrity check (indexes too) instead of the quick one"))
    backup = sub.add_parser("backup", help=cli_text("copy a planner file safely, even while it is open"))
    backup.add_argument("--db", type=Path, dest="sub_db", metavar="DB", help=file_help)
    backup.add_argument("-o", "--output", type=Path, required=True, help=cli_text("the copy to write"))
    pdf = sub.add_parser("export-pdf", help=cli_text("write an account plan as PDF"))
    pdf.add_argument("--db", type=Path, dest="sub_db", metavar="DB", help=file_help)
    pdf.add_argument("--account", required=True, help=cli_text("account id or exact name"))
    pdf.add_argument("-o", "--output", type=Path, required=True, help=cli_text("the PDF to write"))
    pdf.add_argument("--lang", type=_lang, dest="sub_lang", metavar="LANG", help=in_app[0])
    pdf.add_argument("--paper", choices=("a4", "letter"), help=in_app[1])
    pdf.add_argument("--audience", choices=("internal", "customer"), default="internal",
                     help=cli_text("internal: everything (default); customer: a compact copy without risks, notes, "
                                   "attitudes, influence, win rates, weighted values, forecast or closed deals"))
    calibrate = sub.add_parser("calibrate", help=cli_text("your observed win rates and time in stage (read-only)"))
    calibrate.add_argument("--db", type=Path, dest="sub_db", metavar="DB", help=file_help)
    calibrate.add_argument("--process", help=cli_text("only this process (its id)"))
    calibrate.add_argument("--format", choices=("table", "json"), default="table", help=cli_text("how to print it"))
    forecast = sub.add_parser("forecast",
                              help=cli_text("the open pipeline by close period and stage, weighted (read-only)"))
    forecast.add_argument("--db", type=Path, dest="sub_db", metavar="DB", help=file_help)
    forecast.add_argument("--by", choices=("month", "quarter"), default="month", help=cli_text("the close periods"))
    forecast.add_argument("--process", help=cli_text("only this process (its id)"))
    forecast.add_argument("--format", choices=("table", "csv", "json"), default="table",
                          help=cli_text("how to print it"))
    forecast.add_argument("--pdf", type=Path, metavar="FILE",
                          help=cli_text("write the pipeline forecast as PDF instead"))
    forecast.add_argument("--lang", type=_lang, dest="sub_lang", metavar="LANG", help=in_app[0])
    forecast.add_argument("--paper", choices=("a4", "letter"), help=in_app[1])
    for s in (backup, pdf):
        s.add_argument("--force", action="store_true",
                       help=cli_text("replace OUTPUT even if it is another planner file"))
    forecast.add_argument("--force", action="store_true",
                          help=cli_text("replace FILE even if it is another planner file"))
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


def _language(words: Sequence[str], lang: Lang | None) -> Lang:
    """The language the command line speaks: the app's ``--lang`` (before any command; a
    command's own ``--lang`` is its PDF's), else the system's, as the commands' messages."""
    from planner.i18n import normalize, system_language

    if lang is None:
        for i, word in enumerate(words):
            if word in COMMANDS:
                break
            value = word[len("--lang="):] if word.startswith("--lang=") else (
                words[i + 1] if word == "--lang" and i + 1 < len(words) else None)
            try:
                lang = normalize(value) if value else lang
            except ValueError:  # argparse says so, in the system's language
                pass
    return lang or system_language()


def main(argv: Sequence[str] | None = None) -> int:
    words = file_argument(sys.argv[1:] if argv is None else argv)
    # starting the app needs none of the commands' parsers, which argparse takes ~4 ms to build;
    # anything the app's options leave over (a command, --help, a typo) goes to the full parser
    lang: Lang | None = None
    try:
        args, rest = parser(commands=False).parse_known_args(words)
        lang = args.lang
    except _Unsure:
        rest = words
    if rest:
        from planner import cli_language

        cli_language.use(_language(words, lang))
        args = parser().parse_args(words)
    if args.command:
        from planner.commands import run_headless

        return run_headless(args)
    from planner.ui.app import run

    return run(args)
