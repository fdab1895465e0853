"""The closed deals (won, lost, abandoned) in one horizontal lane under the columns."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QVBoxLayout, QWidget

from planner.domain import formats, money
from planner.domain.model import DealStatus
from planner.i18n import current_language
from planner.services.deals import BoardTotals
from planner.ui.board.column import CardListView, paint_ground
from planner.ui.board.delegate import CardDelegate
from planner.ui.board.filter import CardFilter
from planner.ui.board.model import CardListModel
from planner.ui.board.summary import Conversion, without_rate
from planner.ui.kit import plain

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

CARD_WIDTH = 250


class ClosedLane(QWidget):
    def __init__(self, model: CardListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conversion = Conversion("TWD", {})  # the board's, set before each refresh_header
        self.totals = BoardTotals()
        self.model = model
        self.proxy = CardFilter(model, self)
        self.delegate = CardDelegate(self, fixed_width=CARD_WIDTH)
        self.title = plain.label(QLabel(self))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.view = CardListView(self.delegate, self)
        self.view.setModel(self.proxy)
        self.view.setFlow(QListView.Flow.LeftToRight)
        self.view.setWrapping(False)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setHorizontalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.view.setAcceptDrops(False)
        self.view.setDragEnabled(False)
        self.view.empty_text_of = self.empty_text
        self.view.setFixedHeight(self.delegate.card_height(self.font()) + 2 * self.view.spacing() + 22)
        top = QHBoxLayout()
        top.setContentsMargins(10, 6, 10, 0)
        top.addWidget(self.title)
        top.addSpacing(12)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(translate("ClosedLane", "Closed deals"))
        self.view.setAccessibleName(translate("ClosedLane", "Closed deals"))
        self.refresh_header()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh_header(self, totals: BoardTotals | None = None) -> None:
        """Won, lost and abandoned deals the query lets through, and the won value: counted
        by the file (the board's ``totals``; None: the last ones again, in a new language)."""
        if totals is not None:
            self.totals = totals
        won, lost = self.totals.status(DealStatus.WON), self.totals.status(DealStatus.LOST).deals
        abandoned = self.totals.status(DealStatus.ABANDONED).deals
        text = translate("ClosedLane", "{won} won · {lost} lost · {abandoned} abandoned").format(
            won=won.deals, lost=lost, abandoned=abandoned)
        tip = ""
        if won.deals:
            # the short form the column headers use; the exact amount waits in the tooltip
            found = money.totals(((v, currency, 100) for currency, v in sorted(won.values.items())), *self.conversion)
            lang = current_language()
            amounts = formats.compact(found.value, found.home, lang)
            exact = formats.money(found.value, found.home, lang)
            if found.unconverted:
                amounts = f"{amounts} {without_rate(found.unconverted)}"
                exact = f"{exact} {without_rate(found.unconverted)}"
            text += "  ·  " + translate("ClosedLane", "won value {amounts}").format(amounts=amounts)
            tip = translate("ClosedLane", "Won value: {amounts}").format(amounts=exact)
        self.summary.setText(text)
        self.summary.setToolTip(tip)

    def empty_text(self) -> str:
        """What the lane says without a card to show, in the language of the moment."""
        return (translate("ClosedLane", "No matching deals") if self.proxy.active
                else translate("ClosedLane", "No closed deals yet"))

    def paintEvent(self, event: QPaintEvent) -> None:
        paint_ground(self)
