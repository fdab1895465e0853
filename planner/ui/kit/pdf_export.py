"""What the PDF dialogs (the account plan's, the forecast's) do alike: their buttons, the
folder and name they offer, writing the PDF where the user said, printing it without saving.

Each dialog keeps its own choices (which account or forecast, which audience) and hands the
writing over as ``write(path, force) -> pages``; what is refused or failed is said in the
dialog's ``status`` label, never in a box of its own.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox, QPushButton, QWidget

from planner import safe_write
from planner.domain.errors import PlannerError
from planner.i18n import error_text
from planner.paths import is_part_of
from planner.ui.kit import file_dialogs, icons, open_files, plain, printing


class PdfButtons(NamedTuple):
    box: QDialogButtonBox
    export: QPushButton
    open: QPushButton
    print: QPushButton
    close: QPushButton


def buttons(parent: QWidget) -> PdfButtons:
    """Export (the default), Open PDF (shown once written), Print… and Close."""
    box = QDialogButtonBox(parent)
    export = box.addButton(QCoreApplication.translate("PdfExport", "&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
    export.setIcon(icons.icon("file-export"))
    open_button = box.addButton(QCoreApplication.translate("PdfExport", "&Open PDF"),
                                QDialogButtonBox.ButtonRole.ActionRole)
    open_button.setIcon(icons.icon("open-external"))
    open_button.hide()
    print_button = box.addButton(QCoreApplication.translate("PdfExport", "P&rint…"),
                                 QDialogButtonBox.ButtonRole.ActionRole)
    print_button.setIcon(icons.icon("print"))
    close = box.addButton(QDialogButtonBox.StandardButton.Close)
    return PdfButtons(box, export, open_button, print_button, close)


def documents_folder() -> Path:
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


def ask_path(parent: QWidget, title: str, current: str) -> str | None:
    """A PDF name from the save dialog (".pdf" added when left out), or None."""
    path = file_dialogs.ask_save(parent, title, current, QCoreApplication.translate("PdfExport", "PDF files (*.pdf)"))
    if path is None:
        return None
    name = str(path)
    return name if name.lower().endswith(".pdf") else name + ".pdf"


def write(parent: QWidget, status: QLabel, text: str, planner_path: Path,
          write_to: Callable[[Path, bool], int]) -> tuple[Path, int] | None:
    """Write the PDF to the path typed in ``text``: never over the open planner file, over
    another planner file only if the user says so. (path, pages), or None with the reason in
    ``status``."""
    from planner.export import unprintable_notice

    path = Path(text).expanduser()
    if open_files.open_here(path) is not None or is_part_of(path, planner_path):
        status.setText(QCoreApplication.translate(
            "PdfExport", "{path} is the planner file that is open. Choose another name.").format(path=path))
        return None
    force = safe_write.output_kind(path, planner_path) == "planner"
    if force and QMessageBox.question(parent, parent.windowTitle(), plain.html(QCoreApplication.translate(
            "PdfExport", "{name} is a planner file with its own deals. Replace it with this PDF?").format(
                name=path.name)), defaultButton=QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
        return None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        pages = write_to(path, force)
    except PlannerError as e:
        status.setText(error_text(e))
        return None
    except OSError as e:
        status.setText(QCoreApplication.translate("PdfExport", "Cannot write {path}: {reason}").format(
            path=path, reason=e.strerror or e))
        return None
    finally:
        QGuiApplication.restoreOverrideCursor()
    wrote = QCoreApplication.translate("PdfExport", "Wrote {path} (%n pages).", "", int(pages)).format(path=path)
    notice = unprintable_notice(pages)
    status.setText(f"{wrote}\n{notice}" if notice else wrote)
    return path, pages


def print_once(parent: QWidget, status: QLabel, name: str, write_to: Callable[[Path], object]) -> int:
    """Write the PDF to a temporary file named ``name`` and print it; the pages printed (0: none)."""
    with tempfile.TemporaryDirectory(prefix="deal-planner-print-") as folder:
        path = Path(folder) / name
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write_to(path)
        except (PlannerError, OSError) as e:
            status.setText(error_text(e) if isinstance(e, PlannerError) else str(e))
            return 0
        finally:
            QGuiApplication.restoreOverrideCursor()
        return printing.print_pdf(parent, path)
