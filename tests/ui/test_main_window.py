"""The main window: files (new, open, a bad one, save as, back up, recent), the empty
state, menus with standard shortcuts, status bar, remembered geometry, dialogs."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import new_deal
from searching import searched
from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence, QUndoCommand
from PySide6.QtWidgets import QDialog, QMessageBox

from planner import i18n, local_settings
from planner.services import Planner
from planner.ui import feature_dialogs, file_actions
from planner.ui import main_window as mw
from planner.ui.board.column import CardListView
from planner.ui.main_window import MainWindow

SK = QKeySequence.StandardKey


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: said.append(text))
    return said


def save_dialog(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    from file_dialog_answers import FileDialogAnswers

    FileDialogAnswers(monkeypatch).will_answer(*[path] * 5)  # the same answer each time


def test_a_file_without_process_welcomes_the_user(window: MainWindow) -> None:
    assert window.pages.currentWidget() is window.welcome
    assert window.welcome.tailor_button.text() == "Tailor your first process"
    assert not window.actions_by_name["new_deal"].isEnabled()


def test_tailor_your_first_process_runs_the_wizard(window: MainWindow, planner: Planner,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from builders import simple_process

    def wizard(p: Planner, parent: object) -> int:
        return p.processes.create(simple_process(3, name="My process"))

    real = feature_dialogs._lazy
    monkeypatch.setattr(feature_dialogs, "_lazy",
                        lambda module, name: wizard if name == "run_wizard" else real(module, name))
    window.welcome.tailor_button.click()
    assert window.pages.currentWidget() is window.board
    assert window.board.process is not None and window.board.process.name == "My process"
    assert window.actions_by_name["new_deal"].isEnabled()


def test_open_the_demo_builds_it_once_and_opens_it(window: MainWindow, planner: Planner) -> None:
    window.welcome.demo_button.click()
    demo = file_actions.data_dir() / "demo-en.planner"  # the UI's language: English here
    assert demo.exists()
    assert window.planner.path == demo
    assert window.pages.currentWidget() is window.board
    assert window.board.counts()[0] > 0
    assert window.windowTitle().startswith("demo-en.planner")
    titles = [d.title for d in window.planner.deals.all()]
    assert "Smart factory MES rollout" in titles and "智慧工廠 MES 導入" not in titles


def test_opening_a_bad_file_keeps_the_current_one(window: MainWindow, planner: Planner, tmp_path: Path,
                                                  warnings: list[str]) -> None:
    deal = new_deal(planner)
    window.refresh()
    bad = tmp_path / "notes.planner"
    bad.write_text("these are not the deals you are looking for")
    assert window.open_path(bad) is False
    assert warnings and "not a Deal Planner file" in warnings[0]
    assert window.planner is planner
    assert window.planner.deals.get(deal).title == "Deal"  # still open and working
    assert window.board.card_of(deal) is not None
    assert window.open_path(tmp_path / "missing.planner") is False
    assert "does not exist" in warnings[-1]


def test_opening_another_file_switches_and_clears_undo(window: MainWindow, planner: Planner, tmp_path: Path) -> None:
    other = Planner.open(tmp_path / "other.planner", create=True)
    new_deal(other, title="Elsewhere")
    other.close()
    window.undo_stack.push(QUndoCommand("something"))
    assert window.open_path(tmp_path / "other.planner")
    assert window.undo_stack.count() == 0
    assert window.planner.path.name == "other.planner"
    assert [c.title for col in window.board.columns for c in col.model.cards] == ["Elsewhere"]
    assert "other.planner" in window.file_label.text()
    recent = local_settings.recent_files()
    assert recent[0].endswith("other.planner") and recent[1].endswith("test.planner")


def test_new_file_creates_and_opens_an_empty_planner(window: MainWindow, planner: Planner, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch, warnings: list[str]) -> None:
    new_deal(planner)
    window.refresh()
    save_dialog(monkeypatch, tmp_path / "fresh")  # the suffix is added
    window.actions_by_name["new_file"].trigger()
    assert window.planner.path == tmp_path / "fresh.planner"
    assert window.pages.currentWidget() is window.welcome
    window.actions_by_name["new_file"].trigger()  # the same name again: refused, nothing replaced
    assert warnings and "already exists" in warnings[0]


def test_save_as_writes_a_copy_and_continues_in_it(window: MainWindow, planner: Planner, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    deal = new_deal(planner, title="Kept")
    window.refresh()
    copy = tmp_path / "copy.planner"
    save_dialog(monkeypatch, copy)
    window.actions_by_name["save_as"].trigger()
    assert window.planner.path == copy
    assert window.planner.deals.get(deal).title == "Kept"
    window.planner.deals.update(deal, title="Changed in the copy")
    original = Planner.open(tmp_path / "test.planner")
    assert original.deals.get(deal).title == "Kept"
    original.close()


def test_back_up_writes_a_copy_and_stays(window: MainWindow, planner: Planner, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    new_deal(planner)
    target = tmp_path / "backup.planner"
    save_dialog(monkeypatch, target)
    window.actions_by_name["backup"].trigger()
    assert target.exists() and window.planner is planner
    copy = Planner.open(target)
    assert len(copy.deals.all()) == 1
    copy.close()
    assert "Backed up" in window.statusBar().currentMessage()


def test_menus_use_the_platforms_standard_shortcuts(window: MainWindow) -> None:
    n = window.actions_by_name
    for name, key in (("new_file", SK.New), ("open_file", SK.Open), ("undo", SK.Undo), ("redo", SK.Redo),
                      ("find", SK.Find)):
        if QKeySequence.keyBindings(key):
            assert n[name].shortcuts() == QKeySequence.keyBindings(key), name
    assert n["quit"].shortcuts()  # standard, or Ctrl+Q where the platform has none
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&Deal", "&View", "&Tools", "&Help"]
    edit = [a.text() for a in window.edit_menu.actions()]
    assert "Milestone confirmations cannot be undone" in edit
    assert not n["undo_note"].isEnabled()
    view = window.view_menu.actions()
    assert window.board.show_closed_action in view
    file_items = [a.text() for a in window.file_menu.actions()]
    for wanted in ("&New File…", "&Open…", "Open &Recent", "Save &As…", "&Export Account Plan…", "&Back Up…",
                   "&Settings…", "&Quit"):
        assert wanted in file_items


def test_recent_files_menu(window: MainWindow, planner: Planner, tmp_path: Path) -> None:
    other = Planner.open(tmp_path / "b.planner", create=True)
    other.close()
    window.open_path(tmp_path / "b.planner")
    window.recent_menu.fill()
    entries = [a for a in window.recent_menu.actions() if a.statusTip().endswith(".planner")]
    assert [Path(a.statusTip()).name for a in entries] == ["b.planner", "test.planner"]
    entries[1].trigger()
    assert window.planner.path.name == "test.planner"


def test_status_bar_shows_file_and_counts(window: MainWindow, planner: Planner) -> None:
    new_deal(planner, value=2_000_000)
    window.refresh()
    assert window.file_label.text() == "test.planner"
    assert "1 open" in window.counts_label.text() and "0 closed" in window.counts_label.text()
    searched(window.board, "zzz")
    assert "0 of 1 open shown" in window.counts_label.text()


def test_geometry_and_board_state_are_remembered(qtbot, planner: Planner) -> None:  # noqa: ANN001
    first = MainWindow(planner, with_workspace=False)
    qtbot.addWidget(first)
    first.resize(780, 560)  # within the offscreen screen (800 x 600): restoring clamps to it
    first.board.show_closed_action.setChecked(True)
    first.show()
    first.close()
    assert local_settings.geometry() is not None
    second = MainWindow(planner, with_workspace=False)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (780, 560)
    assert second.board.show_closed_action.isChecked()


def test_settings_dialog_saves_to_the_file_and_updates_the_board(window: MainWindow, planner: Planner,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from planner.ui.preferences.settings import SettingsDialog

    def user(dialog: SettingsDialog) -> int:
        dialog.editors["idle_days"].setValue(5)
        dialog.editors["planner_name"].setText("Mei-ling Chen")
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(SettingsDialog, "exec", user)
    window.actions_by_name["settings"].trigger()
    assert planner.settings.all()["idle_days"] == "5"  # the file's
    assert local_settings.person()["planner_name"] == "Mei-ling Chen"  # yours
    assert window.board.idle_days == 5


def test_changing_the_language_retranslates_the_window(window: MainWindow, planner: Planner,
                                                       monkeypatch: pytest.MonkeyPatch, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QApplication

    from planner.ui.preferences.settings import SettingsDialog

    def user(dialog: SettingsDialog) -> int:
        combo = dialog.editors["language"]
        combo.setCurrentIndex(combo.findData("zh_TW"))
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(SettingsDialog, "exec", user)
    try:
        window.actions_by_name["settings"].trigger()
        QApplication.processEvents()  # the LanguageChange events are posted
        assert window.file_menu.title() == "檔案(&F)"
        assert window.welcome.tailor_button.text() == "量身打造您的第一個流程"  # rebuilt nowhere: retranslated
        assert local_settings.person()["language"] == "zh_TW"  # yours, not the file's
        assert "language" not in planner.settings.all()
    finally:
        i18n.install("en")


def test_a_language_change_keeps_the_board_and_the_deal_panel(qtbot, planner: Planner,  # noqa: ANN001
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QApplication

    from planner.ui.preferences.settings import SettingsDialog

    deal = new_deal(planner)
    window = MainWindow(planner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.started)
    window.board.select_deal(deal)
    board, workspace, welcome_pages = window.board, window.workspace, window.pages.count()
    assert workspace is not None

    def user(dialog: SettingsDialog) -> int:
        combo = dialog.editors["language"]
        combo.setCurrentIndex(combo.findData("zh_TW"))
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(SettingsDialog, "exec", user)
    try:
        window.actions_by_name["settings"].trigger()
        QApplication.processEvents()
        assert id(window.board) == id(board) and id(window.workspace) == id(workspace)
        assert window.pages.count() == welcome_pages  # nothing added or rebuilt
        assert window.board.selected_deal() == deal
        assert [a.text() for a in window.menuBar().actions()][0] == "檔案(&F)"
        assert window.actions_by_name["new_deal"].text() != "&New Deal…"
        assert window.toolbar.windowTitle() != "Toolbar"
    finally:
        i18n.install("en")
    QApplication.processEvents()
    assert window.file_menu.title() == "&File"


def test_export_dialog_writes_the_plan_and_offers_to_open_it(window: MainWindow, planner: Planner, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch, qtbot) -> None:  # noqa: ANN001
    from planner.ui.export import dialog as export_dialog

    deal = new_deal(planner, account="Northwind")
    window.refresh()
    window.board.select_deal(deal)
    written: list[tuple] = []

    def fake_export(p: Planner, account_id: int, path: Path, lang: str | None, paper: str | None,
                    force: bool = False, audience: str = "internal") -> int:
        written.append((account_id, path, lang, paper))
        Path(path).write_bytes(b"%PDF-1.4 fake")
        return 3

    monkeypatch.setattr("planner.export.export_account_plan", fake_export)
    opened: list[QUrl] = []
    from planner.ui.kit import printing

    monkeypatch.setattr(printing.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    seen: list = []

    def user(dialog: export_dialog.ExportDialog) -> int:
        seen.append(dialog)
        assert dialog.account_combo.currentText() == "Northwind"  # the selected deal's account
        dialog.path_edit.setText(str(tmp_path / "plan.pdf"))
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("zh_TW"))
        dialog.export_button.click()
        assert "3 pages" in dialog.status.text()
        assert not dialog.open_button.isHidden()
        assert not dialog.print_button.isHidden()  # printing needs no export first
        dialog.open_button.click()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(export_dialog.ExportDialog, "exec", user)
    window.actions_by_name["export"].trigger()
    assert seen and written == [(planner.deals.get(deal).account_id, tmp_path / "plan.pdf", "zh_TW", None)]
    assert opened == [QUrl.fromLocalFile(str(tmp_path / "plan.pdf"))]


def test_export_writes_a_real_pdf(window: MainWindow, planner: Planner, tmp_path: Path) -> None:
    from planner.ui.export.dialog import ExportDialog

    new_deal(planner, account="Northwind")
    dialog = ExportDialog(planner, None, window)
    dialog.path_edit.setText(str(tmp_path / "real.pdf"))
    dialog.export()
    assert dialog.pages >= 1, dialog.status.text()
    assert (tmp_path / "real.pdf").read_bytes().startswith(b"%PDF")


def test_tools_open_the_process_library_lazily(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[object] = []

    class Library:
        def __init__(self, planner: Planner, parent: object) -> None:
            opened.append(planner)

        def exec(self) -> int:
            return 0

    real = feature_dialogs._lazy
    monkeypatch.setattr(feature_dialogs, "_lazy",
                        lambda module, name: Library if name == "ProcessLibraryDialog" else real(module, name))
    window.actions_by_name["processes"].trigger()
    assert opened == [window.planner]


def test_the_deal_panel_follows_the_selection(qtbot, planner: Planner) -> None:  # noqa: ANN001
    """With part B's workspace installed, selecting a card shows that deal in the panel."""
    from PySide6.QtWidgets import QWidget

    shown: list[int | None] = []

    class Panel(QWidget):
        from PySide6.QtCore import Signal

        confirmRequested = Signal(int)
        dealCreated = Signal(int)
        accountRequested = Signal(int)

        def __init__(self, session: object, parent: QWidget | None = None) -> None:
            super().__init__(parent)

        def show_deal(self, deal_id: int | None) -> None:
            shown.append(deal_id)

        def set_read_only(self, read_only: bool) -> None:
            assert not read_only

    real = mw._lazy
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(mw, "_lazy", lambda module, name: Panel if name == "DealWorkspace" else real(module, name))
        deal = new_deal(planner)
        window = MainWindow(planner)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.workspace is not None)
    window.board.select_deal(deal)
    assert shown[-1] == deal
    planner.deals.update(deal, title="Renamed in the panel")  # any write reaches the board
    assert window.board.card_of(deal).title == "Renamed in the panel"  # type: ignore[union-attr]


def test_the_window_paints_before_the_cards_load(qtbot, planner: Planner) -> None:  # noqa: ANN001
    deal = new_deal(planner)
    window = MainWindow(planner, with_workspace=False)
    qtbot.addWidget(window)
    # the process is chosen, its columns (no false "No deals", no false zeros) wait for the cards
    assert window.board.process is not None and window.board.waiting and not window.board.columns
    assert window.counts_label.text() == ""
    assert window.board.findChildren(CardListView) == []  # neither the columns nor the closed lane yet
    assert window.board.account_combo.currentText() == "All accounts"
    window.show()
    qtbot.waitUntil(lambda: window.started)
    assert not window.board.waiting
    assert window.counts_label.text().startswith("1 open")
    assert len(window.board.columns) == len(window.board.process.stages)
    assert len(window.board.findChildren(CardListView)) == len(window.board.columns) + 1  # and the lane
    assert window.board.card_of(deal) is not None
    assert local_settings.recent_files()[0].endswith("test.planner")


def test_a_file_the_system_sends_opens_in_the_window(window: MainWindow, tmp_path: Path) -> None:
    """macOS hands a double-clicked planner file to the running app as an event."""
    from PySide6.QtGui import QFileOpenEvent
    from PySide6.QtWidgets import QApplication

    from planner.ui.system_requests import FileOpenRequests

    other = tmp_path / "sent.planner"
    Planner.open(other, create=True).close()
    app = QApplication.instance()
    requests = FileOpenRequests(window.open_path, window)
    app.installEventFilter(requests)
    try:
        QApplication.sendEvent(app, QFileOpenEvent(str(other)))
    finally:
        app.removeEventFilter(requests)
    assert window.planner.path == other


def test_keyboard_shortcuts_are_listed_from_the_actions(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from planner.ui.preferences.shortcuts import ShortcutsDialog

    shown: list[list[tuple[str, str]]] = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda dialog: shown.append(dialog.rows()) or 0)
    window.actions_by_name["shortcuts"].trigger()
    rows = dict(shown[0])
    assert rows["New Deal"] == QKeySequence("Ctrl+Shift+N").toString(QKeySequence.SequenceFormat.NativeText)
    assert rows["Undo"] == QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)[0].toString(
        QKeySequence.SequenceFormat.NativeText)
    assert "Show Closed Deals" in rows  # the board's own action too
    assert "Why the deal cannot move back" in rows  # and the keys that belong to the board
    assert "(Ctrl+Shift+N)" in window.actions_by_name["new_deal"].toolTip()


def test_the_demo_is_written_in_the_ui_language(window: MainWindow, planner: Planner) -> None:
    i18n.install("zh_TW")
    try:
        window.files.open_demo()
        demo = file_actions.data_dir() / "demo-zh_TW.planner"
        assert window.planner.path == demo
        titles = [d.title for d in window.planner.deals.all()]
        assert "智慧工廠 MES 導入" in titles and "Smart factory MES rollout" not in titles
        assert "北風貿易有限公司" in [a.name for a in window.planner.accounts.all()]
    finally:
        i18n.install("en")
