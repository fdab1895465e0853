"""Tools > Your Track Record: a process's observed win rates next to its configured ones,
adopting an observed rate as a stage's rate for the future (and the rates adopted so far),
and, on a tab of its own, the win/loss analysis (``winloss``).

Adopting writes through ``planner.processes.adopt_rate``; the table refreshes from the
session's ``changed`` signal like every view, so an edit made anywhere shows here too.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain import formats
from planner.domain.calibration import MIN_CLOSED, StageCalibration
from planner.domain.errors import PlannerError
from planner.i18n import current_language, error_text
from planner.services import Changes
from planner.ui.calibration.adoptions import AdoptionsList
from planner.ui.calibration.model import ADOPTABLE_ROLE, STAGE, STAGE_ROLE, CalibrationModel
from planner.ui.calibration.winloss import WinLossWidget
from planner.ui.kit import plain
from planner.ui.kit.widgets import InlineError, muted
from planner.ui.session import Session

COLUMN_ROOM = 16  # pixels between one column's figures and the next one's


class CalibrationDialog(QDialog):
    """The track record of one process at a time; ``process_id`` is the one shown first."""

    def __init__(self, session: Session, process_id: int | None = None, writable: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.writable = writable
        self.model = CalibrationModel(self)

        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.process_label = QLabel(self)
        self.processes = QComboBox(self)
        self.processes.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.process_label.setBuddy(self.processes)
        form = QFormLayout()
        form.addRow(self.process_label, self.processes)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table: the arrows move within it
        self.empty = plain.label(QLabel(self))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty)

        self.note = muted(plain.label(QLabel(self)))  # what Adopt would do for the selected stage
        self.note.setWordWrap(True)
        self.error = InlineError(self)
        self.adopt_button = QPushButton(self)
        self.adopt_button.clicked.connect(self.adopt_selected)
        adopt_row = QHBoxLayout()
        adopt_row.addWidget(self.note, 1)
        adopt_row.addWidget(self.adopt_button, 0, Qt.AlignmentFlag.AlignTop)
        self.adoptions = AdoptionsList(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        rates = QWidget(self)
        page = QVBoxLayout(rates)
        page.addWidget(self.explanation)
        page.addLayout(form)
        page.addWidget(self.pages, 1)
        page.addLayout(adopt_row)
        page.addWidget(self.error)
        page.addWidget(self.adoptions)
        self.win_loss = WinLossWidget(self)
        outcomes = QWidget(self)
        QVBoxLayout(outcomes).addWidget(self.win_loss)  # with the margins the first tab has
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(rates, "")
        self.tabs.addTab(outcomes, "")
        self.tabs.currentChanged.connect(lambda _index: self._show_win_loss())
        self._win_loss_stale = True  # read when its tab is shown, not with every change behind it

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

        self._fill_processes(process_id)
        self.processes.currentIndexChanged.connect(lambda _index: self._show_process())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.session.changed.connect(self._changed)
        self._retranslate()
        self._show_process()
        self.resize(980, 560)

    # ------------------------------------------------------------ what is shown
    def _fill_processes(self, wanted: int | None) -> None:
        """The processes, open ones first as in the library; archived ones are marked."""
        summaries = self.session.planner.processes.summaries()
        summaries.sort(key=lambda s: s.archived)
        self.processes.blockSignals(True)
        self.processes.clear()
        for s in summaries:
            name = s.name if not s.archived else self.tr("{name} (archived)").format(name=s.name)
            self.processes.addItem(name, s.id)
        found = self.processes.findData(wanted) if wanted is not None else -1
        self.processes.setCurrentIndex(max(found, 0) if summaries else -1)
        self.processes.setEnabled(bool(summaries))
        self.processes.blockSignals(False)

    def process_id(self) -> int | None:
        value = self.processes.currentData()
        return int(value) if value is not None else None

    def _show_process(self) -> None:
        keep = self.selected_stage()
        process_id = self.process_id()
        found = self.session.planner.reports.calibration(process_id) if process_id is not None else []
        self.model.set_process(found[0] if found else None)
        row = self.model.row_of(keep.stage_id) if keep else -1
        self.table.selectRow(max(row, 0))
        self.pages.setCurrentWidget(self.table if self.model.closed() else self.empty)
        self._fit_columns()
        self.empty.setText(self._empty_text())
        self._update_adopt()
        self.adoptions.show_adoptions(
            self.session.planner.processes.adoptions(process_id) if process_id is not None else [],
            {s.stage_id: s.name for s in self.model.process.stages} if self.model.process else {})

    def _show_win_loss(self) -> None:
        if self.tabs.currentIndex() == 1 and self._win_loss_stale:
            self._win_loss_stale = False
            self.win_loss.refresh(self.session.planner)

    def _fit_columns(self) -> None:
        """Every column wide enough for its figures and heading, with room between them; the
        stage names take what is left."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, max(self.table.columnWidth(column), header.sectionSizeHint(column))
                                      + COLUMN_ROOM)
        header.setSectionResizeMode(STAGE, QHeaderView.ResizeMode.Stretch)

    def _empty_text(self) -> str:
        if self.model.process is None:
            return self.tr("There is no process yet.\n\nOnce deals of a process are won, lost or abandoned, "
                           "each of its stages shows here how often deals that reached it were won.")
        if not self.model.rowCount():
            return self.tr("This process has no stages.")
        return self.tr("No deal of this process has been won, lost or abandoned yet.\n\n"
                       "As deals close, each stage shows how often the deals that reached it were won; "
                       "a stage's rate is worth going by from %Ln closed deals on.", "", MIN_CLOSED)

    def selected_stage(self) -> StageCalibration | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        stage = self.model.data(rows[0], STAGE_ROLE) if rows else None
        return stage if isinstance(stage, StageCalibration) else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.error.show_message("")
        self._update_adopt()

    def _update_adopt(self) -> None:
        stage = self.selected_stage()
        rate = self._adoptable(stage)
        self.adopt_button.setEnabled(self.writable and rate is not None)
        self.adopt_button.setDefault(self.adopt_button.isEnabled())
        self.note.setText(self._note(stage, rate))

    def _adoptable(self, stage: StageCalibration | None) -> int | None:
        if stage is None:
            return None
        value = self.model.data(self.model.index(self.model.row_of(stage.stage_id), STAGE), ADOPTABLE_ROLE)
        return value if isinstance(value, int) else None

    def _note(self, stage: StageCalibration | None, rate: int | None) -> str:
        if stage is None or not self.model.closed():
            return ""
        language = current_language()
        if not stage.meaningful:
            return self.tr(
                "“{stage}” has %Ln closed deals: its observed rate is worth adopting from {minimum} on.", "",
                stage.closed).format(stage=stage.name, minimum=formats.number(MIN_CLOSED, language))
        if rate is None:
            return self.tr("“{stage}” already has its observed rate.").format(stage=stage.name)
        if not self.writable:
            return self.tr("This file is open read-only: its rates cannot be changed here.")
        return self.tr("Adopting sets “{stage}” from {old} to {new} for the future.").format(
            stage=stage.name, old=formats.percent(stage.configured_rate, language),
            new=formats.percent(rate, language))

    # ------------------------------------------------------------ adopting
    def confirm(self, stage: StageCalibration, rate: int) -> bool:
        """Ask first; Cancel is the default answer."""
        language = current_language()
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Adopt Observed Rate"), plain.html(self.tr(
            "Change the win rate of “{stage}” from {old} to {new}?\n\n"
            "Only the future changes: the forecast weights this stage's open deals with the new rate "
            "from now on. Confirmed milestones, closed deals and this track record stay as recorded.").format(
            stage=stage.name, old=formats.percent(stage.configured_rate, language),
            new=formats.percent(rate, language))), parent=self)
        go = box.addButton(self.tr("Adopt"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is go

    def adopt_selected(self) -> bool:
        """Adopt the selected stage's observed rate after a confirmation; True if it changed."""
        stage = self.selected_stage()
        rate = self._adoptable(stage)
        if stage is None or rate is None or not self.writable or not self.confirm(stage, rate):
            return False
        try:
            self.session.planner.processes.adopt_rate(stage.stage_id, rate)
        except PlannerError as e:  # the file refused: it is unchanged
            self.error.show_message(self.tr("The rate was not changed: {reason}").format(reason=error_text(e)))
            return False
        self.error.show_message("")
        return True  # the table follows from session.changed

    def _changed(self, changes: Changes) -> None:
        if changes.processes:  # a process renamed, archived, added: the list follows
            self._fill_processes(self.process_id())
        if changes.processes or changes.deals:
            self._show_process()
        if changes.processes or changes.deals or changes.settings:  # categories, rates, home currency
            self._win_loss_stale = True
            self._show_win_loss()

    # ------------------------------------------------------------ language
    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Your Track Record"))
        self.explanation.setText(self.tr(
            "For each stage: of the deals that reached it and have since closed (won, lost or abandoned), "
            "the share that was won, with the range it likely lies in. It is shown from %Ln closed "
            "deals on; days count from entering a stage to confirming its milestone, for won deals. "
            "The README's “Your track record” gives the exact rules.", "", MIN_CLOSED))
        self.process_label.setText(self.tr("&Process:"))
        self.tabs.setTabText(0, self.tr("&Win Rates by Stage"))
        self.tabs.setTabText(1, self.tr("Win/&Loss"))
        self.adopt_button.setText(self.tr("&Adopt Observed Rate…"))
        self.table.setAccessibleName(self.tr("Track record by stage"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self.isVisible():
            self._retranslate()  # closed (its file may be too) or not shown yet: nothing is read
        elif event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._fill_processes(self.process_id())
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
            self._show_process()
        super().changeEvent(event)

    def done(self, result: int) -> None:
        try:
            self.session.changed.disconnect(self._changed)  # a closed dialog reads nothing more
        except (RuntimeError, TypeError):  # already disconnected (done twice)
            pass
        super().done(result)


def show_track_record(session: Session, process_id: int | None = None, writable: bool = True,
                      parent: QWidget | None = None) -> None:
    CalibrationDialog(session, process_id, writable, parent).exec()

