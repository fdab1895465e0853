"""The wizard's last page: name and describe the process, see it whole, and save it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.domain.model import Answer
from planner.domain.reference import reference_stage
from planner.domain.rules import falling_win_rates
from planner.i18n import error_text
from planner.ui.processes.models import SummaryModel
from planner.ui.processes.strip import entries_for
from planner.ui.processes.widgets import body, heading, notice
from planner.ui.processes.wizard_page import TailoringPage


class FinishPage(TailoringPage):
    """Name and describe the process, see it whole, and save it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Name and save your process"))
        self.setSubTitle(self.tr("Say which solution or customer group it serves. You can keep "
                                 "several processes and choose one for each deal."))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Key accounts, Web shop, Public sector"))
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("Which solution or customer group is it for?"))
        self.description.setFixedHeight(self.description.fontMetrics().lineSpacing() * 3 + 14)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Process &name:"), self.name)
        form.addRow(self.tr("&Description:"), self.description)

        self.summary = SummaryModel(self)
        self.table = QTableView()
        self.table.setModel(self.summary)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for col in range(self.summary.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SummaryModel.MILESTONE, QHeaderView.ResizeMode.Stretch)
        self.dropped = body()
        self.dropped.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.warning = notice(QStyle.StandardPixmap.SP_MessageBoxWarning, self)
        self.error = notice(QStyle.StandardPixmap.SP_MessageBoxCritical, self)
        self.error[1].setObjectName("validationError")

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addLayout(form)
        layout.addWidget(heading(self.tr("Your process")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.dropped)
        layout.addWidget(self.warning[0])
        layout.addWidget(self.error[0])
        self.name.textEdited.connect(self._name_edited)
        self.description.textChanged.connect(self._description_edited)

    def _name_edited(self, text: str) -> None:
        self.draft.name = text
        self.error[0].setVisible(False)
        self.tailoring.mark_dirty()

    def _description_edited(self) -> None:
        text = self.description.toPlainText()
        if text != self.draft.description:
            self.draft.description = text
            self.tailoring.mark_dirty()

    def initializePage(self) -> None:  # noqa: N802
        draft = self.draft
        if self.name.text() != draft.name:
            self.name.setText(draft.name)
        if self.description.toPlainText() != draft.description:
            self.description.blockSignals(True)
            self.description.setPlainText(draft.description)
            self.description.blockSignals(False)
        stages = draft.process().stages
        self.summary.set_stages(stages)
        lang = draft.lang
        left_out = []
        for key, answer in draft.dropped().items():
            name = reference_stage(key).text("name", lang)
            left_out.append(name if answer == Answer.DROP else
                            self.tr("{name} (no influence)").format(name=name))
        self.dropped.setText(self.tr("Left out: {stages}").format(stages=self.tr(", ").join(left_out))
                             if left_out else self.tr("All eight reference stages are kept."))
        falling = falling_win_rates(stages)
        self.warning[1].setText(self.tr(
            "Win rates do not rise at: {stages}. You can save anyway and adjust them later.").format(
                stages=self.tr(", ").join(s.name for s in falling)))
        self.warning[0].setVisible(bool(falling))
        self.error[0].setVisible(False)
        self.refresh_strip()

    def refresh_strip(self) -> None:
        self.tailoring.show_strip(entries_for(self.draft))

    def show_error(self, text: str) -> None:
        self.error[1].setText(text)
        self.error[0].setVisible(True)

    def error_text(self) -> str:
        return self.error[1].text() if not self.error[0].isHidden() else ""

    def validatePage(self) -> bool:  # noqa: N802
        if not self.draft.name.strip():
            self.show_error(self.tr("Give the process a name."))
            self.name.setFocus()
            return False
        process = self.draft.process()
        try:
            self.tailoring.process_id = self.tailoring.planner.processes.create(process)
        except PlannerError as e:
            self.show_error(error_text(e))
            return False
        return True
