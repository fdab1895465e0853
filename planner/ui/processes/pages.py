"""The wizard's pages: start, one question per reference stage, tailoring, finish."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from planner.domain.errors import PlannerError
from planner.domain.model import Answer
from planner.domain.reference import STAGE_KEYS, presets, reference_stage
from planner.domain.rules import falling_win_rates
from planner.domain.tailoring import TailoringDraft
from planner.i18n import error_text
from planner.services import Planner
from planner.ui.processes.delegates import DESCRIPTION_ROLE, TitledDelegate
from planner.ui.processes.models import SummaryModel
from planner.ui.processes.strip import StripEntry, entries_for
from planner.ui.processes.tailor_panel import TailorPanel
from planner.ui.processes.widgets import body, caption, heading, notice, scrolled


class Tailoring(Protocol):
    """What the pages need from the wizard that holds them (the wizard imports the pages)."""

    draft: TailoringDraft
    planner: Planner
    process_id: int | None

    def show_strip(self, entries: list[StripEntry]) -> None: ...

    def mark_dirty(self) -> None: ...

Index = QModelIndex | QPersistentModelIndex
FULL_REFERENCE = ""  # the start choice that is no preset


class _Page(QWizardPage):
    """Access to the wizard and its draft for every page."""

    @property
    def tailoring(self) -> Tailoring:
        return self.wizard()  # type: ignore[return-value]  # these pages live only in a TailoringWizard

    @property
    def draft(self) -> TailoringDraft:
        return self.tailoring.draft

    def cleanupPage(self) -> None:  # noqa: N802
        """Back keeps everything: Qt's default would reset the page's fields."""


# ---------------------------------------------------------------- start


class StartPage(_Page):
    """What the method is, and where to start: a preset or the full reference."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setTitle(self.tr("Tailor your sales process"))
        self.setSubTitle(self.tr("Find the milestones your sales really have, then give each "
                                 "stage its work. It takes a few minutes."))
        intro = body(self.tr(
            "Some moments in a sale cannot be undone: the account is given to a seller, the "
            "customer locks its budget, the contract is signed. These are milestones. The "
            "stretch of work between two milestones is a stage.\n\n"
            "You start from a reference process of eight stages and trim it to your business: "
            "for each stage you keep it, drop it, or drop it because you can neither take part "
            "in it nor influence it. Then you name the stages you kept in your team's words."))
        self._keys = [FULL_REFERENCE] + [p.key for p in presets()]
        self.choices = QStandardItemModel(self)
        full = QStandardItem(self.tr("Full reference process"))
        full.setData(self.tr("All eight stages of the method; you answer every question yourself. "
                             "Best when no preset sounds like your business."), DESCRIPTION_ROLE)
        self.choices.appendRow(full)
        for p in presets():
            item = QStandardItem(p.text("name", lang))
            item.setData(p.text("description", lang), DESCRIPTION_ROLE)
            self.choices.appendRow(item)
        for row in range(self.choices.rowCount()):
            self.choices.item(row).setEditable(False)
        self.list = QListView()
        self.list.setModel(self.choices)
        self.list.setItemDelegate(TitledDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        choose = heading(self.tr("&Where do you want to start?"))
        choose.setBuddy(self.list)
        hint = body(self.tr("A preset answers the eight questions for a typical business. "
                            "You still see every answer and can change it."))
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addWidget(choose)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        self.list.selectionModel().currentRowChanged.connect(self._show_choice)
        self.list.setCurrentIndex(self.choices.index(0, 0))

    def chosen_key(self) -> str | None:
        row = self.list.currentIndex().row()
        key = self._keys[row] if row >= 0 else FULL_REFERENCE
        return key or None

    def choose(self, preset_key: str | None) -> None:
        """Select a start (tests and keyboard users alike go through the list)."""
        self.list.setCurrentIndex(self.choices.index(self._keys.index(preset_key or FULL_REFERENCE), 0))

    def _show_choice(self, current: Index, _previous: Index) -> None:
        """The strip previews what the highlighted start would give."""
        if not self.wizard():
            return
        key = self._keys[current.row()] if current.isValid() else FULL_REFERENCE
        if key == (self.draft.preset_key or FULL_REFERENCE):
            preview = self.draft  # what the user already has, answers and all
        else:
            preview = TailoringDraft(self.draft.lang)
            preview.choose_start(key or None)
        self.tailoring.show_strip(entries_for(preview))

    def initializePage(self) -> None:  # noqa: N802
        self.choose(self.draft.preset_key)

    def validatePage(self) -> bool:  # noqa: N802
        key = self.chosen_key()
        draft = self.draft
        if key != draft.preset_key and self._answered_by_hand():
            answer = QMessageBox.question(
                self, self.tr("Start again from here?"),
                self.tr("Starting from “{start}” replaces the answers you gave. "
                        "What you typed into stages is kept.").format(
                    start=self.list.currentIndex().data()))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        draft.choose_start(key)
        return True

    def _answered_by_hand(self) -> bool:
        draft = self.draft
        given = draft.preset.answers if draft.preset else dict.fromkeys(STAGE_KEYS)
        return any(draft.answers[k] != given[k] for k in STAGE_KEYS)


# ---------------------------------------------------------------- questions


class QuestionPage(_Page):
    """One reference stage: what it is for, what it protects, and the question."""

    def __init__(self, key: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        ref = reference_stage(key)
        number = STAGE_KEYS.index(key) + 1
        self.setTitle(self.tr("Stage {number} of {total}: {name}").format(
            number=number, total=len(STAGE_KEYS), name=ref.text("name", lang)))
        self.setSubTitle(ref.text("purpose", lang))

        milestone_box = QFrame()
        milestone_box.setFrameShape(QFrame.Shape.StyledPanel)
        milestone_box.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        milestone_box.setAutoFillBackground(True)
        mb = QVBoxLayout(milestone_box)
        mb.setContentsMargins(10, 8, 10, 8)
        mb.setSpacing(2)
        mb.addWidget(caption(self.tr("MILESTONE THIS STAGE PROTECTS")))
        self.milestone = heading("◆ " + ref.text("milestone", lang))
        mb.addWidget(self.milestone)
        mb.addWidget(body(self.tr("Once it has happened it cannot be undone; work that should "
                                  "have come before it can no longer be made up.")))

        self.question = heading(ref.text("question", lang), 1.15)
        conditions = QGridLayout()
        conditions.setHorizontalSpacing(18)
        conditions.setVerticalSpacing(2)
        conditions.addWidget(caption(self.tr("KEEP IT WHEN")), 0, 0)
        conditions.addWidget(caption(self.tr("DROP IT WHEN")), 0, 1)
        conditions.addWidget(body(ref.text("keep_when", lang)), 1, 0, Qt.AlignmentFlag.AlignTop)
        conditions.addWidget(body(ref.text("drop_when", lang)), 1, 1, Qt.AlignmentFlag.AlignTop)
        conditions.setColumnStretch(0, 1)
        conditions.setColumnStretch(1, 1)
        example = body(self.tr("For example: {example}").format(example=ref.text("example", lang)))
        font = example.font()
        font.setItalic(True)
        example.setFont(font)

        self.keep = QRadioButton(self.tr("&Keep this stage"))
        self.drop = QRadioButton(self.tr("&Drop it: this does not happen in our sales"))
        self.no_influence = QRadioButton(
            self.tr("Drop it: we can &neither take part in nor influence this step"))
        self.no_influence.setToolTip(self.tr(
            "A step of the customer's that you cannot take part in or influence is treated as "
            "if it did not exist. It is dropped and recorded as such."))
        self.group = QButtonGroup(self)
        for answer, button in ((Answer.KEEP, self.keep), (Answer.DROP, self.drop),
                               (Answer.NO_INFLUENCE, self.no_influence)):
            self.group.addButton(button)
            button.toggled.connect(lambda on, a=answer: self._answered(a) if on else None)
        answers = QVBoxLayout()
        answers.setSpacing(4)
        for button in (self.keep, self.drop, self.no_influence):
            answers.addWidget(button)

        self.why_box = QFrame()
        self.why_box.setFrameShape(QFrame.Shape.StyledPanel)
        why = QVBoxLayout(self.why_box)
        why.setContentsMargins(10, 6, 10, 6)
        why.setSpacing(2)
        self.why_title = caption("")
        self.why = body()
        why.addWidget(self.why_title)
        why.addWidget(self.why)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(8)
        layout.addWidget(milestone_box)
        layout.addSpacing(4)
        layout.addWidget(self.question)
        layout.addLayout(conditions)
        layout.addWidget(example)
        layout.addSpacing(2)
        layout.addLayout(answers)
        layout.addWidget(self.why_box)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolled(content))

    def _answered(self, answer: Answer) -> None:
        if self.draft.answer(self.key) == answer:
            return
        self.draft.set_answer(self.key, answer)
        self.tailoring.mark_dirty()
        self._show_strip()
        self.completeChanged.emit()

    def _show_strip(self) -> None:
        self.tailoring.show_strip(entries_for(self.draft, current_key=self.key))

    def initializePage(self) -> None:  # noqa: N802
        answer = self.draft.answer(self.key)
        button = {Answer.KEEP: self.keep, Answer.DROP: self.drop,
                  Answer.NO_INFLUENCE: self.no_influence}.get(answer)  # type: ignore[arg-type]  # unanswered (None): no button
        self.group.setExclusive(False)  # an unanswered question shows no choice at all
        for b in self.group.buttons():
            b.blockSignals(True)
            b.setChecked(b is button)
            b.blockSignals(False)
        self.group.setExclusive(True)
        (button or self.keep).setFocus()  # arrows pick the answer, Enter goes on
        chosen = self.draft.preset
        reason = chosen.why_text(self.key, self.draft.lang) if chosen else ""
        if chosen and reason:
            suggested = {Answer.KEEP: self.tr("keep"), Answer.DROP: self.tr("drop"),
                         Answer.NO_INFLUENCE: self.tr("drop: no influence")}[chosen.answers[self.key]]
            self.why_title.setText(self.tr("Why “{preset}” suggests: {answer}").format(
                preset=chosen.text("name", self.draft.lang), answer=suggested))
            self.why.setText(reason)
        self.why_box.setVisible(bool(chosen and reason))
        self._show_strip()
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.wizard() is not None and self.draft.answer(self.key) is not None


# ---------------------------------------------------------------- tailoring


class TailorPage(_Page):
    """Name the kept stages, reword milestones, list their work, add stages of your own."""

    def __init__(self, draft: TailoringDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Shape the stages you kept"))
        self.setSubTitle(self.tr("Use your team's words. Add a stage of your own wherever your "
                                 "customers have another milestone; reference stages keep the "
                                 "method's order."))
        self.panel = TailorPanel(draft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)
        self.panel.edited.connect(self._edited)
        self.panel.list.selectionModel().currentRowChanged.connect(lambda *_: self._show_strip())

    def _edited(self) -> None:
        self.tailoring.mark_dirty()
        self._show_strip()

    def _show_strip(self) -> None:
        if self.wizard() is not None:
            self.tailoring.show_strip(entries_for(self.draft, current_stage=self.panel.editor.stage()))

    def initializePage(self) -> None:  # noqa: N802
        self.panel.refresh()
        self._show_strip()

    def validatePage(self) -> bool:  # noqa: N802
        return self.panel.validate()


# ---------------------------------------------------------------- finish


class FinishPage(_Page):
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
        self.tailoring.show_strip(entries_for(draft))

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
