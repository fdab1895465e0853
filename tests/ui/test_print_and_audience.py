"""Printing (File › Print…, the export dialogs' Print…) and the account plan's audience choice.

Printing is tested as far as Qt allows offscreen: the pages go to a QPrinter whose output is a
PDF file, which is then read back (its pages, their size, and what they show).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from builders import new_deal
from pypdf import PdfReader
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog

from planner.report import write_account_plan
from planner.services import Planner
from planner.ui.export.dialog import ExportDialog
from planner.ui.forecast.export import ForecastExportDialog
from planner.ui.kit import printing
from planner.ui.main_window import MainWindow

pytest.importorskip("PySide6.QtPdf")
from PySide6.QtPrintSupport import QPrinter

RISK = "The rival cut its price by a fifth"
SAME = 12  # the mean grey difference of a page and its print (rendered twice, at other sizes); two pages differ by 18+


def plan_pdf(tmp_path: Path, deals: int = 12) -> Path:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "report"))
    from pdf_plans import big_plan

    path = tmp_path / "plan.pdf"
    write_account_plan(big_plan(deals), path, "zh_TW", "a4", "customer")
    return path


def to_file(printer: QPrinter, path: Path) -> None:
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))


def rendered(path: Path, page: int) -> QImage:
    document = printing.load(path)
    try:
        image = document.render(page, QSize(120, 170))
    finally:
        document.close()
    flat = QImage(image.size(), QImage.Format.Format_Grayscale8)
    flat.fill(255)
    from PySide6.QtGui import QPainter

    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    return flat


def difference(a: QImage, b: QImage) -> float:
    """Mean absolute difference of two grey images of one size, 0 to 255."""
    total = sum(abs(a.pixelColor(x, y).value() - b.pixelColor(x, y).value())
                for y in range(0, a.height(), 2) for x in range(0, a.width(), 2))
    return total / ((a.height() // 2) * (a.width() // 2))


@pytest.fixture
def watch_print_dialog(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    """Stands in for the user in Qt's print dialog: prints to a PDF file, one per job."""
    jobs: list[Path] = []

    def accept(dialog: QDialog) -> int:
        jobs.append(tmp_path / f"printed-{len(jobs)}.pdf")
        to_file(dialog.printer(), jobs[-1])
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(printing, "run_dialog", accept)
    return jobs


def test_pages_print_as_they_are_in_the_pdf(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    source = plan_pdf(tmp_path)
    document = printing.load(source)
    count = document.pageCount()
    printer = printing.new_printer(document, source.name)
    output = tmp_path / "printed.pdf"
    to_file(printer, output)
    assert printing.print_document(document, printer, dpi=100) == count
    document.close()
    pages = PdfReader(output).pages
    assert len(pages) == count >= 3
    assert [round(float(v)) for v in pages[0].mediabox[2:]] == [595, 842]  # A4, as the plan
    assert not pages[0].extract_text().strip()  # the pages are pictures of the plan's pages...
    for page in range(count):  # ...that look like them, each on its own sheet
        assert difference(rendered(source, page), rendered(output, page)) < SAME
    assert difference(rendered(source, 0), rendered(output, 1)) > 1.5 * SAME  # it can tell pages apart


def test_the_pages_asked_for_in_the_order_asked(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    from PySide6.QtGui import QPageRanges

    printer = QPrinter()
    assert printing.chosen_pages(printer, 4) == [1, 2, 3, 4]
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert printing.chosen_pages(printer, 4) == [2, 3]
    ranges = QPageRanges()
    ranges.addPage(1)
    ranges.addRange(3, 9)
    printer.setPageRanges(ranges)
    assert printing.chosen_pages(printer, 4) == [1, 3, 4]
    printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    assert printing.chosen_pages(printer, 4) == [4, 3, 1]


def test_a_page_range_prints_those_pages(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    source = plan_pdf(tmp_path)
    document = printing.load(source)
    printer = printing.new_printer(document, source.name)
    output = tmp_path / "two.pdf"
    to_file(printer, output)
    assert printing.print_document(document, printer, [3, 1], dpi=80) == 2
    document.close()
    assert len(PdfReader(output).pages) == 2
    assert difference(rendered(source, 2), rendered(output, 0)) < SAME
    assert difference(rendered(source, 0), rendered(output, 1)) < SAME


def test_cancelling_from_the_progress_stops_the_job(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    source = plan_pdf(tmp_path)
    document = printing.load(source)
    printer = printing.new_printer(document, source.name)
    to_file(printer, tmp_path / "stopped.pdf")
    told: list[tuple[int, int]] = []
    done = printing.print_document(document, printer, dpi=60, on_page=lambda n, total: told.append((n, total)) or n < 2)
    document.close()
    assert done == 2 and [n for n, _ in told] == [1, 2]  # stopped after the page that said so


def test_an_unreadable_pdf_is_not_printed(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    with pytest.raises(OSError):
        printing.load(bad)


def test_file_print_prints_the_selected_deals_account_plan(window: MainWindow, planner: Planner,
                                                           watch_print_dialog: list[Path],
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from planner.domain.model import Account

    planner.accounts.create(Account(name="Contoso"))  # listed first: the selection must choose
    deal = new_deal(planner, account="Northwind", title="Warehouse scanners", risks=RISK)
    window.refresh()
    window.board.select_deal(deal)
    seen: list[ExportDialog] = []

    def user(dialog: ExportDialog) -> int:
        seen.append(dialog)
        assert dialog.windowTitle() == "Print Account Plan"
        assert dialog.print_button.isDefault() and not dialog.print_button.isHidden()
        assert dialog.account_combo.currentText() == "Northwind"
        dialog.audience_combo.setCurrentIndex(dialog.audience_combo.findData("customer"))
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
        assert dialog.print_pdf()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ExportDialog, "exec", user)
    assert window.actions_by_name["print"].shortcut().toString() == "Ctrl+P"
    window.actions_by_name["print"].trigger()
    assert seen and len(watch_print_dialog) == 1
    printed = watch_print_dialog[0]
    assert len(PdfReader(printed).pages) >= 1
    assert seen[0].status.text() == "The plan went to the printer."
    assert not list(Path(seen[0].path_edit.text()).parent.glob("*.pdf"))  # printing saves no PDF of its own


def test_the_audience_choice_says_what_it_keeps_and_exports_that(qtbot, planner: Planner, tmp_path: Path) -> None:  # noqa: ANN001
    new_deal(planner, account="Northwind", title="Warehouse scanners", risks=RISK)
    dialog = ExportDialog(planner, None)
    qtbot.addWidget(dialog)
    assert dialog.audience_combo.currentData() == "internal"  # as it always was
    internal_note, internal_name = dialog.audience_note.text(), dialog.path_edit.text()
    assert "risks" in internal_note
    dialog.audience_combo.setCurrentIndex(dialog.audience_combo.findData("customer"))
    customer_note = dialog.audience_note.text()
    assert customer_note != internal_note and customer_note.startswith("Keeps")
    assert "Leaves out risks" in customer_note
    assert "joint plan" in dialog.path_edit.text() and dialog.path_edit.text() != internal_name
    target = tmp_path / "for them.pdf"
    dialog.path_edit.setText(str(target))
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.export()
    assert dialog.pages >= 1, dialog.status.text()
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, check=True).stdout.decode()
    assert "Warehouse scanners" in text and "Joint plan" in text
    assert "rival" not in text and "%" not in text
    dialog.audience_combo.setCurrentIndex(dialog.audience_combo.findData("internal"))
    assert dialog.audience_note.text() == internal_note
    dialog.export()
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, check=True).stdout.decode()
    assert "rival" in text


def test_the_audience_note_in_chinese(qtbot, planner: Planner) -> None:  # noqa: ANN001
    from planner import i18n

    new_deal(planner, account="Northwind")
    i18n.install("zh_TW")
    try:
        dialog = ExportDialog(planner, None)
        qtbot.addWidget(dialog)
        dialog.audience_combo.setCurrentIndex(dialog.audience_combo.findData("customer"))
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("zh_TW"))
        assert "合作計畫" in dialog.path_edit.text()
    finally:
        i18n.install("en")


def test_the_forecast_prints_without_being_saved(qtbot, planner: Planner, watch_print_dialog: list[Path],  # noqa: ANN001
                                                 tmp_path: Path) -> None:
    new_deal(planner, account="Northwind", title="Scanners", value=1000, currency="TWD")
    dialog = ForecastExportDialog(planner, "month", None, "All processes")
    qtbot.addWidget(dialog)
    assert not dialog.print_button.isHidden()
    assert dialog.print_pdf()
    assert dialog.path is None  # nothing exported
    assert len(PdfReader(watch_print_dialog[0]).pages) >= 1
    assert dialog.status.text() == "The forecast went to the printer."


def test_a_cancelled_print_dialog_prints_nothing(qtbot, planner: Planner, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    new_deal(planner, account="Northwind")
    monkeypatch.setattr(printing, "run_dialog", lambda dialog: QDialog.DialogCode.Rejected)
    dialog = ExportDialog(planner, None, printing=True)
    qtbot.addWidget(dialog)
    assert not dialog.print_pdf()
    assert dialog.printed == 0 and dialog.status.text() == ""


def test_printing_loads_nothing_at_start_up(tmp_path: Path) -> None:
    """QtPdf and QtPrintSupport are imported when something is printed, not with the window."""
    code = (
        "import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]);"
        "from planner.services import Planner; from planner.ui.main_window import MainWindow;"
        f"p = Planner.open(__import__('pathlib').Path({str(tmp_path / 'x.planner')!r}), create=True);"
        "w = MainWindow(p, with_workspace=False); w.show(); app.processEvents();"
        "print(sorted(m for m in sys.modules if m in ('PySide6.QtPdf', 'PySide6.QtPrintSupport')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
