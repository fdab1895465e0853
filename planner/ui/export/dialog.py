"""Export or print an account plan: for internal use (everything) or as the customer's copy.

The dialog names what each audience gets in a sentence (what the customer's copy keeps is
decided in planner/report/audience.py). Print… writes the chosen plan to a temporary PDF and
prints it through Qt's print dialog (planner/ui/kit/printing.py); File › Print… opens the same
dialog with printing as its default.
"""

from __future__ import annotations

import re
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
from planner.report.audience import Audience
from planner.services import Planner
from planner.ui.kit import pdf_export, plain, printing
from planner.ui.kit.labels import choice_label
from planner.ui.kit.printing import can_print  # noqa: F401 - where callers have always found it


def _safe_name(text: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', " ", text).strip() or "account"


class ExportDialog(QDialog):
    """``printing``: opened by File › Print…, with Print… as the default button."""

    def __init__(self, planner: Planner, account_id: int | None = None, parent: QWidget | None = None,
                 printing: bool = False) -> None:
        super().__init__(parent)
        self.planner = planner
        self.pages = 0
        self.path: Path | None = None
        self.printed = 0  # pages sent to the printer by the last Print…
        self.setWindowTitle(self.tr("Print Account Plan") if printing else self.tr("Export Account Plan"))
        person = local_settings.person(planner.settings.all())

        self.account_combo = QComboBox(self)
        for account in planner.accounts.all():
            self.account_combo.addItem(account.name, account.id)
        if account_id is not None:
            self.account_combo.setCurrentIndex(max(0, self.account_combo.findData(account_id)))
        self.audience_combo = QComboBox(self)
        self.audience_combo.addItem(self.tr("Internal: everything"), Audience.INTERNAL.value)
        self.audience_combo.addItem(self.tr("The customer"), Audience.CUSTOMER.value)
        self.audience_note = plain.label(QLabel(self))  # what the chosen copy keeps, in a sentence
        self.audience_note.setWordWrap(True)  # in the text colour: what goes to the customer must be read
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
        form.addRow(self.tr("&For:"), self.audience_combo)
        form.addRow("", self.audience_note)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow(self.tr("&Paper:"), self.paper_combo)
        save_label = QLabel(self.tr("&Save as:"), self)
        save_label.setBuddy(self.path_edit)  # a layout as the field gets no label buddy of its own
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
        self.print_button.setToolTip(self.tr("Print this plan as chosen above, without saving it"))
        (self.print_button if printing else self.export_button).setDefault(True)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.account_combo.currentIndexChanged.connect(self._suggest_path)
        self.language_combo.currentIndexChanged.connect(self._suggest_path)
        self.audience_combo.currentIndexChanged.connect(self._show_audience)
        self._show_audience()
        if self.account_combo.count() == 0:
            self.status.setText(self.tr("There are no accounts yet: add one with Deal › Accounts…"))
            self.export_button.setEnabled(False)
            self.print_button.setEnabled(False)

    def audience(self) -> Audience:
        return Audience(self.audience_combo.currentData())

    def _show_audience(self) -> None:
        if self.audience() == Audience.CUSTOMER:
            self.audience_note.setText(self.tr(
                "Keeps the deals in progress with their value, stage, next milestone and target date, the "
                "milestones reached with the customer's decisions, the deliverables still to come, and the "
                "names and job titles of the people involved. Leaves out risks, notes, tasks, attitudes, "
                "influence, buying roles, win rates, weighted values, the forecast and closed deals."))
        else:
            self.audience_note.setText(self.tr(
                "Everything, for you and your team: risks, notes, each contact's attitude and influence, "
                "win rates, weighted values, the forecast and closed deals with their reasons."))
        self._suggest_path()

    def _suggest_path(self) -> None:
        """A name from the account and language, unless the user typed their own."""
        current = self.path_edit.text()
        if current and current != self._suggested:
            return
        name = _safe_name(self.account_combo.currentText())
        chinese = self.language_combo.currentData() == "zh_TW"
        if self.audience() == Audience.CUSTOMER:
            label = "合作計畫" if chinese else "joint plan"
        else:
            label = "客戶計畫" if chinese else "account plan"
        folder = Path(current).parent if current else pdf_export.documents_folder()
        self._suggested = str(folder / f"{name} {label} {date.today().isoformat()}.pdf")
        self.path_edit.setText(self._suggested)

    def browse(self) -> None:
        path = pdf_export.ask_path(self, self.tr("Save Account Plan As"), self.path_edit.text())
        if path is not None:
            self.path_edit.setText(path)

    def export(self) -> None:
        from planner.export import export_account_plan

        account_id = self.account_combo.currentData()
        text = self.path_edit.text().strip()
        if account_id is None or not text:
            return

        def write(path: Path, force: bool) -> int:
            return export_account_plan(self.planner, int(account_id), path, self.language_combo.currentData(),
                                       self.paper_combo.currentData() or None, force=force,
                                       audience=self.audience().value)

        written = pdf_export.write(self, self.status, text, self.planner.path, write)
        if written is None:
            return
        self.path, self.pages = written
        self.open_button.show()
        self.open_button.setDefault(True)

    def open_pdf(self) -> None:
        if self.path is not None:
            printing.open_pdf(self, self.path)

    def print_pdf(self) -> bool:
        """Write the plan as chosen to a temporary PDF and print it; True if pages were printed."""
        from planner.export import export_account_plan

        account_id = self.account_combo.currentData()
        if account_id is None:
            return False
        self.printed = pdf_export.print_once(
            self, self.status, Path(self._suggested or "plan.pdf").name,
            lambda path: export_account_plan(self.planner, int(account_id), path, self.language_combo.currentData(),
                                             self.paper_combo.currentData() or None,
                                             audience=self.audience().value))
        if self.printed:
            self.status.setText(self.tr("The plan went to the printer."))
        return self.printed > 0
