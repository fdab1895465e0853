"""The forecast as a PDF, from the forecast window: language, paper and file, then open it; or
print it straight away (Print… writes a temporary PDF and prints it through Qt's print dialog,
planner/ui/kit/printing.py, as the account plan's dialog does). The same steps as the account
plan's export (planner/ui/export/): the planner file itself is never written over, another
planner file only after asking.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner import i18n, local_settings, settings
from planner.domain.forecast import Granularity
from planner.services import Planner
from planner.ui.kit import pdf_export, plain, printing
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
        self.buttons, self.export_button, self.open_button, self.print_button, self.close_button = \
            pdf_export.buttons(self)
        self.export_button.clicked.connect(self.export)
        self.open_button.clicked.connect(self.open_pdf)
        self.print_button.clicked.connect(self.print_pdf)
        self.close_button.clicked.connect(self.reject)
        self.print_button.setToolTip(self.tr("Print this forecast without saving it"))
        self.export_button.setDefault(True)
        self.printed = 0  # pages sent to the printer by the last Print…

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.language_combo.currentIndexChanged.connect(self._suggest_path)
        self._suggest_path()

    def _suggest_path(self) -> None:
        """A name from the language and the day, unless the user typed their own."""
        current = self.path_edit.text()
        if current and current != self._suggested:
            return
        label = "銷售預測" if self.language_combo.currentData() == "zh_TW" else "forecast"
        folder = Path(current).parent if current else pdf_export.documents_folder()
        self._suggested = str(folder / f"{label} {date.today().isoformat()}.pdf")
        self.path_edit.setText(self._suggested)

    def browse(self) -> None:
        path = pdf_export.ask_path(self, self.tr("Save Forecast As"), self.path_edit.text())
        if path is not None:
            self.path_edit.setText(path)

    def export(self) -> bool:
        """Write the PDF; True if it was written."""
        from planner.export import export_forecast

        text = self.path_edit.text().strip()
        if not text:
            return False

        def write(path: Path, force: bool) -> int:
            return export_forecast(self.planner, path, self.language_combo.currentData(),
                                   self.paper_combo.currentData() or None, by=self.by,
                                   process_id=self.process_id, force=force)

        written = pdf_export.write(self, self.status, text, self.planner.path, write)
        if written is None:
            return False
        self.path, self.pages = written
        self.open_button.show()
        self.open_button.setDefault(True)
        return True

    def open_pdf(self) -> None:
        if self.path is not None:
            printing.open_pdf(self, self.path)

    def print_pdf(self) -> bool:
        """Write the forecast as chosen to a temporary PDF and print it; True if pages were printed."""
        from planner.export import export_forecast

        self.printed = pdf_export.print_once(
            self, self.status, Path(self._suggested or "forecast.pdf").name,
            lambda path: export_forecast(self.planner, path, self.language_combo.currentData(),
                                         self.paper_combo.currentData() or None, by=self.by,
                                         process_id=self.process_id))
        if self.printed:
            self.status.setText(self.tr("The forecast went to the printer."))
        return self.printed > 0
