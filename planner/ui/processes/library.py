"""The process library: every tailored process, side by side, and what can be done with it.

The dialog and its actions: New (the wizard), Edit (within the rules: history is never
rewritten), Duplicate, Archive, Export and Import. Its list is in ``library_list``, the
read-only view of the selected process in ``library_view``, the editor in
``library_editor``. Every change goes through the services; a refusal is shown in the
user's language and nothing is half-done.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import (
    QItemSelectionModel,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner import local_settings, process_exchange
from planner.domain.errors import PlannerError
from planner.i18n import error_text
from planner.services import Planner, ProcessSummary
from planner.ui.kit import file_dialogs, icons, open_files, plain
from planner.ui.processes.library_editor import ProcessEditorDialog
from planner.ui.processes.library_list import ID_ROLE, ArchivedFilter, ProcessListModel
from planner.ui.processes.library_view import ProcessView
from planner.ui.processes.widgets import fit_to_screen
from planner.ui.processes.wizard import run_wizard


def _file_stem(name: str) -> str:
    """A file name from a process name, keeping letters of any script."""
    stem = re.sub(r'[\\/:*?"<>|\s]+', "-", name.strip()).strip("-.")
    return stem[:80] or "process"


class ProcessLibraryDialog(QDialog):
    """Tools > Processes: list, view, edit, duplicate, archive, export and import processes."""

    processesChanged = Signal()

    def __init__(self, planner: Planner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.planner = planner
        self.setWindowTitle(self.tr("Processes"))
        self.model = ProcessListModel(self)
        self.proxy = ArchivedFilter(self)
        self.proxy.setSourceModel(self.model)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ProcessListModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ProcessListModel.NAME, QHeaderView.ResizeMode.Stretch)
        for col in (ProcessListModel.STAGES, ProcessListModel.DEALS, ProcessListModel.STATUS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.show_archived = QCheckBox(self.tr("Show &archived"))
        self.show_archived.setChecked(True)
        self.show_archived.toggled.connect(self.proxy.set_show_archived)
        self.empty = QLabel(self.tr("No processes yet. Start with “New process…”: the wizard "
                                    "helps you trim the reference process to your business."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.view = ProcessView()

        self.new_button = self._button(self.tr("&New process…"), self.new_process,
                                       self.tr("Tailor a new process with the wizard"))
        self.edit_button = self._button(self.tr("&Edit…"), self.edit_process,
                                        self.tr("Change names, milestones, work and win rates"))
        self.duplicate_button = self._button(self.tr("D&uplicate…"), self.duplicate_process,
                                             self.tr("Start a new process from this one"))
        self.archive_button = self._button(self.tr("A&rchive"), self.toggle_archive,
                                           self.tr("Archived processes are not offered for new deals; "
                                                   "their deals keep them"))
        self.export_button = self._button(self.tr("E&xport…"), self.export_process,
                                          self.tr("Save this process to a file to share with a colleague"))
        self.import_button = self._button(self.tr("&Import…"), self.import_process,
                                          self.tr("Add a process from a file a colleague shared"))
        for button, name in ((self.new_button, "wizard"), (self.export_button, "file-export"),
                             (self.import_button, "file-open")):
            button.setIcon(icons.icon(name))
        new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        new_shortcut.activated.connect(self.new_process)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        # Enter on a row opens it; it must not fall through to a default "Close"
        for close_button in close.buttons():
            if isinstance(close_button, QPushButton):  # as a button box's buttons all are
                close_button.setAutoDefault(False)
        self.status = plain.label(QLabel())
        self.status.setWordWrap(True)
        self.status.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.setSpacing(6)
        top = QHBoxLayout()
        title = QLabel(self.tr("&Your processes"))
        title.setBuddy(self.table)
        bold = title.font()
        bold.setBold(True)
        title.setFont(bold)
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.show_archived)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty, 1)
        actions = QVBoxLayout()
        actions.setSpacing(4)
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.duplicate_button):
            row1.addWidget(b)
        for b in (self.archive_button, self.export_button, self.import_button):
            row2.addWidget(b)
        actions.addLayout(row1)
        actions.addLayout(row2)
        left_layout.addLayout(actions)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([380, 560])
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(line)
        layout.addLayout(bottom)

        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.table.activated.connect(lambda *_: self.edit_process())
        self.proxy.modelReset.connect(self._show_selected)
        self.proxy.rowsRemoved.connect(self._show_selected)
        fit_to_screen(self, 980, 600)
        self.refresh()

    def _button(self, text: str, slot: object, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # ------------------------------------------------------------ state
    def refresh(self, select: int | None = None) -> None:
        keep = select if select is not None else self.selected_id()
        try:
            rows = self.planner.processes.summaries()
        except PlannerError as e:
            self._error(self.tr("The processes cannot be listed"), e)
            rows = []
        self.model.set_processes(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        if keep is not None:
            self.select(keep)
        elif self.proxy.rowCount():
            self.table.selectRow(0)
        self._show_selected()

    def select(self, process_id: int) -> None:
        row = self.model.row_of(process_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _selected_summary(self) -> ProcessSummary | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.summary(self.proxy.mapToSource(index).row())

    def _show_selected(self, *_: object) -> None:
        summary = self._selected_summary()
        process = None
        if summary is not None:
            try:
                process = self.planner.processes.get(summary.id)
            except PlannerError as e:
                self._error(self.tr("The process cannot be shown"), e)
        self.view.show_process(process, summary)
        has = summary is not None
        for b in (self.edit_button, self.duplicate_button, self.archive_button, self.export_button):
            b.setEnabled(has)
        self.archive_button.setText(self.tr("Un&archive") if has and summary.archived  # type: ignore[union-attr]  # has means summary is not None
                                    else self.tr("A&rchive"))

    def _changed(self, select: int | None, message: str) -> None:
        self.refresh(select)
        self.status.setText(message)
        self.processesChanged.emit()

    def _error(self, title: str, error: PlannerError) -> None:
        QMessageBox.warning(self, title, plain.html(error_text(error)))

    # ------------------------------------------------------------ actions
    def new_process(self) -> None:
        new_id = run_wizard(self.planner, self)
        if new_id is not None:
            self._changed(new_id, self.tr("New process saved."))

    def edit_process(self) -> None:
        summary = self._selected_summary()
        if summary is None:
            return
        try:
            process = self.planner.processes.get(summary.id)
        except PlannerError as e:
            self._error(self.tr("The process cannot be opened"), e)
            return
        editor = ProcessEditorDialog(self.planner, process, summary.deals, self)
        if editor.exec() == QDialog.DialogCode.Accepted:
            self._changed(summary.id, self.tr("“{name}” saved.").format(name=editor.name.text().strip()))
        editor.deleteLater()

    def duplicate_process(self) -> None:
        summary = self._selected_summary()
        if summary is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Duplicate process"), self.tr("Name of the new process:"),
            QLineEdit.EchoMode.Normal, self.tr("{name} (copy)").format(name=summary.name))
        if not ok:
            return
        try:
            new_id = self.planner.processes.duplicate(summary.id, name)
        except PlannerError as e:
            self._error(self.tr("The process cannot be duplicated"), e)
            return
        self._changed(new_id, self.tr("“{name}” created from “{source}”.").format(
            name=name.strip(), source=summary.name))

    def toggle_archive(self) -> None:
        summary = self._selected_summary()
        if summary is None:
            return
        try:
            self.planner.processes.archive(summary.id, not summary.archived)
        except PlannerError as e:
            self._error(self.tr("The process cannot be archived"), e)
            return
        message = (self.tr("“{name}” is active again.") if summary.archived
                   else self.tr("“{name}” is archived: hidden from new deals, kept for its deals."))
        self._changed(summary.id, message.format(name=summary.name))

    def _folder(self) -> str:
        saved = local_settings.process_folder()
        if saved and Path(saved).is_dir():
            return saved
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def _remember_folder(self, path: str) -> None:
        local_settings.set_process_folder(Path(path).parent)

    def _file_filter(self) -> str:
        return self.tr("Deal Planner process (*.json);;All files (*)")

    def export_process(self) -> None:
        summary = self._selected_summary()
        if summary is None:
            return
        suggested = str(Path(self._folder()) / f"{_file_stem(summary.name)}{process_exchange.SUFFIX}")
        chosen = file_dialogs.ask_save(self, self.tr("Export process"), suggested, self._file_filter())
        if chosen is None:
            return
        path = str(chosen) if chosen.suffix else str(chosen) + process_exchange.SUFFIX
        if open_files.open_here(path) is not None:
            return
        try:
            process_exchange.export_process(self.planner, summary.id, Path(path))
        except PlannerError as e:
            self._error(self.tr("The process cannot be exported"), e)
            return
        self._remember_folder(path)
        self.status.setText(self.tr("“{name}” exported to {path}.").format(name=summary.name, path=path))

    def import_process(self) -> None:
        chosen = file_dialogs.ask_open(self, self.tr("Import process"), self._folder(), self._file_filter())
        if chosen is None:
            return
        path = str(chosen)
        try:
            process = process_exchange.read_process(Path(path))
            taken = {p.name.casefold() for p in self.planner.processes.summaries()}
            if process.name.casefold() in taken:
                process.name = self.tr("{name} (imported)").format(name=process.name)
            from planner import snapshots

            # a way back, as before any import; if it cannot be written, nothing is imported
            snapshots.before_risky(self.planner, snapshots.Kind.BEFORE_IMPORT)
            new_id = self.planner.processes.create(process)
        except PlannerError as e:
            self._error(self.tr("The process cannot be imported"), e)
            return
        self._remember_folder(path)
        self._changed(new_id, self.tr("“{name}” imported.").format(name=process.name))
