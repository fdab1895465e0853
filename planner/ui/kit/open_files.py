"""The planner files this process has open through SQLite (normally the window's one).

Nothing but that SQLite connection may open them, or their -wal/-shm, in this process (see
planner/ui/kit/file_dialogs.py): the file dialogs refuse to hand them out, and the window brings
itself forward instead of opening them again. Qt-free and small: the window marks its file
on the way to its first paint.
"""

from __future__ import annotations

from pathlib import Path

from planner.paths import is_part_of

_open: list[Path] = []


def protect(db: Path) -> None:
    """Mark ``db`` as open in this process."""
    if not any(p == Path(db) for p in _open):
        _open.append(Path(db))


def unprotect(db: Path) -> None:
    _open[:] = [p for p in _open if p != Path(db)]


def open_here(path: Path | str) -> Path | None:
    """The planner file open in this process that ``path`` is, or is a working file of."""
    return next((db for db in _open if is_part_of(path, db)), None)
