"""The open file's sealed history, checked beside the user, and the banners when it was altered
or added to by another program.

Once the board shows its cards and SQLite found the file sound, the window has the file's
history checked against its seals in a thread (planner/store/history_check.py). A row
changed around the triggers is shown for what it is: a banner over the board says the history
was altered after it was sealed, its details name what, and printouts carry no fingerprint
(planner/services/reports.py). Writing goes on: what the app adds is sealed as ever, and the
altered rows stay found by every check.

Rows another program added (through the file's rules, so no alteration) are sealed by the
app's next change as they are; the file notes them as it opens (``added_elsewhere``) and a
second banner names them, so they are never sealed unseen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from planner import local_settings
from planner.i18n import error_text
from planner.ui.kit import theme
from planner.ui.kit.banner import Banner

if TYPE_CHECKING:
    from planner.domain.errors import PlannerError
    from planner.services import Planner


class HistoryBanner(Banner):
    """A strip over the board while the open file's history does not match its seals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("historyBanner", "warning", theme.danger, 1, parent)
        self.problems: list[PlannerError] = []
        (self.details_button,) = self.buttons
        self.details_button.clicked.connect(self.show_details)
        self.retranslate()

    def show_problems(self, problems: list[PlannerError]) -> None:
        self.problems = list(problems)
        self.retranslate()
        self.setVisible(bool(problems))

    def retranslate(self) -> None:
        self.text.setText(self.tr(
            "The history in this file was altered after it was sealed: what it shows of its milestones, "
            "corrections or log may not be what was recorded. Printed plans carry no fingerprint for it."))
        self.details_button.setText(self.tr("&Details…"))
        self.details_button.setAccessibleName(self.tr("What was altered"))

    def show_details(self) -> None:
        self.list_box(QMessageBox.Icon.Warning, self.tr("History altered"), self.tr("What no longer matches its seal:"),
                      [error_text(p) for p in self.problems], self.tr(
            "Each milestone, correction and log entry is sealed when it is saved. A row changed or "
            "deleted since, by a program that went around the file's rules, no longer matches its seal. "
            "A snapshot from before the change (File › Restore from Snapshot…) holds the history as it "
            "was; “deal-planner check” lists the same."))


class AddedBanner(Banner):
    """A strip over the board when another program added rows to the history since the app
    last saved the file: the app's next change seals them as they are, so the user hears of
    them first (and can go back to a snapshot if they are not theirs)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("addedBanner", "warning", theme.accent, 2, parent)
        self.rows: list[PlannerError] = []
        self.details_button, self.dismiss_button = self.buttons
        self.details_button.clicked.connect(self.show_details)
        self.dismiss_button.clicked.connect(self.hide)
        self.retranslate()

    def show_rows(self, rows: list[PlannerError], state: str = "pending") -> None:
        """``state``: "pending" (the next change seals them), "sealed" (a change of ours did),
        or "read-only" (nothing here will)."""
        self.rows = list(rows)
        self.state = state
        self.retranslate()
        self.setVisible(bool(rows))

    state = "pending"

    def retranslate(self) -> None:
        if self.state == "sealed":
            said = self.tr(
                "Another program added to this file's history since Deal Planner last saved it, and your last "
                "change sealed those rows as they were. If they are not yours, restore a snapshot from before them.")
        elif self.state == "read-only":
            said = self.tr("Another program added to this file's history since Deal Planner last saved it. Those "
                           "rows are not sealed.")
        else:
            said = self.tr(
                "Another program added to this file's history since Deal Planner last saved it. Those rows are "
                "not sealed yet: the next change saved here seals them as they are, so make sure they are yours.")
        self.text.setText(said)
        self.details_button.setText(self.tr("&Details…"))
        self.details_button.setAccessibleName(self.tr("What another program added"))
        self.dismiss_button.setText(self.tr("Dis&miss"))

    def show_details(self) -> None:
        self.list_box(QMessageBox.Icon.Information, self.tr("Added by another program"),
                      self.tr("Rows of the history that Deal Planner did not write:"),
                      [error_text(p) for p in self.rows], self.tr(
            "Deal Planner seals each milestone, correction and log entry as it saves it. Rows another "
            "program wrote into the file (the sqlite3 shell, a script) passed the file's rules but were not "
            "sealed. If they are not yours, restore a snapshot from before them (File › Restore from "
            "Snapshot…) before changing anything here; “deal-planner check” lists the same."))


class HistoryWatch(QObject):
    """Starts the check of each file the window shows (once per file) and brings its verdict
    to the window's thread; shows or hides the banner."""

    arrived = Signal(object, object)  # (planner, problems), queued from the check's thread

    def __init__(self, window: QMainWindow, current: Callable[[], Planner], place: Callable[[QWidget], None]) -> None:
        """``current()``: the file the window shows now; ``place(banner)`` puts the banner over it."""
        super().__init__(window)
        self.window = window
        self.current = current
        self.place = place
        self.watched: Planner | None = None
        self.sound = False  # the watched file's history found sound here
        self.rewritten: list[PlannerError] = []  # its chain found recomputed since last seen
        self.banner: HistoryBanner | None = None
        self.added: AddedBanner | None = None
        self.arrived.connect(self._arrived, Qt.ConnectionType.QueuedConnection)

    def watch(self, planner: Planner) -> None:
        """Have ``planner``'s history checked beside the user, unless it is being already."""
        if planner is self.watched:
            return
        self.watched = planner
        self.sound = False
        if self.banner is not None:
            self.banner.show_problems([])
        self.show_added(planner)
        # a chain recomputed after a change holds together: only a seal seen before tells
        seen = local_settings.seen_head(planner.path)
        self.rewritten = planner.file.rewritten_since(*seen) if seen is not None else []
        check = planner.file.history_check().start()

        def arrived(problems: list[PlannerError]) -> None:  # in the check's thread
            try:
                self.arrived.emit(planner, problems)
            except RuntimeError:  # the window is gone: nobody to tell
                pass

        check.on_verdict(arrived)

    def _arrived(self, planner: Planner, problems: list[PlannerError]) -> None:
        if planner is not self.current():
            return
        problems = [*self.rewritten, *problems]
        if not problems:
            self.sound = True
            self.remember(planner)
            return
        if self.banner is None:
            self.banner = HistoryBanner(self.window)
            self.place(self.banner)
        self.banner.show_problems(problems)
        self.window.statusBar().showMessage(self.tr("The history in {name} was altered after it was sealed.").format(
            name=planner.path.name), 15_000)

    def remember(self, planner: Planner) -> None:
        """Keep the last seal of ``planner``'s history outside the file, once its history was
        found sound here (at the verdict, and as the file closes: what our changes sealed)."""
        if planner is not self.watched or not self.sound:
            return
        head = planner.file.judged_head()  # None if another program wrote since the verdict
        if head is not None:
            local_settings.remember_head(planner.path, *head, date.today())

    def show_added(self, planner: Planner) -> None:
        """The rows another program added to ``planner``'s history since it was last saved
        here (found as it opened, or as a change of ours began and sealed them), if any; shown
        again, even if dismissed, when more were found."""
        rows = planner.file.added_elsewhere()
        if planner is not self.current() or (self.added is not None and self.added.rows == rows):
            return
        if self.added is None:
            if not rows:
                return
            self.added = AddedBanner(self.window)
            self.place(self.added)
        pending = planner.file.history_not_sealed()
        self.added.show_rows(rows, "read-only" if planner.read_only else "pending" if pending else "sealed")
