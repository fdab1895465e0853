"""A planner file's consistent copy as bytes, for a backup that no SQLite journal can spoil.

The copy is taken through SQLite's backup API (a file copy would miss the WAL of a running
app) into memory, then serialized: nothing is ever opened through SQLite beside the target,
so no ``-journal`` or ``-wal`` can be left there, and the caller writes the bytes all at
once (``planner.safe_write``).
"""

from __future__ import annotations

import sqlite3

# bytes 18 and 19 of the header: the file format's write and read versions, 1 for a
# rollback journal, 2 for WAL (sqlite.org/fileformat2.html#file_format_version_numbers)
_FORMAT_VERSIONS = slice(18, 20)


def image(conn: sqlite3.Connection) -> bytes:
    """The database behind ``conn`` as the bytes of a planner file, as of its last commit.

    The copy is marked for a rollback journal, as SQLite's own ``VACUUM INTO`` leaves it: a
    backup does not carry a WAL, and the app switches a file back to WAL when it opens it.
    """
    memory = sqlite3.connect(":memory:")
    try:
        conn.backup(memory)
        data = bytearray(memory.serialize())
    finally:
        memory.close()
    if len(data) >= 100:
        data[_FORMAT_VERSIONS] = b"\x01\x01"
    return bytes(data)
