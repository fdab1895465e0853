"""The process library's right-hand pane: one process, read-only (description, stages, what was left out)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from planner.domain.model import Answer, Process
from planner.domain.reference import reference_stage
from planner.i18n import current_language
from planner.services import ProcessSummary
from planner.ui.kit import plain
from planner.ui.processes.delegates import PaddedDelegate
from planner.ui.processes.models import SummaryModel


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
