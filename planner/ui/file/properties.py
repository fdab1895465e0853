"""File > Properties: where the open planner file is, what it holds, and its fingerprint."""

from __future__ import annotations

import os

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.i18n import error_text
from planner.services import Planner
from planner.ui.kit import plain


def _size(path: os.PathLike[str]) -> int:
    """The file with its WAL: what the file takes on disk right now (stat only, never opened)."""
    total = 0
    for part in (str(path), f"{path}-wal"):
        try:
            total += os.stat(part).st_size
        except OSError:
            pass
    return total


class PropertiesDialog(QDialog):
    def __init__(self, planner: Planner, read_only_note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("File Properties"))
        self.setMinimumWidth(520)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        def row(label: str, text: str) -> QLabel:
            value = plain.label(QLabel(text, self))
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, value)
            return value

        def line(label: str, text: str) -> QLineEdit:
            # a path or a fingerprint: one line, all of it reachable and selectable, never wrapped
            value = QLineEdit(text, self)
            value.setReadOnly(True)
            value.setCursorPosition(0)
            form.addRow(label, value)
            return value

        locale = QLocale()
        self.location = line(self.tr("Location:"), str(planner.path))
        row(self.tr("Size:"), locale.formattedDataSize(_size(planner.path)))
        row(self.tr("Schema version:"), str(planner.file.schema_version()))
        row(self.tr("Deals:"), locale.toString(len(planner.deals.all())))
        try:
            # only a history whose every seal holds is vouched for by its fingerprint
            altered = planner.file.history_altered()
            self.fingerprint = "" if altered else planner.file.fingerprint()
            if altered:
                row(self.tr("Fingerprint:"), self.tr("None: the file's history was altered after it was sealed."))
        except PlannerError as e:
            self.fingerprint = ""
            row(self.tr("Fingerprint:"), error_text(e))
        if self.fingerprint:
            shown = line(self.tr("Fingerprint:"), self.fingerprint)
            shown.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        note = QLabel(read_only_note, self)
        note.setWordWrap(True)
        note.setVisible(bool(read_only_note))
        explain = QLabel(self.tr(
            "The fingerprint sums up the file's whole history of changes; every printed account plan "
            "carries the fingerprint of the file it came from, so a printout can be matched to its file."), self)
        explain.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.copy_button = QPushButton(self.tr("&Copy Fingerprint"), self)
        self.copy_button.setEnabled(bool(self.fingerprint))
        self.copy_button.clicked.connect(self.copy)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(explain)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.fingerprint)
