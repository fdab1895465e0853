"""Every file dialog of the app, through one door that never reads a file's contents.

Why: a process that has a planner file open loses SQLite's POSIX locks on it as soon as
*any* descriptor of that file (or of its -wal/-shm) is closed, whoever opened it (sqlite.org,
"How To Corrupt An SQLite Database File", 2.2). Qt's stock file dialog lists a folder
through QFileSystemModel, whose icon provider asks QMimeDatabase for each file's type; for a
name it does not know (``.planner``, ``-wal``, ``-shm``) that opens the file to sniff it.
After that, ``deal-planner backup`` run beside the app thinks it is alone, checkpoints and
deletes the WAL, and the app's next edits go to a deleted file: lost at the next crash.

So every dialog here:
- is Qt's own widget dialog, never the platform's: a native GTK dialog runs inside our
  process and sniffs file contents through GIO just the same, out of our reach;
- types and draws files by name and suffix only (:class:`NameOnlyIconProvider`);
- is read-only (no delete or rename from inside it: deleting a -wal would lose edits);
- never hands out the planner file this process has open, nor its working files, to code
  that would open or write them (callers that open planner files handle that case).

``tests/ui/test_file_dialogs.py`` keeps every other module from building a QFileDialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QStyle, QWidget

from planner.paths import FILE_SUFFIX
from planner.ui.kit import icons, plain
from planner.ui.kit.open_files import open_here


class NameOnlyIconProvider(QAbstractFileIconProvider):
    """Icons and type names from a file's name alone, never its contents.

    Qt calls it from its file-gathering thread, so everything it hands out (icons, texts)
    is made here, in the GUI thread, when the dialog is built."""

    def __init__(self) -> None:
        super().__init__()
        style = QApplication.style()
        self._folder = style.standardIcon(QStyle.StandardPixmap.SP_DirIcon)
        self._file = style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        self._drive = style.standardIcon(QStyle.StandardPixmap.SP_DriveHDIcon)
        self._computer = style.standardIcon(QStyle.StandardPixmap.SP_ComputerIcon)
        self._planner = icons.icon("deal-planner")
        self._texts = {
            "folder": QCoreApplication.translate("file_dialogs", "Folder"),
            "planner": QCoreApplication.translate("file_dialogs", "Planner file"),
            "file": QCoreApplication.translate("file_dialogs", "File"),
            "suffix": QCoreApplication.translate("file_dialogs", "{suffix} file"),
        }

    def icon(self, what: object) -> QIcon:
        if isinstance(what, QFileInfo):
            if what.isRoot():
                return self._drive
            if what.isDir():
                return self._folder
            return self._planner if what.fileName().endswith(FILE_SUFFIX) else self._file
        kind = QAbstractFileIconProvider.IconType
        return {kind.Computer: self._computer, kind.Drive: self._drive, kind.Folder: self._folder,
                kind.File: self._file}.get(what, self._file)  # type: ignore[call-overload]  # an IconType here: a QFileInfo returned above

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return self._texts["folder"]
        if info.fileName().endswith(FILE_SUFFIX):
            return self._texts["planner"]
        suffix = info.suffix()
        return self._texts["suffix"].format(suffix=suffix.upper()) if suffix else self._texts["file"]


def file_dialog(parent: QWidget | None, title: str, start: Path | str, filters: str = "",
                save: bool = False) -> QFileDialog:
    """The dialog itself, set up as described above, not yet shown."""
    # Qt asks for icons and types only once the view shows files (when events run, after
    # this function), so the provider below is in place before any file could be sniffed;
    # tests/ui/test_file_dialogs.py watches the locks to keep it so
    dialog = QFileDialog(parent)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    provider = NameOnlyIconProvider()
    dialog.setIconProvider(provider)
    dialog._icon_provider = provider  # type: ignore[attr-defined]  # Qt does not own it: kept with the dialog
    dialog.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons, True)
    dialog.setOption(QFileDialog.Option.ReadOnly, True)
    dialog.setWindowTitle(title)
    if filters:
        dialog.setNameFilter(filters)
    start = Path(start)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDirectory(str(start.parent))
        dialog.selectFile(start.name)
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        if start.is_dir() or not start.name:
            dialog.setDirectory(str(start))
        else:
            dialog.setDirectory(str(start.parent))
            dialog.selectFile(start.name)
    return dialog


def run_dialog(dialog: QFileDialog) -> Path | None:
    """The user's choice (None: cancelled); tests answer in its place."""
    if dialog.exec() != QFileDialog.DialogCode.Accepted:
        return None
    files = dialog.selectedFiles()
    return Path(files[0]) if files and files[0] else None


def _refuse_open_file(parent: QWidget | None, title: str, path: Path) -> None:
    QMessageBox.warning(parent, title, plain.html(QCoreApplication.translate(
        "file_dialogs", "{name} belongs to the planner file open in this window. Choose another file.").format(
            name=path.name)))


def ask_open(parent: QWidget | None, title: str, start: Path | str, filters: str = "",
             planner_files: bool = False) -> Path | None:
    """A file to read, or None. With ``planner_files`` the file open here may be returned
    (the caller brings it forward instead of opening it again); otherwise it is refused."""
    path = run_dialog(file_dialog(parent, title, start, filters))
    if path is not None and not planner_files and open_here(path) is not None:
        _refuse_open_file(parent, title, path)
        return None
    return path


def ask_save(parent: QWidget | None, title: str, suggested: Path | str, filters: str = "",
             confirm_overwrite: bool = True) -> Path | None:
    """A file to write, or None; never the planner file open here nor its working files."""
    dialog = file_dialog(parent, title, suggested, filters, save=True)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, not confirm_overwrite)
    path = run_dialog(dialog)
    if path is not None and open_here(path) is not None:
        _refuse_open_file(parent, title, path)
        return None
    return path
