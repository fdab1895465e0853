"""One writer per planner file: Qt's ``QLockFile`` next to it (``NAME.planner.lock``).

The app holds the lock for as long as it has the file open for writing; headless commands
that would write into a planner file refuse one whose lock is held. A lock left behind by a
crash is stale (its process is gone) and is taken over; a live holder is never timed out.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from PySide6.QtCore import QLockFile

LOCK_SUFFIX = ".lock"


class Holder(NamedTuple):
    """Who holds a planner file open: as written in the lock file by ``QLockFile``."""

    pid: int
    host: str
    app: str


def lock_path(db: Path) -> Path:
    db = Path(db).absolute()
    return db.with_name(db.name + LOCK_SUFFIX)


class PlannerLock:
    """The lock of one planner file, held from ``acquire()`` until ``release()``."""

    def __init__(self, db: Path) -> None:
        # imported here: the app looks for the lock file (lock_path) before Qt loads
        from PySide6.QtCore import QLockFile

        self.db = Path(db)
        self._lock: QLockFile = QLockFile(str(lock_path(self.db)))
        # 0: a live holder is never considered stale, whatever the lock file's age;
        # a crashed one is (QLockFile checks whether its process still runs)
        self._lock.setStaleLockTime(0)

    def acquire(self) -> bool:
        """True if this process now holds the file; False if another one does."""
        return bool(self._lock.tryLock(0))

    def holder(self) -> Holder | None:
        """The other process holding the file, if any."""
        info = self._lock.getLockInfo()  # PySide: (pid, host, app), or not a tuple when unreadable
        if not isinstance(info, tuple) or len(info) != 3:
            return None
        pid, host, app = info
        return Holder(int(pid), str(host), str(app))

    @property
    def refused_by_holder(self) -> bool:
        """After a failed ``acquire()``: True if another process holds the lock, False if no
        lock could be made at all (a read-only folder or disk: nobody can write there)."""
        return self._lock.error() == type(self._lock).LockError.LockFailedError

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()

    @property
    def held(self) -> bool:
        return bool(self._lock.isLocked())


def held_elsewhere(db: Path) -> Holder | None:
    """The holder of ``db``'s lock if another live process has it open, else None."""
    if not lock_path(db).exists():
        return None
    lock = PlannerLock(db)
    if lock.acquire():
        lock.release()
        return None
    return lock.holder() or Holder(0, "", "")
