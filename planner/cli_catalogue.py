"""The command line's gettext catalogue kept up to date (see ``planner.cli_language``).

    .venv/bin/python -m planner.cli_catalogue [OTHER_PYTHON/argparse.py ...]

adds to ``resources/i18n/cli/zh_TW.po`` the texts it lacks (argparse's messages, of this
Python and of the other argparse sources named, and the help of ``planner.cli``), drops
the help texts that are gone, and builds the ``.mo`` gettext reads. Then translate what it
lists and run it again.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from planner.cli_language import compiled, recording, source

if TYPE_CHECKING:
    from babel.messages.catalog import Catalog

    from planner.i18n import Lang

ARGPARSE = "argparse"  # the comment marking argparse's own messages in the catalogue


def argparse_messages(path: Path | None = None) -> list[tuple[str, ...]]:
    """The messages argparse translates (``_("…")``; ``ngettext("…", "…", n)``: both forms),
    read from its source: this Python's, or the one at ``path``."""
    import argparse
    import ast

    tree = ast.parse(Path(path or argparse.__file__).read_text(encoding="utf-8"))
    found: set[tuple[str, ...]] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "ngettext"):
            texts = tuple(a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str))
            if texts:
                found.add(texts)
    return sorted(found)


def cli_texts() -> list[str]:
    """Every text of ``planner.cli`` the catalogue must hold: the parser's help, its messages."""
    from planner import cli

    with recording() as seen:
        cli.parser()
    return list(dict.fromkeys([*seen, *cli.MESSAGES]))


def read(lang: Lang = "zh_TW") -> Catalog:
    from babel.messages.pofile import read_po

    with source(lang).open("rb") as f:
        return read_po(f, locale=lang)


def mo_bytes(catalog: Catalog) -> bytes:
    from babel.messages.mofile import write_mo

    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


def update(lang: Lang = "zh_TW", extra_argparse: list[Path] | None = None) -> list[str]:
    """Add the texts the catalogue lacks (argparse's of this Python and of ``extra_argparse``,
    and ``planner.cli``'s), drop ``planner.cli``'s that are gone, write the ``.po`` and build
    the ``.mo``; return the texts still to translate."""
    from babel.messages.pofile import write_po

    catalog = read(lang)
    catalog.msgid_bugs_address = catalog.last_translator = catalog.language_team = "Deal Planner"
    theirs = {m for p in [None, *(extra_argparse or [])] for m in argparse_messages(p)}
    ours = cli_texts()
    for texts in sorted(theirs):
        msgid: str | tuple[str, ...] = texts if len(texts) > 1 else texts[0]
        if catalog.get(texts[0]) is None:
            catalog.add(msgid, auto_comments=[ARGPARSE])
    for text in ours:
        if catalog.get(text) is None:
            catalog.add(text)
    for message in list(catalog):
        if message.id and ARGPARSE not in message.auto_comments and message.id not in ours:
            catalog.delete(message.id)
    with source(lang).open("wb") as f:
        write_po(f, catalog, width=100, omit_header=False, sort_output=False)
    compiled(lang).parent.mkdir(parents=True, exist_ok=True)
    compiled(lang).write_bytes(mo_bytes(catalog))
    return [str(m.id) for m in catalog if m.id and not _translated(m.string)]


def _translated(string: object) -> bool:
    if isinstance(string, (tuple, list)):
        return all(bool(s) for s in string)
    return bool(string)


if __name__ == "__main__":
    import sys

    todo = update(extra_argparse=[Path(p) for p in sys.argv[1:]])
    print(f"{compiled()}: built; {len(todo)} to translate" + "".join(f"\n  {t}" for t in todo))
