"""Settings › Reason Categories…: the file's list of why deals are lost or abandoned.

Every change is written at once through ``planner.reasons`` (one use case each), like the
exchange rates; a refusal is shown in the dialog. Retiring a category that deals carry keeps
it for them (listed last, greyed); one that no deal ever carried is deleted.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.domain.reasons import ReasonCategory
from planner.i18n import error_text
from planner.services import Planner
from planner.ui.kit import plain
from planner.ui.kit.reasons import category_label
from planner.ui.kit.widgets import InlineError, muted

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ReasonsDialog(QDialog):
    """Add, rename, reorder, retire and restore; ``writable`` False shows the list only."""

    def __init__(self, planner: Planner, writable: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.planner = planner
        self.writable = writable
        self.setWindowTitle(self.tr("Reason Categories"))
        intro = plain.label(QLabel(self.tr(
            "When a deal is lost or abandoned, you can file it under one of these categories; the "
            "win/loss analysis counts deals by them. A category that deals carry is retired rather "
            "than deleted: they keep it, and it is no longer offered."), self))
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Reason categories"))
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.list.itemDoubleClicked.connect(lambda _item: self.rename())
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.rename_button = QPushButton(self.tr("Re&name…"), self)
        self.up_button = QPushButton(self.tr("Move &Up"), self)
        self.down_button = QPushButton(self.tr("Move &Down"), self)
        self.retire_button = QPushButton(self.tr("&Retire"), self)
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.retire_button.clicked.connect(self.retire_or_restore)
        side = QVBoxLayout()
        for button in (self.add_button, self.rename_button, self.up_button, self.down_button, self.retire_button):
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        self.note = muted(plain.label(QLabel(self)))
        self.note.setWordWrap(True)
        self.error = InlineError(self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.categories: list[ReasonCategory] = []
        self.reload()
        self.resize(480, 400)

    # ------------------------------------------------------------------ the list
    def reload(self, select: int | None = None) -> None:
        """Read the list again; ``select`` (an id) stays chosen, else the row that was."""
        chosen = self.selected()
        keep = select if select is not None else (chosen.id if chosen is not None else None)
        self.categories = self.planner.reasons.all(include_retired=True)
        self.list.clear()
        faded = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for c in self.categories:
            text = category_label(c)
            item = QListWidgetItem(self.tr("{name} (retired)").format(name=text) if c.archived else text, self.list)
            item.setData(ID_ROLE, c.id)
            if c.archived:
                item.setForeground(faded)
                item.setToolTip(self.tr("Kept for the deals filed under it; no longer offered."))
        rows = [i for i, c in enumerate(self.categories) if c.id == keep]
        self.list.setCurrentRow(rows[0] if rows else (0 if self.categories else -1))
        self._update_buttons()

    def selected(self) -> ReasonCategory | None:
        row = self.list.currentRow()
        return self.categories[row] if 0 <= row < len(self.categories) else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        active = [c for c in self.categories if not c.archived]
        index = active.index(chosen) if chosen in active else -1
        self.add_button.setEnabled(self.writable)
        self.rename_button.setEnabled(self.writable and chosen is not None)
        self.up_button.setEnabled(self.writable and index > 0)
        self.down_button.setEnabled(self.writable and 0 <= index < len(active) - 1)
        self.retire_button.setEnabled(self.writable and chosen is not None)
        retired = chosen is not None and chosen.archived
        self.retire_button.setText(self.tr("&Restore") if retired else self.tr("&Retire"))

    # ------------------------------------------------------------------ acts
    def ask_name(self, title: str, prompt: str, text: str) -> str | None:
        """The name typed, or None if cancelled (made apart so that tests can answer it)."""
        name, ok = QInputDialog.getText(self, title, prompt, QLineEdit.EchoMode.Normal, text)
        return name if ok else None

    def add(self) -> None:
        name = self.ask_name(self.tr("Add Category"), self.tr("Name of the new category:"), "")
        if name is not None:
            self._run(lambda: self.planner.reasons.add(name), select_new=True)

    def rename(self) -> None:
        chosen = self.selected()
        if chosen is None or not self.writable:
            return
        shown = category_label(chosen)
        prompt = (self.tr("New name (leave it empty for the built-in name, in your language):")
                  if chosen.key is not None else self.tr("New name:"))
        name = self.ask_name(self.tr("Rename Category"), prompt, shown)
        if name is None or name.strip() == shown:
            return  # unchanged: a built-in name keeps following the language
        self._run(lambda: self.planner.reasons.rename(chosen.id, name))

    def move_selected(self, step: int) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        active = [c for c in self.categories if not c.archived]
        self._run(lambda: self.planner.reasons.move(chosen.id, active.index(chosen) + step))

    def retire_or_restore(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        name = category_label(chosen)
        if chosen.archived:
            if self._run(lambda: self.planner.reasons.restore(chosen.id)):
                self.note.setText(self.tr("“{name}” is offered again.").format(name=name))
            return
        deleted: list[bool] = []
        if self._run(lambda: deleted.append(self.planner.reasons.retire(chosen.id))):
            self.note.setText(self.tr("“{name}” was deleted: no deal was ever filed under it.").format(name=name)
                              if deleted and deleted[0] else
                              self.tr("“{name}” is retired: the deals filed under it keep it.").format(name=name))

    def _run(self, write: Callable[[], object], select_new: bool = False) -> bool:
        """One use case of ``planner.reasons``; True if the file took it."""
        chosen = self.selected()
        try:
            result = write()
        except PlannerError as e:
            self.error.show_message(error_text(e))
            return False
        self.error.show_message("")
        self.note.setText("")
        self.reload(select=result if select_new and isinstance(result, int) else (chosen.id if chosen else None))
        return True
