"""A file found damaged after it opened: what the user is told and the choice they make.

At start-up the window opens while SQLite's quick check still reads the file
(planner/store/background_check.py); the check's verdict arrives in its own thread and is
handed to the window here (``VerdictRelay``). When the check finds a problem, writes are
already refused; the user chooses what happens to the file: restore a snapshot, keep it
open read-only, or close it.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from planner import APP_NAME
from planner.ui.kit import plain

if TYPE_CHECKING:
    from collections.abc import Callable

    from planner.services import Planner


class Choice(Enum):
    RESTORE = "restore"  # File › Restore from Snapshot
    READ_ONLY = "read-only"  # keep looking at it, change nothing
    CLOSE = "close"  # close the window, the file as it is


def ask(parent: QWidget | None, path: Path, problem: str) -> Choice:
    """Tell the user the open file is damaged and ask what to do with it."""
    translate = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(APP_NAME)
    box.setText(plain.html(translate(
        "damaged_file", "“{name}” is damaged: Deal Planner's check of the whole file, which ran while "
        "the window opened, found a problem in it.").format(name=path.name)))
    box.setInformativeText(plain.html(translate(
        "damaged_file", "Nothing has been changed in the file, and nothing can be until you choose:\n"
        "• Restore a snapshot: the file goes back to how it was when the snapshot was taken.\n"
        "• Keep it read-only: browse, search, export account plans or back it up, but change nothing.\n"
        "• Close: Deal Planner closes and leaves the file as it is.")))
    box.setDetailedText(problem)  # SQLite's own words, for whoever repairs the file
    restore = box.addButton(translate("damaged_file", "&Restore a Snapshot…"), QMessageBox.ButtonRole.AcceptRole)
    read_only = box.addButton(translate("damaged_file", "&Keep Read-Only"), QMessageBox.ButtonRole.RejectRole)
    close = box.addButton(translate("damaged_file", "&Close"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(restore)
    box.setEscapeButton(read_only)  # closing the question changes nothing, and writes nothing
    box.exec()
    clicked = box.clickedButton()
    if clicked is restore:
        return Choice.RESTORE
    if clicked is close:
        return Choice.CLOSE
    return Choice.READ_ONLY


class VerdictRelay(QObject):
    """Brings the check's verdict from its thread to the window's: ``arrived(planner)``, queued."""

    arrived = Signal(object)

    def __init__(self, receiver: Callable[[Planner], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.arrived.connect(receiver, Qt.ConnectionType.QueuedConnection)

    def watch(self, planner: Planner) -> bool:
        """Have ``receiver(planner)`` called once the check of ``planner``'s file has its
        verdict; False (and nothing called) when no check is running for it."""
        check = planner.file.integrity_check()
        if check is None:
            return False

        def arrived(_result: str) -> None:  # in the check's thread
            try:
                self.arrived.emit(planner)
            except RuntimeError:  # the window is gone: nobody to tell
                pass

        check.on_verdict(arrived)
        return True
