"""Opening a planner file for the window: one writer at a time.

The window that may change a file holds its lock (planner/file_lock.py) from open to close.
When another window holds it, that window is asked to come forward (planner/ui/window_link.py);
when it does not answer (another user, another computer, a hung process), the user is told
who has the file and may view it read-only here. A file whose rules were tampered with opens
read-only too, whoever asks.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from planner import APP_NAME
from planner.file_lock import Holder, PlannerLock
from planner.i18n import error_text
from planner.services import Planner
from planner.ui.kit import plain


class Why(Enum):
    """Why the window shows a file read-only."""

    ELSEWHERE = "elsewhere"  # another window has it open for changes
    TAMPERED = "tampered"  # its rules are not those this version writes
    ASKED = "asked"  # File > Open Read-Only, or the user chose it
    UNWRITABLE = "unwritable"  # no lock can be made beside it (a read-only folder or disk)
    DAMAGED = "damaged"  # its integrity check found a problem after it opened, and the user kept it read-only


class ReadOnly:
    """Why the window shows a file read-only: who has it, what tampering was found (in the
    user's words). Plain classes here, not dataclasses: this module is on the way to the
    first paint, where generating a dataclass costs a millisecond or two."""

    __slots__ = ("holder", "problems", "why")

    def __init__(self, why: Why, holder: Holder | None = None, problems: list[str] | None = None) -> None:
        self.why = why
        self.holder = holder
        self.problems = problems or []


class Opened:
    """A file open in the window: its lock (None when read-only) and why it is read-only."""

    __slots__ = ("lock", "planner", "read_only")

    def __init__(self, planner: Planner, lock: PlannerLock | None = None, read_only: ReadOnly | None = None) -> None:
        self.planner = planner
        self.lock = lock
        self.read_only = read_only

    def close(self) -> None:
        self.planner.close()
        if self.lock is not None:
            self.lock.release()


class Forwarded:
    """The window that has the file came forward; nothing was opened here."""


FORWARDED = Forwarded()


def holder_text(holder: Holder | None) -> str:
    """Who has the file, in the user's words: "process 4242 on this computer"."""
    if holder is None or not holder.pid:
        return QCoreApplication.translate("opening", "another window")
    import socket  # here: only a refusal needs it, not the start-up

    if not holder.host or holder.host == socket.gethostname():
        return QCoreApplication.translate("opening", "Deal Planner (process {pid}) on this computer").format(
            pid=holder.pid)
    return QCoreApplication.translate("opening", "Deal Planner (process {pid}) on the computer “{host}”").format(
        pid=holder.pid, host=holder.host)


def ask_read_only(parent: QWidget | None, path: Path, holder: Holder | None) -> bool:
    """The file is being changed elsewhere: view it read-only here, or cancel."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(APP_NAME)
    box.setText(plain.html(QCoreApplication.translate("opening", "“{name}” is open in another window: {who}.").format(
        name=path.name, who=holder_text(holder))))
    box.setInformativeText(plain.html(QCoreApplication.translate(
        "opening", "Only one window at a time can change a planner file. You can look at it here without "
        "changing it: browse, search, export account plans and back it up.")))
    view = box.addButton(QCoreApplication.translate("opening", "Open &Read-Only"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(view)
    box.exec()
    return box.clickedButton() is view


def tampering(planner: Planner) -> list[str]:
    """What is wrong with the file's rules, in the user's words (empty: nothing)."""
    return [error_text(problem) for problem in planner.file.tampering()]


def open_read_only(path: Path, why: Why, holder: Holder | None = None) -> Opened:
    planner = Planner.open(path, read_only=True)
    problems = tampering(planner)
    return Opened(planner, None, ReadOnly(Why.TAMPERED if problems else why, holder, problems))


def open_for_window(path: Path, parent: QWidget | None, opener: Callable[[], Planner | None] | None = None,
                    read_only: bool = False, lock: PlannerLock | None = None,
                    ask: Callable[[QWidget | None, Path, Holder | None], bool] | None = None,
                    ) -> Opened | Forwarded | None:
    """Open ``path`` for the window: for changes under its lock, or read-only; FORWARDED when
    the window that has it came forward instead; None when the user cancelled or nothing was
    opened. ``opener`` opens the file once the lock is held (default: ``Planner.begin_open``,
    its integrity check left running beside the window);
    ``lock``, already acquired, is used instead of taking one; ``ask`` puts the question
    when another window has the file (default: ``ask_read_only``).

    Refusals (not a planner file, damaged...) raise PlannerError, with the lock released."""
    path = Path(path)
    if read_only:
        return open_read_only(path, Why.ASKED)
    if lock is None:
        lock = PlannerLock(path)
    if lock.held or lock.acquire() or not path.exists():
        # (a new file in a folder yet to be made gets its lock once the opener has made it)
        # the integrity check runs beside the window, as at start-up: the file shows at once and
        # its writes wait for the verdict (planner/store/background_check.py)
        return _open_locked(path, lock, opener or (lambda: Planner.begin_open(path)()))
    if not lock.refused_by_holder:  # no lock can be made beside it: nobody can write there
        return open_read_only(path, Why.UNWRITABLE)
    holder = lock.holder()
    from planner.ui import window_link  # QtNetwork: only when another window has the file

    if window_link.ask_to_come_forward(path):
        return FORWARDED
    if not (ask or ask_read_only)(parent, path, holder):
        return None
    return open_read_only(path, Why.ELSEWHERE, holder)


def _open_locked(path: Path, lock: PlannerLock, opener: Callable[[], Planner | None]) -> Opened | None:
    try:
        planner = opener()
        if planner is not None and not lock.held and not lock.acquire():
            planner.close()
            return open_read_only(path, Why.UNWRITABLE)
    except BaseException:
        lock.release()
        raise
    if planner is None:
        lock.release()
        return None
    if planner.file.tampering():  # its rules are not this version's: shown, never changed here
        planner.close()
        lock.release()
        return open_read_only(path, Why.TAMPERED)
    return Opened(planner, lock)
