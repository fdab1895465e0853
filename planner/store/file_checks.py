"""Is it a planner file, and is it whole? What is checked before a file is opened for writing.

Nothing here writes: a file that is refused stays byte-for-byte as it was.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import urllib.parse
from pathlib import Path

from planner.domain.errors import QT_TRANSLATE_NOOP, FileRefused, os_reason
from planner.store.migration_steps import SCHEMA_VERSION

APPLICATION_ID = 0x44504C4E  # "DPLN": `file` and we can tell a planner file from others
SQLITE_MAGIC = b"SQLite format 3\x00"


def refuse(source: str, path: Path, **params: object) -> FileRefused:
    """The refusal to open ``path``, with its message (a ``QT_TRANSLATE_NOOP`` literal)."""
    return FileRefused(source, path=str(path), **params)


def newer(path: Path) -> FileRefused:
    """The refusal of a file that a newer version of the app wrote."""
    return refuse(
        QT_TRANSLATE_NOOP(
            "errors", "{path} was written by a newer version of Deal Planner. Please update the app."
        ),
        path,
    )


def _kind_refused(path: Path, mode: int) -> FileRefused | None:
    if stat.S_ISDIR(mode):
        return refuse(QT_TRANSLATE_NOOP("errors", "{path} is a folder, not a planner file."), path)
    if not stat.S_ISREG(mode):
        return refuse(QT_TRANSLATE_NOOP(
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


def check_header(path: Path) -> int:
    """Refuse anything that is not a planner file; return its schema version."""
    try:
        header = _read_header(path)
    except IsADirectoryError:
        raise refuse(QT_TRANSLATE_NOOP("errors", "{path} is a folder, not a planner file."), path) from None
    except OSError as e:
        raise refuse(
            QT_TRANSLATE_NOOP("errors", "Cannot read {path}: {reason}"), path, reason=os_reason(e)
        ) from None
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise refuse(QT_TRANSLATE_NOOP("errors", "{path} is not a Deal Planner file."), path)
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise refuse(
            QT_TRANSLATE_NOOP(
                "errors", "{path} is a database of another application, not a Deal Planner file."
            ),
            path,
        )
    version = int.from_bytes(header[60:64], "big")
    if version > SCHEMA_VERSION:
        raise newer(path)
    return version


def open_readonly(path: Path) -> sqlite3.Connection | None:
    """A connection that cannot change the file: a refused file stays byte-for-byte untouched."""
    # immutable: no -wal/-shm is created next to a file we may refuse; check_same_thread off:
    # begin_open_existing hands it to the thread that runs the quick check
    uri = "file:" + urllib.parse.quote(str(path.resolve())) + "?mode=ro&immutable=1"
    try:
        return sqlite3.connect(uri, uri=True, check_same_thread=False)
    except sqlite3.DatabaseError:
        return None


def quick_check(conn: sqlite3.Connection | None) -> str:
    """SQLite's quick check: "ok", or what is wrong (it reads the whole file)."""
    if conn is None:
        return "damaged"
    try:
        return str(conn.execute("PRAGMA quick_check").fetchone()[0])
    except sqlite3.DatabaseError:
        return "damaged"
