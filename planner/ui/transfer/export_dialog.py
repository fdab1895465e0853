"""File › Export Data…: for Pipedrive, HubSpot or a spreadsheet (three CSV files in a folder),
everything as JSON (to move the file's whole record, or keep it), or the dates to come as a
calendar (.ics). The planner file is only read."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner import i18n
from planner.domain.errors import PlannerError
from planner.i18n import error_text
from planner.services import Planner
from planner.transfer.columns import Source
from planner.ui.kit import file_dialogs, plain

TARGETS = ("pipedrive", "hubspot", "csv", "json", "ics")
FOLDERS = ("pipedrive", "hubspot", "csv")  # three files into a folder; the others are one file


class ExportDataDialog(QDialog):
    def __init__(self, planner: Planner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.planner = planner
        self.written = ""
        self.setWindowTitle(self.tr("Export Data"))
        layout = QVBoxLayout(self)
        self.intro = plain.label(QLabel(self))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        for key in TARGETS:
            radio = QRadioButton(self)
            self.group.addButton(radio)
            self.radios[key] = radio
            layout.addWidget(radio)
            radio.toggled.connect(self._chosen)
        row = QHBoxLayout()
        self.target_label = QLabel(self)
        self.target = QLineEdit(self)
        self.target_label.setBuddy(self.target)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._browse)
        row.addWidget(self.target_label)
        row.addWidget(self.target, 1)
        row.addWidget(self.browse)
        layout.addLayout(row)
        self.outcome = plain.label(QLabel(self))
        self.outcome.setWordWrap(True)
        layout.addWidget(self.outcome)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.radios["pipedrive"].setChecked(True)
        self.resize(620, 360)

    def retranslate(self) -> None:
        self.intro.setText(self.tr("Your deals, accounts and contacts for another tool, everything this file "
                                   "holds, or the dates to come for your calendar. This file is only read."))
        texts = {"pipedrive": self.tr("For &Pipedrive: organizations, people and deals (three CSV files)"),
                 "hubspot": self.tr("For &HubSpot: companies, contacts and deals (three CSV files)"),
                 "csv": self.tr("For a &spreadsheet: accounts, contacts and deals (three CSV files)"),
                 "json": self.tr("&Everything, history included, as one JSON file (File › Import… makes a new "
                                 "planner file of it)"),
                 "ics": self.tr("The dates to come as a &calendar (.ics): next milestones and expected closes")}
        for key, text in texts.items():
            self.radios[key].setText(text)
        self.browse.setText(self.tr("Browse…"))
        self.export_button.setText(self.tr("E&xport"))

    def chosen(self) -> str:
        return next((k for k, r in self.radios.items() if r.isChecked()), "pipedrive")

    def _default(self, key: str) -> Path:
        base = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
                    or Path.home())
        stem = self.planner.path.stem
        if key in FOLDERS:
            return base / f"{stem} {key}"
        return base / f"{stem}.{key}"

    def _chosen(self) -> None:
        key = self.chosen()
        self.target_label.setText(self.tr("&Folder:") if key in FOLDERS else self.tr("&File:"))
        current = self.target.text().strip()
        if not current or Path(current) in [self._default(k) for k in TARGETS]:
            self.target.setText(str(self._default(key)))

    def _browse(self) -> None:
        key = self.chosen()
        start = Path(self.target.text().strip() or self._default(key))
        if key in FOLDERS:
            dialog = file_dialogs.file_dialog(self, self.tr("Export into the folder"), start.parent)
            dialog.setFileMode(QFileDialog.FileMode.Directory)
            dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
            chosen = file_dialogs.run_dialog(dialog)
        else:
            filters = self.tr("JSON files (*.json)") if key == "json" else self.tr("Calendar files (*.ics)")
            chosen = file_dialogs.ask_save(self, self.tr("Export to the file"), start, filters)
        if chosen is not None:
            self.target.setText(str(chosen))

    def export(self) -> bool:
        key = self.chosen()
        target = Path(self.target.text().strip())
        if not self.target.text().strip():
            return False
        try:
            if key == "json":
                from planner.transfer import full_export

                counts = full_export.export(self.planner, target)
                self.written = self.tr("Wrote {path}: %n rows.", "", sum(counts.values())).format(path=target)
            elif key == "ics":
                from planner.transfer import calendar

                n = calendar.export(self.planner, target, i18n.current_language())
                self.written = self.tr("Wrote {path} with %n dates.", "", n).format(path=target)
            else:
                from planner.transfer import crm_export

                files = crm_export.export(self.planner, Source(key), target)
                self.written = self.tr("Wrote {files} in {folder}.").format(
                    files=", ".join(p.name for p in files), folder=target)
        except PlannerError as e:
            QMessageBox.warning(self, self.tr("Export Data"), plain.html(error_text(e)))
            return False
        except OSError as e:
            from planner.domain.errors import os_reason

            reason = QCoreApplication.translate("errors", os_reason(e))
            QMessageBox.warning(self, self.tr("Export Data"), plain.html(f"{target}: {reason}"))
            return False
        self.outcome.setText(self.written)
        return True
