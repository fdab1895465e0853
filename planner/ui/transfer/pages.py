"""The import wizard's pages: source and files, columns, stages, duplicate names, the dry run."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWizardPage,
)

from planner.domain.errors import PlannerError
from planner.i18n import error_text
from planner.transfer import csv_files, import_run
from planner.transfer import messages as m
from planner.transfer.columns import FIELDS, KIND_LABELS, LABELS, Field, Kind, Source, guess_mapping
from planner.transfer.import_plan import WON_STAGE
from planner.ui.kit import file_dialogs, plain

# the pages' wizard (planner/ui/transfer/wizard.py, which imports this module): its planner, the
# sheets read, the choices made and the plan
ImportWizard = Any

translate = QCoreApplication.translate  # lupdate reads translate("transfer", "text")


def _documents() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(True)
    return table


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(plain.html(text))
    return item


class _FileRow:
    """A label, the path, and Browse…"""

    def __init__(self, page: QWizardPage, grid: QGridLayout, row: int, save: bool = False) -> None:
        self.page, self.save = page, save
        self.label = QLabel(page)
        self.edit = QLineEdit(page)
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(page.completeChanged)
        self.button = QPushButton(page)
        self.button.clicked.connect(self.browse)
        grid.addWidget(self.label, row, 0)
        grid.addWidget(self.edit, row, 1)
        grid.addWidget(self.button, row, 2)
        self.title = ""
        self.filters = ""

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text) if text else None

    def browse(self) -> None:
        start = self.path() or _documents()
        if self.save:
            chosen = file_dialogs.ask_save(self.page, self.title, start, self.filters, confirm_overwrite=False)
        else:
            chosen = file_dialogs.ask_open(self.page, self.title, start, self.filters)
        if chosen is not None:
            self.edit.setText(str(chosen))

    def show(self, visible: bool) -> None:
        for w in (self.label, self.edit, self.button):
            w.setVisible(visible)


class SourcePage(QWizardPage):
    def nextId(self) -> int:  # noqa: N802 - Qt's name: the wizard decides which page follows
        return int(self.w.next_after(self.w.SOURCE))

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        layout = QVBoxLayout(self)
        self.choices = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        for key in (Source.PIPEDRIVE, Source.HUBSPOT, Source.CSV, "json"):
            radio = QRadioButton(self)
            self.choices.addButton(radio)
            self.radios[str(key)] = radio
            layout.addWidget(radio)
            radio.toggled.connect(self._chosen)
        self.hint = plain.label(QLabel(self))
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        grid = QGridLayout()
        layout.addLayout(grid)
        self.files = {kind: _FileRow(self, grid, i) for i, kind in enumerate(Kind)}
        self.export_file = _FileRow(self, grid, 3)
        self.new_file = _FileRow(self, grid, 4, save=True)
        layout.addStretch(1)
        self.radios[Source.PIPEDRIVE].setChecked(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("What to import"))
        self.setSubTitle(self.tr("Export your deals, organizations and people from the other tool as CSV files, "
                                 "then choose them here. Nothing is written before the last page."))
        texts = {Source.PIPEDRIVE: self.tr("From &Pipedrive (its CSV export)"),
                 Source.HUBSPOT: self.tr("From &HubSpot (its CSV export)"),
                 Source.CSV: self.tr("From another &spreadsheet (CSV)"),
                 "json": self.tr("A full export of Deal Planner (JSON), as a &new planner file")}
        for key, text in texts.items():
            self.radios[str(key)].setText(text)
        labels = {Kind.DEALS: self.tr("Deals:"), Kind.ORGANIZATIONS: self.tr("Organizations:"),
                  Kind.PEOPLE: self.tr("People:")}
        csv_filter = self.tr("CSV files (*.csv *.txt);;All files (*)")
        for kind, row in self.files.items():
            row.label.setText(labels[kind])
            row.button.setText(self.tr("Browse…"))
            row.title, row.filters = self.tr("Choose a CSV file"), csv_filter
        self.export_file.label.setText(self.tr("Export file:"))
        self.new_file.label.setText(self.tr("New planner file:"))
        for row in (self.export_file, self.new_file):
            row.button.setText(self.tr("Browse…"))
        self.export_file.title, self.export_file.filters = self.tr("Choose the export"), \
            self.tr("JSON files (*.json);;All files (*)")
        self.new_file.title, self.new_file.filters = self.tr("Save the new planner file as"), \
            self.tr("Planner files (*.planner)")
        self._chosen()

    def _chosen(self) -> None:
        key = next((k for k, r in self.radios.items() if r.isChecked()), str(Source.PIPEDRIVE))
        self.w.source = key if key == "json" else Source(key)
        json = key == "json"
        for row in self.files.values():
            row.show(not json)
        self.export_file.show(json)
        self.new_file.show(json)
        self.setFinalPage(json)  # a full export is done from here: Finish in place of Next
        hints: dict[str, str] = {
            Source.PIPEDRIVE: self.tr("In Pipedrive: open the list of deals (and of organizations, of people), "
                                      "choose the columns, then … › Export filter results › CSV."),
            Source.HUBSPOT: self.tr("In HubSpot: open Deals (and Companies, Contacts), then Export › CSV."),
            Source.CSV: self.tr("Any CSV file with a header row: you say which column is which on the next page."),
            "json": self.tr("A file written by File › Export Data… › Everything: it becomes a new planner file, "
                            "row for row, history included."),
        }
        self.hint.setText(hints[key])
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        if self.w.source == "json":
            return self.export_file.path() is not None and self.new_file.path() is not None
        return any(row.path() is not None for row in self.files.values())

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        if self.w.source == "json":
            return self._import_json()
        sheets = {}
        try:
            for kind, row in self.files.items():
                path = row.path()
                if path is not None:
                    sheets[kind] = csv_files.read(path)
        except PlannerError as e:
            QMessageBox.warning(self, self.tr("Import"), plain.html(error_text(e)))
            return False
        if {k: (s.name, s.headers) for k, s in sheets.items()} != \
                {k: (s.name, s.headers) for k, s in self.w.sheets.items()}:
            self.w.mappings = {}
        self.w.sheets = sheets
        self.w.plan = None
        return True

    def _import_json(self) -> bool:
        from planner.transfer import full_import

        source, target = self.export_file.path(), self.new_file.path()
        assert source is not None and target is not None
        if not target.suffix:
            target = target.with_suffix(".planner")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # 10,000 deals take some seconds
        try:
            full_import.import_file(source, target)
        except PlannerError as e:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Import"), plain.html(error_text(e)))
            return False
        QGuiApplication.restoreOverrideCursor()
        self.w.new_file = target
        return True


class ColumnsPage(QWizardPage):
    """Each file's columns and the field each fills (guessed from its header; "left out" allowed)."""

    def nextId(self) -> int:  # noqa: N802 - Qt's name: the wizard decides which page follows
        return int(self.w.next_after(self.w.COLUMNS))

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs)
        self.combos: dict[Kind, list[QComboBox]] = {}
        self.setTitle(self.tr("Their columns"))
        self.setSubTitle(self.tr("Which column holds what. The guesses come from the column names; change any, "
                                 "or leave a column out."))

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.tabs.clear()
        self.combos = {}
        for kind, sheet in self.w.sheets.items():
            mapping = self.w.mappings.get(kind) or guess_mapping(kind, sheet.headers)
            by_column = {c: f for f, c in mapping.items()}
            table = _table([self.tr("Their column"), self.tr("First value"), self.tr("Read as")])
            table.setRowCount(len(sheet.headers))
            combos = []
            for i, header in enumerate(sheet.headers):
                sample = next((r.cell(i) for r in sheet.rows if r.cell(i).strip()), "")
                table.setItem(i, 0, _item(header))
                table.setItem(i, 1, _item(" ".join(sample.split())[:80]))
                combo = QComboBox(table)
                combo.addItem(self.tr("— left out —"), None)
                for f in FIELDS[kind]:
                    combo.addItem(translate("transfer", LABELS[f]), str(f))
                chosen = by_column.get(i)
                combo.setCurrentIndex(combo.findData(str(chosen)) if chosen else 0)
                table.setCellWidget(i, 2, combo)
                combos.append(combo)
            self.combos[kind] = combos
            title = translate("transfer", KIND_LABELS[kind]).capitalize() + f" ({sheet.name})"
            self.tabs.addTab(table, title)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        self.w.mappings = {}
        for kind, combos in self.combos.items():
            mapping = {}
            for column, combo in enumerate(combos):
                data = combo.currentData()
                if data and Field(data) not in mapping:
                    mapping[Field(data)] = column
            self.w.mappings[kind] = mapping
        self.w.replan()
        return True


class StagesPage(QWizardPage):
    """The process the deals go into, and where each of their stages lands in it."""

    def nextId(self) -> int:  # noqa: N802 - Qt's name: the wizard decides which page follows
        return int(self.w.next_after(self.w.STAGES))

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.process_label = QLabel(self)
        self.process = QComboBox(self)
        self.process_label.setBuddy(self.process)
        row.addWidget(self.process_label)
        row.addWidget(self.process, 1)
        layout.addLayout(row)
        self.note = plain.label(QLabel(self))
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.table = _table([])
        layout.addWidget(self.table, 1)
        self.process.currentIndexChanged.connect(self._process_chosen)
        self.setTitle(self.tr("Their stages in your process"))
        self.setSubTitle(self.tr("A deal further along there comes in with the milestones before its stage "
                                 "confirmed as imported, dated today: no evidence is invented for them."))
        self.process_label.setText(self.tr("&Process:"))
        self._filling = False

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self._filling = True
        self.process.clear()
        for p in self.w.existing.processes:
            self.process.addItem(p.name, p.id)
        chosen = self.w.choices.process_id or (self.w.existing.processes[0].id if self.w.existing.processes else None)
        self.process.setCurrentIndex(max(0, self.process.findData(chosen)))
        self._filling = False
        self._process_chosen()

    def _process_chosen(self) -> None:
        if self._filling:
            return
        process_id = self.process.currentData()
        if process_id != self.w.choices.process_id:
            self.w.choices.stages = {}
        self.w.choices.process_id = process_id
        plan = self.w.replan()
        self.note.setText("" if plan.process else "\n".join(m.text(p) for p in plan.problems))
        self.table.clear()
        self.table.setColumnCount(3)
        self.table.setHorizontalHeaderLabels([self.tr("Their pipeline and stage"), self.tr("Deals"),
                                              self.tr("In your process")])
        shown = [s for s in plan.stages if s.deals]
        self.table.setRowCount(len(shown))
        for i, s in enumerate(shown):
            theirs = " / ".join(x for x in (s.pipeline, s.stage) if x) or "—"
            if s.guessed:
                theirs = self.tr("{stage} (placed by a guess)").format(stage=theirs)
            self.table.setItem(i, 0, _item(theirs))
            self.table.setItem(i, 1, _item(str(s.deals)))
            combo = QComboBox(self.table)
            for stage in plan.process.stages if plan.process else []:
                combo.addItem(stage.name, stage.id)
            combo.addItem(self.tr("Won (past every stage)"), WON_STAGE)
            combo.setCurrentIndex(max(0, combo.findData(s.target)))
            if s.guessed:
                combo.setToolTip(self.tr("A guess: check it."))
            combo.currentIndexChanged.connect(lambda _i, key=s.key, c=combo: self._stage_chosen(key, c))
            self.table.setCellWidget(i, 2, combo)
        self.completeChanged.emit()

    def _stage_chosen(self, key: str, combo: QComboBox) -> None:
        self.w.choices.stages[key] = int(combo.currentData())
        self.w.plan = None

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.process.currentData() is not None

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        self.w.replan()
        return True


class DuplicatesPage(QWizardPage):
    """Names that differ only in case or spacing: one account each group, or one per spelling."""

    def nextId(self) -> int:  # noqa: N802 - Qt's name: the wizard decides which page follows
        return int(self.w.next_after(self.w.DUPLICATES))

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        layout = QVBoxLayout(self)
        self.table = _table([])
        layout.addWidget(self.table)
        self.boxes: dict[str, QCheckBox] = {}
        self.setTitle(self.tr("The same organization?"))
        self.setSubTitle(self.tr("These names differ only in capitals or spaces. Ticked, they become one account "
                                 "(an account already in this file, if one is among them); unticked, one account "
                                 "for each spelling."))

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        plan = self.w.plan or self.w.replan()
        self.table.clear()
        self.table.setColumnCount(3)
        self.table.setHorizontalHeaderLabels([self.tr("Names"), self.tr("Rows"), self.tr("One account")])
        self.table.setRowCount(len(plan.duplicates))
        self.boxes = {}
        for i, group in enumerate(plan.duplicates):
            names = [*group.spellings]
            names += [self.tr("{name} (in this file)").format(name=a.name) for a in group.existing]
            self.table.setItem(i, 0, _item(" · ".join(names)))
            self.table.setItem(i, 1, _item(str(group.rows)))
            box = QCheckBox(self.table)
            box.setChecked(self.w.choices.merge.get(group.key, True))
            self.table.setCellWidget(i, 2, box)
            self.boxes[group.key] = box

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        self.w.choices.merge = {key: box.isChecked() for key, box in self.boxes.items()}
        self.w.replan()
        return True


class ReviewPage(QWizardPage):
    """The dry run: every row, what will happen and what is wrong; Import only when nothing is."""

    def nextId(self) -> int:  # noqa: N802 - Qt's name: the wizard decides which page follows
        return int(self.w.next_after(self.w.REVIEW))

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        layout = QVBoxLayout(self)
        self.summary = plain.label(QLabel(self))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = _table([])
        layout.addWidget(self.table, 1)
        self.refused: m.ImportRefused | None = None
        self.setTitle(self.tr("What will happen"))
        self.setSubTitle(self.tr("Every row of your files, as the import will take it. The import is one step: "
                                 "all of it or nothing, and the file is snapshotted first."))

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        plan = self.w.replan()
        self.refused = import_run.trial(self.w.planner, plan)
        self.table.clear()
        self.table.setColumnCount(4)
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Line"), self.tr("What will happen"),
                                              self.tr("Worth knowing, or wrong")])
        self.table.setRowCount(len(plan.rows))
        header = self.table.horizontalHeader()
        for column in (2, 3):  # the sentences share the width; file and line take what they need
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        wrong = QBrush(QColor("#b3261e"))
        for i, row in enumerate(plan.rows):
            self.table.setItem(i, 0, _item(row.file))
            self.table.setItem(i, 1, _item(str(row.line)))
            self.table.setItem(i, 2, _item("\n".join(m.text(x) for x in row.says)))
            notes = ["✗ " + m.text(x) for x in row.errors] + ["! " + m.text(x) for x in row.warnings]
            item = _item("\n".join(notes))
            if row.errors:
                item.setForeground(wrong)
            self.table.setItem(i, 3, item)
        if len(plan.rows) <= 2000:  # wrapped sentences, fitted again as the columns settle
            self.table.resizeRowsToContents()
            header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        counts = plan.counts()
        if self.refused is None:
            self.summary.setText(self.tr("Ready: {accounts}, {contacts} and {deals} will be imported.").format(
                accounts=self.tr("%n new accounts", "", counts["accounts"]),
                contacts=self.tr("%n new contacts", "", counts["contacts"]),
                deals=self.tr("%n deals", "", counts["deals"])))
        else:
            self.summary.setText(self.tr("Nothing can be imported yet: {reason} Correct the file (or go back and "
                                         "change a choice), then try again.").format(reason=m.text(self.refused)))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.refused is None and self.w.plan is not None

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        plan = self.w.plan
        assert plan is not None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            done = import_run.run(self.w.planner, plan)
        except PlannerError as e:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Import"), plain.html(m.text(e)))
            return False
        QGuiApplication.restoreOverrideCursor()
        self.w.done_message = self.tr("Imported {accounts}, {contacts} and {deals}.").format(
            accounts=self.tr("%n accounts", "", done.accounts), contacts=self.tr("%n contacts", "", done.contacts),
            deals=self.tr("%n deals", "", done.deals))
        return True
