"""Bringing a file of an older version up to this one: which migrations it has, whether it
may be upgraded, the backup first, then sqlite-utils' ``Migrations`` runner.

sqlite-utils, with its plugins, click and dateutil, costs about 55 ms, a third of the
app's start-up: it is imported only when a file is created or has migrations pending.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from planner.domain.errors import QT_TRANSLATE_NOOP, FileRefused, WriteFailed, os_reason
from planner.store import tables
from planner.store.errors import reason as sqlite_reason
from planner.store.file_checks import APPLICATION_ID, refuse
from planner.store.migration_steps import (
    MIGRATION_NAMES,
    MIGRATION_SET,
    MIGRATIONS_TABLE,
    SCHEMA_VERSION,
    STRICT_MIGRATION,
    migrations,
)

if TYPE_CHECKING:
    from sqlite_utils import Database


def utils_view(conn: sqlite3.Connection) -> Database:
    """sqlite-utils' Database over an open connection (imports sqlite-utils)."""
    from sqlite_utils import Database

    # no plugins: third-party code has no business in a planner file's connection
    return Database(conn, execute_plugins=False)


def cannot_upgrade(path: Path, found: tuple[str, int, str]) -> FileRefused:
    table, row, column = found
    return refuse(QT_TRANSLATE_NOOP(
        "errors", "{path} cannot be upgraded: in table {table}, row {row}, column {column} "
                  "holds a value this version does not accept. Correct it with the version "
                  "that wrote the file or an SQLite tool, then open it again."),
        path, table=table, row=row, column=column)


def backup(conn: sqlite3.Connection, target: Path) -> None:
    """Copy through SQLite's backup API (a file copy would miss the WAL)."""
    tmp = target.with_name(f".{target.name}.partial")
    try:
        dest = sqlite3.connect(tmp)
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        tmp.replace(target)
    except (OSError, sqlite3.Error) as e:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        reason = os_reason(e) if isinstance(e, OSError) else sqlite_reason(e)
        raise WriteFailed(
            QT_TRANSLATE_NOOP("errors", "Cannot write {path}: {reason}"), path=str(target), reason=reason
        ) from None


def applied_migrations(conn: sqlite3.Connection) -> list[str]:
    """The names of the migrations the file has (none for a new or a foreign file)."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [MIGRATIONS_TABLE]).fetchone():
        return []
    return [r[0] for r in conn.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ?", [MIGRATION_SET])]


def refuse_if_changed_before_upgrade(conn: sqlite3.Connection, path: Path) -> None:
    """An older file whose tables or rules are not those its own version wrote is not upgraded:
    the upgrade rebuilds them, which would hide the change (and seal forged history)."""
    applied = applied_migrations(conn)
    if not applied:
        return  # a new file being made
    from planner.store import tamper

    if tamper.differences(conn, applied):
        raise refuse(QT_TRANSLATE_NOOP(
            "errors", "{path} was changed outside Deal Planner: its tables or rules are not the ones "
                      "its version wrote, so this version does not upgrade it."), path)


def migrate(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Apply what is pending, after the checks and a backup of ``version``; a current file is left alone."""
    if not set(MIGRATION_NAMES) - set(applied_migrations(conn)):
        return  # current: sqlite-utils stays unloaded
    refuse_if_changed_before_upgrade(conn, path)
    if STRICT_MIGRATION not in applied_migrations(conn):
        # again through the WAL, which the check before opening could not read
        found = tables.problems(conn)
        if found is not None:
            raise cannot_upgrade(path, found)
    if version > 0:
        backup(conn, path.with_name(f"{path.name}.v{version}.bak"))
        # and in File > Restore's list; the .bak above stays the upgrade's guarantee
        from planner.store import snapshot_files

        snapshot_files.before_upgrade(conn, path)
    migrations().apply(utils_view(conn))
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    # the header is what identifies the file: get it out of the WAL and into the file now
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
