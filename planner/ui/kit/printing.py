"""Printing a PDF the app wrote, and opening it in the system's viewer.

Printing renders each page through Qt PDF (``PySide6.QtPdf``), imported only when asked
for; without it, a dialog offers to open the PDF in the system's viewer, which can print too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, QUrl
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from planner.ui.kit import plain

translate = QCoreApplication.translate


def can_print() -> bool:
    try:
        import PySide6.QtPdf  # type: ignore[import-not-found,unused-ignore]  # its own wheel, may be absent
        import PySide6.QtPrintSupport  # noqa: F401
    except ImportError:
        return False
    return True


def open_pdf(parent: QWidget, path: Path) -> bool:
    """Open ``path`` in the system's PDF viewer; says so when none could be started."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    QMessageBox.information(parent, parent.windowTitle(), plain.html(translate(
        "printing", "No PDF viewer could be started. The file is at {path}.").format(path=path)))
    return False


def print_pdf(parent: QWidget, path: Path) -> bool:
    """Ask for a printer and print the pages chosen; False if cancelled or not possible."""
    if not can_print():
        return False
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    document = QPdfDocument(parent)
    document.load(str(path))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(path.name)
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, max(1, document.pageCount()))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    first = max(1, printer.fromPage() or 1)
    last = min(document.pageCount(), printer.toPage() or document.pageCount())
    painter = QPainter()
    if not painter.begin(printer):
        QMessageBox.warning(parent, parent.windowTitle(), translate("printing", "The printer could not be started."))
        return False
    for number in range(first, last + 1):
        if number > first:
            printer.newPage()
        area = painter.viewport()
        size = document.pagePointSize(number - 1)
        scale = min(area.width() / max(1.0, size.width()), area.height() / max(1.0, size.height()))
        painter.drawImage(0, 0, document.render(number - 1, QSize(int(size.width() * scale),
                                                                  int(size.height() * scale))))
    painter.end()
    return True
