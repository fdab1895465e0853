"""Snapshot files of a planner file, written and restored through SQLite's backup API.

A snapshot is a complete planner file, named for when it was taken (UTC) and why:
``20261202T041100123456Z-daily.planner``. Beside it, ``….planner.json`` keeps what a list
shows without opening it (deal count, the history's fingerprint, schema version). Nothing is
ever half-written under a snapshot's name: the copy goes to a hidden ``.….partial`` name, is
flushed to disk, then renamed; a leftover partial (the app was killed) is never listed and is
removed the next time the folder is written.

The policy (when to take one, how many to keep) is ``planner.snapshots``'s; this module only
reads and writes files, as the store is the only code that touches SQLite.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import sqlite3
import urllib.parse
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from planner.domain import json_input
from planner.domain.errors import QT_TRANSLATE_NOOP, WriteFailed, os_reason
from planner.store import database

log = logging.getLogger("planner.snapshots")

SUFFIX = ".planner"  # a snapshot is a planner file: File > Open shows it as it was
META = ".json"
PARTIAL = ".partial"
STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^(\d{8}T\d{12}Z)-([a-z-]+)\.planner$")


class Kind(StrEnum):
    """Why a snapshot was taken."""

    DAILY = "daily"
    WEEKLY = "weekly"
    BEFORE_UPGRADE = "before-upgrade"
    BEFORE_IMPORT = "before-import"
    BEFORE_RESTORE = "before-restore"


KINDS = frozenset(k.value for k in Kind)


@dataclass(frozen=True)
class SnapshotFile:
    path: Path
    taken_at: datetime  # aware, UTC
    kind: Kind
    deals: int | None = None  # None: unknown (the snapshot could not be read)
    fingerprint: str | None = None  # None: no hash chain in this version or this file
    schema_version: int | None = None


def root() -> Path:
    """Where every planner file's snapshot folder is: ``snapshots`` in the app-data folder."""
    from planner.paths import data_dir  # here: it may load Qt, which the store does not need

    return data_dir() / "snapshots"


def is_snapshot(planner_file: Path) -> bool:
    """Is this file itself a snapshot (opened to look at it)? Snapshots take no snapshots."""
    return root().resolve() in Path(planner_file).resolve().parents


def folder_for(planner_file: Path, base: Path | None = None) -> Path:
    """The folder of one planner file's snapshots: a readable name plus a hash of the resolved
    path, so that two files called ``deals.planner`` in different folders never mix."""
    if base is None:
        base = root()
    resolved = os.path.normcase(str(Path(planner_file).resolve()))
    digest = hashlib.sha256(resolved.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    # letters of any script stay readable; anything a file system may refuse becomes "_"
    readable = re.sub(r"[^\w.-]+", "_", Path(planner_file).stem).strip("._")[:40] or "planner"
    return base / f"{readable}-{digest}"


def _fsync(path: Path) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


def _fsync_folder(folder: Path) -> None:
    # a rename is durable once the folder is synced; Windows cannot open a folder for this
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def _write_failed(target: Path, error: BaseException) -> WriteFailed:
    reason = os_reason(error) if isinstance(error, OSError) else str(error)
    return WriteFailed(QT_TRANSLATE_NOOP("errors", "Cannot write the snapshot {path}: {reason}"),
                       path=str(target), reason=reason)


def _fingerprint(conn: sqlite3.Connection) -> str | None:
    """The hash chain's fingerprint, where this version of the app has a chain."""
    try:
        from planner.store import chain
    except ImportError:
        return None
    try:
        return str(chain.fingerprint(conn))
    except Exception:  # an older file without the chain: the snapshot still counts
        log.warning("no fingerprint for a snapshot", exc_info=True)
        return None


def _describe(conn: sqlite3.Connection) -> dict[str, object]:
    deals: int | None
    try:
        deals = int(conn.execute("SELECT count(*) FROM deals").fetchone()[0])
    except sqlite3.Error:
        deals = None
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    return {"deals": deals, "fingerprint": _fingerprint(conn), "schema_version": version}


def clean(folder: Path) -> None:
    """Remove what an interrupted write left: partial copies, their journals, stray metadata."""
    if not folder.is_dir():
        return
    for entry in folder.iterdir():
        name = entry.name
        if (name.startswith(".") and PARTIAL in name) or (
                name.endswith(SUFFIX + META) and not entry.with_name(name.removesuffix(META)).exists()):
            _remove(entry)


def _unique_name(folder: Path, kind: Kind, taken_at: datetime) -> str:
    stamp = taken_at.astimezone(UTC)
    while True:
        name = f"{stamp.strftime(STAMP)}-{kind.value}{SUFFIX}"
        if not (folder / name).exists():
            return name
        stamp = stamp.replace(microsecond=(stamp.microsecond + 1) % 1_000_000)


def _copy_into(conn: sqlite3.Connection, partial: Path) -> dict[str, object]:
    """The pages of ``conn``'s file into ``partial``; returns what the list will show."""
    dest = sqlite3.connect(partial, isolation_level=None)
    try:
        # no journal and no syncs of its own: a failed copy is deleted whole, and the
        # finished one is flushed once, before it gets a snapshot's name
        dest.execute("PRAGMA journal_mode = OFF")
        dest.execute("PRAGMA synchronous = OFF")
        conn.backup(dest)
        # a self-contained file: no -wal beside it, readable by a read-only connection
        dest.execute("PRAGMA journal_mode = DELETE")
        return _describe(dest)
    finally:
        dest.close()


def write(conn: sqlite3.Connection, folder: Path, kind: Kind, taken_at: datetime) -> SnapshotFile:
    """A snapshot of the file open on ``conn``, which may be the app's own connection (call it
    outside a transaction). Raises WriteFailed, leaving nothing under a snapshot's name."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        clean(folder)
    except OSError as e:
        raise _write_failed(folder, e) from None
    name = _unique_name(folder, kind, taken_at)
    target, meta = folder / name, folder / (name + META)
    partial, meta_partial = folder / f".{name}{PARTIAL}", folder / f".{name}{META}{PARTIAL}"
    try:
        facts = _copy_into(conn, partial)
        _fsync(partial)
        facts |= {"kind": kind.value, "taken_at": taken_at.astimezone(UTC).isoformat()}
        # the metadata first: a listed snapshot has it (and one without is read instead)
        meta_partial.write_text(json.dumps(facts, ensure_ascii=False), encoding="utf-8")
        _fsync(meta_partial)
        meta_partial.replace(meta)
        partial.replace(target)
        _fsync_folder(folder)
    except (OSError, sqlite3.Error) as e:
        for leftover in (partial, meta_partial):
            _remove(leftover)
        if not target.exists():
            _remove(meta)
        raise _write_failed(target, e) from None
    log.info("snapshot %s written (%s deals)", target, facts["deals"])
    return _from_meta(target, kind, facts)


def write_from_file(planner_file: Path, folder: Path, kind: Kind, taken_at: datetime) -> SnapshotFile:
    """``write`` through a connection of its own (``mode=ro``, honouring the app's locks and
    WAL), so that it can run in another thread than the app's connection. SQLite's own
    connection, never a plain ``open()``: closing any other descriptor of the live file would
    drop this process's locks on it."""
    uri = "file:" + urllib.parse.quote(str(Path(planner_file).resolve())) + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    except sqlite3.Error as e:
        raise _write_failed(folder, e) from None
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        return write(conn, folder, kind, taken_at)
    finally:
        conn.close()


def _from_meta(path: Path, kind: Kind, facts: dict[str, object]) -> SnapshotFile:
    taken_at = datetime.strptime(_NAME.match(path.name).group(1), STAMP).replace(tzinfo=UTC)  # type: ignore[union-attr]  # only names _NAME matches are listed
    deals, fingerprint, version = facts.get("deals"), facts.get("fingerprint"), facts.get("schema_version")
    return SnapshotFile(path, taken_at, kind,
                        deals if isinstance(deals, int) else None,
                        fingerprint if isinstance(fingerprint, str) and fingerprint else None,
                        version if isinstance(version, int) else None)


def _read_only(path: Path) -> sqlite3.Connection:
    # immutable: a snapshot never changes, and reading it must create nothing beside it
    uri = "file:" + urllib.parse.quote(str(path.resolve())) + "?mode=ro&immutable=1"
    return sqlite3.connect(uri, uri=True)


def _facts(path: Path) -> dict[str, object]:
    """What the list shows: from the metadata, or read from the snapshot itself."""
    try:
        facts = json_input.loads(path.with_name(path.name + META).read_text(encoding="utf-8"))
        if isinstance(facts, dict):
            return facts
    except (OSError, ValueError):
        pass
    try:
        conn = _read_only(path)
        try:
            return _describe(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        return {}


def listing(folder: Path) -> list[SnapshotFile]:
    """The snapshots in ``folder``, newest first; anything else there is ignored."""
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match is None or match.group(2) not in KINDS or not entry.is_file():
            continue
        try:
            found.append(_from_meta(entry, Kind(match.group(2)), _facts(entry)))
        except ValueError:  # a name that looks right but is no date
            continue
    return sorted(found, key=lambda s: s.taken_at, reverse=True)


def remove(snapshot: SnapshotFile) -> None:
    """Delete a snapshot and its metadata (the snapshot first: stray metadata is cleaned)."""
    snapshot.path.unlink(missing_ok=True)
    _remove(snapshot.path.with_name(snapshot.path.name + META))


def check_restorable(path: Path) -> None:
    """Refuse a snapshot that is damaged, not a planner file or newer than this app: the
    same verdicts, in the same words, as opening it would give."""
    database._check_header(path)
    readonly = database._open_readonly(path)
    database._judge(path, readonly, database._quick_check(readonly))


def restore_into(conn: sqlite3.Connection, snapshot: Path) -> None:
    """Replace the content of the file open on ``conn`` with ``snapshot``.

    Through the backup API into the live connection: SQLite writes the pages in one write
    transaction of that connection, in its WAL, and commits only once every page is copied,
    so a failure (or a kill) leaves the file as it was. Replacing the file by a rename
    instead would pull it from under the open connection and its -wal. The caller reopens
    the file afterwards: everything read from it before is stale.
    """
    try:
        source = _read_only(snapshot)
        try:
            _copy(source, conn)
        finally:
            source.close()
    except sqlite3.Error as e:
        raise WriteFailed(QT_TRANSLATE_NOOP("errors", "Cannot restore the snapshot {path}: {reason}"),
                          path=str(snapshot), reason=str(e)) from None
    # the restored pages are committed in the WAL; fold them into the file itself when possible
    with contextlib.suppress(sqlite3.Error):
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    log.info("restored %s", snapshot)


def _copy(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
    """All pages at once (one step): a separate function so tests can interrupt it."""
    source.backup(target)


def before_upgrade(conn: sqlite3.Connection, path: Path) -> SnapshotFile | None:
    """The snapshot a migration takes first, so the File > Restore list offers the file as it
    was. It complements ``NAME.vN.bak`` (which stays the guarantee the upgrade depends on):
    if the app-data folder cannot be written, the upgrade goes on and the failure is logged."""
    try:
        return write(conn, folder_for(path), Kind.BEFORE_UPGRADE, datetime.now(UTC))
    except WriteFailed:
        log.warning("no snapshot before upgrading %s", path, exc_info=True)
        return None
