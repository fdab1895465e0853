"""Printing a PDF the app wrote, and opening it in the system's viewer: the one print routine of
the app (the account plan's and the forecast's dialogs both come here).

The report is drawn by reportlab into a PDF; printing renders each page of that PDF with Qt PDF
(``PySide6.QtPdf``, from the PySide6-Pdf wheel, a dependency and kept in the bundle) and paints it
on the ``QPrinter`` chosen in Qt's print dialog (``QtPrintSupport``). Both modules are imported
only here, when something is printed, so starting the app never loads them. Should Qt PDF be
missing after all, the user is offered the system's PDF viewer, which can print too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QWidget

from planner.ui.kit import plain

if TYPE_CHECKING:  # pragma: no cover - the real imports wait until something is printed
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

translate = QCoreApplication.translate

PRINT_DPI = 300  # pages are rendered at this resolution at most: sharp text, a modest print job
_PROGRESS_FROM = 4  # a job of this many pages or more shows its progress and can be cancelled


def can_print() -> bool:
    try:
        import PySide6.QtPdf  # type: ignore[import-not-found,unused-ignore]  # its own wheel: PySide6-Pdf
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


def load(path: Path, parent: QWidget | None = None) -> QPdfDocument:
    """The PDF at ``path`` as Qt PDF reads it; OSError when it cannot be read."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument(parent) if parent is not None else QPdfDocument()
    error = document.load(str(path))
    if error != QPdfDocument.Error.None_ or document.pageCount() < 1:
        document.close()
        raise OSError(f"{path}: {error.name}")
    return document


def new_printer(document: QPdfDocument, name: str) -> QPrinter:
    """A printer set up for the document: its paper size and orientation, the full sheet as the
    page (the PDF brings its own margins), named for the print queue."""
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(name)
    size = document.pagePointSize(0)
    portrait = size.height() >= size.width()
    printer.setPageSize(QPageSize(QSizeF(min(size.width(), size.height()), max(size.width(), size.height())),
                                  QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait if portrait else QPageLayout.Orientation.Landscape)
    printer.setFullPage(True)
    return printer


def chosen_pages(printer: QPrinter, count: int) -> list[int]:
    """The page numbers (from 1) the print dialog asked for, in the order they print."""
    from PySide6.QtPrintSupport import QPrinter

    pages = list(range(1, count + 1))
    if printer.printRange() == QPrinter.PrintRange.PageRange:
        ranges = printer.pageRanges()
        if not ranges.isEmpty():
            pages = [n for n in pages if ranges.contains(n)]
        else:
            first, last = printer.fromPage(), printer.toPage()
            pages = [n for n in pages if (not first or n >= first) and (not last or n <= last)]
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    return pages


def print_document(document: QPdfDocument, printer: QPrinter, pages: Sequence[int] | None = None,
                   dpi: int = PRINT_DPI, on_page: Callable[[int, int], bool] | None = None) -> int:
    """Paint ``pages`` (numbers from 1; default: all) of ``document`` on ``printer``, each fitted to
    the sheet and centred, rendered at the printer's resolution up to ``dpi``. ``on_page(done,
    total)`` is told after each page; returning False stops the job. Returns the pages printed
    (0 if the printer could not be started)."""
    from PySide6.QtPrintSupport import QPrinter

    numbers = list(pages) if pages is not None else list(range(1, document.pageCount() + 1))
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())  # the driver's, or ours
    sheets = [n for _ in range(copies) for n in numbers]
    painter = QPainter()
    if not sheets or not painter.begin(printer):
        return 0
    done = 0
    try:
        for i, number in enumerate(sheets):
            if i and not printer.newPage():
                break
            painter.drawImage(*_placed(document, number - 1, painter, min(printer.resolution(), dpi)))
            done += 1
            if on_page is not None and not on_page(done, len(sheets)):
                printer.abort()
                break
    finally:
        if printer.printerState() != QPrinter.PrinterState.Aborted:
            painter.end()
    return done


def _placed(document: QPdfDocument, index: int, painter: QPainter, dpi: int) -> tuple[QRectF, QImage]:
    """Where the page goes on the sheet (fitted, centred) and its image, on white."""
    area = painter.viewport()
    size = document.pagePointSize(index)
    scale = min(area.width() / max(1.0, size.width()), area.height() / max(1.0, size.height()))
    width, height = size.width() * scale, size.height() * scale
    target = QRectF(area.x() + (area.width() - width) / 2, area.y() + (area.height() - height) / 2, width, height)
    pixels = QSize(max(1, round(size.width() * dpi / 72)), max(1, round(size.height() * dpi / 72)))
    rendered = document.render(index, pixels)
    image = QImage(rendered.size(), QImage.Format.Format_RGB32)  # no alpha: a printer has no see-through ink
    image.fill(Qt.GlobalColor.white)
    flat = QPainter(image)
    flat.drawImage(0, 0, rendered)
    flat.end()
    return target, image


def print_pdf(parent: QWidget, path: Path) -> int:
    """Ask for a printer in Qt's print dialog and print the pages chosen there; returns the pages
    printed, 0 if cancelled or not possible. Without Qt PDF the user may open the PDF in the
    system's viewer instead."""
    if not can_print():
        answer = QMessageBox.question(parent, parent.windowTitle(), plain.html(translate(
            "printing", "Printing needs Qt PDF, which is not installed. Open the PDF in your viewer "
                        "and print it from there?")))
        if answer == QMessageBox.StandardButton.Yes:
            open_pdf(parent, path)
        return 0
    from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog

    try:
        document = load(path, parent)
    except OSError as e:
        QMessageBox.warning(parent, parent.windowTitle(), plain.html(translate(
            "printing", "The PDF could not be read for printing: {reason}").format(reason=e)))
        return 0
    try:
        printer = new_printer(document, path.name)
        dialog = QPrintDialog(printer, parent)
        dialog.setMinMax(1, document.pageCount())
        dialog.setFromTo(1, document.pageCount())
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
        if run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return 0
        pages = chosen_pages(printer, document.pageCount())
        progress = _progress(parent, len(pages)) if len(pages) >= _PROGRESS_FROM else None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            done = print_document(document, printer, pages, on_page=_stepper(progress))
        finally:
            QGuiApplication.restoreOverrideCursor()
            if progress is not None:
                progress.close()
        if done == 0 and pages:
            QMessageBox.warning(parent, parent.windowTitle(),
                                translate("printing", "The printer could not be started."))
        return done
    finally:
        document.close()


def run_dialog(dialog: QDialog) -> int:
    """Qt's print dialog, modal; tests stand in for the user here."""
    return dialog.exec()


def _progress(parent: QWidget, total: int) -> QProgressDialog:
    progress = QProgressDialog(translate("printing", "Printing…"), translate("printing", "Cancel"), 0, total, parent)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)
    return progress


def _stepper(progress: QProgressDialog | None) -> Callable[[int, int], bool] | None:
    if progress is None:
        return None

    def step(done: int, total: int) -> bool:
        progress.setValue(done)
        QCoreApplication.processEvents()  # paints the bar and hears Cancel
        return not progress.wasCanceled()

    return step
