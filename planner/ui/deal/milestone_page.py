"""One page of the milestone confirmation: everything about one milestone crossed (outcome,
date, evidence and an attached file, the customer's decision) and the stage's open work,
where required items can be ticked right here. What still stops the milestone comes from the
domain's decision, word for word what a save would be refused with."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QDate, QSize, Qt, QUrl
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.lifecycle import Block, Decision
from planner.domain.model import DealContact, ItemKind, Outcome, Stage
from planner.domain.reasons import ReasonCategory
from planner.i18n import error_text
from planner.services import Confirmation, DealWork, Tick
from planner.ui.kit import file_dialogs, icons, plain, theme
from planner.ui.kit.formats import date_display_format
from planner.ui.kit.labels import role_labels
from planner.ui.kit.reasons import CategoryBox

TABLE_ROLE = Qt.ItemDataRole.UserRole + 1
POSITION_ROLE = Qt.ItemDataRole.UserRole + 2
TEXT_ROLE = Qt.ItemDataRole.UserRole + 3
REQUIRED_ROLE = Qt.ItemDataRole.UserRole + 4
CONTACT_ROLE = Qt.ItemDataRole.UserRole + 5  # a buying-group person's contact id


@dataclass(frozen=True)
class WorkItem:
    """A task or deliverable still open in a stage, as the dialog lists it."""

    table: ItemKind  # a task or a deliverable
    position: int
    text: str
    required: bool


def open_work(work: DealWork, stage: Stage, entered: bool) -> list[WorkItem]:
    """The stage's tasks not done and deliverables not there.

    A stage the deal has not entered yet has no items of its own: they are copied
    from the stage's templates when the previous milestone moves the deal in.
    """
    assert stage.id is not None
    if entered:
        return ([WorkItem(ItemKind.TASK, t.position, t.text, t.required)
                 for t in work.stage_tasks(stage.id) if not t.done]
                + [WorkItem(ItemKind.DELIVERABLE, d.position, d.text, d.required)
                   for d in work.stage_deliverables(stage.id) if not d.done])
    return ([WorkItem(ItemKind.TASK, i, t.text, t.required) for i, t in enumerate(stage.tasks)]
            + [WorkItem(ItemKind.DELIVERABLE, i, d.text, d.required) for i, d in enumerate(stage.deliverables)])


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PageHost(Protocol):
    """What a page needs from the dialog around it."""

    stages: list[Stage]  # every milestone the dialog confirms, in order
    today: date
    decided: list[Decision]  # the domain's decision for each page, in order
    categories: list[ReasonCategory]  # the reason categories a lost deal may be filed under
    people: list[DealContact]  # the deal's buying group, who may have confirmed or decided

    def update_state(self) -> None: ...


class MilestonePage(QWidget):
    """Everything about one milestone; ``problems()`` says what still stops it."""

    def __init__(self, dialog: PageHost, index: int, stage: Stage, items: list[WorkItem],
                 entered: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dialog = dialog
        self.index = index
        self.stage = stage
        self.entered = entered
        self.evidence_link = ""
        total = len(dialog.stages)

        step = plain.label(QLabel(self.tr("Milestone {i} of {n} · ending the stage “{stage}”").format(
            i=index + 1, n=total, stage=stage.name), self))
        step.setProperty("muted", True)
        step.setWordWrap(True)
        milestone = QLabel(stage.milestone, self)
        milestone.setWordWrap(True)
        milestone.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(milestone.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setWeight(QFont.Weight.Bold)
        milestone.setFont(font)
        milestone_box = QFrame(self)
        milestone_box.setObjectName("milestoneBox")
        flag = QLabel(milestone_box)
        flag.setPixmap(icons.icon("milestone", theme.accent(self.palette())).pixmap(QSize(20, 20)))
        milestone.setParent(milestone_box)
        box_row = QHBoxLayout(milestone_box)
        box_row.setContentsMargins(10, 8, 10, 8)
        box_row.addWidget(flag, 0, Qt.AlignmentFlag.AlignTop)
        box_row.addWidget(milestone, 1)

        self.reached = QRadioButton(self.tr("&Reached"), self)
        self.against = QRadioButton(self.tr("&Went against us"), self)
        self.reached.setToolTip(self.tr("The milestone happened as we worked for: the deal moves on"))
        self.against.setToolTip(self.tr("The customer decided against us here: the deal closes as lost"))
        self.reached.setChecked(True)
        outcome_group = QButtonGroup(self)
        outcome_group.addButton(self.reached)
        outcome_group.addButton(self.against)
        outcome_row = QHBoxLayout()
        outcome_row.addWidget(self.reached)
        outcome_row.addSpacing(16)
        outcome_row.addWidget(self.against)
        outcome_row.addStretch(1)

        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_display_format())  # as every date field
        self.date_edit.setMaximumDate(qdate(dialog.today))
        self.date_edit.setDate(qdate(dialog.today))
        self.date_edit.setToolTip(self.tr("When the milestone happened: today or earlier, never in the future"))
        self.date_edit.setMaximumWidth(170)

        self.evidence = QPlainTextEdit(self)
        self.evidence.setPlaceholderText(self.tr("What shows it happened: minutes, an e-mail, a signed document…"))
        self.evidence.setTabChangesFocus(True)
        self.evidence.setFixedHeight(QFontMetrics(self.evidence.font()).lineSpacing() * 3 + 14)
        self.attach_button = QPushButton(icons.icon("attach"), self.tr("Attach &File…"), self)
        self.attach_button.clicked.connect(self.attach_file)
        self.link_label = QLabel(self)
        self.link_label.setOpenExternalLinks(True)
        self.link_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.remove_link = QToolButton(self)
        self.remove_link.setText("✕")
        self.remove_link.setAutoRaise(True)
        self.remove_link.setToolTip(self.tr("Remove the attached file"))
        self.remove_link.setAccessibleName(self.tr("Remove the attached file"))
        self.remove_link.clicked.connect(lambda: self.set_link(""))
        attach_row = QHBoxLayout()
        attach_row.addWidget(self.attach_button)
        attach_row.addWidget(self.link_label, 1)
        attach_row.addWidget(self.remove_link)

        self.decision = QLineEdit(self)
        self.decision_label = QLabel(self)
        self.decision_label.setBuddy(self.decision)
        # a deal lost here may be filed under a reason category: optional, "No category" first
        self.category = CategoryBox(self)
        self.category.fill(dialog.categories)
        self.category.setToolTip(self.tr("Optional: file the lost deal under a reason category, "
                                         "for the win/loss analysis. You can also do it later."))
        self.category_label = QLabel(self.tr("Reason &category:"), self)
        self.category_label.setBuddy(self.category)

        # who of the buying group confirmed or decided it: optional, recorded with the milestone
        self.people_label = QLabel(self.tr("Confirmed or decided b&y:"), self)
        self.people_label.setToolTip(self.tr("The people of the deal's buying group who confirmed this milestone "
                                             "or took the decision; recorded with it for good"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.addRow(self.tr("Outcome:"), outcome_row)
        form.addRow(self.tr("&Date:"), self.date_edit)
        evidence_label = QLabel(self.tr("&Evidence:"), self)
        evidence_label.setBuddy(self.evidence)
        form.addRow(evidence_label, self.evidence)
        form.addRow("", attach_row)
        form.addRow(self.decision_label, self.decision)
        form.addRow(self.category_label, self.category)
        form.addRow(self.people_label, self._people_field(dialog.people))
        self.form = form

        self.work_title = QLabel(self)
        self.work_title.setObjectName("sectionTitle")
        self.work_list = QListWidget(self)
        self.work_list.setAccessibleName(self.tr("Open tasks and deliverables of this stage"))
        self.work_list.setWordWrap(True)
        self.work_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        required_mark = self.tr("required")
        for table, heading in ((ItemKind.TASK, self.tr("Tasks")), (ItemKind.DELIVERABLE, self.tr("Deliverables"))):
            group = [i for i in items if i.table == table]
            if not group:
                continue
            header = QListWidgetItem(heading, self.work_list)
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            bold = QFont(header.font())
            bold.setWeight(QFont.Weight.Bold)
            header.setFont(bold)
            header.setForeground(theme.muted(self.palette()))
            for item in group:
                label = item.text + ("  · " + required_mark if item.required else "")
                entry = QListWidgetItem(label, self.work_list)
                entry.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                               | Qt.ItemFlag.ItemNeverHasChildren)
                entry.setCheckState(Qt.CheckState.Unchecked)
                entry.setData(TABLE_ROLE, item.table)
                entry.setData(POSITION_ROLE, item.position)
                entry.setData(TEXT_ROLE, item.text)
                entry.setData(REQUIRED_ROLE, item.required)
                if item.required:
                    entry.setToolTip(self.tr("Required: the milestone cannot be reached without it"))
                    strong = QFont(entry.font())
                    strong.setWeight(QFont.Weight.Bold)
                    entry.setFont(strong)
        self.work_list.setVisible(bool(items))
        self.work_hint = QLabel(self)
        self.work_hint.setWordWrap(True)
        self.work_hint.setProperty("muted", True)
        if not items:
            self.work_title.setText(self.tr("Work of this stage"))
            self.work_hint.setText(self.tr("Every task and deliverable of this stage is done.")
                                   if entered else self.tr("This stage asks for no tasks or deliverables."))
        else:
            self.work_title.setText(self.tr("Open work in this stage"))
            self.work_hint.setText(self.tr("Tick what is done; it is saved with the confirmation.")
                                   if entered else self.tr("The deal has not entered this stage yet; what you tick "
                                                      "is recorded as it enters."))
        self.blocking_label = plain.label(QLabel(self))
        self.blocking_label.setWordWrap(True)
        self.blocking_label.setObjectName("problems")
        self.blocking_label.hide()

        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(step)
        left.addWidget(milestone_box)
        left.addLayout(form)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(6)
        right.addWidget(self.work_title)
        right.addWidget(self.work_hint)
        right.addWidget(self.work_list, 1)
        right.addWidget(self.blocking_label)
        if not items:
            right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(18)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

        self.reached.toggled.connect(self._outcome_changed)
        for signal in (self.evidence.textChanged, self.decision.textChanged, self.date_edit.dateChanged,
                       self.work_list.itemChanged):
            signal.connect(dialog.update_state)
        self._outcome_changed()

    def _people_field(self, people: list[DealContact]) -> QWidget:
        """A checkable list of the buying group, or a word on where to add people."""
        self.people = QListWidget(self)
        self.people.setAccessibleName(self.tr("People of the buying group who confirmed or decided"))
        roles = role_labels()
        for member in people:
            entry = QListWidgetItem(f"{member.name} · {roles[member.role]}", self.people)
            entry.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                           | Qt.ItemFlag.ItemNeverHasChildren)
            entry.setCheckState(Qt.CheckState.Unchecked)
            entry.setData(CONTACT_ROLE, member.contact_id)
            entry.setToolTip(member.title or member.name)
        self.people_label.setBuddy(self.people)
        shown = min(4, max(1, len(people)))
        self.people.setFixedHeight(self.people.sizeHintForRow(0) * shown + 2 * self.people.frameWidth() + 2
                                   if people else 0)
        if people:
            return self.people
        self.people.hide()
        none = QLabel(self.tr("Nobody in the deal's buying group yet (add people in the panel's Buying group "
                              "section)."), self)
        none.setWordWrap(True)
        none.setProperty("muted", True)
        return none

    def confirmed_by(self) -> tuple[int, ...]:
        """The contacts ticked as having confirmed or decided the milestone."""
        return tuple(int(self.people.item(i).data(CONTACT_ROLE)) for i in range(self.people.count())
                     if self.people.item(i).checkState() == Qt.CheckState.Checked)

    # -------------------------------------------------------------------- state
    @property
    def outcome(self) -> Outcome:
        return Outcome.AGAINST if self.against.isChecked() else Outcome.REACHED

    def _outcome_changed(self) -> None:
        self.form.setRowVisible(self.category, self.outcome == Outcome.AGAINST)
        if self.outcome == Outcome.AGAINST:
            self.decision_label.setText(self.tr("Customer's deci&sion:"))
            self.decision.setPlaceholderText(
                self.tr("What the customer decided, e.g. chose another supplier's solution"))
        else:
            self.decision_label.setText(self.tr("Customer's deci&sion:"))
            self.decision.setPlaceholderText(self.tr("Optional: what the customer decided"))
        self.dialog.update_state()

    def set_link(self, url: str) -> None:
        self.evidence_link = url
        if url:
            name = Path(QUrl(url).toLocalFile()).name or url
            self.link_label.setText(f'<a href="{QUrl(url).toString()}">{_escape(name)}</a>')
            self.link_label.setToolTip(plain.html(QUrl(url).toLocalFile()))
        else:
            self.link_label.setText(self.tr("No file attached"))
            self.link_label.setToolTip("")
        self.remove_link.setVisible(bool(url))

    def attach_file(self) -> None:
        path = file_dialogs.ask_open(self, self.tr("Attach Evidence"), Path.home())
        if path is not None:
            self.set_link(QUrl.fromLocalFile(str(path)).toString())

    def ticked(self) -> list[Tick]:
        out = []
        for i in range(self.work_list.count()):
            entry = self.work_list.item(i)
            if entry.checkState() == Qt.CheckState.Checked:
                out.append(Tick(ItemKind(str(entry.data(TABLE_ROLE))), int(entry.data(POSITION_ROLE)),
                                str(entry.data(TEXT_ROLE))))
        return out

    def verdict(self) -> Decision:
        """The domain's decision on this milestone, as the save would take it."""
        return self.dialog.decided[self.index]

    def problems(self) -> list[str]:
        """What stops this milestone: the very messages a save would be refused with."""
        return [error_text(b.error) for b in self.verdict().blockers]

    def blocking(self) -> str:
        """The message for required work still missing, or "" when nothing blocks."""
        found = self.verdict().blocker(Block.WORK_MISSING)
        if found is None:
            return ""
        return self.tr("{missing} Tick each item once it is done, or choose “Went against us”.").format(
            missing=error_text(found.error))

    def refresh(self) -> None:
        text = self.blocking()
        self.blocking_label.setText(text)
        self.blocking_label.setVisible(bool(text))

    def close_category(self) -> int | None:
        """The reason category chosen for a deal lost here (None: none, or not lost here)."""
        return self.category.value() if self.outcome == Outcome.AGAINST else None

    def confirmation(self) -> Confirmation:
        assert self.stage.id is not None
        return Confirmation(self.stage.id, pydate(self.date_edit.date()), self.evidence.toPlainText().strip(),
                            self.outcome, self.decision.text().strip(), self.evidence_link, self.confirmed_by())

def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
