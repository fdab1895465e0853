"""A hash chain over the file's history: confirmed milestones, correction notes and events.

The triggers stop the history from being rewritten, but whoever drops them in the ``sqlite3``
shell, edits a row and puts them back leaves a file that looks untouched. The chain makes
that visible: every row of the history is sealed, once, by an entry of the ``ledger`` table.

- ``digest`` = SHA-256 of the row's canonical encoding: UTF-8 compact JSON (no spaces, keys
  sorted, non-ASCII as is) ``{"row":{<every column>},"table":"<table>"}``, where an INTEGER
  is a JSON integer, TEXT a JSON string, NULL null, a REAL ``{"real":"<Python repr>"}`` and a
  BLOB ``{"blob":"<lowercase hex>"}``: the type counts, ``1`` is not ``'1'``.
- ``link`` = SHA-256(previous entry's link + digest); the first entry follows ``GENESIS``.

The last link is the history's fingerprint (``fingerprint``): anyone who rewrites a row and
then recomputes every later entry makes a consistent ledger, but with another fingerprint
than the one the user noted or printed before. Rows are sealed in the write transaction
that adds them (``seal``); a row written by another program since is reported as not
sealed, apart from forgery (``verify``).

Most rows are encoded by SQLite's ``json_object`` (several times faster than Python), which
writes INTEGER, TEXT and NULL exactly as Python's ``json`` does; that is checked once per
process, and rows holding a REAL or a BLOB are always encoded in Python.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

from planner.domain.errors import QT_TRANSLATE_NOOP, PlannerError

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

LEDGER: Final = "ledger"
CHAINED: Final = ("milestones", "corrections", "events")  # the order within one seal
GENESIS: Final = hashlib.sha256(b"Deal Planner ledger v1").digest()
LEDGER_FINAL: Final = "the ledger is append-only"

# OR, not IN (...): SQLite builds an IN list's lookup table anew for every row inserted,
# which made sealing a large history a third slower
_TABLES = " OR ".join(f"tbl = '{t}'" for t in CHAINED)
DDL: Final = (
    f"""CREATE TABLE {LEDGER} (
        seq INTEGER PRIMARY KEY,
        tbl TEXT NOT NULL CHECK ({_TABLES}),
        row_id INTEGER NOT NULL,
        digest BLOB NOT NULL CHECK (length(digest) = 32),
        link BLOB NOT NULL CHECK (length(link) = 32),
        UNIQUE (tbl, row_id)
    ) STRICT""",
    f"""CREATE TRIGGER ledger_no_update BEFORE UPDATE ON {LEDGER}
        BEGIN SELECT RAISE(ABORT, '{LEDGER_FINAL}'); END""",
    f"""CREATE TRIGGER ledger_no_delete BEFORE DELETE ON {LEDGER}
        BEGIN SELECT RAISE(ABORT, '{LEDGER_FINAL}'); END""",
    # BEFORE INSERT also stops INSERT OR REPLACE, whose implicit delete fires no trigger
    f"""CREATE TRIGGER ledger_no_replace BEFORE INSERT ON {LEDGER}
        WHEN EXISTS (SELECT 1 FROM {LEDGER} WHERE seq = NEW.seq
                     OR (tbl = NEW.tbl AND row_id = NEW.row_id))
        BEGIN SELECT RAISE(ABORT, '{LEDGER_FINAL}'); END""",
)

_NOUNS: Final = {
    "milestones": QT_TRANSLATE_NOOP("errors", "milestone"),
    "corrections": QT_TRANSLATE_NOOP("errors", "correction note"),
    "events": QT_TRANSLATE_NOOP("errors", "event"),
}
CHANGED: Final = QT_TRANSLATE_NOOP(
    "errors", "The history was altered: {what} {id} is no longer what was sealed (seal {seq}).")
REMOVED: Final = QT_TRANSLATE_NOOP(
    "errors", "The history was altered: {what} {id} was deleted after it was sealed (seal {seq}).")
BROKEN: Final = QT_TRANSLATE_NOOP(
    "errors", "The history was altered: its seal is broken at entry {seq} ({what} {id}).")
MORE: Final = QT_TRANSLATE_NOOP(
    "errors", "{count} later seals do not match either.")
ADDED: Final = QT_TRANSLATE_NOOP(
    "errors", "The history was altered: {what} {ids} slipped in among rows already sealed.")
UNSEALED: Final = QT_TRANSLATE_NOOP(
    "errors",
    "Not sealed yet: {what} {ids}, written by another program since Deal Planner last saved this file.")

UNCHECKABLE: Final = QT_TRANSLATE_NOOP(
    "errors", "The history cannot be checked against its seals: {reason}")


class HistoryAltered(PlannerError):
    """Sealed history no longer matches its seal: a row was changed, deleted or slipped in."""


class HistoryUnsealed(PlannerError):
    """Rows newer than the last seal: written by another program since the app last saved."""


def install(conn: sqlite3.Connection) -> None:
    """Migration step: the ledger, its append-only triggers, and a seal over every existing
    row. Runs in the caller's transaction (the migration's)."""
    for statement in DDL:
        conn.execute(statement)
    seal(conn)


# --- the canonical encoding ---

def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


@dataclass(frozen=True)
class _Encoding:
    """How one table's rows are encoded, for the columns it has now."""

    table: str
    columns: tuple[str, ...]  # sorted
    # columns that may hold a REAL or a BLOB: any column unless the table is STRICT and the
    # column INTEGER or TEXT (a STRICT table refuses other types), so usually none
    loose: frozenset[str]

    def sql(self, alias: str = "") -> str:
        """A row as its encoding's bytes; b'' for a row Python must encode (REAL, BLOB)."""
        if not _sqlite_json_agrees():
            return "x''"
        prefix = f"{alias}." if alias else ""
        pairs = ", ".join(f"{_literal(c)}, {prefix}{_quote(c)}" for c in self.columns)
        envelope = f"""CAST('{{"row":' || json_object({pairs}) || ',"table":{json.dumps(self.table)}}}' AS BLOB)"""
        if not self.loose:
            return envelope
        odd = " OR ".join(f"typeof({prefix}{_quote(c)}) IN ('real', 'blob')" for c in sorted(self.loose))
        return f"CASE WHEN {odd} THEN x'' ELSE {envelope} END"

    @property
    def typed(self) -> str:
        """Each column's type and value; TEXT as bytes, since it need not be valid UTF-8."""
        return ", ".join(
            f"typeof({_quote(c)}), CASE typeof({_quote(c)}) WHEN 'text' THEN CAST({_quote(c)} AS BLOB)"
            f" ELSE {_quote(c)} END"
            for c in self.columns)

    def in_python(self, typed: Iterable[object]) -> bytes:
        values = list(typed)
        row = {c: _json_value(values[2 * i], values[2 * i + 1]) for i, c in enumerate(self.columns)}
        return _dumps({"row": row, "table": self.table})


def _json_value(kind: object, value: object) -> object:
    if kind == "text":
        assert isinstance(value, bytes)
        return value.decode("utf-8", "surrogateescape")  # invalid UTF-8 kept byte for byte
    if kind == "real":
        return {"real": repr(value)}
    if kind == "blob":
        assert isinstance(value, bytes)
        return {"blob": value.hex()}
    return value


def _dumps(value: object) -> bytes:
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return text.encode("utf-8", "surrogateescape")


@functools.cache
def _sqlite_json_agrees() -> bool:
    """Does this SQLite's ``json_object`` write text and integers as ``_dumps`` does?"""
    probe = "".join(chr(c) for c in range(0xA0)) + "\u2028\u2029\ufeff\uffff\U0001f600é中"
    values = [probe, -(2**63), 2**63 - 1, 0, None]
    conn = sqlite3.connect(":memory:")
    try:
        got = conn.execute("SELECT json_object('a', ?, 'b', ?, 'c', ?, 'd', ?, 'e', ?)", values).fetchone()[0]
    finally:
        conn.close()
    return bool(got == json.dumps(dict(zip("abcde", values, strict=False)), ensure_ascii=False, separators=(",", ":")))


def _encoding(conn: sqlite3.Connection, table: str, trust_types: bool = True) -> _Encoding:
    """``trust_types=False``: check every column's type (a file whose STRICT flag was forged)."""
    info = conn.execute(f"PRAGMA table_info({_quote(table)})").fetchall()
    strict = conn.execute("SELECT strict FROM pragma_table_list WHERE name = ?", [table]).fetchone()
    typed = trust_types and bool(strict and strict[0])
    loose = frozenset(r[1] for r in info if not (typed and str(r[2]).upper() in ("INTEGER", "TEXT")))
    return _Encoding(table, tuple(sorted(r[1] for r in info)), loose)


def _encode(conn: sqlite3.Connection, enc: _Encoding, data: bytes, row_id: int) -> bytes:
    """``data`` from ``enc.sql``, completed in Python where SQLite left it to us."""
    if data:
        return data
    typed = conn.execute(f"SELECT {enc.typed} FROM {_quote(enc.table)} WHERE id = ?", [row_id]).fetchone()
    return enc.in_python(typed)


def _sha(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


# --- sealing ---

def _state(conn: sqlite3.Connection) -> list[tuple[int | None, int | None]]:
    """For each chained table: its newest id, and its newest sealed id (one query, O(log n))."""
    parts = ", ".join(
        f"(SELECT max(id) FROM {t}), (SELECT max(row_id) FROM {LEDGER} WHERE tbl = '{t}')"
        for t in CHAINED)
    row = conn.execute(f"SELECT {parts}").fetchone()
    return [(row[2 * i], row[2 * i + 1]) for i in range(len(CHAINED))]


def _after(last: int | None) -> tuple[str, list[int]]:
    return ("WHERE id > ?", [last]) if last is not None else ("", [])


def _encoded(conn: sqlite3.Connection, table: str, last: int | None) -> list[tuple[int, bytes]]:
    """The rows of ``table`` after id ``last``, by id, encoded."""
    where, params = _after(last)
    for trust in (True, False):
        enc = _encoding(conn, table, trust)
        try:
            found = conn.execute(f"SELECT id, {enc.sql()} FROM {table} {where} ORDER BY id", params).fetchall()
        except sqlite3.OperationalError:  # a BLOB where the schema says TEXT: JSON refuses it
            if not trust:
                raise
            continue
        return [(row_id, _encode(conn, enc, data, row_id)) for row_id, data in found]
    raise AssertionError("unreachable")


def seal(conn: sqlite3.Connection) -> int:
    """Seal the rows of the history not sealed yet, table by table in ``CHAINED`` order, by
    id; return how many. Meant for the write transaction, right before COMMIT: a few index
    lookups when nothing is new."""
    todo = [(t, last) for t, (newest, last) in zip(CHAINED, _state(conn), strict=False)
            if newest is not None and (last is None or newest > last)]
    if not todo:
        return 0
    head = conn.execute(f"SELECT seq, link FROM {LEDGER} ORDER BY seq DESC LIMIT 1").fetchone()
    seq, link = head if head else (0, GENESIS)
    entries: list[tuple[int, str, int, bytes, bytes]] = []
    for table, last in todo:
        for row_id, data in _encoded(conn, table, last):
            digest = _sha(data)
            link = _sha(link + digest)
            seq += 1
            entries.append((seq, table, row_id, digest, link))
    conn.executemany(
        f"INSERT INTO {LEDGER} (seq, tbl, row_id, digest, link) VALUES (?, ?, ?, ?, ?)", entries)
    return len(entries)


# --- checking ---

@dataclass
class _Findings:
    first: PlannerError | None = None
    later: int = 0
    removed: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CHAINED, 0))

    def add(self, problem: PlannerError) -> None:
        if self.first is None:
            self.first = problem
        else:
            self.later += 1

    def errors(self) -> list[PlannerError]:
        if self.first is None:
            return []
        return [self.first] + ([HistoryAltered(MORE, count=self.later)] if self.later else [])


def _rows_sql(conn: sqlite3.Connection, trust_types: bool) -> tuple[dict[str, _Encoding], str, str]:
    """The encodings, and for a query over ``ledger l``: its entry's row as its encoding's
    bytes (NULL when the row is gone), and the joins that bring the row."""
    encodings = {t: _encoding(conn, t, trust_types) for t in CHAINED}
    alias = {t: f"t{i}" for i, t in enumerate(CHAINED)}
    # only the entry's own table joins a row; none does when the row is gone (NULL)
    data = " ".join(f"WHEN {alias[t]}.id IS NOT NULL THEN {e.sql(alias[t])}" for t, e in encodings.items())
    # a join per table is a rowid lookup: faster than a subquery per entry
    joins = " ".join(f"LEFT JOIN {t} {alias[t]} ON l.tbl = '{t}' AND {alias[t]}.id = l.row_id"
                     for t in CHAINED)
    return encodings, f"CASE {data} END", joins


def _walk(conn: sqlite3.Connection, trust_types: bool) -> _Findings:
    """Every ledger entry in order, its link and its row's digest recomputed."""
    encodings, data, joins = _rows_sql(conn, trust_types)
    found = _Findings()
    link = GENESIS
    sha = hashlib.sha256  # the loop runs for every row of the history: kept lean
    for seq, digest, stored, row in conn.execute(
            f"SELECT l.seq, l.digest, l.link, {data} FROM {LEDGER} l {joins} ORDER BY l.seq"):
        try:
            if stored == sha(link + digest).digest() and row and sha(row).digest() == digest:
                link = stored
                continue
        except TypeError:  # not bytes: a ledger rebuilt without its types
            pass
        # the rare case: find out what is wrong with this entry
        tbl, row_id = conn.execute(f"SELECT tbl, row_id FROM {LEDGER} WHERE seq = ?", [seq]).fetchone()
        what = _NOUNS.get(tbl, str(tbl))
        if not (isinstance(stored, bytes) and isinstance(digest, bytes)) or stored != _sha(link + digest):
            found.add(HistoryAltered(BROKEN, seq=seq, what=what, id=row_id))
        elif row is None or tbl not in encodings:
            found.add(HistoryAltered(REMOVED, seq=seq, what=what, id=row_id))
            found.removed[tbl] = found.removed.get(tbl, 0) + 1
        elif _sha(_encode(conn, encodings[tbl], row, row_id)) != digest:
            found.add(HistoryAltered(CHANGED, seq=seq, what=what, id=row_id))
        # go on from the stored link: one altered row is one problem, not every later one
        link = stored if isinstance(stored, bytes) else link
    return found


def _sealed_history(conn: sqlite3.Connection, spare: sqlite3.Connection | None = None,
                    rows: Elsewhere | None = None) -> _Findings:
    if _intact(conn, spare, rows):
        return _Findings()  # every seal holds: nothing for the walk to name
    try:
        return _walk(conn, trust_types=True)
    except sqlite3.OperationalError:  # a BLOB where the schema says TEXT: JSON refuses it
        return _walk(conn, trust_types=False)


# --- checking, the fast way ---
#
# ``_walk`` runs a Python loop per entry. On an intact history (nearly always) two facts
# suffice, and each can be checked with C-level iteration over large chunks:
# - the links: every stored link is SHA-256(the stored link before it + its digest), read
#   from the ledger alone in the order of seq;
# - the rows: every entry's row is there and hashes to its digest. Each table is read in
#   the order of its ids beside the ledger's entries for it in the order of row_id (its
#   UNIQUE index): no lookup per entry, as a join would make. The two must list the same
#   ids, and the i-th row must hash to the i-th digest.
# SQLite hands a chunk over as a few BLOBs (``group_concat``: no Python object per column).
# Anything else, even a NULL, a 31-byte digest or a row sealed out of the order of its id,
# makes the fast check answer "not intact", and ``_walk`` then finds and names what
# differs, exactly as it always did. The two are checked at once (both must hold; the
# links' check also makes sure every digest is a 32-byte BLOB, which the rows' takes as
# read): the rows in another process (``rows_elsewhere``) or on a spare connection.

_CHUNK: Final = 4096  # ledger entries per query: a chunk's bytes stay in the CPU's cache
_SEPARATOR: Final = b"\x00"  # in no encoding: JSON escapes control characters


def _hashes(pieces: Iterable[bytes]) -> bytes:
    """The SHA-256 digests of ``pieces``, concatenated (a list comprehension: the fastest
    way Python has to call hashlib a million times)."""
    sha = hashlib.sha256
    return b"".join([sha(piece).digest() for piece in pieces])


def _chunk_sql(conn: sqlite3.Connection | None = None) -> str:
    """The links of the entries with ``? < seq <= ?`` as one BLOB: how many entries; how
    many have a 32-byte BLOB as digest and link (``>= x''``: only a BLOB sorts after every
    TEXT); digest1 link1 digest2 link2 ... in the order of seq (the scan of the ledger's
    rowid range, the only way to run it, meets its rows in that order, and so does the
    aggregate). The query is the same for every file (``conn``: unused)."""
    return f"""SELECT count(*),
          sum(length(l.digest) = 32 AND length(l.link) = 32 AND l.digest >= x'' AND l.link >= x''),
          CAST(group_concat(l.digest || l.link, '') AS BLOB)
        FROM {LEDGER} l WHERE l.seq > ? AND l.seq <= ?"""


def _links_hold(conn: sqlite3.Connection, low: int, high: int) -> int | None:
    """How many entries have ``low < seq <= high``, if every link among them holds; None if
    one does not (or cannot be told apart so quickly)."""
    before = conn.execute(f"SELECT link FROM {LEDGER} WHERE seq <= ? ORDER BY seq DESC LIMIT 1",
                          [low]).fetchone()
    link = before[0] if before else GENESIS
    if not isinstance(link, bytes):
        return None
    sql = _chunk_sql(conn)
    total = 0
    while low < high:
        top = min(low + _CHUNK, high)
        count, good, pairs = conn.execute(sql, [low, top]).fetchone()
        if not count:  # a gap in seq (not one the app leaves): on to the next entry
            following = conn.execute(f"SELECT min(seq) FROM {LEDGER} WHERE seq > ? AND seq <= ?",
                                     [low, high]).fetchone()[0]
            if following is None:
                break
            low = following - 1
            continue
        if good != count:  # a NULL, a TEXT, a digest of 31 bytes: the BLOBs would not line up
            return None
        # after the link before the chunk, entry i's input (the link before it, its digest)
        # is the 64 bytes at 64 * i of: link, digest1, link1, digest2, link2 ...
        stream = link + pairs
        if not _interleaved(pairs, _hashes([stream[i:i + 64] for i in range(0, 64 * count, 64)])):
            return None
        total += count
        link = pairs[-32:]
        low = top
    return total


def _interleaved(pairs: bytes, links: bytes) -> bool:
    """Are ``links`` (32 bytes each) the second half of each 64 bytes of ``pairs``? Byte j of
    every link at once, for each j: 32 strided slices in C, not a slice per entry (nor a
    third ``group_concat``, which cost SQLite more than the other two)."""
    if len(pairs) != 2 * len(links):
        return False
    return all(pairs[32 + j::64] == links[j::32] for j in range(32))


def _row_chunks_sql(enc: _Encoding) -> str:
    """A table's rows with ``? < id <= ?``, by id: how many, their ids (``group_concat``'s
    text), and their encodings joined by ``_SEPARATOR``, each but the first missing the
    envelope's head and each but the last its tail (the separator carries them: no string
    is made per row for them). A row SQLite leaves to Python (a REAL, a BLOB) is NULL,
    which ``group_concat`` leaves out: the count tells."""
    t = _quote(enc.table)
    pairs = ", ".join(f"{_literal(c)}, {t}.{_quote(c)}" for c in enc.columns)
    row = f"json_object({pairs})"
    if enc.loose:
        odd = " OR ".join(f"typeof({t}.{_quote(c)}) IN ('real', 'blob')" for c in sorted(enc.loose))
        row = f"CASE WHEN {odd} THEN NULL ELSE {row} END"
    head, tail = _envelope(enc.table)
    between = f"CAST({_literal(tail.decode())} AS BLOB) || x'00' || CAST({_literal(head.decode())} AS BLOB)"
    return (f"SELECT count(*), group_concat(id), CAST(group_concat({row}, {between}) AS BLOB) "
            f"FROM {t} WHERE id > ? AND id <= ?")


def _envelope(table: str) -> tuple[bytes, bytes]:
    """What comes before and after a row's ``json_object`` in its encoding."""
    return b'{"row":', b',"table":' + json.dumps(table).encode() + b"}"


# the entries of one table with ``? < row_id <= ?``, by row_id (its UNIQUE index): how many;
# the row_ids; the digests. That each digest is a 32-byte BLOB the links' check makes sure,
# of every entry; a row_id of another type is written otherwise (5.0) or in no such range
# (TEXT sorts after every number), so the ids compared tell.
_SEALED_SQL: Final = f"""SELECT count(*), group_concat(row_id), CAST(group_concat(digest, '') AS BLOB)
    FROM {LEDGER} WHERE tbl = ? AND row_id > ? AND row_id <= ?"""


def _plan(conn: sqlite3.Connection, sql: str, params: list[object]) -> str:
    """How SQLite runs ``sql`` when it reads one table only: ``SEARCH t USING INTEGER
    PRIMARY KEY (rowid>? AND rowid<?)``, ``SEARCH t USING INDEX ...``; "" otherwise."""
    plan = [str(r[3]) for r in conn.execute("EXPLAIN QUERY PLAN " + sql, params)]
    return plan[0] if len(plan) == 1 else ""


def _by_rowid(plan: str) -> bool:
    return plan.startswith("SEARCH ") and "USING INTEGER PRIMARY KEY" in plan


def _by_index(plan: str) -> bool:
    return plan.startswith("SEARCH ") and "INDEX" in plan


def _table_holds(conn: sqlite3.Connection, enc: _Encoding) -> int | None:
    """How many entries seal a row of ``enc.table``, if each such row is there and hashes to
    its digest, and the table has no other row among them (one slipped in: the walk); None
    if not (or it cannot be told apart so quickly). Sound with ``_links_hold`` only, which
    makes sure that every entry's digest is a BLOB of 32 bytes."""
    table = enc.table
    low, high = conn.execute(
        f"SELECT (SELECT min(row_id) FROM {LEDGER} WHERE tbl = ?), (SELECT max(row_id) FROM {LEDGER} WHERE tbl = ?)",
        [table, table]).fetchone()
    if low is None:
        return 0
    if not (isinstance(low, int) and isinstance(high, int)) or low <= -(2**63):
        return None
    rows_sql = _row_chunks_sql(enc)
    # a range of the rowids and of the UNIQUE index, in their order: not every row for each
    # chunk, as a file whose table or ledger was rebuilt without its keys would be read
    if not (_by_rowid(_plan(conn, rows_sql, [0, 1])) and _by_index(_plan(conn, _SEALED_SQL, [table, 0, 1]))):
        return None
    head, tail = _envelope(table)
    low -= 1
    total = 0
    while low < high:
        top = min(low + _CHUNK, high)
        count, ids, digests = conn.execute(_SEALED_SQL, [table, low, top]).fetchone()
        rows, row_ids, encoded = conn.execute(rows_sql, [low, top]).fetchone()
        if rows != count or row_ids != ids:
            return None
        if not count:  # a gap in the ids: on to the next sealed one
            low = conn.execute(f"SELECT min(row_id) FROM {LEDGER} WHERE tbl = ? AND row_id > ?",
                               [table, top]).fetchone()[0] - 1
            continue
        if digests is None or len(digests) != 32 * count:  # a NULL; else the links' check sees each
            return None
        pieces = (head + encoded + tail).split(_SEPARATOR) if encoded is not None else []
        if len(pieces) != count or _hashes(pieces) != digests:
            return None
        total += count
        low = top
    return total


def _rows_hold(conn: sqlite3.Connection) -> int | None:
    """How many entries seal a row that is there and hashes to its digest, if every entry
    does (``_table_holds`` for each table); None if not."""
    total = 0
    try:
        for table in CHAINED:
            held = _table_holds(conn, _encoding(conn, table))
            if held is None:
                return None
            total += held
    except (sqlite3.OperationalError, OverflowError):  # JSON refused a BLOB; ids past 64 bits
        return None
    return total


def _intact(conn: sqlite3.Connection, spare: sqlite3.Connection | None = None,
            rows: Elsewhere | None = None) -> bool:
    """Does every seal hold, every entry's row being there? The rows are checked in a thread
    on ``spare`` (another connection to the same file) meanwhile, or were in another process
    (``rows``, from ``rows_elsewhere``): SQLite leaves the GIL while it reads, hashlib does not
    for such small pieces."""
    if not _sqlite_json_agrees():  # every row left to Python: the walk encodes them
        return False
    try:
        low, high = conn.execute(
            f"SELECT (SELECT min(seq) FROM {LEDGER}) - 1, (SELECT max(seq) FROM {LEDGER})").fetchone()
    except sqlite3.OperationalError:
        return False
    if high is None:
        return True  # no entry: nothing to hold
    if not _by_rowid(_plan(conn, _chunk_sql(conn), [0, 1])):
        return False  # seq is not the rowid: an entry could hide from its ranges (the walk reads all)
    # the links are checked entry by entry in the order of seq, which is the rowid: their
    # count is every entry's; the rows must be as many (each entry counted once, by its
    # table and row_id)
    if rows is not None:
        linked = _links_or_none(conn, low, high)
        return linked is not None and rows.result() == linked
    if spare is None:
        linked = _links_or_none(conn, low, high)
        return linked is not None and _rows_hold(conn) == linked
    held: list[int | None] = []

    def check_rows() -> None:
        try:
            held.append(_rows_hold(spare))
        except sqlite3.Error:
            held.append(None)

    worker = threading.Thread(target=check_rows, name="planner-chain-check")
    worker.start()
    try:
        linked = _links_or_none(conn, low, high)
    finally:
        worker.join()
    return linked is not None and held[0] == linked


def _links_or_none(conn: sqlite3.Connection, low: int, high: int) -> int | None:
    try:
        return _links_hold(conn, low, high)
    except (sqlite3.OperationalError, OverflowError):  # a seq past 64 bits
        return None


class Elsewhere:
    """``_rows_hold`` run in a child process on a connection of its own (``rows_elsewhere``):
    hashlib holds the GIL for small pieces, so a thread could not hash beside the rest of a
    check; a process does, on another core."""

    def __init__(self, process: BaseProcess, answer: Connection) -> None:
        self._process = process
        self._answer = answer
        self._result: int | None = None
        self._done = False

    def result(self) -> int | None:
        """The child's answer (None for "not intact", or a child that failed)."""
        if not self._done:
            self._done = True
            try:
                self._result = self._answer.recv()
            except (EOFError, OSError):
                self._result = None
            self.close()
        return self._result

    def close(self) -> None:
        """Stop the child if it still runs (its answer no longer wanted), and reap it."""
        self._done = True
        self._answer.close()
        if self._process.is_alive() and self._result is None:
            self._process.terminate()
        self._process.join()


def _check_rows_in_child(connect: Callable[[], sqlite3.Connection], answer: Connection) -> None:
    held: int | None = None
    try:
        conn = connect()
        try:
            held = _rows_hold(conn)
        finally:
            conn.close()
    except BaseException:  # noqa: BLE001 - "not intact" (or Ctrl+C): no traceback from here
        held = None
    try:
        answer.send(held)
    except OSError:  # the parent no longer waits for it
        pass
    finally:
        answer.close()


_FORK_FROM: Final = 30_000  # ledger entries; below, a process costs more time than it frees


def rows_elsewhere(connect: Callable[[], sqlite3.Connection],
                   conn: sqlite3.Connection | None = None) -> Elsewhere | None:
    """Start checking every sealed row in a child process on ``connect()`` (a new connection
    to the file, made there); None where no child can be forked safely: only on Linux
    (macOS's system libraries do not survive a fork), and only while this process runs a
    single thread (a fork copies no other thread, whatever locks they hold). Call this
    while no statement of another connection to the file is under way. ``conn``: the
    file's connection, to look at the ledger's size first; None too for a small one."""
    if not sys.platform.startswith("linux") or not _single_threaded():
        return None
    if conn is not None and _entries_about(conn) < _FORK_FROM:
        return None
    import multiprocessing  # only here: the app's start does not need it

    context = multiprocessing.get_context("fork")
    answer, sender = context.Pipe(duplex=False)
    process = context.Process(target=_check_rows_in_child, args=(connect, sender),
                              name="planner-chain-rows", daemon=True)
    try:
        process.start()
    except OSError:  # no more processes: the caller checks in this one
        answer.close()
        sender.close()
        return None
    sender.close()
    return Elsewhere(process, answer)


def _entries_about(conn: sqlite3.Connection) -> int:
    """About how many entries the ledger has (the span of its seq: two index lookups)."""
    try:
        low, high = conn.execute(f"SELECT (SELECT min(seq) FROM {LEDGER}), (SELECT max(seq) FROM {LEDGER})").fetchone()
    except sqlite3.Error:  # no ledger: nothing worth a process
        return 0
    return high - low + 1 if isinstance(low, int) and isinstance(high, int) else 0


def _single_threaded() -> bool:
    if threading.active_count() != 1:
        return False
    try:
        return len(os.listdir("/proc/self/task")) == 1  # threads Python did not start (Qt's)
    except OSError:
        return False


_SHOWN = 20  # ids named in one message; more are "…"


def _ids(ids: list[int]) -> str:
    shown = ", ".join(str(i) for i in ids[:_SHOWN])
    return shown + (" …" if len(ids) > _SHOWN else "")


def _unlisted(conn: sqlite3.Connection, table: str, upto: int | None,
              sealed: int) -> tuple[list[int], list[int]]:
    """Rows of ``table`` with no seal, the first few of each kind: (among the sealed ones:
    slipped in; newer: not sealed yet). ``sealed``: how many of its sealed rows are still there."""
    inside: list[int] = []
    if upto is not None:
        # counting first: naming the rows takes a lookup per row, needed only when they differ
        rows = conn.execute(f"SELECT count(*) FROM {table} WHERE id <= ?", [upto]).fetchone()[0]
        if rows != sealed:
            inside = [r[0] for r in conn.execute(
                f"""SELECT id FROM {table} t WHERE id <= ? AND NOT EXISTS (
                      SELECT 1 FROM {LEDGER} WHERE tbl = ? AND row_id = t.id) ORDER BY id LIMIT ?""",
                [upto, table, _SHOWN + 1])]
    where, params = _after(upto)
    newer = [r[0] for r in conn.execute(
        f"SELECT id FROM {table} {where} ORDER BY id LIMIT ?", [*params, _SHOWN + 1])]
    return inside, newer


def not_sealed_yet(conn: sqlite3.Connection) -> list[PlannerError]:
    """``HistoryUnsealed`` for each table with rows newer than its last seal (written by
    another program since the app last saved the file), naming the first few: a few index
    lookups, cheap enough for every opening. Nothing for a file whose ledger cannot be read
    (the check says why)."""
    found: list[PlannerError] = []
    try:
        for table, (newest, upto) in zip(CHAINED, _state(conn), strict=False):
            if newest is None or (upto is not None and newest <= upto):
                continue
            where, params = _after(upto)
            ids = [r[0] for r in conn.execute(f"SELECT id FROM {table} {where} ORDER BY id LIMIT ?",
                                              [*params, _SHOWN + 1])]
            found.append(HistoryUnsealed(UNSEALED, what=_NOUNS[table], ids=_ids(ids)))
    except (sqlite3.Error, TypeError):  # no ledger, or ids that are not numbers: the check names it
        return []
    return found


def verify(conn: sqlite3.Connection, spare: sqlite3.Connection | None = None,
           rows: Elsewhere | None = None) -> list[PlannerError]:
    """Recompute every seal: ``HistoryAltered`` errors for forgery (first the first broken
    seal), then ``HistoryUnsealed`` ones for rows newer than the last seal. ``spare``: a
    second connection to the same file, to check in two threads; ``rows``: the rows' check
    already under way in another process (``rows_elsewhere``; closed here)."""
    try:
        return _verify(conn, spare, rows)
    except sqlite3.OperationalError as e:  # the ledger or a table dropped or renamed
        return [HistoryAltered(UNCHECKABLE, reason=str(e))]
    finally:
        if rows is not None:
            rows.close()


def _verify(conn: sqlite3.Connection, spare: sqlite3.Connection | None,
            rows: Elsewhere | None) -> list[PlannerError]:
    found = _sealed_history(conn, spare, rows)
    altered = found.errors()
    unsealed: list[PlannerError] = []
    counts = dict(conn.execute(f"SELECT tbl, count(*) FROM {LEDGER} GROUP BY tbl").fetchall())
    for table, (_newest, upto) in zip(CHAINED, _state(conn), strict=False):
        inside, newer = _unlisted(conn, table, upto, counts.get(table, 0) - found.removed[table])
        if inside:
            altered.append(HistoryAltered(ADDED, what=_NOUNS[table], ids=_ids(inside)))
        if newer:
            unsealed.append(HistoryUnsealed(UNSEALED, what=_NOUNS[table], ids=_ids(newer)))
    return altered + unsealed


REWRITTEN: Final = QT_TRANSLATE_NOOP(
    "errors", "The history was rewritten: seal {seq} is not the one this computer saw on {day}, so every seal "
              "after a changed row was computed again.")


def head(conn: sqlite3.Connection) -> tuple[int, str] | None:
    """The last seal's number and link (hex); None for an empty or unreadable ledger."""
    try:
        row = conn.execute(f"SELECT seq, link FROM {LEDGER} ORDER BY seq DESC LIMIT 1").fetchone()
    except sqlite3.Error:
        return None
    return (row[0], row[1].hex()) if row and type(row[0]) is int and isinstance(row[1], bytes) else None


def relinked(conn: sqlite3.Connection, seq: int, link: str) -> bool:
    """Is seal ``seq`` there with another link than ``link`` (hex)? A sealed history only
    grows, so a seal seen once keeps its link for ever; only a chain recomputed after a
    change changes it. A ledger that ends before ``seq`` (an older copy) is not judged."""
    try:
        row = conn.execute(f"SELECT link FROM {LEDGER} WHERE seq = ?", [seq]).fetchone()
    except (sqlite3.Error, OverflowError):
        return False
    return row is not None and (not isinstance(row[0], bytes) or row[0].hex() != link)


def fingerprint(conn: sqlite3.Connection) -> str:
    """The chain's head as 12 hex digits, ``3F2A-91C0-7B4E``: the same for the same sealed
    history, another after any change to it (an empty ledger has ``GENESIS``'s). Raises
    ``HistoryAltered`` when the file has no ledger to read."""
    try:
        head = conn.execute(f"SELECT link FROM {LEDGER} ORDER BY seq DESC LIMIT 1").fetchone()
    except sqlite3.OperationalError as e:
        raise HistoryAltered(UNCHECKABLE, reason=str(e)) from None
    link = head[0] if head and isinstance(head[0], bytes) else GENESIS
    digits = link.hex().upper()[:12]
    return "-".join(digits[i:i + 4] for i in range(0, 12, 4))
