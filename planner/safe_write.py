"""One door for every file the app writes out: PDF exports, backups, any later export.

The guard (:func:`check_output`) refuses, before anything is written:

- the planner file being read and SQLite's working files beside it (``-wal``, ``-shm``,
  ``-journal``), under any name: a link, another spelling, a symlink;
- a working file (or the lock) of any other file: ``X-wal`` beside an existing ``X``;
- a pipe, a device, a socket or a folder: refused at once, never opened (a pipe would hang);
- a planner file that a running app holds open (``file_lock.held_elsewhere``);
- any other planner file unless the caller says ``force`` (the CLI's ``--force``, the
  app's confirmation): it is recognised by its header, not by its name.

The writing (:func:`atomic_write`) is all or nothing. The document is built in an unnamed
file in the target's folder (Linux ``O_TMPFILE``), synced, and linked into place: a process
killed at any moment leaves no file behind. Where the system has no unnamed files, and for
the instant between linking and replacing an existing target, a hidden temporary name is
used, locked while its writer lives; the next write to the same target removes one whose
writer died. Success is reported only once the target is checked to be the file written.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Literal

from planner.domain.errors import (
    QT_TRANSLATE_NOOP,
    REASONS,
    FileRefused,
    InvalidInput,
    PlannerError,
    WriteFailed,
    os_reason,
)
from planner.paths import COMPANION_SUFFIXES, is_part_of

try:  # POSIX: a temporary file is locked for as long as its writer lives
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]  # Windows has no fcntl; users check for None

SQLITE_MAGIC = b"SQLite format 3\x00"
APPLICATION_ID = 0x44504C4E  # "DPLN" at offset 68, as planner.store.database writes it
TEMP_SUFFIX = ".dp-partial"
_STALE_SECONDS = 3600  # without file locks (Windows): an hour-old temporary file is an orphan

MESSAGE = QT_TRANSLATE_NOOP("errors", "Cannot write {path}: {reason}")
NOT_A_FOLDER = QT_TRANSLATE_NOOP("errors", "a file has that name, and these files go into a folder")
NOT_REGULAR = QT_TRANSLATE_NOOP("errors", "it is not a regular file (it is a pipe, a device or a socket)")
NOT_THERE = QT_TRANSLATE_NOOP("errors", "the file was not there after writing")
THE_SOURCE = QT_TRANSLATE_NOOP(
    "errors", "{path} is the planner file being read, or a working file of it: write to another file.")
WORKING_FILE = QT_TRANSLATE_NOOP(
    "errors", "{path} belongs to {owner} (SQLite or Deal Planner keeps it there): write to another file.")
IN_USE = QT_TRANSLATE_NOOP(
    "errors", "{path} is open in Deal Planner (process {pid} on {host}): close it there first.")
NO_NEW_FILES = QT_TRANSLATE_NOOP("errors", "that folder does not take new files")
IS_PLANNER = QT_TRANSLATE_NOOP(
    "errors", "{path} is a planner file; it is replaced only when you confirm that.")

Kind = Literal["none", "file", "planner", "live"]


class PlannerFileExists(FileRefused):
    """The target is another planner file: replacing it needs the user's say-so (``force``)."""


def make_folder(folder: Path) -> None:
    """``folder`` made if missing (its parents too); a file of that name, a permission or a
    read-only disk is a ``WriteFailed`` that says so in the user's language."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError as exc:
        raise _fail(folder, NOT_A_FOLDER, exc) from exc
    except OSError as exc:
        raise _fail(folder, os_reason(exc), exc) from exc


def _fail(path: Path, reason: str, cause: BaseException | None = None) -> WriteFailed:
    if isinstance(cause, FileNotFoundError) and path.parent.is_dir():
        reason = NO_NEW_FILES  # the folder is there: a system folder (/proc) makes nothing new
    error = WriteFailed(MESSAGE, path=str(path), reason=reason)
    error.__cause__ = cause
    return error


# ------------------------------------------------------------------ what is there
def is_planner_file(path: Path | str) -> bool:
    """Whether ``path`` is a regular file with a planner file's header (SQLite, "DPLN").

    Never blocks: the kind of file is looked at before opening, non-blocking. Do not call it
    on a planner file this process has open through SQLite (closing any descriptor of it drops
    SQLite's locks): :func:`check_output` compares with the source before reading a header.
    """
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except (OSError, ValueError):
        return False
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        header = os.read(fd, 72)
    except OSError:
        return False
    finally:
        os.close(fd)
    return header.startswith(SQLITE_MAGIC) and int.from_bytes(header[68:72], "big") == APPLICATION_ID


def _owner_of_working_file(path: Path) -> Path | None:
    """``X`` when ``path`` is ``X-wal``, ``X-shm``, ``X-journal`` or ``X.lock`` and ``X`` exists."""
    for suffix in (*COMPANION_SUFFIXES, ".lock"):
        if path.name.endswith(suffix) and len(path.name) > len(suffix):
            owner = path.with_name(path.name[: -len(suffix)])
            if owner.exists():
                return owner
    return None


def _holder(path: Path):  # -> file_lock.Holder | None
    from planner.file_lock import held_elsewhere  # Qt's QLockFile: loaded only when asked

    for name in dict.fromkeys([path.absolute(), path.resolve()]):
        holder = held_elsewhere(name)
        if holder is not None:
            return holder
    return None


def output_kind(target: Path | str, source: Path | str | None = None) -> Kind:
    """What writing to ``target`` would replace, for a dialog to decide what to ask.

    ``"live"``: never written (the planner file ``source`` or its working files, a working
    file of another file, a planner file open in a running app); ``"planner"``: another
    planner file, replaced only after the user confirms (``force=True``); ``"file"``: an
    ordinary file; ``"none"``: nothing there yet. A pipe or device counts as ``"file"`` here;
    :func:`check_output` refuses it.
    """
    target = Path(target)
    if (source is not None and is_part_of(target, source)) or _owner_of_working_file(target):
        return "live"
    if not os.path.lexists(target):
        return "none"
    if not is_planner_file(target):
        return "file"
    return "live" if _holder(target) else "planner"


def check_output(target: Path | str, source: Path | str | None = None, force: bool = False) -> None:
    """Refuse a target that must not be written (see the module's notes); else return."""
    target = Path(target)
    if source is not None and is_part_of(target, source):  # compared before anything is opened
        raise InvalidInput(THE_SOURCE, path=str(target))
    owner = _owner_of_working_file(target)
    if owner is not None:
        raise FileRefused(WORKING_FILE, path=str(target), owner=str(owner))
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        return  # nothing there yet (or a dangling link, which is replaced, not followed)
    except OSError as exc:
        raise _fail(target, os_reason(exc), exc) from exc
    if stat.S_ISDIR(mode):
        raise _fail(target, REASONS[errno.EISDIR])
    if not stat.S_ISREG(mode):
        raise _fail(target, NOT_REGULAR)
    if is_planner_file(target):
        holder = _holder(target)
        if holder is not None:
            raise FileRefused(IN_USE, path=str(target), pid=str(holder.pid), host=holder.host or "?")
        if not force:
            raise PlannerFileExists(IS_PLANNER, path=str(target))


def write_output[T](target: Path | str, build: Callable[[BinaryIO], T], source: Path | str | None = None,
                    force: bool = False) -> T:
    """The guard, then :func:`atomic_write`: the one way an export reaches the disk."""
    check_output(target, source, force)
    return atomic_write(target, build)


def write_bytes(target: Path | str, data: bytes, source: Path | str | None = None, force: bool = False) -> None:
    write_output(target, lambda stream: stream.write(data), source, force)


# ------------------------------------------------------------------ writing
def atomic_write[T](path: Path | str, build: Callable[[BinaryIO], T]) -> T:
    """Call ``build`` with a binary file; put what it wrote at ``path`` all at once.

    On any failure ``WriteFailed`` says why in a few words, an earlier file at ``path`` is
    left as it was, and no temporary file stays behind.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    _check_place(path, folder)
    _remove_orphans(folder, path.name)
    try:
        temp = _Temp(folder, path.name)
    except OSError as exc:
        raise _fail(path, os_reason(exc), exc) from exc
    try:
        with os.fdopen(os.dup(temp.fd), "wb") as stream:
            result = build(stream)
            stream.flush()
        temp.commit(path)
    except BaseException as exc:
        temp.discard()
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        if isinstance(exc, PlannerError):  # WriteFailed, or why the content could not be made: as it is
            raise
        raise _fail(path, os_reason(exc), exc) from exc
    temp.discard()
    sync_folder(folder)
    return result


def _check_place(path: Path, folder: Path) -> None:
    """Refuse at once what the folder or the target's kind rule out, without opening either."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        mode = None
    except NotADirectoryError:
        raise _fail(path, REASONS[errno.ENOTDIR]) from None
    except OSError as exc:
        raise _fail(path, os_reason(exc), exc) from exc
    if mode is not None and stat.S_ISDIR(mode):
        raise _fail(path, REASONS[errno.EISDIR])
    if mode is not None and not stat.S_ISREG(mode):
        raise _fail(path, NOT_REGULAR)
    if not folder.exists():
        raise _fail(path, REASONS[errno.ENOENT])
    if not folder.is_dir():
        raise _fail(path, REASONS[errno.ENOTDIR])


class _Temp:
    """The file being written: unnamed where the system allows, else hidden and locked."""

    def __init__(self, folder: Path, name: str) -> None:
        self.folder, self.name = folder, name
        self.named: Path | None = None
        self.fd = -1
        if hasattr(os, "O_TMPFILE") and os.path.isdir("/proc/self/fd"):
            try:
                self.fd = os.open(folder, os.O_TMPFILE | os.O_RDWR, 0o600)
            except OSError as exc:
                if exc.errno not in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL):
                    raise  # e.g. permission denied: the named file would fail alike
        if self.fd < 0:
            self.named = self._new_name()
            self.fd = os.open(self.named, os.O_CREAT | os.O_EXCL | os.O_RDWR | getattr(os, "O_BINARY", 0), 0o600)
        _lock(self.fd)

    def _new_name(self) -> Path:
        return self.folder / f".{self.name[:100]}.{secrets.token_hex(4)}{TEMP_SUFFIX}"

    def commit(self, target: Path) -> None:
        os.fsync(self.fd)
        _set_mode(self.fd, target)
        if self.named is None:
            try:  # no file of that name yet: the unnamed file becomes it in one step
                self._link(target)
                self._verify(target)
                return
            except FileExistsError:
                self.named = self._new_name()  # replacing: link under a hidden name, then rename
                self._link(self.named)
        os.replace(self.named, target)
        self._verify(target)
        self.named = None  # it is the target now (kept until then: discard() removes a leftover)

    def _link(self, name: Path) -> None:
        """Give the unnamed file a name: linkat(AT_SYMLINK_FOLLOW) through /proc, which
        Python uses only when a directory descriptor is passed."""
        folder = os.open(self.folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.link(f"/proc/self/fd/{self.fd}", name, src_dir_fd=folder, follow_symlinks=True)
        finally:
            os.close(folder)

    def _verify(self, target: Path) -> None:
        """The target must now be this very file, whole (a rename can be undone by others)."""
        mine, there = os.fstat(self.fd), os.stat(target)
        if (there.st_dev, there.st_ino, there.st_size) != (mine.st_dev, mine.st_ino, mine.st_size):
            raise _fail(target, NOT_THERE)

    def discard(self) -> None:
        if self.named is not None:
            try:
                self.named.unlink()
            except OSError:
                pass
            self.named = None
        if self.fd >= 0:
            os.close(self.fd)  # an unnamed file vanishes with its last descriptor
            self.fd = -1


def _lock(fd: int) -> None:
    if fcntl is not None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            pass  # a file system without locks: the file is still ours, just unmarked


def _remove_orphans(folder: Path, name: str) -> None:
    """Remove hidden temporary files of earlier writes to ``name`` whose writer is gone."""
    try:
        candidates = list(folder.glob(f".{_glob_escape(name[:100])}.*{TEMP_SUFFIX}"))
    except OSError:
        return
    for candidate in candidates:
        try:
            if not stat.S_ISREG(os.lstat(candidate).st_mode):
                continue
            if fcntl is None:
                import time

                if time.time() - os.lstat(candidate).st_mtime > _STALE_SECONDS:
                    candidate.unlink()
                continue
            fd = os.open(candidate, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # fails while its writer lives
                candidate.unlink()
            except BlockingIOError:
                pass
            finally:
                os.close(fd)
        except OSError:
            continue


def _glob_escape(text: str) -> str:
    return "".join(f"[{c}]" if c in "*?[]" else c for c in text)


def _set_mode(fd: int, target: Path) -> None:
    """Temporary files are 0600: give the result the old file's mode, or a new file's."""
    try:
        mode = os.stat(target).st_mode & 0o7777
    except OSError:
        mode = 0o666 & ~_umask()
    try:
        os.fchmod(fd, mode)
    except (AttributeError, OSError):  # pragma: no cover - Windows has no fchmod
        pass


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


def sync_folder(folder: Path) -> None:
    """A rename in ``folder`` on disk: a crash right after it keeps the new name."""
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


# ------------------------------------------------------------------ writing into a planner file
@contextmanager
def held_for_writing(db: Path | str) -> Iterator[None]:
    """Hold ``db``'s lock while a headless command writes into it (``demo`` today, imports
    later); a file a running app holds is refused in one line, never written behind its back."""
    from planner.file_lock import PlannerLock

    lock = PlannerLock(Path(db))
    if not lock.acquire() and lock.refused_by_holder:
        holder = lock.holder()
        raise FileRefused(IN_USE, path=str(db), pid=str(holder.pid if holder else "?"),
                          host=(holder.host if holder else "") or "?")
    # no lock could be made at all (a read-only folder): then nobody can write there either
    try:
        yield
    finally:
        lock.release()
