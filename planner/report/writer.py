"""Writing a file all or nothing.

The document is built into a temporary file in the target's folder and moved
over the target with ``os.replace`` only once it is complete. On any failure the
temporary file is removed, an earlier file at the path is left as it was, and
``WriteFailed`` says why in a few words.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from planner.domain.errors import QT_TRANSLATE_NOOP, REASONS, WriteFailed
from planner.domain.errors import os_reason as reason_for

MESSAGE = QT_TRANSLATE_NOOP("errors", "Cannot write {path}: {reason}")


def _fail(path: Path, reason: str, cause: BaseException | None = None) -> WriteFailed:
    error = WriteFailed(MESSAGE, path=str(path), reason=reason)
    error.__cause__ = cause
    return error


def atomic_write[T](path: Path | str, build: Callable[[BinaryIO], T]) -> T:
    """Call ``build`` with a binary file; put what it wrote at ``path`` atomically."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise _fail(path, REASONS[errno.EISDIR])
    if not folder.exists():
        raise _fail(path, REASONS[errno.ENOENT])
    if not folder.is_dir():
        raise _fail(path, REASONS[errno.ENOTDIR])
    try:
        fd, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name[:100]}.", suffix=".part")
    except OSError as exc:
        raise _fail(path, reason_for(exc), exc) from exc
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as stream:
            result = build(stream)
            stream.flush()
            os.fsync(stream.fileno())
        _set_mode(temp, path)
        os.replace(temp, path)
    except BaseException as exc:
        try:
            temp.unlink()
        except FileNotFoundError:
            pass
        except OSError:
            pass
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        raise _fail(path, reason_for(exc), exc) from exc
    _sync_folder(folder)
    return result


def _set_mode(temp: Path, target: Path) -> None:
    """mkstemp makes 0600 files; give the result the mode a new file would have, or the old one's."""
    try:
        mode = target.stat().st_mode & 0o7777
    except OSError:
        mode = 0o666 & ~_umask()
    os.chmod(temp, mode)


def _umask() -> int:
    """The process umask, read without setting it (os.umask would race other threads)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022


def _sync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
