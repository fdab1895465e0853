"""The process library: every tailored process, side by side, and what can be done with it.

List with stage and deal counts, a read-only view of the selected process, and
Edit (within the rules: history is never rewritten), Duplicate, Archive, Export
and Import. Every change goes through the services; a refusal is shown in the
user's language and nothing is half-done.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    QSortFilterProxyModel,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner import process_exchange
from planner.domain.errors import PlannerError
from planner.domain.model import Answer, Process
from planner.domain.reference import reference_stage
from planner.domain.tailoring import EditableStages
from planner.i18n import current_language, error_text
from planner.services import Planner, ProcessSummary
from planner.ui.kit import file_dialogs, icons, open_files, plain
from planner.ui.processes.delegates import PaddedDelegate
from planner.ui.processes.models import SummaryModel
from planner.ui.processes.tailor_panel import TailorPanel
from planner.ui.processes.widgets import fit_to_screen
from planner.ui.processes.wizard import run_wizard

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ARCHIVED_ROLE = Qt.ItemDataRole.UserRole + 2
SETTINGS_DIR = "processLibrary/lastFolder"  # QSettings: only where files were last put


class ProcessListModel(QAbstractTableModel):
    """Processes with their stage and deal counts; archived ones in italics."""

    NAME, STAGES, DEALS, STATUS = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ProcessSummary] = []

    def set_processes(self, rows: list[ProcessSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_of(self, process_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == process_id), -1)

    def summary(self, row: int) -> ProcessSummary:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (r.name, str(r.stages), str(r.deals),
                    self.tr("Archived") if r.archived else self.tr("Active"))[col]
        if role == Qt.ItemDataRole.EditRole:  # sort numbers as numbers
            return (r.name.casefold(), r.stages, r.deals, int(r.archived))[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain.html(r.description or r.name)
        if role == Qt.ItemDataRole.FontRole and r.archived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.STAGES, self.DEALS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return r.id
        if role == ARCHIVED_ROLE:
            return r.archived
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Process"), self.tr("Stages"), self.tr("Deals"), self.tr("Status"))[section]


class ArchivedFilter(QSortFilterProxyModel):
    """Hides archived processes unless asked to show them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._show_archived = True
        self.setSortRole(Qt.ItemDataRole.EditRole)

    def set_show_archived(self, show: bool) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+; the older call is deprecated there
            self.beginFilterChange()
            self._show_archived = show
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self._show_archived = show
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        if self._show_archived:
            return True
        return not self.sourceModel().index(row, 0, parent).data(ARCHIVED_ROLE)


class ProcessView(QWidget):
    """A read-only view of one process: description, stages, what was left out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = plain.label(QLabel())
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.state = plain.label(QLabel())
        self.state.setWordWrap(True)
        self.state.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.description = plain.label(QLabel())
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = SummaryModel(self)
        self.table = QTableView()
        self.table.setModel(self.summary)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # the view is narrow: names and milestones wrap, the work counts live in the editor
        self.table.setWordWrap(True)
        self.table.setItemDelegate(PaddedDelegate(self.table))
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        for col in range(self.summary.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for col in (SummaryModel.NAME, SummaryModel.MILESTONE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        for col in (SummaryModel.TASKS, SummaryModel.DELIVERABLES):
            self.table.setColumnHidden(col, True)
        self.left_out = plain.label(QLabel())
        self.left_out.setWordWrap(True)
        self.left_out.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty = QLabel(self.tr("Select a process to see its stages."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.state)
        layout.addWidget(self.description)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.left_out)
        layout.addWidget(self.empty, 1)
        self.show_process(None, None)

    def show_process(self, process: Process | None, summary: ProcessSummary | None) -> None:
        shown = process is not None and summary is not None
        for w in (self.title, self.state, self.description, self.table, self.left_out):
            w.setVisible(shown)
        self.empty.setVisible(not shown)
        if not shown:
            self.summary.set_stages([])
            return
        assert process is not None and summary is not None
        self.title.setText(process.name)
        if summary.archived:
            state = self.tr("Archived: not offered for new deals. Deals that still use it: {deals}").format(
                deals=summary.deals)
        else:
            state = self.tr("Stages: {stages} · deals using it: {deals}").format(
                stages=summary.stages, deals=summary.deals)
        self.state.setText(state)
        self.description.setText(process.description)
        self.description.setVisible(bool(process.description.strip()))
        self.summary.set_stages(process.stages)
        lang = current_language()
        parts = []
        for key in sorted(process.dropped):
            name = reference_stage(key).text("name", lang)
            if process.dropped[key] == Answer.NO_INFLUENCE:
                name = self.tr("{name} (no influence)").format(name=name)
            parts.append(name)
        self.left_out.setText(self.tr("Left out of the reference process: {stages}").format(
            stages=self.tr(", ").join(parts)) if parts else "")
        self.left_out.setVisible(bool(parts))


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
        saved = QSettings().value(SETTINGS_DIR, "")
        if saved and Path(str(saved)).is_dir():
            return str(saved)
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def _remember_folder(self, path: str) -> None:
        QSettings().setValue(SETTINGS_DIR, str(Path(path).parent))

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
