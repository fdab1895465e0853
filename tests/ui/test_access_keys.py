"""No access key twice: within one window, one dialog (one wizard page) and one menu level,
each "&X" mnemonic is offered once, in English and in Traditional Chinese.

The walk covers what the app can open: the main window with a deal in its panel (the board's
bar, the deal's fields), every menu of the menu bar and their submenus, a card's menu, the
board's filter and sort menus, each feature's dialog and every page of the tailoring wizard.
Where a duplicate lives in a file outside this branch or in the Chinese catalogue, its scope
is marked xfail (strict): it is listed in KNOWN for the lead, who fixes it and removes the mark.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from access_keys import menu_keys, menus_of, twice, window_keys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QMenu

from planner import i18n
from planner.services import Planner
from planner.ui.main_window import MainWindow

LEAD = "catalogue fix by lead"

# scope -> the doubled keys found (in both languages unless said), where they are, and a fix
KNOWN: dict[str, str] = {
}


# ---------------------------------------------------------------------------- the file
@pytest.fixture(scope="module")
def window(tmp_path_factory: pytest.TempPathFactory, qapp) -> Iterator[MainWindow]:  # noqa: ANN001
    """The demo file in the main window, a deal open in the panel (made once: a language
    change re-words it in place, which is what a user switching language gets)."""
    base = tmp_path_factory.mktemp("keys")
    saved = {k: os.environ.get(k) for k in ("DEAL_PLANNER_DATA_DIR", "XDG_CONFIG_HOME")}
    os.environ["DEAL_PLANNER_DATA_DIR"] = str(base / "data")
    os.environ["XDG_CONFIG_HOME"] = str(base / "config")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(base / "config"))
    from planner import demo

    path = base / "demo.planner"
    demo.build(path, deals=40).close()
    planner = Planner.open(path)
    w = MainWindow(planner)
    w.resize(1440, 900)
    w.show()
    for _ in range(50):
        QApplication.processEvents()
        if w.started:
            break
    deal = w.board.columns[1].model.cards[0].deal_id
    w.board.select_deal(deal)
    w._deal_clicked(deal)
    QApplication.processEvents()
    yield w
    i18n.install("en")
    w.close()
    w.close_file()
    w.deleteLater()
    QApplication.processEvents()
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


def in_language(lang: str) -> None:
    i18n.install(lang)  # type: ignore[arg-type]
    for _ in range(3):
        QApplication.processEvents()


# ---------------------------------------------------------------------------- scopes
def _deal(w: MainWindow) -> int:
    return w.board.selected_deal()


def _dialog(make: Callable[[MainWindow], QDialog], prepare: Callable[[Any], object] | None = None
            ) -> Callable[[MainWindow], list[dict[str, list[str]]]]:
    def keys(w: MainWindow) -> list[dict[str, list[str]]]:
        dialog = make(w)
        dialog.show()
        QApplication.processEvents()
        if prepare is not None:
            prepare(dialog)
            QApplication.processEvents()
        try:
            return [window_keys(dialog)]
        finally:
            dialog.hide()
            dialog.deleteLater()
    return keys


def _menus(menu_of: Callable[[MainWindow], QMenu]) -> Callable[[MainWindow], list[dict[str, list[str]]]]:
    return lambda w: [menu_keys(m) for m in menus_of(menu_of(w))]


def _new_deal(w: MainWindow) -> QDialog:
    from planner.ui.deal.new_deal import NewDealDialog

    return NewDealDialog(w.planner, w.board.process.id if w.board.process else None, w)


def _confirm(w: MainWindow) -> QDialog:
    from planner.ui.deal.confirm import ConfirmDialog

    return ConfirmDialog(w.planner, _deal(w), None, w)


def _accounts(w: MainWindow) -> QDialog:
    from planner.ui.accounts.dialog import AccountsDialog

    dialog = AccountsDialog(w.session, w)
    dialog.select_account(w.board.card_of(_deal(w)).account_id)  # type: ignore[union-attr]
    return dialog


def _contact(w: MainWindow) -> QDialog:
    from planner.domain.model import Contact
    from planner.ui.kit.contacts import ContactDialog

    return ContactDialog(Contact(1, "Lin"), w)


def _processes(w: MainWindow) -> QDialog:
    from planner.ui.processes.library import ProcessLibraryDialog

    return ProcessLibraryDialog(w.planner, w)


def _process_editor(w: MainWindow) -> QDialog:
    from planner.ui.processes.library_editor import ProcessEditorDialog

    assert w.board.process is not None
    return ProcessEditorDialog(w.planner, w.board.process, 3, w)


def _settings(w: MainWindow) -> QDialog:
    from planner.ui.preferences.settings import SettingsDialog

    return SettingsDialog(w.planner, True, w)


def _rates(w: MainWindow) -> QDialog:
    from planner.ui.preferences.rates import RatesDialog

    return RatesDialog(w.planner, True, w)


def _rate_editor(w: MainWindow) -> QDialog:
    from planner.ui.preferences.rates import RateEditor

    return RateEditor("TWD", None, w)


def _export(w: MainWindow) -> QDialog:
    from planner.ui.export.dialog import ExportDialog

    return ExportDialog(w.planner, None, w)


def _properties(w: MainWindow) -> QDialog:
    from planner.ui.file.properties import PropertiesDialog

    return PropertiesDialog(w.planner, "", w)


def _restore(w: MainWindow) -> QDialog:
    from planner.ui.file.restore import RestoreDialog

    return RestoreDialog(w.planner, w)


def _track_record(w: MainWindow) -> QDialog:
    from planner.ui.calibration.dialog import CalibrationDialog

    return CalibrationDialog(w.session, w.board.process.id if w.board.process else None, True, w)


def _stalled(w: MainWindow) -> QDialog:
    from planner.ui.review.stalled import StalledDialog

    return StalledDialog(w.session, w, writable=True)


def _reason(w: MainWindow) -> QDialog:
    from planner.ui.review.reason import ReasonDialog

    return ReasonDialog("Warehouse system", "Stalled", lambda _reason, _category: None, w.planner.reasons.all(),
                        parent=w)


def _abandon(w: MainWindow) -> QDialog:
    from planner.ui.deal.dialogs import AbandonDialog

    return AbandonDialog("Warehouse system", w.planner.reasons.all(), parent=w)


def _correction(w: MainWindow) -> QDialog:
    from planner.ui.deal.dialogs import CorrectionDialog

    deal = next(c.deal_id for m in w.board._models() for c in m.cards if w.planner.milestones.of(c.deal_id))
    milestone = w.planner.milestones.of(deal)[0]
    return CorrectionDialog(milestone, "Stage", w)


def _shortcuts(w: MainWindow) -> QDialog:
    from planner.ui import actions
    from planner.ui.preferences.shortcuts import ShortcutsDialog

    return ShortcutsDialog(actions.shortcut_labels(w.actions_by_name), w)


def _value_range(w: MainWindow) -> QDialog:
    from planner.ui.board.value_range import ValueRangeDialog

    return ValueRangeDialog("TWD", None, None, w)


def _twin_question(w: MainWindow) -> QDialog:
    """The accounts dialog's question before a second account of one name."""
    from PySide6.QtWidgets import QMessageBox

    from planner.ui.accounts.dialog import AccountsDialog

    shown: list[QMessageBox] = []
    dialog = AccountsDialog(w.session, w)
    real = QMessageBox.exec
    QMessageBox.exec = lambda box: shown.append(box) or 0  # type: ignore[method-assign, func-returns-value]
    try:
        dialog._another_of_that_name(w.planner.accounts.all()[0])
    finally:
        QMessageBox.exec = real  # type: ignore[method-assign]
    return shown[0]


def _agenda(w: MainWindow) -> QDialog:
    from planner.ui.agenda.view import AgendaView

    return AgendaView(w.session, w)


def _due_date(w: MainWindow) -> QDialog:
    from planner.ui.deal.due_date import DueDateDialog

    return DueDateDialog("Task 1", None, w)


def _wizard_pages(w: MainWindow) -> dict[str, dict[str, list[str]]]:
    """Each page of the tailoring wizard, with the wizard's own buttons as they show on it."""
    from planner.ui.processes.wizard import TailoringWizard

    wizard = TailoringWizard(w.planner, w)
    wizard.show()
    QApplication.processEvents()
    pages: dict[str, dict[str, list[str]]] = {}
    while wizard.currentId() != -1:
        page = wizard.currentPage()
        name = ("start" if wizard.currentId() == wizard.startId() else "tailoring" if page is wizard.tailor_page
                else "finish" if page is wizard.finish_page else "question")
        keys = twice(window_keys(wizard))
        pages[name] = {**pages.get(name, {}), **keys}
        before = wizard.currentId()
        wizard.next()
        QApplication.processEvents()
        if wizard.currentId() == before:
            break
    wizard.hide()
    wizard.deleteLater()
    return pages


SCOPES: dict[str, Callable[[MainWindow], list[dict[str, list[str]]]]] = {
    "main window": lambda w: [window_keys(w)],
    "main window, list": lambda w: _listed(w),
    "menu file": _menus(lambda w: w.file_menu),
    "menu edit": _menus(lambda w: w.edit_menu),
    "menu deal": _menus(lambda w: w.deal_menu),
    "menu view": _menus(lambda w: w.view_menu),
    "menu tools": _menus(lambda w: w.tools_menu),
    "menu help": _menus(lambda w: w.help_menu),
    "card menu": _menus(lambda w: w.board.context_menu(_deal(w))),
    "filters menu": _menus(lambda w: w.board.bar.filters.menu),
    "sort menu": _menus(lambda w: w.board.bar.sort.menu),
    "new deal": _dialog(_new_deal, lambda d: d.account.setCurrentIndex(d.account.count() - 1)),
    "confirm": _dialog(_confirm),
    "accounts": _dialog(_accounts),
    "accounts: second of one name": _dialog(_twin_question),
    "contact": _dialog(_contact),
    "processes": _dialog(_processes),
    "process editor": _dialog(_process_editor),
    "settings": _dialog(_settings),
    "exchange rates": _dialog(_rates),
    "exchange rate": _dialog(_rate_editor),
    "export": _dialog(_export),
    "properties": _dialog(_properties),
    "restore": _dialog(_restore),
    "track record": _dialog(_track_record),
    "stalled deals": _dialog(_stalled),
    "give up (stalled)": _dialog(_reason),
    "abandon": _dialog(_abandon),
    "correction": _dialog(_correction),
    "shortcuts": _dialog(_shortcuts),
    "value range": _dialog(_value_range),
    "agenda": _dialog(_agenda),
    "due date": _dialog(_due_date),
    "wizard: start": lambda w: [_wizard_pages(w).get("start", {})],
    "wizard: questions": lambda w: [_wizard_pages(w).get("question", {})],
    "wizard: tailoring": lambda w: [_wizard_pages(w).get("tailoring", {})],
    "wizard: finish": lambda w: [_wizard_pages(w).get("finish", {})],
}


def _listed(w: MainWindow) -> list[dict[str, list[str]]]:
    w.board.set_listing(True)
    QApplication.processEvents()
    try:
        return [window_keys(w)]
    finally:
        w.board.set_listing(False)


def _param(scope: str) -> Any:
    marks = [pytest.mark.xfail(strict=True, reason=LEAD)] if scope in KNOWN else []
    return pytest.param(scope, marks=marks, id=scope)


@pytest.mark.parametrize("lang", ["en", "zh_TW"])
@pytest.mark.parametrize("scope", [_param(s) for s in SCOPES])
def test_no_access_key_is_offered_twice(window: MainWindow, scope: str, lang: str) -> None:
    in_language(lang)
    doubled = {k: v for keys in SCOPES[scope](window) for k, v in twice(keys).items()}
    assert doubled == {}, f"{scope} ({lang}): {doubled}"


def test_the_walk_sees_what_it_checks(window: MainWindow) -> None:
    """The walk is not blind: the window offers its menus' and fields' keys, the wizard has
    its pages, and a doubled key is caught."""
    in_language("en")
    keys = window_keys(window)
    assert {"F", "E", "D", "P", "I", "O"} <= set(keys)  # File, Edit, Deal; Process, Filters, Sort
    assert keys["P"] == ["label '&Process:'"]
    pages = _wizard_pages(window)
    assert set(pages) >= {"start", "question", "tailoring"}
    assert twice({"N": ["&Name", "&Next"]}) == {"N": ["&Name", "&Next"]}
    from access_keys import mnemonic

    assert [mnemonic(t) for t in ("名稱(&N)：", "R&&D", "&&", "Save &as", "plain")] == ["N", None, None, "A", None]


def test_known_duplicates_are_listed_for_the_lead() -> None:
    """Every xfail scope says where its duplicate is and how to fix it."""
    assert set(KNOWN) <= set(SCOPES)
    assert all("planner/" in where and "suggested" in where for where in KNOWN.values())
