"""A new planner file from a full export (``full_export``), row for row the file it came from.

Nothing goes around the file's rules: the rows go in through every trigger, in an order
the rules accept. A deal enters its process's first stage open, as any deal does, with its
buying group; then, stage by stage, its work and notes of that stage go in while it is
there, and the milestone that ended the stage moves it on (the triggers do that, as they
did the first time); an abandoned deal is abandoned last. A stage comes in only when the
deals that reached it are placed, so a deal won at what was then its process's last stage is won
before a stage added later comes after it. The stages' task and deliverable templates
come last, so no template is copied into a deal twice, with the roles the stages require (a
milestone confirmed before its stage required one stands); then who confirmed each milestone
(before the ledger seals it), the correction notes, the event log and the ledger, whose seals
are those of the original.

Before anything is committed the new file is compared with the document, table by table
and row by row, and its hash chain is checked: a document whose history does not match
its own seals, or that the rules would not rebuild as it is, leaves no file behind.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from planner.domain import json_input, rules
from planner.domain.errors import QT_TRANSLATE_NOOP, FileRefused, PlannerError
from planner.services import Planner
from planner.store import chain, table_copy
from planner.store.migration_steps import SCHEMA_VERSION
from planner.transfer.full_export import FORMAT, VERSION

MAX_BYTES = 2_000_000_000
NOT_OURS = QT_TRANSLATE_NOOP("errors", "“{file}” is not a full export of Deal Planner. Nothing was imported.")
TOO_NEW = QT_TRANSLATE_NOOP(
    "errors", "“{file}” was exported by a newer version of Deal Planner ({what}). Update the app to import it. "
              "Nothing was imported.")
DAMAGED = QT_TRANSLATE_NOOP("errors", "“{file}” is damaged or incomplete (at {where}). Nothing was imported.")
NOT_REBUILT = QT_TRANSLATE_NOOP(
    "errors", "“{file}” cannot be rebuilt under the file's rules ({where}: {reason}). Nothing was imported.")
NOT_SEALED = QT_TRANSLATE_NOOP(
    "errors", "The history in “{file}” does not match its own seals: {reason} Nothing was imported.")
NOT_READABLE = QT_TRANSLATE_NOOP("errors", "The file “{file}” cannot be read: {reason}")

# tables the replay puts in by itself; any other table is copied as it is, in the order
# planner.store.tables lists it (a table added there needs nothing here)
_REPLAYED = frozenset({"settings", "stages", "stage_items", "deals", "tasks", "deliverables", "stage_notes",
                       "milestones", "corrections", "events", chain.LEDGER, "deal_contacts", "stage_roles",
                       "milestone_contacts", "rate_adoptions"})
_WORK = ("tasks", "deliverables", "stage_notes")
# tables a new file starts with rows in (schema 8's built-in reason categories)
_SEEDED = frozenset({"reason_categories"})


@dataclass
class _Table:
    columns: list[str]
    rows: list[list[Any]]

    def dicts(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


class _Refused(Exception):
    """Where the document failed (a JSON path, not prose): turned into DAMAGED."""


def read(source: Path) -> dict[str, _Table]:
    """The document's tables, checked for shape before anything is written."""
    name = Path(source).name
    try:
        if Path(source).stat().st_size > MAX_BYTES:
            raise FileRefused(NOT_OURS, file=name)
        with open(source, "rb") as f:
            doc = json_input.loads(f.read().decode("utf-8-sig"))
    except OSError as e:
        from planner.domain.errors import os_reason

        raise FileRefused(NOT_READABLE, file=name, reason=os_reason(e)) from None
    except ValueError:  # not UTF-8, not JSON, nested too deep
        raise FileRefused(NOT_OURS, file=name) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise FileRefused(NOT_OURS, file=name)
    version, schema = doc.get("version"), doc.get("schema")
    if not isinstance(version, int) or not isinstance(schema, int) or isinstance(version, bool):
        raise FileRefused(DAMAGED, file=name, where="version")
    if version > VERSION or schema > SCHEMA_VERSION:
        raise FileRefused(TOO_NEW, file=name, what=f"format {version}, schema {schema}")
    try:
        return _tables(doc.get("tables"))
    except _Refused as e:
        raise FileRefused(DAMAGED, file=name, where=str(e)) from None


def _tables(raw: Any) -> dict[str, _Table]:
    if not isinstance(raw, dict):
        raise _Refused("tables")
    shapes = {s.name: s for s in table_copy.shapes()}
    out: dict[str, _Table] = {}
    for name, table in raw.items():
        shape = shapes.get(name)
        if shape is None:
            raise _Refused(f"tables.{name}")  # a table this version does not know
        if not isinstance(table, dict) or not isinstance(table.get("columns"), list) \
                or not isinstance(table.get("rows"), list):
            raise _Refused(f"tables.{name}")
        cols = table["columns"]
        if not all(isinstance(c, str) and c in shape.columns for c in cols) or len(set(cols)) != len(cols):
            raise _Refused(f"tables.{name}.columns")
        for i, row in enumerate(table["rows"]):
            if not isinstance(row, list) or len(row) != len(cols) or not all(map(_storable, row)):
                raise _Refused(f"tables.{name}.rows[{i}]")
        out[name] = _Table(cols, table["rows"])
    return out


def _storable(value: Any) -> bool:
    """A value SQLite can hold as it is: null, text, a real, an integer of at most 64 bits."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return -rules.MAX_INTEGER - 1 <= value <= rules.MAX_INTEGER
    return value is None or isinstance(value, (float, str))


def import_file(source: Path, target: Path) -> dict[str, int]:
    """A new planner file at ``target`` from the export at ``source``; how many rows each
    table got. ``target`` must not exist; whatever fails, no file is left there."""
    tables = read(source)
    if Path(target).exists() or Path(target).is_symlink():
        raise FileRefused(QT_TRANSLATE_NOOP("errors", "{path} already exists."), path=str(target))
    planner = Planner.open(target, create=True)
    try:
        with planner.store.transaction():
            _Replay(planner, tables, Path(source).name).run()
    except BaseException:
        planner.close()
        for leftover in (Path(target), Path(f"{target}-wal"), Path(f"{target}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    planner.close()
    return {name: len(t.rows) for name, t in tables.items()}


class _Replay:
    def __init__(self, planner: Planner, tables: dict[str, _Table], name: str) -> None:
        self.conn = planner.store.conn
        self.tables = tables
        self.name = name
        self.writer = table_copy.RowWriter(self.conn)

    def _rows(self, table: str) -> list[dict[str, Any]]:
        found = self.tables.get(table)
        return found.dicts() if found else []

    def _insert(self, table: str, row: dict[str, Any]) -> None:
        self.writer.insert(table, list(row), list(row.values()))

    def _refuse(self, where: str, error: BaseException) -> FileRefused:
        reason = error.english() if isinstance(error, PlannerError) else str(error).splitlines()[0]
        return FileRefused(NOT_REBUILT, file=self.name, where=where, reason=reason)

    def run(self) -> None:
        self.writer.defer_references()
        for row in self._rows("settings"):
            self._guarded(f"settings {row.get('key')}", self.writer.put_setting, row["key"], row.get("value", ""))
        for shape in table_copy.shapes():
            if shape.name not in _REPLAYED:
                self._bulk(shape.name)
        self._deals()
        self._adoptions()
        # the roles stages require come after the milestones, as the templates do: a milestone
        # confirmed before its stage required a role stands as it was; who confirmed each
        # milestone before the ledger seals them (the file takes them only until then)
        for table in ("stage_items", "stage_roles", "milestone_contacts", "corrections", "events", chain.LEDGER):
            self._bulk(table)
        self._check()

    def _adoptions(self) -> None:
        """Each adopted rate as it was adopted: its stage given that rate, then the record of
        it (the file checks they agree); the stages' rates of today are put back after."""
        adoptions = sorted(self._rows("rate_adoptions"), key=lambda r: r["id"])
        for row in adoptions:
            self._guarded(f"rate_adoptions {row['id']}", self.writer.set_win_rate, row["stage_id"], row["new_rate"])
            self._guarded(f"rate_adoptions {row['id']}", self._insert, "rate_adoptions", row)
        stages = {s["id"]: s for s in self._rows("stages")}
        for stage in {r["stage_id"] for r in adoptions}:
            if "win_rate" in stages.get(stage, {}):
                self._guarded(f"stages {stage}", self.writer.set_win_rate, stage, stages[stage]["win_rate"])

    def _bulk(self, table: str) -> None:
        """A table whose rows need no order but their own, in one statement; what a new file
        holds of it already (a seeded list) gives way to the document's rows."""
        found = self.tables.get(table)
        if found is None:
            return
        if table in _SEEDED:
            self._guarded(table, self.writer.empty, table)
        if found.rows:
            self._guarded(table, self.writer.insert_many, table, found.columns, found.rows)

    def _guarded(self, where: str, do: Any, *args: Any) -> Any:
        try:
            return do(*args)
        except (KeyError, ValueError, TypeError) as e:  # RowRefused is a ValueError
            raise self._refuse(where, e) from None

    # ------------------------------------------------------------ stages and deals
    def _deals(self) -> None:
        stages: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for s in self._rows("stages"):
            stages[s["process_id"]].append(s)
        position = {s["id"]: s["position"] for s in self._rows("stages")}
        deals: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for d in self._rows("deals"):
            if d.get("stage_id") not in position:
                raise self._refuse(f"deals {d.get('id')}", ValueError("its stage is not in the export"))
            deals[d["process_id"]].append(d)
        milestones: dict[int, dict[int, dict[str, Any]]] = defaultdict(dict)
        for ms in self._rows("milestones"):
            milestones[ms["deal_id"]][ms["stage_id"]] = ms
        work: dict[tuple[str, int, int], list[dict[str, Any]]] = defaultdict(list)
        for table in _WORK:
            for row in self._rows(table):
                work[(table, row["deal_id"], row["stage_id"])].append(row)
        self._people: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for row in sorted(self._rows("deal_contacts"), key=lambda r: r["id"]):
            self._people[row["deal_id"]].append(row)
        for process_id in sorted(set(stages) | set(deals)):
            ordered = sorted(stages[process_id], key=lambda s: s["position"])
            placed = 0
            # a deal needs the stages up to its own in place, and none after them yet
            for deal in sorted(deals[process_id], key=lambda d: (position[d["stage_id"]], d["id"])):
                while placed < len(ordered) and ordered[placed]["position"] <= position[deal["stage_id"]]:
                    self._guarded(f"stages {ordered[placed]['id']}", self._insert, "stages", ordered[placed])
                    placed += 1
                self._guarded(f"deals {deal['id']}", self._deal, deal, ordered[:placed],
                              milestones.get(deal["id"], {}), work)
            for stage in ordered[placed:]:
                self._guarded(f"stages {stage['id']}", self._insert, "stages", stage)

    def _deal(self, deal: dict[str, Any], stages: list[dict[str, Any]], milestones: dict[int, dict[str, Any]],
              work: dict[tuple[str, int, int], list[dict[str, Any]]]) -> None:
        """One deal's life again: in at the first stage, on through its milestones."""
        status, reason = deal.get("status", "open"), deal.get("close_reason", "")
        category = deal.get("close_category")
        start = deal | {"stage_id": stages[0]["id"], "status": "open",
                        "close_reason": reason if status in ("open", "won") else ""}
        start.pop("close_category", None)  # filed once it is closed, as the app files it
        self._insert("deals", start)
        for person in self._people.get(deal["id"], []):  # its buying group, while it is open
            self._insert("deal_contacts", person)
        for stage in stages:
            for table in _WORK:
                for row in work.get((table, deal["id"], stage["id"]), []):
                    self._insert(table, row)
            ms = milestones.get(stage["id"])
            if ms is None:
                break
            self._insert("milestones", ms)
            stage_now, status_now, _ = self.writer.deal_state(deal["id"])
            if status_now != "open" or stage_now == stage["id"]:
                break
        if status == "abandoned":
            self.writer.abandon(deal["id"], reason)
        if category is not None:
            self.writer.file_under(deal["id"], category)
        got = self.writer.deal_state(deal["id"])
        if got != (deal["stage_id"], status, reason):
            raise ValueError(f"it ends in stage {got[0]}, {got[1]}, not in stage {deal['stage_id']}, {status}")

    # ------------------------------------------------------------ the result
    def _check(self) -> None:
        """Every row of the document, and nothing else, in the new file; its seals whole."""
        shapes = {s.name: s for s in table_copy.shapes()}
        for name, table in self.tables.items():
            shape = shapes[name]
            index = [shape.columns.index(c) for c in table.columns]
            got = [[row[i] for i in index] for row in table_copy.rows(self.conn, shape)]
            if len(got) != len(table.rows):
                raise self._refuse(name, ValueError(f"{len(got)} rows instead of {len(table.rows)}"))
            key = [table.columns.index(c) for c in shape.order if c in table.columns]
            expected = sorted(table.rows, key=lambda r: [r[i] for i in key])
            for n, (mine, theirs) in enumerate(zip(got, expected, strict=True)):
                if mine != theirs:
                    raise self._refuse(f"{name} row {n + 1}", ValueError(f"{mine} is not {theirs}"))
        altered = [e for e in chain.verify(self.conn) if isinstance(e, chain.HistoryAltered)]
        if altered:
            raise FileRefused(NOT_SEALED, file=self.name, reason=altered[0].english())
