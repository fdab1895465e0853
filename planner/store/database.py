"""Opening, creating, migrating and backing up planner files.

Day-to-day work on a current file needs only the standard library's ``sqlite3``.
sqlite-utils, whose ``Migrations`` runner is the one migration runner, is imported
only when a file is created or has migrations pending: with its plugins, click and
dateutil it costs about 55 ms, a third of the app's start-up.
"""

from __future__ import annotations

import itertools
import os
import sqlite3
import stat
import threading
import urllib.parse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from planner.domain.errors import QT_TRANSLATE_NOOP, FileRefused, WriteFailed, os_reason
from planner.store import tables

# the file's versions, importable from here as before (tamper runs ``database._STEPS``)
from planner.store.migration_steps import (
    _STEPS,  # noqa: F401
    MIGRATION_NAMES,
    MIGRATION_SET,
    MIGRATIONS_TABLE,
    SCHEMA_VERSION,
    STRICT_MIGRATION,
    migrations,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

APPLICATION_ID = 0x44504C4E  # "DPLN": `file` and we can tell a planner file from others
SQLITE_MAGIC = b"SQLite format 3\x00"


def __getattr__(name: str) -> object:
    # `database.MIGRATIONS` as before, without importing sqlite-utils with this module
    if name == "MIGRATIONS":
        return migrations()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def utils_view(conn: sqlite3.Connection) -> Database:
    """sqlite-utils' Database over an open connection (imports sqlite-utils)."""
    from sqlite_utils import Database

    # no plugins: third-party code has no business in a planner file's connection
    return Database(conn, execute_plugins=False)


_savepoints = itertools.count()


def seal(conn: sqlite3.Connection) -> None:
    """Extend the hash chain over what this transaction wrote, right before it commits."""
    from planner.store import chain  # not at start-up: only the first write needs it

    chain.seal(conn)


@contextmanager
def atomic(conn: sqlite3.Connection,
           before_commit: Callable[[sqlite3.Connection], None] | None = None) -> Iterator[None]:
    """A transaction, as sqlite-utils' ``Database.atomic``: BEGIN/COMMIT, a SAVEPOINT when
    nested; any exception rolls back (what it did only, when nested) and propagates.
    ``before_commit`` runs inside the outermost transaction, right before COMMIT (``seal``)."""
    if conn.in_transaction:
        name = f"planner_{next(_savepoints)}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            # a RAISE(ROLLBACK) or a full disk can end the whole transaction, savepoint and
            # all: then there is nothing to undo, and the original error must come through
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        conn.execute(f"RELEASE SAVEPOINT {name}")
        return
    conn.execute("BEGIN")
    try:
        yield
        if before_commit is not None:
            before_commit(conn)
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _refuse(source: str, path: Path, **params: object) -> FileRefused:
    return FileRefused(source, path=str(path), **params)


def _newer(path: Path) -> FileRefused:
    return _refuse(
        QT_TRANSLATE_NOOP(
            "errors", "{path} was written by a newer version of Deal Planner. Please update the app."
        ),
        path,
    )


def _kind_refused(path: Path, mode: int) -> FileRefused | None:
    if stat.S_ISDIR(mode):
        return _refuse(QT_TRANSLATE_NOOP("errors", "{path} is a folder, not a planner file."), path)
    if not stat.S_ISREG(mode):
        return _refuse(QT_TRANSLATE_NOOP(
            "errors", "{path} is not a regular file (it is a pipe, a device or a socket), "
                      "so it cannot be a planner file."), path)
    return None


def _read_header(path: Path) -> bytes:
    """The first 100 bytes of a regular file, without ever blocking.

    A FIFO would block ``open`` until a writer appears, a device could block a read: the
    kind of file is looked at before opening, and again on the opened descriptor (the
    path may have changed in between), which is opened non-blocking.
    """
    refused = _kind_refused(path, os.stat(path).st_mode)
    if refused:
        raise refused
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        refused = _kind_refused(path, os.fstat(fd).st_mode)
        if refused:
            raise refused
        return os.read(fd, 100)
    finally:
        os.close(fd)


def _check_header(path: Path) -> int:
    """Refuse anything that is not a planner file; return its schema version."""
    try:
        header = _read_header(path)
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
        raise _newer(path)
    return version


def _open_readonly(path: Path) -> sqlite3.Connection | None:
    """A connection that cannot change the file: a refused file stays byte-for-byte untouched."""
    # immutable: no -wal/-shm is created next to a file we may refuse; check_same_thread off:
    # begin_open_existing hands it to the thread that runs the quick check
    uri = "file:" + urllib.parse.quote(str(path.resolve())) + "?mode=ro&immutable=1"
    try:
        return sqlite3.connect(uri, uri=True, check_same_thread=False)
    except sqlite3.DatabaseError:
        return None


def _quick_check(conn: sqlite3.Connection | None) -> str:
    """SQLite's quick check: "ok", or what is wrong (it reads the whole file)."""
    if conn is None:
        return "damaged"
    try:
        return str(conn.execute("PRAGMA quick_check").fetchone()[0])
    except sqlite3.DatabaseError:
        return "damaged"


def _cannot_upgrade(path: Path, found: tuple[str, int, str]) -> FileRefused:
    table, row, column = found
    return _refuse(QT_TRANSLATE_NOOP(
        "errors", "{path} cannot be upgraded: in table {table}, row {row}, column {column} "
                  "holds a value this version does not accept. Correct it with the version "
                  "that wrote the file or an SQLite tool, then open it again."),
        path, table=table, row=row, column=column)


def _judge(path: Path, conn: sqlite3.Connection | None, result: str) -> None:
    """Refuse a damaged file, or one with migrations of a newer version; close ``conn``."""
    applied: list[str] = []
    refused: tuple[str, int, str] | None = None
    changed: FileRefused | None = None
    try:
        if result == "ok" and conn is not None:
            applied = applied_migrations(conn)
            if STRICT_MIGRATION not in applied and not set(applied) - set(MIGRATION_NAMES):
                refused = tables.problems(conn)
            if applied and set(MIGRATION_NAMES) - set(applied) and not set(applied) - set(MIGRATION_NAMES):
                try:  # an older file: before anything is written, as for a refused row
                    refuse_if_changed_before_upgrade(conn, path)
                except FileRefused as e:
                    changed = e
    except sqlite3.DatabaseError:
        result = "damaged"
    finally:
        if conn is not None:
            conn.close()
    if result != "ok":
        raise _refuse(QT_TRANSLATE_NOOP("errors", "{path} is damaged and cannot be opened."), path)
    if set(applied) - set(MIGRATION_NAMES):
        raise _newer(path)
    if refused is not None:
        # refused before anything is written: the file stays byte-for-byte as it was
        raise _cannot_upgrade(path, refused)
    if changed is not None:
        raise changed


def connect(path: Path) -> sqlite3.Connection:
    """A connection with the settings every planner connection needs."""
    # isolation_level=None: no implicit transactions; a statement outside atomic() commits
    # on its own, as sqlite-utils' execute() did
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
    except BaseException:
        conn.close()
        raise
    return conn


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


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
        _remove(tmp)
        reason = os_reason(e) if isinstance(e, OSError) else str(e)
        raise WriteFailed(
            QT_TRANSLATE_NOOP("errors", "Cannot write {path}: {reason}"), path=str(target), reason=reason
        ) from None


def applied_migrations(conn: sqlite3.Connection) -> list[str]:
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
        raise _refuse(QT_TRANSLATE_NOOP(
            "errors", "{path} was changed outside Deal Planner: its tables or rules are not the ones "
                      "its version wrote, so this version does not upgrade it."), path)


def _migrate(conn: sqlite3.Connection, path: Path, version: int) -> None:
    if not set(MIGRATION_NAMES) - set(applied_migrations(conn)):
        return  # current: sqlite-utils stays unloaded
    refuse_if_changed_before_upgrade(conn, path)
    if STRICT_MIGRATION not in applied_migrations(conn):
        # again through the WAL, which the check before opening could not read
        found = tables.problems(conn)
        if found is not None:
            raise _cannot_upgrade(path, found)
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


def create(path: Path) -> sqlite3.Connection:
    """Make a new, empty planner file; nothing is left behind if that fails."""
    if path.exists():
        raise _refuse(QT_TRANSLATE_NOOP("errors", "{path} already exists."), path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = connect(path)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        _migrate(conn, path, 0)
        return conn
    except (OSError, sqlite3.Error) as e:
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            _remove(leftover)
        reason = os_reason(e) if isinstance(e, OSError) else str(e)
        raise WriteFailed(
            QT_TRANSLATE_NOOP("errors", "Cannot write {path}: {reason}"), path=str(path), reason=reason
        ) from None


def _connect_checked(path: Path, version: int) -> sqlite3.Connection:
    """The read-write connection, once the file has passed its checks."""
    try:
        conn = connect(path)
    except sqlite3.OperationalError as e:
        raise _refuse(
            QT_TRANSLATE_NOOP("errors", "Cannot open {path}: {reason}"), path, reason=str(e)
        ) from None
    try:
        _migrate(conn, path, version)
    except sqlite3.OperationalError as e:
        conn.close()
        raise _refuse(
            QT_TRANSLATE_NOOP("errors", "Cannot open {path}: {reason}"), path, reason=str(e)
        ) from None
    except BaseException:
        conn.close()
        raise
    return conn


def open_existing(path: Path) -> sqlite3.Connection:
    version = _check_header(path)
    readonly = _open_readonly(path)
    _judge(path, readonly, _quick_check(readonly))
    return _connect_checked(path, version)


def begin_open_existing(path: Path) -> Callable[[], sqlite3.Connection]:
    """``open_existing`` in two steps, so that the integrity check overlaps other work.

    The header is checked at once (a file that is not a planner file, or is newer, is
    refused here). The quick check reads the whole file, about 45 ms for 10,000 deals;
    it runs in a thread, in which SQLite releases the GIL. The returned function waits
    for its verdict, refuses a damaged file exactly as ``open_existing`` does, and only
    then opens the read-write connection: nothing reads the data before the verdict.
    """
    version = _check_header(path)
    # connected here: in the thread, connecting would first wait for the GIL (~6 ms)
    readonly = _open_readonly(path)
    outcome: list[str | BaseException] = []

    def check() -> None:
        try:
            outcome.append(_quick_check(readonly))
        except BaseException as e:  # noqa: BLE001 - handed to the waiting thread
            outcome.append(e)

    worker = threading.Thread(target=check, name="planner-file-check", daemon=True)
    worker.start()

    def finish() -> sqlite3.Connection:
        worker.join()
        result = outcome[0]
        if isinstance(result, BaseException):
            if readonly is not None:
                readonly.close()
            raise result
        _judge(path, readonly, result)
        return _connect_checked(path, version)

    return finish


def _missing(path: Path, create_missing: bool) -> sqlite3.Connection:
    if create_missing:
        return create(path)
    raise _refuse(QT_TRANSLATE_NOOP("errors", "{path} does not exist."), path)


def open_file(path: Path, create_missing: bool = False) -> sqlite3.Connection:
    """Open a planner file; a missing one is created only when asked."""
    path = Path(path)
    if not path.exists():
        return _missing(path, create_missing)
    return open_existing(path)


def begin_open(path: Path, create_missing: bool = False) -> Callable[[], sqlite3.Connection]:
    """``open_file`` in two steps (see ``begin_open_existing``); creating is done at once."""
    path = Path(path)
    if not path.exists():
        conn = _missing(path, create_missing)
        return lambda: conn
    return begin_open_existing(path)
