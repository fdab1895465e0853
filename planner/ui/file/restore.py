"""File > Restore: the open file's automatic snapshots, newest first, and putting one back.

The main window calls :func:`ask_restore` (or builds :class:`RestoreDialog` itself) with the
open Planner. After a restore the dialog is accepted and ``restored`` is set: the file on disk
changed under the window, which must reopen it (the open Planner's view is stale).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner import snapshots
from planner.domain import formats
from planner.domain.errors import PlannerError
from planner.i18n import current_language, error_text
from planner.services import Planner
from planner.snapshots import Kind, Snapshot
from planner.ui.kit import plain

NONE = "—"  # a value the snapshot does not have (an older file, no hash chain yet)
FINGERPRINT_SHOWN = 16  # characters in the list; the whole one is in the tooltip


def kind_label(kind: Kind) -> str:
    labels = {
        Kind.DAILY: QCoreApplication.translate("RestoreDialog", "Daily"),
        Kind.WEEKLY: QCoreApplication.translate("RestoreDialog", "Weekly"),
        Kind.BEFORE_UPGRADE: QCoreApplication.translate("RestoreDialog", "Before upgrade"),
        Kind.BEFORE_IMPORT: QCoreApplication.translate("RestoreDialog", "Before import"),
        Kind.BEFORE_RESTORE: QCoreApplication.translate("RestoreDialog", "Before restore"),
    }
    return labels[kind]


def when(moment: datetime) -> str:
    """The moment a snapshot was taken, in the user's locale and time zone."""
    return formats.timestamp(moment, current_language(), long=True)


class RestoreDialog(QDialog):
    """The snapshots of ``planner``'s file; Restore puts the selected one back."""

    def __init__(self, planner: Planner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.planner = planner
        self.restored: Snapshot | None = None  # set once a snapshot was put back
        self.before: Snapshot | None = None  # the file as it was just before that
        self.setWindowTitle(self.tr("Restore a Snapshot"))
        self.snapshots = snapshots.listing(planner.path)

        intro = QLabel(self.tr(
            "Deal Planner keeps snapshots of this file: one a day when you open it, and one "
            "before each upgrade, import or restore. Restoring puts the file back as it was then."), self)
        intro.setWordWrap(True)

        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels([self.tr("Taken"), self.tr("Kind"), self.tr("Deals"), self.tr("Fingerprint")])
        self.table.setAccessibleName(self.tr("Snapshots"))
        for snapshot in self.snapshots:
            self.table.addTopLevelItem(self._row(snapshot))
        self.table.header().setStretchLastSection(True)
        for column in range(3):  # room between the columns: the count does not touch the fingerprint
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, self.table.columnWidth(column) + 18)
        # a double click restores (after the confirmation); Enter does through the default button
        self.table.itemDoubleClicked.connect(lambda *_: self.restore_selected())

        self.empty = plain.label(QLabel(self.tr(
            "There are no snapshots of this file yet.\n\nDeal Planner takes the first one the next "
            "time the file is opened, and one before each upgrade or import."), self))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty)
        self.pages.setCurrentWidget(self.table if self.snapshots else self.empty)

        where = plain.label(QLabel(self.tr("Kept in {folder}").format(folder=snapshots.folder(planner.path)), self))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # secondary information, muted

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.pages, 1)
        layout.addWidget(where)
        layout.addWidget(buttons)
        self.table.currentItemChanged.connect(lambda *_: self._update_buttons())
        first = self.table.topLevelItem(0)
        if self.snapshots and first is not None:
            self.table.setCurrentItem(first)
            self.table.setFocus()
        self._update_buttons()
        self.resize(720, 420)

    def _row(self, snapshot: Snapshot) -> QTreeWidgetItem:
        locale = QLocale()
        deals = locale.toString(snapshot.deals) if snapshot.deals is not None else NONE
        fingerprint = snapshot.fingerprint or NONE
        shown = fingerprint[:FINGERPRINT_SHOWN] + ("…" if len(fingerprint) > FINGERPRINT_SHOWN else "")
        item = QTreeWidgetItem([when(snapshot.taken_at), kind_label(snapshot.kind), deals, shown])
        item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setToolTip(3, fingerprint)
        item.setFont(3, QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        return item

    def selected(self) -> Snapshot | None:
        item = self.table.currentItem()
        if item is None or not self.snapshots:
            return None
        return self.snapshots[self.table.indexOfTopLevelItem(item)]

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.restore_button.setEnabled(chosen)
        # Enter restores (after a confirmation) when there is something to restore; else it closes
        self.restore_button.setDefault(chosen)
        self.close_button.setDefault(not chosen)

    def confirm(self, snapshot: Snapshot) -> bool:
        """Ask before replacing the file; Cancel is the default answer."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore a Snapshot"), plain.html(self.tr(
            "Put the file back as it was on {when}?\n\nEverything changed since then is replaced. "
            "Nothing is lost: the file as it is now is kept as a “before restore” snapshot, "
            "which you can restore in turn.").format(when=when(snapshot.taken_at))), parent=self)
        go = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is go

    def restore_selected(self) -> None:
        snapshot = self.selected()
        if snapshot is None or not self.confirm(snapshot):
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.before = snapshots.restore(self.planner, snapshot)
        except PlannerError as e:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Restore a Snapshot"), plain.html(self.tr(
                "The snapshot was not restored; the file is unchanged.\n\n{reason}").format(reason=error_text(e))))
            return
        QGuiApplication.restoreOverrideCursor()
        self.restored = snapshot
        self.accept()

    def done_message(self) -> str:
        """What the window's status bar says after a restore."""
        if self.restored is None:
            return ""
        return self.tr("Restored the snapshot of {when}. The state before it is kept as a snapshot.").format(
            when=when(self.restored.taken_at))


def ask_restore(planner: Planner, parent: QWidget | None = None) -> RestoreDialog | None:
    """Show the dialog; the accepted dialog (``restored`` set) when the file was restored and the
    caller must reopen it, else None."""
    dialog = RestoreDialog(planner, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.restored is not None:
        return dialog
    return None
