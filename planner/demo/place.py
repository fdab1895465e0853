"""A new demo file is written beside its target under a hidden temporary name and moved into
place (``os.replace``) only once it is complete, sealed and closed: a crash, a kill or Ctrl+C
midway leaves nothing at the target, and a target that exists is refused, never touched.

The temporary file is locked (``flock``) while its writer lives. A writer that fails or is
interrupted removes it with SQLite's working files beside it (``-wal``, ``-shm``,
``-journal``); one killed outright cannot, so the next demo written to the same target removes
the files of any writer that is gone (on Windows, which has no ``flock``: those an hour old).
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
import time
from pathlib import Path
from types import TracebackType

from planner.domain.errors import REASONS, FileRefused, WriteFailed
from planner.paths import COMPANION_SUFFIXES
from planner.safe_write import sync_folder

try:  # POSIX: the temporary file is locked for as long as its writer lives
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]  # Windows has no fcntl; users check for None

SUFFIX = ".dp-demo"
STALE_SECONDS = 3600  # without file locks (Windows): an hour-old temporary file is an orphan
# the sentences of ``database.create``, translated there (this module is in no catalogue)
EXISTS = "{path} already exists."
CANNOT_WRITE = "Cannot write {path}: {reason}"


def refuse_existing(target: Path) -> None:
    """A demo never replaces a file: whatever has the name (a pipe, a device, a dangling link too)."""
    if target.exists() or target.is_symlink():
        raise FileRefused(EXISTS, path=str(target))


def _files(path: Path) -> list[Path]:
    """``path`` and SQLite's working files beside it."""
    return [path, *(path.with_name(path.name + suffix) for suffix in COMPANION_SUFFIXES)]


def _remove(paths: list[Path]) -> None:
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass


def _glob_escape(text: str) -> str:
    return "".join(f"[{c}]" if c in "*?[]" else c for c in text)


def _pattern(target: Path) -> str:
    return f".{_glob_escape(target.name[:100])}.*{SUFFIX}"


def remove_orphans(target: Path) -> None:
    """The temporary files of earlier demos written to ``target`` whose writer is gone."""
    folder = target.parent
    try:
        found = list(folder.glob(_pattern(target))) + [
            p for suffix in COMPANION_SUFFIXES for p in folder.glob(_pattern(target) + suffix)]
    except OSError:
        return
    for path in found:
        main = next((path.with_name(path.name[:-len(s)]) for s in COMPANION_SUFFIXES if path.name.endswith(s)),
                    path)
        if main != path:
            if not main.exists():  # a working file left after its file was removed
                _remove([path])
            continue
        if _gone(path):
            _remove(_files(path))


def _gone(path: Path) -> bool:
    """Whether the writer of the temporary file ``path`` is gone (its lock is free)."""
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return False
        if fcntl is None:
            return time.time() - os.lstat(path).st_mtime > STALE_SECONDS
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # fails while its writer lives
        return True
    except OSError:
        return False
    finally:
        os.close(fd)


class Partial:
    """``with Partial(target) as temporary:`` the name to write the new file under; ``hold()``
    once the file is made, ``move()`` once it is closed. Leaving the block any other way
    (an error, Ctrl+C) removes the temporary file and its working files."""

    def __init__(self, target: Path) -> None:
        self.target = Path(target)
        self.path = self.target.with_name(f".{self.target.name[:100]}.{secrets.token_hex(4)}{SUFFIX}")
        self._fd = -1
        self._moved = False

    def __enter__(self) -> Path:
        refuse_existing(self.target)
        self.target.parent.mkdir(parents=True, exist_ok=True)
        remove_orphans(self.target)
        return self.path

    def hold(self) -> None:
        """Lock the temporary file, made by now, for as long as this writer lives. The lock's
        descriptor is closed last (``__exit__``), after SQLite's: closing a descriptor of a
        file drops the process's POSIX locks on it, SQLite's own."""
        if fcntl is None:
            return
        self._fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            pass  # a file system without locks: the file is still ours, just unmarked

    def move(self) -> None:
        """The closed, complete file to the target's name, in one step; refused (and removed by
        ``__exit__``) if something took the name meanwhile, or if SQLite left working files:
        then what they hold would not be in the file moved."""
        refuse_existing(self.target)
        if any(p.exists() for p in _files(self.path)[1:]):
            raise WriteFailed(CANNOT_WRITE, path=str(self.target), reason=REASONS[errno.EIO])
        # stale working files of an earlier file of this name would be read as this file's
        _remove(_files(self.target)[1:])
        os.replace(self.path, self.target)
        self._moved = True
        sync_folder(self.target.parent)

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 tb: TracebackType | None) -> None:
        if not self._moved:
            _remove(_files(self.path))
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

