"""Opening and creating planner files: the one way to a read-write connection.

A file is checked (``file_checks``), judged, then brought up to this version
(``upgrade``); writes go through ``transactions``. At the app's start a current file opens
while SQLite's quick check still runs, and the check's verdict decides its writes
(``background_check``); a file to migrate is checked first. This
module keeps the names the rest of the store and the tests use (``database.atomic``,
``database.MIGRATIONS``, ...).

Day-to-day work on a current file needs only the standard library's ``sqlite3``:
sqlite-utils is imported only when a file is created or has migrations pending.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from planner.domain.errors import QT_TRANSLATE_NOOP, FileRefused, WriteFailed, os_reason
from planner.store import tables
from planner.store.background_check import BackgroundCheck
from planner.store.errors import reason as sqlite_reason

# what the rest of the store and the tests import from here: the file's identity and
# checks, its versions (tamper runs ``database._STEPS``), its upgrade and transactions
from planner.store.file_checks import (
    APPLICATION_ID,
    SQLITE_MAGIC,  # noqa: F401
)
from planner.store.file_checks import check_header as _check_header
from planner.store.file_checks import newer as _newer
from planner.store.file_checks import open_readonly as _open_readonly
from planner.store.file_checks import quick_check as _quick_check  # patched by a start-up test
from planner.store.file_checks import refuse as _refuse
from planner.store.migration_steps import (
    _STEPS,  # noqa: F401
    MIGRATION_NAMES,
    MIGRATIONS_TABLE,  # noqa: F401
    SCHEMA_VERSION,
    STRICT_MIGRATION,
    migrations,
)
from planner.store.transactions import atomic, seal  # noqa: F401
from planner.store.upgrade import (
    applied_migrations,
    refuse_if_changed_before_upgrade,
    utils_view,  # noqa: F401
)
from planner.store.upgrade import cannot_upgrade as _cannot_upgrade
from planner.store.upgrade import migrate as _migrate


def __getattr__(name: str) -> object:
    # `database.MIGRATIONS` as before, without importing sqlite-utils with this module
    if name == "MIGRATIONS":
        return migrations()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
        reason = os_reason(e) if isinstance(e, OSError) else sqlite_reason(e)
        raise WriteFailed(
            QT_TRANSLATE_NOOP("errors", "Cannot write {path}: {reason}"), path=str(path), reason=reason
        ) from None


def _connect_checked(path: Path, version: int) -> sqlite3.Connection:
    """The read-write connection, once the file has passed its checks."""
    try:
        conn = connect(path)
    except sqlite3.OperationalError as e:
        raise _refuse(
            QT_TRANSLATE_NOOP("errors", "Cannot open {path}: {reason}"), path, reason=sqlite_reason(e)
        ) from None
    try:
        _migrate(conn, path, version)
    except sqlite3.OperationalError as e:
        conn.close()
        raise _refuse(
            QT_TRANSLATE_NOOP("errors", "Cannot open {path}: {reason}"), path, reason=sqlite_reason(e)
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


def _check_alone(path: Path) -> str:
    """The quick check on a connection of its own, closed after it."""
    conn = _open_readonly(path)
    try:
        return _quick_check(conn)
    finally:
        if conn is not None:
            conn.close()


def _open_current(path: Path) -> sqlite3.Connection | None:
    """The read-write connection to a file with nothing to migrate, before the check's verdict;
    None when the file must wait for it (migrations pending or unknown, or it cannot be read)."""
    try:
        conn = connect(path)
    except sqlite3.DatabaseError:
        return None  # the verdict, and then the usual refusal, say why
    try:
        applied = set(applied_migrations(conn))
    except sqlite3.DatabaseError:
        applied = set()
    if applied != set(MIGRATION_NAMES):
        conn.close()  # nothing was written: SQLite removes the -wal and -shm it made
        return None
    return conn


def begin_open_existing(path: Path) -> Callable[[], tuple[sqlite3.Connection, BackgroundCheck | None]]:
    """``open_existing`` in two steps, so that the integrity check overlaps other work.

    The header is checked at once (a file that is not a planner file, or is newer, is
    refused here). The quick check reads the whole file, about half a second at 100,000
    deals; it runs in a thread, in which SQLite releases the GIL. The returned function is
    called once the file's lock is held and gives the read-write connection with the check:

    * a current file (nothing to migrate) opens at once, whether the verdict is in or not;
      the check goes on beside the user and decides every write (``background_check``);
    * a file with migrations pending waits for the verdict first (migrating a damaged file
      would spread the damage), then is judged and upgraded as by ``open_existing``
      (the check is None: it is over);
    * a verdict already in that found a problem refuses the file as ``open_existing`` does.
    """
    version = _check_header(path)
    # connected here: in the thread, connecting would first wait for the GIL (~6 ms)
    readonly = _open_readonly(path)

    def first() -> str:
        try:
            return _quick_check(readonly)
        finally:
            if readonly is not None:
                readonly.close()

    check = BackgroundCheck(path, first, again=lambda: _check_alone(path)).start()

    def finish() -> tuple[sqlite3.Connection, BackgroundCheck | None]:
        check.held()  # called under the file's lock: a problem is checked again from here on
        if version == SCHEMA_VERSION and (not check.done or check.problem is None):
            conn = _open_current(path)
            if conn is not None:
                return conn, check
        check.wait()
        _judge(path, _open_readonly(path), check.problem or "ok")
        return _connect_checked(path, version), None

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


def begin_open(path: Path, create_missing: bool = False
               ) -> Callable[[], tuple[sqlite3.Connection, BackgroundCheck | None]]:
    """``open_file`` in two steps (see ``begin_open_existing``); creating is done at once."""
    path = Path(path)
    if not path.exists():
        conn = _missing(path, create_missing)
        return lambda: (conn, None)
    return begin_open_existing(path)
