"""Where files live: one place, overridable by --db and by tests."""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import TYPE_CHECKING

from planner import APP_NAME

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

DEFAULT_FILE_NAME = "deals.planner"
FILE_SUFFIX = ".planner"


def resource(*parts: str) -> Traversable:
    """A file shipped in resources/, installed, editable or bundled alike."""
    from importlib.resources import files

    node = files("planner.resources")
    for part in parts:
        node = node / part
    return node


@functools.cache
def _resources_folder() -> Path:
    import planner.resources  # type: ignore[import-not-found]  # resources/, mapped in by package-dir

    return Path(planner.resources.__file__).parent


def resource_path(*parts: str) -> Path:
    """A file shipped in resources/ as a path: the package is a plain folder installed,
    editable (mapped by the editable finder) and in the PyInstaller bundle alike. Found
    from the package itself, which spares importlib.resources at start-up (~4 ms)."""
    return _resources_folder().joinpath(*parts)


def data_dir() -> Path:
    override = os.environ.get("DEAL_PLANNER_DATA_DIR")
    if override:
        return Path(override)
    # imported here: the app reads --db and starts checking that file before Qt loads
    from PySide6.QtCore import QStandardPaths

    # the generic location plus our name, so the GUI and the CLI agree whatever the
    # application and organisation names of the running process are
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return Path(base) / APP_NAME


def default_file() -> Path:
    return data_dir() / DEFAULT_FILE_NAME


# the files SQLite keeps beside a planner file while it is open (WAL mode) or mid-write
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


def companions(db: Path) -> list[Path]:
    """The planner file and the working files SQLite keeps beside it."""
    db = Path(db)
    return [db, *(db.with_name(db.name + suffix) for suffix in COMPANION_SUFFIXES)]


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)  # stat, never open: see is_part_of
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


def is_part_of(candidate: Path | str, db: Path | str) -> bool:
    """Whether ``candidate`` is the planner file ``db`` or one of its SQLite working files,
    under any name (a link, another spelling of the path).

    Found by comparing names and inodes, without opening anything: in a process that has
    ``db`` open, opening and closing any of these files drops SQLite's POSIX locks for the
    whole process (sqlite.org "How To Corrupt An SQLite Database File", 2.2), and another
    process may then delete the WAL with edits that are not yet in the file."""
    candidate = Path(candidate)
    parts = companions(Path(db))
    try:
        resolved = candidate.resolve()
        if any(resolved == part.resolve() for part in parts):
            return True
    except (OSError, RuntimeError, ValueError):
        pass
    wanted = _identity(candidate)
    return wanted is not None and any(_identity(part) == wanted for part in parts)
