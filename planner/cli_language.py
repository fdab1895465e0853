"""The command line's own words in the user's language: its help and argparse's messages.

argparse says "usage:", "the following arguments are required: …" and the rest through
``gettext``, so the command line's parser has a gettext catalogue of its own
(``resources/i18n/cli``): argparse's messages and the help texts of ``planner.cli``,
translated in ``zh_TW.po`` and compiled by Babel into the ``.mo`` that gettext reads
(``planner.cli_catalogue`` keeps both up to date). The commands' results and errors use
the app's Qt catalogues, as the windows do.
"""

from __future__ import annotations

import gettext
import os
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from planner.paths import resource_path

if TYPE_CHECKING:
    from planner.i18n import Lang

DOMAIN = "deal-planner-cli"
_recorded: list[list[str]] = []  # texts seen by cli_text() while recording (the catalogue's update)


def folder() -> Path:
    return resource_path("i18n", "cli")


def source(lang: Lang = "zh_TW") -> Path:
    return folder() / f"{lang}.po"


def compiled(lang: Lang = "zh_TW") -> Path:
    return folder() / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"


def use(lang: Lang) -> None:
    """Speak ``lang`` from now on: argparse's messages, and ``cli_text``'s texts. gettext takes its
    language from the environment, LANGUAGE first: set to the language chosen, as the
    commands' own messages follow it (``--lang``, else the system's)."""
    os.environ["LANGUAGE"] = lang
    gettext.bindtextdomain(DOMAIN, str(folder()))
    gettext.textdomain(DOMAIN)


def cli_text(text: str) -> str:
    """``text`` in the language of ``use`` (as it is before that, or without a translation)."""
    for seen in _recorded:
        seen.append(text)
    return gettext.gettext(text)


_NO_LINE_START = set("，。、：；！？）」』】〉》,.;:!?)]}")  # punctuation that stays on the line before


def _columns(char: str) -> int:
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def wrap(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` terminal columns: broken at spaces, or between
    two wide (Chinese) characters, never before closing punctuation; a word longer than a
    line stays whole on its own."""
    pieces: list[str] = []  # words, spaces, and each wide character on its own
    for part in re.findall(r" +|[^ ]+", text):
        if part.startswith(" ") or all(_columns(c) == 1 for c in part):
            pieces.append(part)
            continue
        for char in part:
            if char in _NO_LINE_START and len(pieces) > 1 and pieces[-1].startswith(" "):
                space = pieces.pop()
                pieces[-1] += space + char  # "word ，": the space kept, no break before the comma
            elif pieces and not pieces[-1].startswith(" ") and (
                    char in _NO_LINE_START or (_columns(char) == 1 and _columns(pieces[-1][-1]) == 1)):
                pieces[-1] += char  # closing punctuation, or a word's next letter: kept together
            else:
                pieces.append(char)
    lines: list[str] = []
    line, used = "", 0
    for piece in pieces:
        size = sum(_columns(c) for c in piece)
        if piece.startswith(" "):
            if line:
                line, used = line + piece, used + size
            continue
        if line and used + size > width:
            lines.append(line.rstrip())
            line, used = "", 0
        line, used = line + piece, used + size
    if line.strip():
        lines.append(line.rstrip())
    return lines


@contextmanager
def recording() -> Iterator[list[str]]:
    """The texts passed to ``cli_text`` meanwhile, in order."""
    seen: list[str] = []
    _recorded.append(seen)
    try:
        yield seen
    finally:
        _recorded.remove(seen)
