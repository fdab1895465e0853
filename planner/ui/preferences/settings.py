"""The settings declared in ``planner.settings``, as a form in two parts: yours (kept on this
computer, for every file) and the open file's (kept in it, travelling with it)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner import local_settings, settings
from planner.domain.errors import PlannerError
from planner.i18n import current_language, error_text
from planner.services import Planner
from planner.ui.kit import plain
from planner.ui.kit.labels import choice_label

Editor = QLineEdit | QSpinBox | QComboBox
DAY_COUNTS = ("idle_days", "snapshot_days")  # whole-number settings counted in days


class SettingsDialog(QDialog):
    """``writable``: False while the file is open read-only (its part is shown, not editable)."""

    def __init__(self, planner: Planner, writable: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.planner = planner
        self.writable = writable
        self.setWindowTitle(self.tr("Settings"))
        self.editors: dict[str, Editor] = {}
        self.current: dict[str, Any] = {}
        self.changed: set[str] = set()  # the keys OK wrote (the language only when it was chosen here)
        person = local_settings.person(planner.settings.all())
        mine = QGroupBox(self.tr("Yours, for every planner file on this computer"), self)
        mine.setLayout(self._form(settings.PERSON, person))
        the_file = QGroupBox(self.tr("This file's, kept in it wherever it is opened"), self)
        file_form = self._form(settings.FILE, planner.settings.all())
        self.rates_button = QPushButton(self.tr("Exchange &Rates…"), self)
        self.rates_button.clicked.connect(self.show_rates)
        self.reasons_button = QPushButton(self.tr("Reason &Categories…"), self)
        self.reasons_button.setToolTip(self.tr("The categories a lost or abandoned deal can be filed under"))
        self.reasons_button.clicked.connect(self.show_reasons)
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(self.rates_button)
        file_buttons.addWidget(self.reasons_button)
        file_buttons.addStretch(1)
        file_form.addRow(file_buttons)
        the_file.setLayout(file_form)
        the_file.setEnabled(writable)
        self.error_label = plain.label(QLabel(self))
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(mine)
        layout.addWidget(the_file)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def _form(self, declared: tuple[settings.Setting[Any], ...], stored: dict[str, str]) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # long labels read best above
        form.setVerticalSpacing(6)
        for setting in declared:
            current = setting.of(stored)
            self.current[setting.key] = current
            editor: Editor
            if isinstance(setting, settings.IntSetting):
                editor = QSpinBox(self)
                editor.setRange(setting.minimum, setting.maximum)
                editor.setValue(current)
                if setting.key in DAY_COUNTS:  # "1 day", "7 days": the suffix follows the number
                    self._day_suffix(editor)
                    editor.valueChanged.connect(lambda _v, e=editor: self._day_suffix(e))
                editor.setMaximumWidth(160)
            elif isinstance(setting, settings.CurrencySetting):
                from planner.ui.preferences.rates import currency_box

                # the home currency in effect, chosen or not: OK without a change writes nothing
                current = self.current[setting.key] = self.planner.rates.home(current_language())
                editor = currency_box(self, current)
                editor.setMaximumWidth(160)
            elif isinstance(setting, settings.ChoiceSetting):
                editor = QComboBox(self)
                for choice in setting.choices:
                    editor.addItem(choice_label(setting.key, choice.value), choice.value)
                editor.setCurrentIndex(max(0, editor.findData(current.value)))
            else:
                editor = QLineEdit(str(current), self)
            label = QLabel(QCoreApplication.translate(settings.CONTEXT, setting.label), self)
            label.setBuddy(editor)
            form.addRow(label, editor)
            self.editors[setting.key] = editor
        return form

    def _day_suffix(self, editor: QSpinBox) -> None:
        # a plural form without the number (it is the box's value): " day" or " days" in English
        editor.setSuffix(self.tr(" days", "after a number of days", editor.value()))

    def values(self) -> dict[str, str]:
        """What the form holds, as text."""
        out = {}
        for key, editor in self.editors.items():
            if isinstance(editor, QSpinBox):
                out[key] = str(editor.value())
            elif isinstance(editor, QComboBox) and editor.isEditable():
                out[key] = editor.currentText().strip().upper()
            elif isinstance(editor, QComboBox):
                out[key] = str(editor.currentData())
            else:
                out[key] = editor.text().strip()
        return out

    def show_rates(self) -> None:
        from planner.ui.preferences.rates import RatesDialog

        RatesDialog(self.planner, self.writable, self).exec()

    def show_reasons(self) -> None:
        from planner.ui.preferences.reasons import ReasonsDialog

        ReasonsDialog(self.planner, self.writable, self).exec()

    def save(self) -> None:
        self.changed = set()
        try:
            for key, text in self.values().items():
                setting = settings.BY_KEY[key]
                value = setting.parse(text)
                if value == self.current[key]:
                    continue
                if setting.scope is settings.Scope.PERSON:
                    local_settings.set_person(setting, value)
                elif self.writable:
                    self.planner.settings.set(key, text)
                else:
                    continue
                self.changed.add(key)
        except PlannerError as e:
            self.error_label.setText(error_text(e))
            self.error_label.show()
            return
        self.accept()
