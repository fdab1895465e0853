"""Opening a planner file only to read it (``Planner.open(path, read_only=True)``).

The file is checked as for any opening, then read through ``mode=ro`` (not
``immutable``): it sees the WAL of an app that has the file open and honours its locks.
Nothing is written to the file or its WAL; SQLite may create the empty WAL and index
(-shm) through which it shares those locks. A file with migrations pending is copied
into memory with the backup API and the copy is upgraded: the file keeps its version.
"""

from __future__ import annotations

import sqlite3
import urllib.parse
from pathlib import Path

from planner.domain.errors import QT_TRANSLATE_NOOP, FileRefused
from planner.store import database
from planner.store.migration_steps import MIGRATION_NAMES, SCHEMA_VERSION, migrations


def _read_only_uri(path: Path, immutable: bool = False) -> str:
    return ("file:" + urllib.parse.quote(str(path.resolve())) + "?mode=ro"
            + ("&immutable=1" if immutable else ""))


def _connect_read_only(path: Path, any_thread: bool = False) -> sqlite3.Connection:
    """A connection that reads the file as a running app sees it (its WAL, its locks)."""
    try:
        conn = sqlite3.connect(_read_only_uri(path), uri=True, isolation_level=None,
                               check_same_thread=not any_thread)
        try:
            conn.execute("PRAGMA busy_timeout = 5000")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except BaseException:
            conn.close()
            raise
    except sqlite3.OperationalError as e:
        # a folder nobody may write to (a CD, a read-only share) has no WAL of a running
        # app in it, so the file can be read as it is
        if Path(f"{path}-wal").exists():
            raise database._refuse(QT_TRANSLATE_NOOP("errors", "Cannot open {path}: {reason}"), path,
                          reason=str(e)) from None
        conn = sqlite3.connect(_read_only_uri(path, immutable=True), uri=True, isolation_level=None,
                               check_same_thread=not any_thread)
    conn.execute("PRAGMA query_only = ON")
    return conn


def reader(path: Path) -> sqlite3.Connection:
    """One more connection that only reads the file, usable from any thread: work beside
    the main connection (a check runs its parts at once, SQLite leaving the GIL while it
    reads)."""
    return _connect_read_only(Path(path), any_thread=True)


def file_of(conn: sqlite3.Connection) -> Path | None:
    """The file ``conn`` reads, if other connections to it see what it sees: none for an
    in-memory copy, nor inside a transaction (its changes are its own until COMMIT)."""
    if conn.in_transaction:
        return None
    name = next((r[2] for r in conn.execute("PRAGMA database_list") if r[1] == "main"), "")
    return Path(name) if name else None


def damaged(path: Path) -> FileRefused:
    """The refusal of a file SQLite's quick check finds damaged, as opening words it."""
    return database._refuse(QT_TRANSLATE_NOOP("errors", "{path} is damaged and cannot be opened."), path)


def _migrated_copy(conn: sqlite3.Connection, path: Path) -> sqlite3.Connection:
    """An in-memory copy of an older file, upgraded; the file itself is not touched."""
    copy = sqlite3.connect(":memory:", isolation_level=None)
    try:
        conn.backup(copy)
        copy.execute("PRAGMA foreign_keys = ON")
        migrations().apply(database.utils_view(copy))
        copy.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        copy.execute("PRAGMA query_only = ON")
    except sqlite3.Error as e:
        copy.close()
        raise database._refuse(QT_TRANSLATE_NOOP("errors", "Cannot open {path}: {reason}"), path,
                      reason=str(e)) from None
    return copy


def open_read_only(path: Path, quick_check: bool = True) -> sqlite3.Connection:
    """Open a planner file only to read it: nothing is ever written to the file or its WAL.

    It is checked like any file to open; a file with migrations pending is copied into
    memory (backup API) and the copy is upgraded, so the file keeps its version.
    ``quick_check=False`` leaves SQLite's quick check of a current file to the caller, who
    runs it beside other reading and refuses a damaged file (``damaged``) before trusting
    what was read: ``deal-planner check``.
    """
    path = Path(path)
    if not path.exists():
        return database._missing(path, False)
    database._check_header(path)
    # checked through mode=ro as well: an ``immutable`` reader is blind to a running app's WAL
    # and would call a file damaged that is only being written
    try:
        checker: sqlite3.Connection | None = _connect_read_only(path)
    except sqlite3.OperationalError as e:  # busy beyond the timeout, unreadable: not damage
        raise database._refuse(QT_TRANSLATE_NOOP("errors", "Cannot open {path}: {reason}"), path,
                               reason=str(e)) from None
    except sqlite3.DatabaseError:
        checker = None
    if quick_check or checker is None:
        database._judge(path, checker, database._quick_check(checker))
    else:
        database._judge(path, checker, "ok")  # what else opening checks; a damaged file errs here or later
    conn = _connect_read_only(path)
    try:
        if not set(MIGRATION_NAMES) - set(database.applied_migrations(conn)):
            return conn
        if not quick_check and database._quick_check(conn) != "ok":  # before the copy reads it
            raise damaged(path)
        database.refuse_if_changed_before_upgrade(conn, path)  # the copy's upgrade would hide it
        copy = _migrated_copy(conn, path)
    except sqlite3.DatabaseError as e:
        conn.close()
        raise database._refuse(QT_TRANSLATE_NOOP("errors", "Cannot open {path}: {reason}"), path,
                      reason=str(e)) from None
    except BaseException:
        conn.close()
        raise
    conn.close()
    return copy
