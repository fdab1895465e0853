"""The tailoring wizard: trim the reference process into the team's own and save it."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from planner.domain.model import Answer
from planner.domain.reference import STAGE_KEYS
from planner.domain.tailoring import TailoringDraft
from planner.i18n import current_language
from planner.services import Planner
from planner.ui.processes.strip import ProcessStrip, StripEntry
from planner.ui.processes.widgets import fit_to_screen
from planner.ui.processes.wizard_finish import FinishPage
from planner.ui.processes.wizard_page import TailoringPage
from planner.ui.processes.wizard_question import QuestionPage
from planner.ui.processes.wizard_start import StartPage
from planner.ui.processes.wizard_tailor import TailorPage

START = 0
FIRST_QUESTION = 1
TAILOR = FIRST_QUESTION + len(STAGE_KEYS)
FINISH = TAILOR + 1


class TailoringWizard(QWizard):
    """Start, one page per reference stage, tailoring, finish; saves on Finish only."""

    def __init__(self, planner: Planner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.planner = planner
        self.draft = TailoringDraft(current_language())
        self.process_id: int | None = None
        self._dirty = False
        self.setWindowTitle(self.tr("New sales process"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoDefaultButton, False)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Save process"))

        self.strip = ProcessStrip()
        self.setSideWidget(self.strip)

        self.start_page = StartPage(self.draft.lang)
        self.setPage(START, self.start_page)
        self.question_pages: dict[str, QuestionPage] = {}
        for i, key in enumerate(STAGE_KEYS):
            page = QuestionPage(key, self.draft.lang)
            self.question_pages[key] = page
            self.setPage(FIRST_QUESTION + i, page)
        self.tailor_page = TailorPage(self.draft)
        self.setPage(TAILOR, self.tailor_page)
        self.finish_page = FinishPage()
        self.setPage(FINISH, self.finish_page)
        self.setStartId(START)
        self.strip.stage_chosen.connect(self.go_to_stage)
        self.currentIdChanged.connect(self._page_shown)
        fit_to_screen(self, 1000, 640)
        self.setMinimumSize(QSize(720, 480))

    # ------------------------------------------------------------ state
    def show_strip(self, entries: list[StripEntry]) -> None:
        self.strip.show_entries(entries)

    def _page_shown(self, _page_id: int) -> None:
        """Back shows a page again without initialising it: the strip must follow anyway."""
        page = self.currentPage()
        if isinstance(page, TailoringPage):
            page.refresh_strip()

    # ------------------------------------------------------------ the strip as a map
    def go_to_stage(self, row: int) -> None:
        """Go where the strip's stage ``row`` is worked on.

        A reference stage has its question page until the tailoring starts; from then on a
        kept stage (and always a stage of the team's own) is chosen on the tailoring page,
        and a stage left out goes back to its question so it can be kept after all. Going
        forward passes each page as Next would: it stops at a question not yet answered or
        a page that refuses, never skipping a check.
        """
        entries = self.strip.shown()
        if not 0 <= row < len(entries):
            return
        entry = entries[row]
        if entry.ref_key is not None and (
                self.currentId() < TAILOR or self.draft.answer(entry.ref_key) != Answer.KEEP):
            target = FIRST_QUESTION + STAGE_KEYS.index(entry.ref_key)
        else:
            target = TAILOR
        self._walk_to(target)
        if self.currentId() == TAILOR:
            self.tailor_page.select(entry)

    def _walk_to(self, target: int) -> None:
        while self.currentId() > target:
            self.back()
        while self.currentId() < target:
            here = self.currentId()
            if not self.currentPage().isComplete():
                return
            self.next()
            if self.currentId() == here:  # the page refused (or the user said no)
                return

    def mark_dirty(self) -> None:
        self._dirty = True

    def is_dirty(self) -> bool:
        """Something was entered that Cancel would throw away."""
        return self._dirty

    # ------------------------------------------------------------ cancel
    def reject(self) -> None:
        """Cancel (button, Escape or closing the window) saves nothing and asks first."""
        if self._dirty and self.process_id is None:
            answer = QMessageBox.question(
                self, self.tr("Discard this process?"),
                self.tr("You have started tailoring a process. If you cancel now, nothing is "
                        "saved and your answers are lost."),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()


def run_wizard(planner: Planner, parent: QWidget | None = None) -> int | None:
    """Show the wizard modally; the new process's id, or None when cancelled."""
    wizard = TailoringWizard(planner, parent)
    try:
        if wizard.exec() == QWizard.DialogCode.Accepted:
            return wizard.process_id
        return None
    finally:
        wizard.deleteLater()
