"""The import wizard: what holds the pages together (the files read, the choices made, the plan).

Pages (``pages``): the source and its files → their columns → their stages on one of our
processes → names that differ only in case or spacing → the dry run, row by row. Finish
imports (one transaction, after a snapshot); a full export (JSON) is finished on the first
page and becomes a new planner file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget, QWizard

from planner.i18n import current_language
from planner.services import Planner
from planner.transfer import import_plan
from planner.transfer.columns import Kind, Mapping, Source
from planner.transfer.csv_files import Sheet
from planner.transfer.import_plan import Choices, Existing, ImportPlan, Input
from planner.ui.transfer import pages

JSON = "json"  # the first page's fourth choice: a full export into a new file


class ImportWizard(QWizard):
    SOURCE, COLUMNS, STAGES, DUPLICATES, REVIEW = range(5)

    def __init__(self, planner: Planner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.planner = planner
        self.source: Source | str = Source.PIPEDRIVE
        self.sheets: dict[Kind, Sheet] = {}
        self.mappings: dict[Kind, Mapping] = {}
        self.choices = Choices(currency=planner.rates.home(current_language()))
        self.existing = Existing.read(planner)
        self.plan: ImportPlan | None = None
        self.new_file: Path | None = None  # a full export's new planner file, once written
        self.done_message = ""
        self.setWindowTitle(self.tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        self.source_page = pages.SourcePage(self)
        self.columns_page = pages.ColumnsPage(self)
        self.stages_page = pages.StagesPage(self)
        self.duplicates_page = pages.DuplicatesPage(self)
        self.review_page = pages.ReviewPage(self)
        for page_id, page in ((self.SOURCE, self.source_page), (self.COLUMNS, self.columns_page),
                              (self.STAGES, self.stages_page), (self.DUPLICATES, self.duplicates_page),
                              (self.REVIEW, self.review_page)):
            self.setPage(page_id, page)
        self.setStartId(self.SOURCE)
        self.resize(QSize(900, 620))
        self.setMinimumSize(QSize(640, 460))

    def inputs(self) -> list[Input]:
        return [Input(kind, sheet, self.mappings.get(kind) or {}) for kind, sheet in self.sheets.items()]

    def replan(self) -> ImportPlan:
        """The plan as every page's choices now stand."""
        self.choices.source = Source(self.source) if self.source != JSON else Source.CSV
        self.plan = import_plan.plan(self.inputs(), self.choices, self.existing)
        return self.plan

    def has_deals(self) -> bool:
        sheet = self.sheets.get(Kind.DEALS)
        return sheet is not None and bool(sheet.rows)

    def next_after(self, current: int) -> int:
        """The page after ``current`` (each page's ``nextId``; -1: this page finishes)."""
        if current == self.SOURCE:
            return -1 if self.source == JSON else self.COLUMNS
        if current == self.COLUMNS:
            return self.STAGES if self.has_deals() else self._after_stages()
        if current == self.STAGES:
            return self._after_stages()
        if current == self.DUPLICATES:
            return self.REVIEW
        return -1

    def _after_stages(self) -> int:
        plan = self.plan or self.replan()  # planned again whenever a page's choice changes
        return self.DUPLICATES if plan.duplicates else self.REVIEW
