"""The File menu's work on files: new, open (read-only too), save as, back up, restore, the
demo, opening again for changes, and the day's snapshot.

Every edit is already in the file when it is made, so there is no "save": Save As writes a
copy and continues in it. The window keeps what is open (``MainWindow.switch_to``); this
object asks, checks and opens. Texts keep the "MainWindow" translation context.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox

from planner import local_settings
from planner.domain.errors import PlannerError
from planner.i18n import current_language, error_text
from planner.paths import FILE_SUFFIX, data_dir, is_part_of
from planner.services import Planner
from planner.ui.kit import plain
from planner.ui.opening import FORWARDED, Opened, Why

if TYPE_CHECKING:
    from planner.file_lock import PlannerLock

translate = QCoreApplication.translate  # lupdate reads translate("MainWindow", "text")
DEMO_FILE = "demo-{language}.planner"  # one demo per UI language, each written in it


class FileCommands(QObject):
    snapshotFailed = Signal(str)  # from the daily snapshot's thread: why it could not be written

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        # the MainWindow (not imported: it imports this module): its planner, switch_to, status bar
        self.window: Any = window
        self.snapshot_thread: Any = None  # the day's snapshot being written, if any
        self.snapshotFailed.connect(self._snapshot_failed)

    def reopen_for_changes(self) -> None:
        """From the banner: open the same file again for changes, once no other window has it."""
        from planner.file_lock import PlannerLock
        from planner.ui import opening

        path, why = self.window.planner.path, self.window.read_only
        lock = PlannerLock(path)
        if not lock.acquire():
            holder = lock.holder() if lock.refused_by_holder else None
            self.say(translate("MainWindow", "{name} is still open in another window: {who}.").format(
                name=path.name, who=opening.holder_text(holder)), 10_000)
            return
        # this window's read-only connection goes first: opening the file again in this
        # process while it is open would cost SQLite its locks (see planner/ui/kit/file_dialogs.py)
        self.window.opened.close()
        self._reopen(path, lock, why.why if why else opening.Why.ASKED)

    def _reopen(self, path: Path, lock: PlannerLock | None, otherwise: Why) -> bool:
        """Open ``path`` again for changes under ``lock`` (this window's connection already
        closed), or read-only for ``otherwise`` if it cannot be; False if neither."""
        from planner.ui import opening

        try:
            opened = opening.open_for_window(path, self.window, lock=lock)
        except PlannerError as e:
            QMessageBox.warning(self.window, translate("MainWindow", "Cannot Open File"), plain.html(error_text(e)))
            opened = None
        if not isinstance(opened, Opened):
            try:
                opened = opening.open_read_only(path, otherwise)
            except PlannerError as e:  # gone meanwhile: the window stays, empty of it
                QMessageBox.warning(self.window, translate("MainWindow", "Cannot Open File"), plain.html(error_text(e)))
                return False
        self.window.switch_to(opened)
        return True

    def open_path(self, path: Path | str, read_only: bool = False) -> bool:
        """Open another planner file; a refused one leaves the current file open. The file
        open here is never opened a second time (see planner/ui/kit/file_dialogs.py): File > Open
        or the system asking for it again only brings this window forward."""
        path = Path(path)
        if is_part_of(path, self.window.planner.path):
            self.window.bring_forward()
            self.say(translate("MainWindow", "{name} is already open in this window.").format(
                name=self.window.planner.path.name), 6000)
            return True
        from planner.ui import opening

        try:
            result = opening.open_for_window(path, self.window, read_only=read_only)
        except PlannerError as e:
            QMessageBox.warning(self.window, translate("MainWindow", "Cannot Open File"), plain.html(error_text(e)))
            local_settings.forget_recent(path)
            return False
        if result is FORWARDED:
            self.say(translate(
                "MainWindow", "{name} is open in another window, which was brought forward.").format(
                name=path.name), 8000)
            return False
        if not isinstance(result, Opened):
            return False
        self.window.switch_to(result)
        message = (translate("MainWindow", "Opened {name} read-only.") if result.read_only
                   else translate("MainWindow", "Opened {name}."))
        self.say(message.format(name=path.name), 5000)
        return True

    def _file_filter(self) -> str:
        return translate("MainWindow", "Planner files (*{suffix});;All files (*)").format(suffix=FILE_SUFFIX)

    def ask_path(self, title: str, suggested: Path, save: bool) -> Path | None:
        from planner.ui.kit import file_dialogs  # on first use: its Qt classes cost start-up ~15 ms

        if save:
            path = file_dialogs.ask_save(self.window, title, suggested, self._file_filter(), confirm_overwrite=False)
        else:
            path = file_dialogs.ask_open(self.window, title, suggested, self._file_filter(), planner_files=True)
        if path is not None and save and not path.suffix:
            path = path.with_suffix(FILE_SUFFIX)
        return path

    def open_file_dialog(self, read_only: bool = False) -> None:
        title = (translate("MainWindow", "Open Planner File Read-Only") if read_only
                 else translate("MainWindow", "Open Planner File"))
        path = self.ask_path(title, self.window.planner.path.parent, save=False)
        if path is not None:
            self.open_path(path, read_only=read_only)

    def new_file(self) -> None:
        path = self.ask_path(translate("MainWindow", "New Planner File"),
                             self.window.planner.path.parent / f"deals{FILE_SUFFIX}", save=True)
        if path is None:
            return
        if path.exists():
            QMessageBox.warning(self.window, translate("MainWindow", "New Planner File"), plain.html(translate(
                "MainWindow", "{name} already exists. Choose another name, or open it with File › Open.").format(
                    name=path.name)))
            return
        from planner.ui import opening

        try:
            opened = opening.open_for_window(path, self.window, opener=lambda: Planner.open(path, create=True))
        except PlannerError as e:
            QMessageBox.warning(self.window, translate("MainWindow", "New Planner File"), plain.html(error_text(e)))
            return
        if isinstance(opened, Opened):
            self.window.switch_to(opened)

    def save_as(self) -> None:
        current = self.window.planner.path
        suggested = current.with_name(f"{current.stem} copy{FILE_SUFFIX}")
        path = self.ask_path(translate("MainWindow", "Save a Copy As"), suggested, save=True)
        if path is None:
            return
        if is_part_of(path, current):
            return  # every edit is already in this file
        if self._held_elsewhere(path, translate("MainWindow", "Save As")):
            return
        if path.exists() and QMessageBox.question(self.window, translate("MainWindow", "Save As"), plain.html(translate(
                "MainWindow", "{name} already exists. Replace it with a copy of this file?").format(name=path.name))) \
                != QMessageBox.StandardButton.Yes:
            return
        from planner.ui import opening

        try:
            self.window.planner.file.backup(path, force=True)  # the user agreed to replace it
            opened = opening.open_for_window(path, self.window)
        except PlannerError as e:
            QMessageBox.warning(self.window, translate("MainWindow", "Save As"), plain.html(error_text(e)))
            return
        if not isinstance(opened, Opened):
            return
        self.window.switch_to(opened)
        self.say(translate("MainWindow", "Now working in {name}.").format(name=path.name), 8000)

    def take_daily_snapshot(self) -> None:
        """The file's snapshot of the day, the first time it is open that day (see
        planner/snapshots.py); a window that only shows the file leaves that to its writer."""
        if not self.window.writable:
            return
        import threading

        from planner import snapshots

        try:
            job = snapshots.daily_job(self.window.planner)
        except PlannerError as e:
            job = None
            self._snapshot_failed(error_text(e))
        if job is None:
            return

        def take() -> None:  # in a thread: a large file takes about half a second to copy
            try:
                job()
            except PlannerError as e:  # the file is fine; only its safety copy is missing
                self.snapshotFailed.emit(error_text(e))

        self.snapshot_thread = threading.Thread(target=take, name="planner-daily-snapshot", daemon=True)
        self.snapshot_thread.start()

    def wait_for_snapshot(self) -> None:
        """Let the day's snapshot finish before the file closes: its connection must not be the
        last one left, or SQLite would leave the file's WAL behind instead of folding it in."""
        if self.snapshot_thread is not None:
            self.snapshot_thread.join()
            self.snapshot_thread = None

    def _snapshot_failed(self, reason: str) -> None:
        self.say(translate("MainWindow", "No snapshot of this file today: {reason}").format(
            reason=reason), 12_000)

    def restore_snapshot(self) -> None:
        """File > Restore from Snapshot…: the file as it was at a snapshot, then opened again."""
        if self.window.refuse_if_read_only():
            return
        from planner.ui import opening
        from planner.ui.file.restore import ask_restore

        done = ask_restore(self.window.planner, self.window)
        if done is None:
            return
        # the file changed under this window: open it again (the old connection first, see
        # reopen_for_changes), under the lock the window holds, which the new Opened takes over
        path, lock = self.window.planner.path, self.window.opened.lock
        self.window.opened.lock = None
        self.wait_for_snapshot()
        self.window.planner.close()
        if self._reopen(path, lock, opening.Why.UNWRITABLE):
            self.say(done.done_message(), 10_000)

    def back_up(self) -> None:
        current = self.window.planner.path
        suggested = current.with_name(f"{current.stem} {date.today().isoformat()}{FILE_SUFFIX}")
        path = self.ask_path(translate("MainWindow", "Back Up To"), suggested, save=True)
        if path is None:
            return
        if is_part_of(path, current):
            QMessageBox.warning(self.window, translate("MainWindow", "Back Up"),
                                translate("MainWindow", "Choose another file than the one that is open."))
            return
        if self._held_elsewhere(path, translate("MainWindow", "Back Up")):
            return
        if path.exists() and QMessageBox.question(self.window, translate("MainWindow", "Back Up"), plain.html(translate(
                "MainWindow", "{name} already exists. Replace it?").format(name=path.name))) \
                != QMessageBox.StandardButton.Yes:
            return
        try:
            self.window.planner.file.backup(path, force=True)  # the user agreed to replace it
        except PlannerError as e:
            QMessageBox.warning(self.window, translate("MainWindow", "Back Up"), plain.html(error_text(e)))
            return
        self.say(translate("MainWindow", "Backed up to {path}.").format(path=path), 8000)

    def _held_elsewhere(self, path: Path, title: str) -> bool:
        """True (and the user is told) if another window has ``path`` open: a copy written
        over it would replace that window's file under its feet."""
        from planner.file_lock import held_elsewhere

        holder = held_elsewhere(path)
        if holder is None:
            return False
        from planner.ui.opening import holder_text

        QMessageBox.warning(self.window, title, plain.html(translate(
            "MainWindow", "{name} is open in another window ({who}). Choose another name.").format(
                name=path.name, who=holder_text(holder))))
        return True

    def open_demo(self) -> None:
        language = current_language()
        path = data_dir() / DEMO_FILE.format(language=language)
        if not path.exists():
            from planner import demo

            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                demo.build(path, language=language).close()
            except (PlannerError, OSError) as e:
                QGuiApplication.restoreOverrideCursor()
                message = error_text(e) if isinstance(e, PlannerError) else str(e)
                QMessageBox.warning(self.window, translate("MainWindow", "Open the Demo"), plain.html(message))
                return
            QGuiApplication.restoreOverrideCursor()
        self.open_path(path)

    def say(self, text: str, ms: int = 0) -> None:
        self.window.statusBar().showMessage(text, ms)
