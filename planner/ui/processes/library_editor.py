"""Editing a saved process from the library, within the rules: history is never rewritten."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.domain.model import Process
from planner.domain.tailoring import EditableStages
from planner.i18n import error_text
from planner.services import Planner
from planner.ui.kit import plain
from planner.ui.processes.tailor_panel import TailorPanel
from planner.ui.processes.widgets import fit_to_screen


class ProcessEditorDialog(QDialog):
    """Edit a saved process; the services refuse, with a reason, what would rewrite history."""

    def __init__(self, planner: Planner, process: Process, deals: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.planner = planner
        self.process = process
        self._dirty = False
        self.setWindowTitle(self.tr("Edit process: {name}").format(name=process.name))
        self.name = QLineEdit(process.name)
        self.description = QPlainTextEdit(process.description)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.description.fontMetrics().lineSpacing() * 3 + 14)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Process &name:"), self.name)
        form.addRow(self.tr("&Description:"), self.description)
        self.stages = EditableStages(process.stages, planner.processes.used_stages(process.id) if process.id else set())
        self.panel = TailorPanel(self.stages)
        self.history = QLabel(self.tr(
            "Deals using this process: {deals}. History is never rewritten: a stage that deals are "
            "in or have passed cannot be removed or moved, but its words and work can be improved."
        ).format(deals=deals))
        self.history.setWordWrap(True)
        self.history.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.history.setVisible(deals > 0)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.history)
        layout.addWidget(self.panel, 1)
        layout.addWidget(self.buttons)
        self.name.textEdited.connect(self._edited)
        self.description.textChanged.connect(self._edited)
        self.panel.edited.connect(self._edited)
        fit_to_screen(self, 960, 600)

    def _edited(self, *_: object) -> None:
        self._dirty = True

    def edited_process(self) -> Process:
        return Process(id=self.process.id, name=self.name.text(),
                       description=self.description.toPlainText().strip(),
                       stages=self.stages.finished(), archived=self.process.archived,
                       dropped=dict(self.process.dropped))

    def save(self) -> None:
        if not self.name.text().strip():
            self.panel.show_error(self.tr("Give the process a name."))
            self.name.setFocus()
            return
        if not self.panel.validate():
            return
        try:
            self.planner.processes.update(self.edited_process())
        except PlannerError as e:
            QMessageBox.warning(self, self.tr("This change cannot be saved"), plain.html(error_text(e)))
            return
        self.accept()

    def reject(self) -> None:
        if self._dirty:
            answer = QMessageBox.question(
                self, self.tr("Discard your changes?"),
                self.tr("Your changes to this process have not been saved."),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
