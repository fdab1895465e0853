"""The banner over a file the window only shows: why it is read-only, and what can be done."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from planner.ui.kit import theme
from planner.ui.kit.banner import Banner
from planner.ui.opening import ReadOnly, Why, holder_text


class ReadOnlyBanner(Banner):
    """A strip at the top of the window, in the user's language, while the file is read-only."""

    reopenRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("readOnlyBanner", "lock", theme.accent, 2, parent)
        self.state: ReadOnly | None = None
        self.details_button, self.reopen_button = self.buttons
        self.details_button.clicked.connect(self.show_details)
        self.reopen_button.clicked.connect(self.reopenRequested)

    def show_state(self, state: ReadOnly | None) -> None:
        self.state = state
        self.retranslate()
        self.setVisible(state is not None)

    def headline(self) -> str:
        state = self.state
        if state is None:
            return ""
        if state.why == Why.ELSEWHERE:
            return self.tr("Read-only: this file is open in another window ({who}), which may be changing it."
                           ).format(who=holder_text(state.holder))
        if state.why == Why.TAMPERED:
            return self.tr("Read-only: the rules inside this file are not the ones Deal Planner wrote. "
                           "It may have been changed by another program; nothing can be changed in it here.")
        if state.why == Why.DAMAGED:
            return self.tr("Read-only: Deal Planner's check found this file damaged, so nothing can be "
                           "changed in it here.")
        if state.why == Why.UNWRITABLE:
            return self.tr("Read-only: Deal Planner cannot write in this file's folder.")
        return self.tr("Read-only: you opened this file to look at it without changing it.")

    def retranslate(self) -> None:
        state = self.state
        still = self.tr("You can browse, search, export account plans and back it up.")
        self.text.setText(self.headline() + ("  " + still if state else ""))
        self.details_button.setText(self.tr("&Details…"))
        self.details_button.setVisible(bool(state and state.problems))
        self.reopen_button.setText(self.tr("Open for &Changes"))
        self.reopen_button.setToolTip(self.tr("Open this file again so that you can change it, "
                                              "once no other window has it open"))
        self.reopen_button.setVisible(bool(state and state.why in (Why.ELSEWHERE, Why.ASKED)))

    def show_details(self) -> None:
        if self.state is None or not self.state.problems:
            return
        self.list_box(QMessageBox.Icon.Warning, self.tr("What Was Changed"), self.tr(
            "Deal Planner found these differences from the rules it writes into a planner file:"),
            [str(problem) for problem in self.state.problems])
