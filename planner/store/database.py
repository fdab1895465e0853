"""Opening, creating, migrating and backing up planner files."""

from __future__ import annotations

import sqlite3
import urllib.parse
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from planner.domain.errors import QT_TRANSLATE_NOOP, FileRefused, WriteFailed, os_reason
from planner.store.schema import TABLES
from planner.store.triggers import all_triggers, required_work_triggers

APPLICATION_ID = 0x44504C4E  # "DPLN": `file` and we can tell a planner file from others
SQLITE_MAGIC = b"SQLite format 3\x00"

MIGRATIONS = Migrations("deal_planner")


@MIGRATIONS(name="0001_initial")
def _initial(db: Database) -> None:
    for statement in TABLES + all_triggers():
        db.execute(statement)


@MIGRATIONS(name="0002_settings")
def _settings(db: Database) -> None:
    db.execute(
        "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL DEFAULT '')"
    )


@MIGRATIONS(name="0003_required_work_stays")
def _required_work_stays(db: Database) -> None:
    for statement in required_work_triggers():
        db.execute(statement)


MIGRATION_NAMES = [m.name for m in MIGRATIONS.pending(Database(memory=True))]
SCHEMA_VERSION = len(MIGRATION_NAMES)


def _refuse(source: str, path: Path, **params: object) -> FileRefused:
    return FileRefused(source, path=str(path), **params)


def _check_header(path: Path) -> int:
    """Refuse anything that is not a planner file; return its schema version."""
    try:
        with path.open("rb") as f:
            header = f.read(100)
    except IsADirectoryError:
        raise _refuse(QT_TRANSLATE_NOOP("errors", "{path} is a folder, not a planner file."), path) from None
    except OSError as e:
        raise _refuse(
            QT_TRANSLATE_NOOP("errors", "Cannot read {path}: {reason}"), path, reason=os_reason(e)
        ) from None
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise _refuse(QT_TRANSLATE_NOOP("errors", "{path} is not a Deal Planner file."), path)
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "errors", "{path} is a database of another application, not a Deal Planner file."
            ),
            path,
        )
    version = int.from_bytes(header[60:64], "big")
    if version > SCHEMA_VERSION:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "errors", "{path} was written by a newer version of Deal Planner. Please update the app."
            ),
            path,
        )
    return version


def _check_readonly(path: Path) -> None:
    """Integrity and version checks on a read-only connection: a refused file stays untouched."""
    # immutable: no -wal/-shm is created next to a file we may refuse
    uri = "file:" + urllib.parse.quote(str(path.resolve())) + "?mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
            has_log = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE name = ?", [Migrations.migrations_table]
            ).fetchone()
            applied = (
                [r[0] for r in conn.execute(
                    f"SELECT name FROM {Migrations.migrations_table} WHERE migration_set = ?",
                    [MIGRATIONS.name],
                )]
                if has_log
                else []
            )
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        result, applied = "damaged", []
    if result != "ok":
        raise _refuse(QT_TRANSLATE_NOOP("errors", "{path} is damaged and cannot be opened."), path)
    if set(applied) - set(MIGRATION_NAMES):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "errors", "{path} was written by a newer version of Deal Planner. Please update the app."
            ),
            path,
        )


def connect(path: Path) -> Database:
    """A connection with the settings every planner connection needs."""
    db = Database(path)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA busy_timeout = 5000")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    return db


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


def backup(db: Database, target: Path) -> None:
    """Copy through SQLite's backup API (a file copy would miss the WAL)."""
    tmp = target.with_name(f".{target.name}.partial")
    try:
        dest = sqlite3.connect(tmp)
        try:
            db.conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        tmp.replace(target)
    except (OSError, sqlite3.Error) as e:
        _remove(tmp)
        reason = os_reason(e) if isinstance(e, OSError) else str(e)
        raise WriteFailed(
            QT_TRANSLATE_NOOP("errors", "Cannot write {path}: {reason}"), path=str(target), reason=reason
        ) from None


def _migrate(db: Database, path: Path, version: int) -> None:
    if not MIGRATIONS.pending(db):
        return
    if version > 0:
        backup(db, path.with_name(f"{path.name}.v{version}.bak"))
    MIGRATIONS.apply(db)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    # the header is what identifies the file: get it out of the WAL and into the file now
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def create(path: Path) -> Database:
    """Make a new, empty planner file; nothing is left behind if that fails."""
    if path.exists():
        raise _refuse(QT_TRANSLATE_NOOP("errors", "{path} already exists."), path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = connect(path)
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        _migrate(db, path, 0)
        return db
    except (OSError, sqlite3.Error) as e:
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            _remove(leftover)
        reason = os_reason(e) if isinstance(e, OSError) else str(e)
        raise WriteFailed(
            QT_TRANSLATE_NOOP("errors", "Cannot write {path}: {reason}"), path=str(path), reason=reason
        ) from None


def open_existing(path: Path) -> Database:
    version = _check_header(path)
    _check_readonly(path)
    try:
        db = connect(path)
        _migrate(db, path, version)
    except sqlite3.OperationalError as e:
        raise _refuse(
            QT_TRANSLATE_NOOP("errors", "Cannot open {path}: {reason}"), path, reason=str(e)
        ) from None
    return db


def open_file(path: Path, create_missing: bool = False) -> Database:
    """Open a planner file; a missing one is created only when asked."""
    path = Path(path)
    if not path.exists():
        if create_missing:
            return create(path)
        raise _refuse(QT_TRANSLATE_NOOP("errors", "{path} does not exist."), path)
    return open_existing(path)
