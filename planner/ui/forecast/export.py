"""The forecast as a PDF, from the forecast window: language, paper and file, then open it; or
print it straight away (Print… writes a temporary PDF and prints it through Qt's print dialog,
planner/ui/kit/printing.py, as the account plan's dialog does). The same steps as the account
plan's export (planner/ui/export/): the planner file itself is never written over, another
planner file only after asking.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
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

from planner import i18n, local_settings, safe_write, settings
from planner.domain.errors import PlannerError
from planner.domain.forecast import Granularity
from planner.i18n import error_text
from planner.paths import is_part_of
from planner.services import Planner
from planner.ui.kit import file_dialogs, icons, open_files, plain, printing
from planner.ui.kit.labels import choice_label


class ForecastExportDialog(QDialog):
    """Writes the forecast shown (``by``, ``process_id``) as a PDF."""

    def __init__(self, planner: Planner, by: Granularity, process_id: int | None, process_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.planner = planner
        self.by = by
        self.process_id = process_id
        self.pages = 0
        self.path: Path | None = None
        self.setWindowTitle(self.tr("Export Forecast"))
        person = local_settings.person(planner.settings.all())

        self.what = plain.label(QLabel(self))  # the forecast's choices, as the window shows them
        self.what.setText(self.tr("{process}, by quarter").format(process=process_name) if by == "quarter"
                          else self.tr("{process}, by month").format(process=process_name))
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
        self.path_edit.setMinimumWidth(360)
        self._suggested = ""
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Forecast:"), self.what)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow(self.tr("&Paper:"), self.paper_combo)
        save_label = QLabel(self.tr("&Save as:"), self)
        save_label.setBuddy(self.path_edit)
        form.addRow(save_label, path_row)

        self.status = plain.label(QLabel(self))
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setIcon(icons.icon("file-export"))
        self.open_button = self.buttons.addButton(self.tr("&Open PDF"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setIcon(icons.icon("open-external"))
        self.print_button = self.buttons.addButton(self.tr("P&rint…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setIcon(icons.icon("print"))
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.export)
        self.open_button.clicked.connect(self.open_pdf)
        self.print_button.clicked.connect(self.print_pdf)
        self.close_button.clicked.connect(self.reject)
        self.open_button.hide()
        self.print_button.setToolTip(self.tr("Print this forecast without saving it"))
        self.export_button.setDefault(True)
        self.printed = 0  # pages sent to the printer by the last Print…

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.language_combo.currentIndexChanged.connect(self._suggest_path)
        self._suggest_path()

    def _folder(self) -> Path:
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(docs) if docs and Path(docs).is_dir() else Path.home()

    def _suggest_path(self) -> None:
        """A name from the language and the day, unless the user typed their own."""
        current = self.path_edit.text()
        if current and current != self._suggested:
            return
        label = "銷售預測" if self.language_combo.currentData() == "zh_TW" else "forecast"
        folder = Path(current).parent if current else self._folder()
        self._suggested = str(folder / f"{label} {date.today().isoformat()}.pdf")
        self.path_edit.setText(self._suggested)

    def browse(self) -> None:
        path = file_dialogs.ask_save(self, self.tr("Save Forecast As"), self.path_edit.text(),
                                     self.tr("PDF files (*.pdf)"))
        if path is not None:
            name = str(path)
            self.path_edit.setText(name if name.lower().endswith(".pdf") else name + ".pdf")

    def export(self) -> bool:
        """Write the PDF; True if it was written."""
        from planner.export import export_forecast, unprintable_notice

        text = self.path_edit.text().strip()
        if not text:
            return False
        path = Path(text).expanduser()
        if open_files.open_here(path) is not None or is_part_of(path, self.planner.path):
            self.status.setText(self.tr("{path} is the planner file that is open. Choose another name.").format(
                path=path))
            return False
        force = safe_write.output_kind(path, self.planner.path) == "planner"
        if force and QMessageBox.question(self, self.windowTitle(), plain.html(self.tr(
                "{name} is a planner file with its own deals. Replace it with this PDF?").format(
                    name=path.name)), defaultButton=QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.pages = export_forecast(self.planner, path, self.language_combo.currentData(),
                                         self.paper_combo.currentData() or None, by=self.by,
                                         process_id=self.process_id, force=force)
        except PlannerError as e:
            self.status.setText(error_text(e))
            return False
        except OSError as e:
            self.status.setText(self.tr("Cannot write {path}: {reason}").format(path=path, reason=e.strerror or e))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.path = path
        wrote = self.tr("Wrote {path} (%n pages).", "", int(self.pages)).format(path=path)
        notice = unprintable_notice(self.pages)
        self.status.setText(f"{wrote}\n{notice}" if notice else wrote)
        self.open_button.show()
        self.open_button.setDefault(True)
        return True

    def open_pdf(self) -> None:
        if self.path is not None:
            printing.open_pdf(self, self.path)

    def print_pdf(self) -> bool:
        """Write the forecast as chosen to a temporary PDF and print it; True if pages were printed."""
        from planner.export import export_forecast

        with tempfile.TemporaryDirectory(prefix="deal-planner-print-") as folder:
            path = Path(folder) / Path(self._suggested or "forecast.pdf").name
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                export_forecast(self.planner, path, self.language_combo.currentData(),
                                self.paper_combo.currentData() or None, by=self.by, process_id=self.process_id)
            except (PlannerError, OSError) as e:
                self.status.setText(error_text(e) if isinstance(e, PlannerError) else str(e))
                return False
            finally:
                QGuiApplication.restoreOverrideCursor()
            self.printed = printing.print_pdf(self, path)
        if self.printed:
            self.status.setText(self.tr("The forecast went to the printer."))
        return self.printed > 0
