"""Export an account plan as PDF from the window, then open or print it.

Printing goes through Qt PDF when that module is installed (it renders the pages
for the printer); without it the dialog offers to open the file in the system's
viewer, which can print as well.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSize, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner import i18n, local_settings, settings
from planner.domain.errors import PlannerError
from planner.i18n import error_text
from planner.paths import is_part_of
from planner.services import Planner
from planner.ui.kit import file_dialogs, icons, open_files, plain
from planner.ui.kit.labels import choice_label


def can_print() -> bool:
    try:
        import PySide6.QtPdf  # type: ignore[import-not-found,unused-ignore]  # PySide6-Addons, may be absent
        import PySide6.QtPrintSupport  # noqa: F401
    except ImportError:
        return False
    return True


def _safe_name(text: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', " ", text).strip() or "account"


class ExportDialog(QDialog):
    def __init__(self, planner: Planner, account_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.planner = planner
        self.pages = 0
        self.path: Path | None = None
        self.setWindowTitle(self.tr("Export Account Plan"))
        person = local_settings.person(planner.settings.all())

        self.account_combo = QComboBox(self)
        for account in planner.accounts.all():
            self.account_combo.addItem(account.name, account.id)
        if account_id is not None:
            self.account_combo.setCurrentIndex(max(0, self.account_combo.findData(account_id)))
        self.language_combo = QComboBox(self)
        for lang in i18n.LANGUAGES:
            self.language_combo.addItem(choice_label("language", lang), lang)
        chosen = settings.LANGUAGE.of(person).value or i18n.current_language()
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(i18n.normalize(chosen))))
        self.paper_combo = QComboBox(self)
        for paper in settings.Paper:
            self.paper_combo.addItem(choice_label("paper", paper.value), paper.value)
        self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(settings.PAPER.of(person).value)))
        self.path_edit = QLineEdit(self)
        self._suggested = ""
        self.path_edit.setMinimumWidth(320)
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Account:"), self.account_combo)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow(self.tr("&Paper:"), self.paper_combo)
        save_label = QLabel(self.tr("&Save as:"), self)
        save_label.setBuddy(self.path_edit)  # a layout as the field gets no label buddy of its own
        form.addRow(save_label, path_row)

        self.status = plain.label(QLabel(self))
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setIcon(icons.icon("file-export"))
        self.open_button = self.buttons.addButton(self.tr("&Open PDF"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setIcon(icons.icon("open-external"))
        self.print_button = self.buttons.addButton(self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setIcon(icons.icon("print"))
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.export)
        self.open_button.clicked.connect(self.open_pdf)
        self.print_button.clicked.connect(self.print_pdf)
        self.close_button.clicked.connect(self.reject)
        self.open_button.hide()
        self.print_button.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.account_combo.currentIndexChanged.connect(self._suggest_path)
        self.language_combo.currentIndexChanged.connect(self._suggest_path)
        self._suggest_path()
        if self.account_combo.count() == 0:
            self.status.setText(self.tr("There are no accounts yet: add one with Deal › Accounts…"))
            self.export_button.setEnabled(False)

    def _folder(self) -> Path:
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(docs) if docs and Path(docs).is_dir() else Path.home()

    def _suggest_path(self) -> None:
        """A name from the account and language, unless the user typed their own."""
        current = self.path_edit.text()
        if current and current != self._suggested:
            return
        name = _safe_name(self.account_combo.currentText())
        label = "客戶計畫" if self.language_combo.currentData() == "zh_TW" else "account plan"
        folder = Path(current).parent if current else self._folder()
        self._suggested = str(folder / f"{name} {label} {date.today().isoformat()}.pdf")
        self.path_edit.setText(self._suggested)

    def browse(self) -> None:
        path = file_dialogs.ask_save(self, self.tr("Save Account Plan As"), self.path_edit.text(),
                                     self.tr("PDF files (*.pdf)"))
        if path is not None:
            name = str(path)
            self.path_edit.setText(name if name.lower().endswith(".pdf") else name + ".pdf")

    def export(self) -> None:
        from planner.export import export_account_plan

        account_id = self.account_combo.currentData()
        text = self.path_edit.text().strip()
        if account_id is None or not text:
            return
        path = Path(text).expanduser()
        if open_files.open_here(path) is not None or is_part_of(path, self.planner.path):
            # a typed name can be the planner file itself: it is never written over
            self.status.setText(self.tr("{path} is the planner file that is open. Choose another name.").format(
                path=path))
            return
        from planner import safe_write

        force = safe_write.output_kind(path, self.planner.path) == "planner"
        if force and QMessageBox.question(self, self.windowTitle(), plain.html(self.tr(
                "{name} is a planner file with its own deals. Replace it with this PDF?").format(
                    name=path.name)), defaultButton=QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.pages = export_account_plan(self.planner, int(account_id), path,
                                             self.language_combo.currentData(),
                                             self.paper_combo.currentData() or None, force=force)
        except PlannerError as e:
            self.status.setText(error_text(e))
            return
        except OSError as e:
            self.status.setText(self.tr("Cannot write {path}: {reason}").format(path=path, reason=e.strerror or e))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.path = path
        from planner.export import unprintable_notice

        wrote = self.tr("Wrote {path} (%n pages).", "", int(self.pages)).format(path=path)
        notice = unprintable_notice(self.pages)
        self.status.setText(f"{wrote}\n{notice}" if notice else wrote)
        self.open_button.show()
        self.open_button.setDefault(True)
        self.print_button.setVisible(can_print())

    def open_pdf(self) -> None:
        if self.path is not None and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path))):
            QMessageBox.information(self, self.windowTitle(), plain.html(self.tr(
                "No PDF viewer could be started. The file is at {path}.").format(path=self.path)))

    def print_pdf(self) -> None:
        """Render each page for the printer through Qt PDF (only offered when it is installed)."""
        if self.path is None or not can_print():
            return
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        document = QPdfDocument(self)
        document.load(str(self.path))
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.path.name)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, document.pageCount()))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        first = max(1, printer.fromPage() or 1)
        last = min(document.pageCount(), printer.toPage() or document.pageCount())
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.windowTitle(), self.tr("The printer could not be started."))
            return
        for number in range(first, last + 1):
            if number > first:
                printer.newPage()
            area = painter.viewport()
            size = document.pagePointSize(number - 1)
            scale = min(area.width() / max(1.0, size.width()), area.height() / max(1.0, size.height()))
            target = QSize(int(size.width() * scale), int(size.height() * scale))
            image = document.render(number - 1, target)
            painter.drawImage(0, 0, image)
        painter.end()
