"""Everything a planner file holds, as one JSON document.

The document is versioned and names the schema it was read from::

    {"format": "deal-planner-export", "version": 1, "app": "Deal Planner 0.1.0",
     "schema": 7, "exported_at": "2026-12-02T10:00:00Z", "fingerprint": "3F2A-91C0-7B4E",
     "tables": {"processes": {"columns": ["id", "name", ...], "rows": [[1, "Key accounts", ...], ...]},
                ...,
                "ledger": {"columns": ["seq", "tbl", "row_id", "digest", "link"], "rows": [...]}}}

Every table ``planner.store.tables`` describes is there, with every row in key order and
every value as stored (numbers as numbers, NULL as null, the ledger's hashes as hex), so
``full_import`` can rebuild the same file row for row, history and seals included. One
row per line keeps a large export readable and its diffs small. The planner file is only
read (a read-only one will do) and the document reaches the disk through ``safe_write``.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from planner import APP_NAME, __version__, safe_write
from planner.domain.errors import QT_TRANSLATE_NOOP, PlannerError
from planner.services import Planner
from planner.store import table_copy

FORMAT = "deal-planner-export"
VERSION = 1

INCOMPLETE = QT_TRANSLATE_NOOP(
    "errors", "{file} cannot be exported whole: it has no table {table}, which every planner file has "
              "(“deal-planner check” lists what was changed in it). Nothing was exported.")


class Incomplete(PlannerError):
    """The file lacks a table this version's files have (renamed or dropped in the shell)."""


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def write_document(planner: Planner, out: IO[bytes]) -> dict[str, int]:
    """The document into ``out``; returns how many rows each table gave."""
    conn = planner.store.conn
    counts: dict[str, int] = {}
    with table_copy.consistent(conn):
        there = table_copy.present(conn)
        # a document without one of them would look whole and never import (a file opened
        # here has every table of this version: one missing was taken away by another program)
        missing = [shape.name for shape in table_copy.shapes() if shape.name not in there]
        if missing:
            raise Incomplete(INCOMPLETE, file=planner.path.name, table=missing[0])
        head = {"format": FORMAT, "version": VERSION, "app": f"{APP_NAME} {__version__}",
                "schema": planner.file.schema_version(),
                "exported_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "fingerprint": planner.file.fingerprint()}
        out.write(("{" + ",".join(f"{_dumps(k)}:{_dumps(v)}" for k, v in head.items())
                   + ',"tables":{').encode("utf-8"))
        first_table = True
        for shape in table_copy.shapes():
            out.write(((",\n" if not first_table else "\n") + f'{_dumps(shape.name)}:{{"columns":'
                       f'{_dumps(list(shape.columns))},"rows":[').encode("utf-8"))
            first_table = False
            n = 0
            for row in table_copy.file_rows(planner.store, shape):
                out.write((("," if n else "") + "\n" + _dumps(row)).encode("utf-8"))
                n += 1
            out.write(b"]}")
            counts[shape.name] = n
        out.write(b"\n}}\n")
    return counts


def export(planner: Planner, target: Path, force: bool = False) -> dict[str, int]:
    """Write the document at ``target`` all at once (never onto the planner file itself)."""
    return safe_write.write_output(Path(target), lambda stream: write_document(planner, stream),
                                   source=planner.path, force=force)
