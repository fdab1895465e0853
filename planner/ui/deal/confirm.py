"""Confirming milestones: one page per milestone crossed (``milestone_page``), then one
irreversible save.

Each page asks for what the method needs to accept that a milestone happened:
the date (never in the future, never before the previous milestone), the
evidence (text, optionally a file as a link), the outcome (reached, or went
against us with the customer's decision) and the stage's open work, where
required items can be ticked right here. Nothing is written until the user has
read which stages will freeze, ticked the acknowledgement and pressed Confirm;
then everything goes to the file in one transaction. Cancel changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain import buying, formats, lifecycle
from planner.domain.errors import PlannerError
from planner.domain.lifecycle import Block, Decision
from planner.domain.model import DealStatus, Outcome, Stage
from planner.i18n import current_language, error_text
from planner.services import Planner
from planner.ui.deal.milestone_page import REQUIRED_ROLE, MilestonePage, WorkItem, open_work, pydate, qdate
from planner.ui.kit import icons, plain, theme


class StepStrip(QWidget):
    """The milestones being confirmed as numbered steps; the current one stands out."""

    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = names
        self.current = 0
        self.lost_at: int | None = None  # steps after a "went against us" are not taken
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(400, QFontMetrics(self.font()).height() + 18)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        n = len(self.names)
        width = self.width() / max(1, n)
        fm = QFontMetrics(self.font())
        d = fm.height() + 4
        for i, name in enumerate(self.names):
            x = i * width
            skipped = self.lost_at is not None and i > self.lost_at
            active = i == self.current
            colour = theme.accent(palette) if active else theme.muted(palette)
            if skipped:
                colour = theme.mix(theme.muted(palette), palette.window().color(), 0.5)
            circle = QRectF(x + 2, (self.height() - d) / 2, d, d)
            painter.setPen(QPen(colour, 1.5))
            painter.setBrush(colour if active else Qt.BrushStyle.NoBrush)
            painter.drawEllipse(circle)
            painter.setPen(palette.highlightedText().color() if active else colour)
            painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, str(i + 1))
            label_font = QFont(self.font())
            label_font.setBold(active)
            painter.setFont(label_font)
            painter.setPen(palette.windowText().color() if active else colour)
            text_rect = QRect(int(circle.right()) + 6, 0, int(width - d - 14), self.height())
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             QFontMetrics(label_font).elidedText(name, Qt.TextElideMode.ElideRight, text_rect.width()))
            painter.setFont(self.font())

def listed(items: Iterable[str]) -> str:
    """Items joined the way the language lists them (“a, b” or 「a、b」)."""
    return QCoreApplication.translate("ConfirmDialog", ", ").join(items)


def quoted(items: Iterable[str]) -> str:
    return listed(QCoreApplication.translate("ConfirmDialog", "“{name}”").format(name=i) for i in items)

class ConfirmDialog(QDialog):
    """Confirm the milestones from the deal's stage up to ``target_stage_id`` (None: all, to win)."""

    def __init__(self, planner: Planner, deal_id: int, target_stage_id: int | None,
                 parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.planner = planner
        self.deal_id = deal_id
        self.today = today or date.today()
        self.work = planner.work.get(deal_id)
        # refuses a closed deal or a stage behind the deal's own (PlannerError)
        self.stages: list[Stage] = lifecycle.stages_to_cross(self.work.process, self.work.deal, target_stage_id)
        self.previous = max((m.confirmed_on for m in self.work.milestones), default=None)
        self.outcome_text = ""
        self.decided: list[Decision] = []  # one per page, from decide_all()
        self.categories = planner.reasons.all()
        self.people = buying.ordered(self.work.people)
        deal = self.work.deal
        n = len(self.stages)
        self.setWindowTitle(self.tr("Confirm Milestone") if n == 1 else self.tr("Confirm {n} Milestones").format(n=n))
        self.setObjectName("confirmDialog")

        heading = plain.label(QLabel(deal.title, self))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setWeight(QFont.Weight.Bold)
        heading.setFont(font)
        heading.setWordWrap(True)
        amount = formats.money(deal.value, deal.currency, current_language())
        sub = plain.label(QLabel(f"{self.work.account.name}  ·  {amount}", self))
        sub.setProperty("muted", True)
        self.steps = StepStrip([s.name for s in self.stages], self)
        self.steps.setVisible(n > 1)

        self.pages: list[MilestonePage] = []
        self.stack = QStackedWidget(self)
        for i, stage in enumerate(self.stages):
            entered = i == 0
            page = MilestonePage(self, i, stage, open_work(self.work, stage, entered), entered, self)
            self.pages.append(page)
            self.stack.addWidget(page)
        for page in self.pages:
            page.set_link("")
            page.date_edit.dateChanged.connect(self._chain_dates)

        self.problem_label = plain.label(QLabel(self))
        self.problem_label.setWordWrap(True)
        self.problem_label.setProperty("muted", True)
        self.error_label = plain.label(QLabel(self))
        self.error_label.setWordWrap(True)
        self.error_label.setObjectName("problems")
        self.error_label.hide()

        self.freeze_box = QFrame(self)
        self.freeze_box.setObjectName("freezeBox")
        lock = QLabel(self.freeze_box)
        lock.setPixmap(icons.icon("lock", theme.danger(self.palette())).pixmap(QSize(22, 22)))
        self.freeze_text = plain.label(QLabel(self.freeze_box))
        self.freeze_text.setWordWrap(True)
        self.acknowledge = QCheckBox(self.tr("I &understand that this cannot be undone"), self.freeze_box)
        box_layout = QVBoxLayout(self.freeze_box)
        box_layout.setContentsMargins(12, 10, 12, 10)
        top_row = QHBoxLayout()
        top_row.addWidget(lock, 0, Qt.AlignmentFlag.AlignTop)
        top_row.addWidget(self.freeze_text, 1)
        box_layout.addLayout(top_row)
        box_layout.addWidget(self.acknowledge)

        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.back_button = QPushButton(self.tr("< &Back"), self)
        self.next_button = QPushButton(self.tr("&Next >"), self)
        self.confirm_button = QPushButton(icons.icon("milestone"), "", self)
        self.cancel_button.clicked.connect(self.reject)
        self.back_button.clicked.connect(lambda: self.go(self.stack.currentIndex() - 1))
        self.next_button.clicked.connect(lambda: self.go(self.stack.currentIndex() + 1))
        self.confirm_button.clicked.connect(self.confirm)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.confirm_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(sub)
        layout.addWidget(self.steps)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.freeze_box)
        layout.addLayout(buttons)

        self.acknowledge.toggled.connect(self.update_state)
        self._style()
        self._chain_dates()
        self.go(0)
        self.setMinimumWidth(720)
        width = 800
        own = self.layout()
        assert own is not None  # set in __init__
        self.resize(width, max(520, own.heightForWidth(width) if own.hasHeightForWidth()
                               else self.sizeHint().height()))

    # ----------------------------------------------------------------- looks
    def _style(self) -> None:
        palette = self.palette()
        danger = theme.danger(palette)
        muted = theme.muted(palette)
        self.setStyleSheet(
            f"QLabel[muted=\"true\"] {{ color: {muted.name()}; }}"
            f"#problems {{ color: {danger.name()}; }}"
            f"#sectionTitle {{ font-weight: 600; }}"
            f"#milestoneBox {{ border-radius: 8px;"
            f" background: {theme.mix(palette.window().color(), theme.accent(palette), 0.10).name()}; }}"
            f"#freezeBox {{ border: 1px solid {danger.name()}; border-radius: 8px;"
            f" background: {theme.mix(palette.window().color(), danger, 0.07).name()}; }}")

    # ------------------------------------------------------------ navigation
    def effective_pages(self) -> list[MilestonePage]:
        """The pages that will be saved: none after a milestone that went against us."""
        out = []
        for page in self.pages:
            out.append(page)
            if page.outcome == Outcome.AGAINST:
                break
        return out

    def go(self, index: int) -> None:
        last = len(self.effective_pages()) - 1
        index = max(0, min(index, last))
        self.stack.setCurrentIndex(index)
        self.steps.current = index
        self.steps.update()
        self.update_state()
        page = self.pages[index]
        page.evidence.setFocus()

    def _chain_dates(self) -> None:
        """A milestone cannot be dated before the one confirmed ahead of it."""
        floor = self.previous
        for page in self.pages:
            page.date_edit.blockSignals(True)
            if floor is not None:
                page.date_edit.setMinimumDate(qdate(floor))
            page.date_edit.blockSignals(False)
            floor = pydate(page.date_edit.date())

    def decide_all(self) -> None:
        """Decide every page's milestone in order, with the work ticked on each page."""
        confirmations = [p.confirmation() for p in self.pages]
        ticks = {c.stage_id: p.ticked() for c, p in zip(confirmations, self.pages, strict=True)}
        self.decided = lifecycle.walk(self.work.process, self.work.deal, self.work.milestones, self.work.tasks,
                                      self.work.deliverables, confirmations, ticks, self.today, self.work.people)

    def update_state(self) -> None:
        if not hasattr(self, "confirm_button"):
            return  # still building
        self.decide_all()
        pages = self.effective_pages()
        current = self.stack.currentIndex()
        last = len(pages) - 1
        self.steps.lost_at = pages[-1].index if pages[-1].outcome == Outcome.AGAINST else None
        self.steps.update()
        self.back_button.setVisible(len(self.pages) > 1)
        self.next_button.setVisible(len(self.pages) > 1)
        self.back_button.setEnabled(current > 0)
        self.next_button.setEnabled(current < last)

        for page in self.pages:
            page.refresh()
        # the required work has its own message beside the work list
        page_problems = [error_text(b.error) for b in self.pages[current].verdict().blockers
                         if b.block != Block.WORK_MISSING]
        if self.pages[current].verdict().blocker(Block.ROLES_MISSING) is not None:
            page_problems.append(self.tr("Add them to the buying group in the deal's panel, then confirm; "
                                         "or choose “Went against us”."))
        self.problem_label.setText("\n".join(page_problems))
        self.problem_label.setVisible(bool(page_problems))
        others = [p.index + 1 for p in pages if p.index != current and p.problems()]

        names = quoted(p.stage.name for p in pages)
        lost = pages[-1].outcome == Outcome.AGAINST
        won = pages[-1].verdict().status == DealStatus.WON
        # whole sentences per case: Chinese and English join clauses differently
        if len(pages) == 1:
            text = (self.tr("Confirming freezes the stage {stages} and closes the deal as lost.") if lost else
                    self.tr("Confirming freezes the stage {stages} and wins the deal.") if won else
                    self.tr("Confirming freezes the stage {stages}: its work becomes read-only and the "
                            "deal can never move back to it."))
        else:
            text = (self.tr("Confirming freezes the stages {stages} and closes the deal as lost.") if lost else
                    self.tr("Confirming freezes the stages {stages} and wins the deal.") if won else
                    self.tr("Confirming freezes the stages {stages}: their work becomes read-only and the "
                            "deal can never move back to them."))
        text = text.format(stages=names)
        text += "\n" + self.tr("This cannot be undone; a mistake can later only get a correction note.")
        if others:
            text += "\n" + self.tr("Still to complete: milestone {pages}.").format(
                pages=listed(str(n) for n in others))
        self.freeze_text.setText(text)

        n = len(pages)
        self.confirm_button.setText(
            self.tr("Confirm and Close as Lost") if lost else
            self.tr("&Confirm Milestone") if n == 1 else self.tr("&Confirm {n} Milestones").format(n=n))
        ready = self.acknowledge.isChecked() and not any(p.problems() for p in pages)
        self.confirm_button.setEnabled(ready)
        self.confirm_button.setDefault(current == last)
        self.next_button.setDefault(current < last)

    # ------------------------------------------------------------------ saving
    def confirm(self) -> None:
        self.decide_all()
        pages = self.effective_pages()
        blocked = next((p for p in pages if p.problems()), None)
        if blocked is not None:
            self.go(blocked.index)
            return
        if not self.acknowledge.isChecked():
            return
        confirmations = [p.confirmation() for p in pages]
        ticks = {p.stage.id: p.ticked() for p in pages if p.stage.id is not None}
        try:
            self.planner.milestones.confirm(self.deal_id, confirmations, ticks=ticks, today=self.today,
                                            work=self.work, close_category=pages[-1].close_category())
        except PlannerError as e:
            # nothing was written (one transaction): say why and let the user fix it
            self.error_label.setText(error_text(e))
            self.error_label.show()
            return
        self.outcome_text = self._outcome(pages)
        self.accept()

    def _outcome(self, pages: list[MilestonePage]) -> str:
        try:
            deal = self.planner.deals.get(self.deal_id)
        except PlannerError:
            return ""
        if pages[-1].outcome == Outcome.AGAINST:
            text = self.tr("“{deal}” is closed as lost.").format(deal=deal.title)
        elif deal.status == "won":
            text = self.tr("“{deal}” is won.").format(deal=deal.title)
        else:
            stage = self.work.process.stage(deal.stage_id) if deal.stage_id else None
            text = self.tr("“{deal}” moved to “{stage}”.").format(deal=deal.title, stage=stage.name if stage else "")
        return self.tr("{result} Milestone confirmations are permanent: Undo does not reverse them.").format(
            result=text)

    def result_message(self) -> str:
        return self.outcome_text


__all__ = ["REQUIRED_ROLE", "ConfirmDialog", "MilestonePage", "StepStrip", "WorkItem", "open_work"]
