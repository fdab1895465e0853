"""The dialogs the window opens for the features: new deal, confirmation, accounts,
processes and the wizard, the account plan's export, settings, properties, shortcuts, about.

Each is imported when first used (keeping them off the way to the first paint). What a
dialog writes reaches the board and the deal panel through the session's ``changed``
signal; nothing here refreshes them by hand.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox, QWidget

from planner import __version__, i18n, local_settings, settings
from planner.domain.errors import PlannerError
from planner.i18n import error_text
from planner.ui import actions
from planner.ui.board import WIN
from planner.ui.kit import plain, shortcuts

if TYPE_CHECKING:
    from planner.services import Planner

translate = QCoreApplication.translate  # texts keep the window's context: their translations stay
ANNOUNCE_AFTER = 400  # ms after start-up: the overdue notice waits for the board (it reads every open deal)


def _lazy(module: str, name: str) -> Any:
    """A dialog imported when first used, to keep it off the way to the first paint."""
    return getattr(importlib.import_module(module), name)


class FeatureDialogs(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        # the MainWindow (not imported: it imports this module): its planner, session, board, status bar
        self.window: Any = window
        self.forecast: Any = None  # the forecast window, once opened: shown again rather than made anew
        self.agenda: Any = None  # the agenda window, likewise

    def confirm_move(self, deal_id: int, target: int) -> bool:
        """Walk the milestones between the deal's stage and ``target`` (WIN: to the end)."""
        from planner.ui.deal.confirm import ConfirmDialog

        if self.window.refuse_if_read_only():
            return False

        try:
            dialog = ConfirmDialog(self.window.planner, deal_id, None if target == WIN else target, self.window)
        except PlannerError as e:
            QMessageBox.warning(self.window, translate("MainWindow", "Confirm Milestone"), plain.html(error_text(e)))
            return False
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if not accepted:
            self.window.statusBar().showMessage(
                translate("MainWindow", "Nothing was confirmed; the deal is unchanged."), 6000)
            return False
        self.window.board.select_deal(deal_id)  # the board and the panel have it already (session.changed)
        self.window.statusBar().showMessage(dialog.result_message(), 15_000)
        return True

    def new_deal(self) -> None:
        if self.window.refuse_if_read_only():
            return
        dialog_class = _lazy("planner.ui.deal.new_deal", "NewDealDialog")
        process_id = self.window.board.process.id if self.window.board.process else None
        dialog = dialog_class(self.window.planner, process_id, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted and getattr(dialog, "deal_id", None):
            self.window._deal_created(int(dialog.deal_id))

    def open_accounts(self, account_id: int | None = None) -> None:
        if self.window.refuse_if_read_only():
            return
        dialog_class = _lazy("planner.ui.accounts.dialog", "AccountsDialog")
        dialog = dialog_class(self.window.session, self.window)
        dialog.exportRequested.connect(lambda account: self._export(account, dialog))
        if account_id is not None:
            dialog.select_account(account_id)
        dialog.exec()

    def open_processes(self) -> None:
        if self.window.refuse_if_read_only():
            return
        dialog_class = _lazy("planner.ui.processes.library", "ProcessLibraryDialog")
        dialog_class(self.window.planner, self.window).exec()  # its writes reach the board as changes

    def new_process(self) -> None:
        if self.window.refuse_if_read_only():
            return
        run_wizard = _lazy("planner.ui.processes.wizard", "run_wizard")
        process_id = run_wizard(self.window.planner, self.window)
        if process_id:
            self.window._show_file(process_id=int(process_id))

    def review_stalled(self) -> None:
        from planner.ui.review import StalledDialog

        dialog = StalledDialog(self.window.session, self.window, writable=self.window.writable)
        dialog.openRequested.connect(self.window.show_deal)
        dialog.exec()

    def open_track_record(self) -> None:
        show = _lazy("planner.ui.calibration.dialog", "show_track_record")
        process_id = self.window.board.process.id if self.window.board.process else None
        show(self.window.session, process_id, self.window.writable, self.window)

    def open_forecast(self) -> None:
        """The forecast beside the board: a window that follows every edit (one per main window)."""
        show = _lazy("planner.ui.forecast.view", "show_forecast")  # QtCharts waits for its Charts tab
        made = self.forecast is None
        self.forecast = show(self.window.session, self.window, self.forecast)
        if made:  # the track record's win/loss, for the process the forecast shows
            win_loss = _lazy("planner.ui.calibration.winloss", "WinLossWidget")(self.forecast, show_filter=False)

            def read(planner: Planner, process_id: int | None) -> None:
                win_loss.planner = planner  # the file shown now (set_process reads it once)
                win_loss.set_process(process_id)

            self.forecast.add_page(win_loss, lambda: QCoreApplication.translate("FeatureDialogs", "&Win/loss"), read)

    def open_agenda(self) -> None:
        """What is due across every process, in a window beside the board (one per main window);
        a line opens its deal on its board, in the deal panel, with the main window in front."""
        show = _lazy("planner.ui.agenda.view", "show_agenda")
        made = self.agenda is None
        self.agenda = show(self.window.session, self.window, self.agenda, lambda: self.window.writable)
        if made:
            self.agenda.openRequested.connect(self._open_from_agenda)

    def _open_from_agenda(self, deal_id: int) -> None:
        self.window.show_deal(deal_id)
        self.window.raise_()
        self.window.activateWindow()

    def announce_overdue(self, later: int = ANNOUNCE_AFTER) -> None:
        """A quiet word in the status bar when steps are overdue (never a box): at start-up and
        when another file opens; ``later`` ms from now, so that the board is filled first."""
        if later:
            QTimer.singleShot(later, self.window, lambda: self.announce_overdue(0))
            return
        from datetime import date

        try:
            late = self.window.planner.reports.overdue_count(date.today())
        except PlannerError:  # a file the agenda cannot read says so when the agenda opens
            return
        if late:
            keys = shortcuts.shown(*shortcuts.keys("agenda"))
            self.window.statusBar().showMessage(translate(
                "MainWindow", "Overdue: %n item(s) in your agenda (Deal › Agenda, {keys}).", "", late)
                .format(keys=keys), 30_000)

    def export_plan(self) -> None:
        self._export(self._selected_account(), self.window)

    def print_plan(self) -> None:
        """File › Print…: the selected deal's account plan, with Print… as the dialog's default."""
        self._export(self._selected_account(), self.window, printing=True)

    def _selected_account(self) -> int | None:
        board = self.window.board
        card = board.card_of(board.selected_deal()) if board.selected_deal() else None
        return card.account_id if card is not None else None

    def _export(self, account_id: int | None, parent: QWidget, printing: bool = False) -> None:
        from planner.ui.export.dialog import ExportDialog

        ExportDialog(self.window.planner, account_id, parent, printing=printing).exec()

    def open_settings(self) -> None:
        """Yours (name, language, paper) and, when this window may change it, the file's."""
        from planner.ui.preferences.settings import SettingsDialog

        dialog = SettingsDialog(self.window.planner, self.window.writable, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.window.board.set_idle_days(settings.IDLE_DAYS.of(self.window.planner.settings.all()))
        if settings.LANGUAGE.key not in dialog.changed:
            return  # the language of the moment stays, --lang's too, unless it was chosen here
        wanted = i18n.normalize(settings.LANGUAGE.of(local_settings.person()).value or None)
        if wanted != i18n.current_language():
            # every widget retranslates itself on the LanguageChange this sends: nothing is rebuilt,
            # so the board keeps its selection and the deal panel what is being typed
            i18n.install(wanted)

    def show_properties(self) -> None:
        from planner.ui.file.properties import PropertiesDialog

        note = self.window.banner.headline() if self.window.banner is not None and self.window.read_only else ""
        PropertiesDialog(self.window.planner, note, self.window).exec()

    def show_shortcuts(self) -> None:
        from planner.ui.preferences.shortcuts import ShortcutsDialog

        ShortcutsDialog(actions.shortcut_labels(self.window.actions_by_name), self.window).exec()

    def about(self) -> None:
        import html  # only here: not worth loading with the window

        QMessageBox.about(self.window, translate("MainWindow", "About Deal Planner"), translate(
            "MainWindow", "<h3>Deal Planner {version}</h3>"
            "<p>Complex sales, run by milestones that cannot be undone.</p>"
            "<p>Your file: {path}</p>").format(version=__version__, path=html.escape(str(self.window.planner.path))))
