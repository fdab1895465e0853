"""The settings declared in ``planner.settings``, as a form; saved to the planner file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner import settings
from planner.domain.errors import PlannerError
from planner.i18n import error_text
from planner.services import Planner
from planner.ui.kit import plain
from planner.ui.kit.labels import choice_label

Editor = QLineEdit | QSpinBox | QComboBox
DAY_COUNTS = ("idle_days", "snapshot_days")  # whole-number settings counted in days


class SettingsDialog(QDialog):
    def __init__(self, planner: Planner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.planner = planner
        self.setWindowTitle(self.tr("Settings"))
        stored = planner.settings.all()
        self.editors: dict[str, Editor] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # long labels read best above
        form.setVerticalSpacing(6)
        for setting in settings.SETTINGS:
            current = settings.value(stored, setting.key)
            editor: Editor
            if setting.kind == "int":
                editor = QSpinBox(self)
                editor.setRange(1, 9999)
                editor.setValue(settings.int_value(stored, setting.key))
                if setting.key in DAY_COUNTS:
                    editor.setSuffix(self.tr(" days"))
                editor.setMaximumWidth(160)
            elif setting.kind == "choice":
                editor = QComboBox(self)
                for choice in setting.choices:
                    editor.addItem(choice_label(setting.key, choice), choice)
                editor.setCurrentIndex(max(0, editor.findData(current)))
            else:
                editor = QLineEdit(current, self)
            label = QLabel(QCoreApplication.translate(settings.CONTEXT, setting.label), self)
            label.setBuddy(editor)
            form.addRow(label, editor)
            self.editors[setting.key] = editor
        note = QLabel(self.tr("Settings are kept in the planner file, so they travel with it."), self)
        note.setWordWrap(True)
        self.error_label = plain.label(QLabel(self))
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def values(self) -> dict[str, str]:
        out = {}
        for key, editor in self.editors.items():
            if isinstance(editor, QSpinBox):
                out[key] = str(editor.value())
            elif isinstance(editor, QComboBox):
                out[key] = str(editor.currentData())
            else:
                out[key] = editor.text().strip()
        return out

    def save(self) -> None:
        stored = self.planner.settings.all()
        try:
            for key, value in self.values().items():
                if value != settings.value(stored, key):
                    self.planner.settings.set(key, value)
        except PlannerError as e:
            self.error_label.setText(error_text(e))
            self.error_label.show()
            return
        self.accept()
