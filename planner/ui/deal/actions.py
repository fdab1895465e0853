"""What can be done to a deal as a whole: abandon it, start its follow-up, archive or delete
it, add a correction note to one of its milestones. Each asks first where the act is final;
what it changed comes back through the session like every other write.

Its texts keep the ``DealWorkspace`` translation context: they are the panel's own words.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from planner import APP_NAME
from planner.domain.errors import PlannerError
from planner.domain.model import Milestone, Stage
from planner.i18n import error_text
from planner.services import DealWork, Planner
from planner.ui.deal.dialogs import AbandonDialog, CorrectionDialog
from planner.ui.kit import plain

translate = QCoreApplication.translate


class DealHolder(Protocol):
    """What the actions need from the panel that shows the deal."""

    read_only: bool

    @property
    def planner(self) -> Planner: ...

    def work(self) -> DealWork | None: ...

    def flush(self) -> None: ...

    def show_deal(self, deal_id: int | None) -> None: ...

    def deal_created(self, deal_id: int) -> None: ...


class DealActions:
    """The deal's acts; dialogs and messages open over ``parent``."""

    def __init__(self, holder: DealHolder, parent: QWidget) -> None:
        self.holder = holder
        self.parent = parent

    @property
    def planner(self) -> Planner:
        return self.holder.planner

    def abandon(self) -> None:
        work = self.holder.work()
        if work is None or work.deal.id is None:
            return
        deal_id = work.deal.id
        self.holder.flush()
        dialog = AbandonDialog(work.deal.title, self.planner.reasons.all(), self.parent)
        if dialog.exec() == AbandonDialog.DialogCode.Accepted:
            self._irreversible(lambda: self.planner.deals.abandon(deal_id, dialog.value(), dialog.category.value()))

    def follow_up(self) -> None:
        work = self.holder.work()
        if work is None or work.deal.id is None:
            return
        old_id = work.deal.id
        title, ok = QInputDialog.getText(
            self.parent, translate("DealWorkspace", "Follow-up deal"),
            translate("DealWorkspace", "A new open deal for the same account and process, linked to this one.\n"
                      "Title:"),
            QLineEdit.EchoMode.Normal, translate("DealWorkspace", "{title} (follow-up)").format(title=work.deal.title))
        if not ok:
            return
        try:
            new_id = self.planner.deals.follow_up(old_id, title.strip() or None)
        except PlannerError as e:
            self.refuse(e)
            return
        self.holder.deal_created(new_id)
        self.holder.show_deal(new_id)

    def toggle_archive(self) -> None:
        work = self.holder.work()
        if work is None or work.deal.id is None:
            return
        archived = not work.deal.archived
        deal_id = work.deal.id
        self._irreversible(lambda: self.planner.deals.archive(deal_id, archived))

    def delete(self) -> None:
        work = self.holder.work()
        if work is None or work.deal.id is None:
            return
        deal_id = work.deal.id
        if work.milestones or not work.deal.is_open:
            # history is never rewritten: say why before asking anything
            QMessageBox.information(self.parent, translate("DealWorkspace", "Delete deal"), translate(
                "DealWorkspace", "A deal with confirmed milestones cannot be deleted; archive it instead.")
                if work.milestones else translate(
                "DealWorkspace", "A closed deal cannot be deleted, as it counts in the win rates; archive it instead."))
            return
        answer = QMessageBox.question(self.parent, translate("DealWorkspace", "Delete deal"), plain.html(translate(
            "DealWorkspace", "Delete “{title}” with its tasks, deliverables and notes? This cannot be undone.").format(
                title=work.deal.title)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.planner.deals.delete(deal_id)
        except PlannerError as e:
            self.refuse(e)
            return
        self.holder.show_deal(None)

    def add_correction(self, milestone: Milestone, stage: Stage) -> None:
        if self.holder.read_only or milestone.id is None:
            return
        milestone_id = milestone.id
        dialog = CorrectionDialog(milestone, stage.name, self.parent)
        if dialog.exec() != CorrectionDialog.DialogCode.Accepted:
            return
        self._irreversible(lambda: self.planner.milestones.correct(milestone_id, dialog.value()))

    def _irreversible(self, action: Callable[[], object]) -> None:
        """Run a non-undoable service call and show a refusal; what it changed comes back
        through the session like every other write."""
        try:
            action()
        except PlannerError as e:
            self.refuse(e)

    def refuse(self, error: PlannerError) -> None:
        QMessageBox.warning(self.parent, APP_NAME, plain.html(error_text(error)))
