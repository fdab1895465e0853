"""The top of the deal panel, which stays in view while the rest scrolls: the deal's title,
account and process, a banner for a closed or archived deal (with a lost or abandoned deal's
reason category), the stage map, where the deal stands, and the buttons for what to do next.

Its texts keep the ``DealWorkspace`` translation context: they are the panel's own words.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from planner.domain import formats
from planner.domain.model import DealStatus, StageState
from planner.domain.reasons import ReasonCategory
from planner.i18n import current_language
from planner.services import DealWork
from planner.ui.deal.close_category import CloseCategoryRow
from planner.ui.deal.stage_map import Segment, StageMapStrip
from planner.ui.kit import plain
from planner.ui.kit.clamped_label import ClampedLabel
from planner.ui.kit.glyphs import negative, positive
from planner.ui.kit.widgets import muted

translate = QCoreApplication.translate


class DealHeader(QWidget):
    """Title, subtitle, banner, stage map, caption and the deal's buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._work: DealWork | None = None  # what the texts are drawn from, again on a language change
        self._segments: list[Segment] = []
        # two lines at most: a long title is cut with "…" (whole in its tooltip and in the
        # Title field below), so the stage map and the buttons stay in view
        self.title = ClampedLabel(2, self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = muted(plain.label(QLabel(self)))
        self.subtitle.setWordWrap(True)
        self.banner = plain.label(QLabel(self))
        self.banner.setWordWrap(True)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setAutoFillBackground(True)
        self.banner.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.banner.setMargin(6)
        self.close_category = CloseCategoryRow(self)
        self.strip = StageMapStrip(self)
        self.caption = plain.label(QLabel(self))
        self.caption.setWordWrap(True)
        self.confirm_button = QPushButton(self)
        self.abandon_button = QPushButton(self)
        self.follow_button = QPushButton(self)
        self.more_button = QPushButton(self)
        menu = QMenu(self.more_button)
        self.archive_action = menu.addAction("")
        menu.addSeparator()
        self.delete_action = menu.addAction("")
        self.more_button.setMenu(menu)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(6)
        for b in (self.confirm_button, self.abandon_button, self.follow_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 6)
        layout.setSpacing(5)
        for w in (self.title, self.subtitle, self.banner, self.close_category, self.strip, self.caption):
            layout.addWidget(w)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the current language, from the deal it holds (nothing is read again)."""
        self.confirm_button.setText(translate("DealWorkspace", "Confirm milestone…"))
        self.confirm_button.setToolTip(translate(
            "DealWorkspace", "Confirm the current stage's milestone. This freezes the stage and every stage "
            "before it; it cannot be undone."))
        self.abandon_button.setText(translate("DealWorkspace", "Abandon…"))
        self.abandon_button.setToolTip(translate(
            "DealWorkspace", "Give this deal up, with a reason. It cannot be undone."))
        self.follow_button.setText(translate("DealWorkspace", "Follow-up deal…"))
        self.follow_button.setToolTip(translate(
            "DealWorkspace", "Start a new deal for what comes after this one, linked to it."))
        self.more_button.setText(translate("DealWorkspace", "More"))
        self.delete_action.setText(translate("DealWorkspace", "Delete deal…"))
        self._show_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_work(self, work: DealWork, segments: list[Segment], read_only: bool,
                  categories: Sequence[ReasonCategory] = ()) -> None:
        """The deal as ``work`` holds it; ``read_only``: the file is open read-only;
        ``categories``: the file's reason categories, retired ones too."""
        self._work, self._segments = work, segments
        deal = work.deal
        self.close_category.show_deal(deal, categories, read_only)
        is_open = deal.is_open and not read_only
        self.title.setText(deal.title)
        self.strip.set_deal(work.process, deal, work.milestones)
        self.confirm_button.setVisible(is_open)
        self.abandon_button.setVisible(is_open)
        self.follow_button.setVisible(not deal.is_open and not read_only)
        self.more_button.setVisible(not read_only)
        self._show_texts()

    def _show_texts(self) -> None:
        work = self._work
        if work is None:
            self.archive_action.setText(translate("DealWorkspace", "Archive"))
            return
        self.subtitle.setText(translate("DealWorkspace", "{account} · {process}").format(
            account=work.account.name, process=work.process.name))
        self.archive_action.setText(translate("DealWorkspace", "Take out of the archive") if work.deal.archived
                                    else translate("DealWorkspace", "Archive"))
        self._show_banner(work)
        self._show_caption(work)

    def _show_banner(self, work: DealWork) -> None:
        deal = work.deal
        texts = []
        color = None
        if deal.status == DealStatus.WON:
            last = max((m.confirmed_on for m in work.milestones), default=None)
            texts.append(translate("DealWorkspace", "Won on {date}").format(
                date=formats.medium_date(last, current_language())) if last
                else translate("DealWorkspace", "Won"))
            color = positive(self.palette())
        elif deal.status == DealStatus.LOST:
            texts.append(translate("DealWorkspace", "Lost: {reason}").format(reason=deal.close_reason))
            color = negative(self.palette())
        elif deal.status == DealStatus.ABANDONED:
            texts.append(translate("DealWorkspace", "Abandoned: {reason}").format(reason=deal.close_reason))
        if deal.archived:
            texts.append(translate("DealWorkspace", "Archived: on the board only with Filters › Show Archived "
                                                    "Deals (View menu too)."))
        if not deal.is_open:
            texts.append(translate("DealWorkspace", "A closed deal is read-only."))
        self.banner.setVisible(bool(texts))
        self.banner.setText("\n".join(texts))
        pal = self.palette()
        if color is not None:
            pal.setColor(QPalette.ColorRole.WindowText, color)
        self.banner.setPalette(pal)

    def _show_caption(self, work: DealWork) -> None:
        deal = work.deal
        current = next((s for s in self._segments if s.state == StageState.CURRENT), None)
        if current is None:
            self.caption.hide()
            return
        stage = work.process.stage(current.stage_id)
        lines = [translate("DealWorkspace", "Stage {n} of {total}: {name}").format(
            n=current.number, total=len(self._segments), name=stage.name)]
        target = ""
        if deal.next_target:
            target = translate("DealWorkspace", " · target {date}").format(
                date=formats.medium_date(deal.next_target, current_language()))
            if deal.next_target < date.today():
                target += translate("DealWorkspace", " (overdue)")
        lines.append(translate("DealWorkspace", "Next milestone: {milestone}").format(milestone=stage.milestone)
                     + target)
        self.caption.setText("\n".join(lines))
        self.caption.show()
