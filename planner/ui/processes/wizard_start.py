"""The wizard's first page: what the method is, and where to start (a preset or the full reference)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QListView, QMessageBox, QVBoxLayout, QWidget

from planner.domain.reference import STAGE_KEYS, presets
from planner.domain.tailoring import TailoringDraft
from planner.ui.processes.delegates import DESCRIPTION_ROLE, TitledDelegate
from planner.ui.processes.strip import entries_for
from planner.ui.processes.widgets import body, heading
from planner.ui.processes.wizard_page import TailoringPage

Index = QModelIndex | QPersistentModelIndex
FULL_REFERENCE = ""  # the start choice that is no preset


class StartPage(TailoringPage):
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

    def refresh_strip(self) -> None:
        self._show_choice(self.list.currentIndex(), QModelIndex())

    def initializePage(self) -> None:  # noqa: N802
        self.choose(self.draft.preset_key)
        # the strip previews the start from the first look: choosing the row already
        # highlighted emits no change
        self.refresh_strip()

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
