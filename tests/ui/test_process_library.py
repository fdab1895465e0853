"""The process library: list, view, edit within the rules, duplicate, archive, export, import."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from builders import confirm_current, simple_process
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QInputDialog,
    QMessageBox,
    QWidget,
)
from shown import as_shown

from planner import process_exchange
from planner.domain.model import Account, Deal
from planner.domain.reference import process_from_preset
from planner.domain.tailoring import custom_stage
from planner.services import Planner
from planner.ui.processes.library import (
    ProcessEditorDialog,
    ProcessLibraryDialog,
    ProcessListModel,
)


@pytest.fixture(autouse=True)
def _discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a changed editor at teardown must not wait for an answer (tests may override)."""
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard))


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda parent, title, text, *a, **k: shown.append((title, as_shown(text))) or QMessageBox.StandardButton.Ok))
    return shown


@pytest.fixture
def library(qtbot, planner: Planner) -> ProcessLibraryDialog:
    dialog = ProcessLibraryDialog(planner)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def with_deal(planner: Planner, process_id: int) -> int:
    account = planner.accounts.create(Account(name="Acme"))
    return planner.deals.create(Deal(account_id=account, process_id=process_id, title="Hospital IT"))


def drive_modal(action: Callable[[QWidget], None]) -> list[Exception]:
    """Run ``action`` on the next modal dialog; always close it so a failure cannot hang."""
    errors: list[Exception] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert dialog is not None
            action(dialog)
        except Exception as e:  # noqa: BLE001 - reported by the test after exec() returns
            errors.append(e)
        finally:
            if dialog is not None and dialog.isVisible() and errors:
                QDialog.done(dialog, 0)

    QTimer.singleShot(0, run)
    return errors


def test_enter_on_a_row_opens_it_and_keeps_the_library_open(library: ProcessLibraryDialog,
                                                             planner: Planner) -> None:
    pid = planner.processes.create(process_from_preset("pay_and_take", "en"))
    library.refresh(select=pid)
    opened: list[str] = []

    def look(editor: QWidget) -> None:
        opened.append(editor.windowTitle())
        editor.reject()  # nothing changed: closes without asking

    errors = drive_modal(look)
    library.table.setFocus()
    QTest.keyClick(library.table, Qt.Key.Key_Return)
    assert not errors, errors
    assert opened == ["Edit process: Shop: pay and take"]
    assert library.isVisible()


class emits_changed:  # noqa: N801 - reads as a with-statement
    """Assert processesChanged fires inside the block."""

    def __init__(self, library: ProcessLibraryDialog) -> None:
        self.library, self.fired = library, []

    def __enter__(self) -> None:
        self.library.processesChanged.connect(lambda: self.fired.append(True))

    def __exit__(self, *exc: object) -> None:
        assert self.fired, "processesChanged was not emitted"


def rows(library: ProcessLibraryDialog) -> list[tuple[str, str, str, str]]:
    proxy = library.proxy
    return [tuple(proxy.index(r, c).data() for c in range(4)) for r in range(proxy.rowCount())]


# ------------------------------------------------------------------ list and view


def test_lists_processes_with_stage_and_deal_counts(qtbot, planner: Planner, qtmodeltester) -> None:
    key = planner.processes.create(process_from_preset("key_account", "en"))
    planner.processes.create(process_from_preset("pay_and_take", "en"))
    with_deal(planner, key)
    dialog = ProcessLibraryDialog(planner)
    qtbot.addWidget(dialog)
    assert rows(dialog) == [("Key-account solutions", "6", "1", "Active"),
                            ("Shop: pay and take", "1", "0", "Active")]
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(dialog.proxy)


def test_selecting_a_process_shows_its_stages(library: ProcessLibraryDialog, planner: Planner) -> None:
    pid = planner.processes.create(process_from_preset("standard_b2b", "en"))
    library.refresh(select=pid)
    view = library.view
    assert view.title.text() == "Standard products to businesses"
    stages = planner.processes.get(pid).stages
    assert [view.summary.index(r, 2).data() for r in range(view.summary.rowCount())] == [
        s.milestone for s in stages]
    assert "(no influence)" in view.left_out.text()


def test_empty_library_explains_what_to_do(library: ProcessLibraryDialog) -> None:
    assert library.table.isHidden() and not library.empty.isHidden()
    assert "New process" in library.empty.text()
    assert not library.edit_button.isEnabled() and not library.export_button.isEnabled()
    assert library.import_button.isEnabled() and library.new_button.isEnabled()


# ------------------------------------------------------------------ edit


def test_edit_through_the_library(library: ProcessLibraryDialog, planner: Planner) -> None:
    pid = planner.processes.create(process_from_preset("pay_and_take", "en"))
    library.refresh(select=pid)

    def edit(editor: QWidget) -> None:
        assert isinstance(editor, ProcessEditorDialog)
        editor.panel.editor.milestone.selectAll()
        QTest.keyClicks(editor.panel.editor.milestone, "Money in the till")
        editor.panel.editor.win_rate.setValue(80)
        editor.save()

    errors = drive_modal(edit)
    with emits_changed(library):
        library.edit_button.click()
    assert not errors, errors
    stage = planner.processes.get(pid).stages[0]
    assert (stage.milestone, stage.win_rate) == ("Money in the till", 80)
    assert "saved" in library.status.text()


def test_a_stage_with_a_deal_cannot_be_removed(qtbot, planner: Planner, warnings) -> None:
    pid = planner.processes.create(process_from_preset("key_account", "en"))
    with_deal(planner, pid)  # the deal sits in the first stage
    before = planner.processes.get(pid)
    editor = ProcessEditorDialog(planner, before, deals=1)
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.history.isHidden()
    editor.panel.select_row(0)
    # the editor shows the stage locked and offers neither removing it nor adding before it
    first = editor.panel.model.index(0, 0)
    assert first.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "keeps its place" in as_shown(first.data(Qt.ItemDataRole.ToolTipRole))
    assert not editor.panel.remove_action.isEnabled()
    assert editor.panel.model.index(1, 0).data(Qt.ItemDataRole.DecorationRole) is None
    editor.panel.remove_stage()
    assert len(editor.panel.stages()) == len(before.stages)
    # and the file refuses it all the same, whatever asks
    editor.panel.model.remove(0)
    editor.save()
    assert editor.isVisible(), "a refused change keeps the editor open"
    assert warnings and warnings[0][1] == (
        "The stage “Latent-need discovery” cannot be removed: deals are in it or have passed it.")
    assert planner.processes.get(pid) == before
    # the same stage can still be improved in words
    editor.panel.model.insert(0, before.stages[0])
    editor.panel.select_row(0)
    editor.panel.editor.name.selectAll()
    QTest.keyClicks(editor.panel.editor.name, "Discovery")
    editor.save()
    assert editor.result() == QDialog.DialogCode.Accepted
    assert planner.processes.get(pid).stages[0].name == "Discovery"


def test_editor_validates_and_asks_before_discarding(qtbot, planner: Planner, monkeypatch) -> None:
    pid = planner.processes.create(process_from_preset("pay_and_take", "en"))
    editor = ProcessEditorDialog(planner, planner.processes.get(pid), deals=0)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.history.isHidden()
    editor.name.clear()
    QTest.keyClicks(editor.name, " ")
    editor.save()
    assert editor.isVisible() and editor.panel.error_text() == "Give the process a name."
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: asked.append(a[1]) or QMessageBox.StandardButton.Discard))
    editor.reject()
    assert asked and not editor.isVisible()
    assert planner.processes.get(pid).name == "Shop: pay and take"


# ------------------------------------------------------------------ duplicate and archive


def test_duplicate_starts_from_this_one(library: ProcessLibraryDialog, planner: Planner, monkeypatch) -> None:
    pid = planner.processes.create(process_from_preset("key_account", "en"))
    library.refresh(select=pid)
    offered: list[str] = []

    def get_text(parent, title, label, echo, text, *a, **k):
        offered.append(text)
        return "Key accounts north", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    with emits_changed(library):
        library.duplicate_button.click()
    assert offered == ["Key-account solutions (copy)"]
    copy_id = library.selected_id()
    assert copy_id != pid
    copy, original = planner.processes.get(copy_id), planner.processes.get(pid)
    assert copy.name == "Key accounts north"
    assert [(s.name, s.milestone, s.win_rate, s.tasks) for s in copy.stages] == [
        (s.name, s.milestone, s.win_rate, s.tasks) for s in original.stages]


def test_duplicate_cancelled_creates_nothing(library: ProcessLibraryDialog, planner: Planner, monkeypatch) -> None:
    planner.processes.create(process_from_preset("key_account", "en"))
    library.refresh()
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", False)))
    library.duplicate_button.click()
    assert len(planner.processes.summaries()) == 1


def test_archive_and_unarchive(library: ProcessLibraryDialog, planner: Planner) -> None:
    pid = planner.processes.create(process_from_preset("inbound_leads", "en"))
    with_deal(planner, pid)
    library.refresh(select=pid)
    assert library.archive_button.text() == "A&rchive"
    with emits_changed(library):
        library.archive_button.click()
    assert planner.processes.summaries()[0].archived
    assert rows(library)[0][3] == "Archived"
    assert library.archive_button.text() == "Un&archive"
    assert "Deals that still use it: 1" in library.view.state.text()
    library.show_archived.setChecked(False)
    assert rows(library) == []
    library.show_archived.setChecked(True)
    library.select(pid)
    library.archive_button.click()
    assert not planner.processes.summaries()[0].archived


# ------------------------------------------------------------------ export and import


def test_export_writes_the_selected_process(library: ProcessLibraryDialog, planner: Planner,
                                            tmp_path: Path, file_answers) -> None:
    pid = planner.processes.create(process_from_preset("group_enterprise", "en"))
    library.refresh(select=pid)
    file_answers.will_answer(tmp_path / "group")
    library.export_button.click()
    assert file_answers.shown[0][1].endswith("Group-enterprise,-layered-approval.json")
    data = json.loads((tmp_path / "group.json").read_text(encoding="utf-8"))
    assert data["format"] == "deal-planner-process"
    assert len(data["process"]["stages"]) == 8
    assert "exported" in library.status.text()


def test_import_adds_the_process_under_a_free_name(library: ProcessLibraryDialog, planner: Planner,
                                                   tmp_path: Path, file_answers) -> None:
    pid = planner.processes.create(process_from_preset("key_account", "en"))
    source = tmp_path / "from-colleague.json"
    process_exchange.export_process(planner, pid, source)
    file_answers.will_answer(source)
    library.refresh()
    with emits_changed(library):
        library.import_button.click()
    names = [p.name for p in planner.processes.summaries()]
    assert names == ["Key-account solutions", "Key-account solutions (imported)"]
    from planner import snapshots

    assert [s.kind for s in snapshots.listing(planner.path)] == [snapshots.Kind.BEFORE_IMPORT]  # a way back
    new_id = library.selected_id()
    assert [s.name for s in planner.processes.get(new_id).stages] == [s.name for s in planner.processes.get(pid).stages]


@pytest.mark.parametrize("content, expected", [
    ("{ this is not json", "is not a Deal Planner process file"),
    (json.dumps({"format": "deal-planner-process", "version": 99, "process": {}}), "newer version"),
    (json.dumps({"format": "deal-planner-process", "version": 1, "process": {"name": "X"}}),
     "damaged or incomplete"),
])
def test_a_bad_import_file_explains_and_imports_nothing(library: ProcessLibraryDialog, planner: Planner,
                                                        tmp_path: Path, file_answers, warnings,
                                                        content: str, expected: str) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    file_answers.will_answer(bad)
    library.import_button.click()
    assert len(warnings) == 1 and expected in warnings[0][1]
    assert planner.processes.summaries() == []


def test_cancelled_file_dialogs_do_nothing(library: ProcessLibraryDialog, planner: Planner, file_answers) -> None:
    planner.processes.create(process_from_preset("pay_and_take", "en"))
    library.refresh()
    file_answers.will_answer(None, None)
    library.import_button.click()
    library.export_button.click()
    assert len(planner.processes.summaries()) == 1 and library.status.text() == ""


# ------------------------------------------------------------------ new process


def test_new_process_runs_the_wizard(library: ProcessLibraryDialog, planner: Planner, monkeypatch) -> None:
    import planner.ui.processes.library as module

    created = planner.processes.create(process_from_preset("pay_and_take", "en"))
    monkeypatch.setattr(module, "run_wizard", lambda p, parent=None: created)
    with emits_changed(library):
        library.new_button.click()
    assert library.selected_id() == created
    monkeypatch.setattr(module, "run_wizard", lambda p, parent=None: None)
    fired: list[bool] = []
    library.processesChanged.connect(lambda: fired.append(True))
    library.new_button.click()
    assert fired == []


def test_process_list_model_sorts_numbers_as_numbers(qtbot, planner: Planner) -> None:
    for key in ("group_enterprise", "pay_and_take", "key_account"):
        planner.processes.create(process_from_preset(key, "en"))
    dialog = ProcessLibraryDialog(planner)
    qtbot.addWidget(dialog)
    dialog.table.sortByColumn(ProcessListModel.STAGES, Qt.SortOrder.AscendingOrder)
    assert [r[1] for r in rows(dialog)] == ["1", "6", "8"]


def test_a_stage_slipped_in_before_a_used_one_is_refused(qtbot, planner: Planner, warnings) -> None:
    pid = planner.processes.create(process_from_preset("inbound_leads", "en"))
    with_deal(planner, pid)
    before = planner.processes.get(pid)
    editor = ProcessEditorDialog(planner, before, deals=1)
    qtbot.addWidget(editor)
    editor.show()
    editor.panel.model.insert(0, custom_stage("Pre-qualification", editor.stages.stages(), 0))
    editor.panel.select_row(0)
    QTest.keyClicks(editor.panel.editor.milestone, "Lead scored")
    editor.save()
    assert editor.isVisible()
    assert warnings and warnings[0][1] == ("The stage “Customer identification & assignment” cannot "
                                           "be moved: deals are in it or have passed it.")
    assert planner.processes.get(pid) == before


def test_library_and_editor_fit_a_small_laptop_screen(library: ProcessLibraryDialog, planner: Planner) -> None:
    pid = planner.processes.create(process_from_preset("group_enterprise", "en"))
    library.refresh(select=pid)
    editor = ProcessEditorDialog(planner, planner.processes.get(pid), deals=0, parent=library)
    for window in (library, editor):
        hint = window.minimumSizeHint()
        assert hint.width() <= 1024 and hint.height() <= 600, (type(window).__name__, hint)
    editor.deleteLater()


def test_the_editor_keeps_used_stages_in_place(qtbot, planner: Planner) -> None:
    """Stages deals are in or have passed are locked: not removed, not moved, nothing added
    before them; the stages after them stay free."""
    pid = planner.processes.create(simple_process(4))
    deal = with_deal(planner, pid)
    confirm_current(planner, deal)  # stage 1 passed, the deal is in stage 2
    editor = ProcessEditorDialog(planner, planner.processes.get(pid), deals=1)
    qtbot.addWidget(editor)
    panel = editor.panel
    locks = [panel.model.index(r, 0).data(Qt.ItemDataRole.DecorationRole) is not None for r in range(4)]
    assert locks == [True, True, False, False]
    panel.select_row(0)
    assert not panel.add_action.isEnabled()  # a stage added here would push stage 2 along
    panel.select_row(1)
    assert panel.add_action.isEnabled()
    assert not any(a.isEnabled() for a in (panel.remove_action, panel.up_action, panel.down_action))
    panel.select_row(2)
    assert panel.remove_action.isEnabled() and panel.down_action.isEnabled()
    assert not panel.up_action.isEnabled()  # it would swap places with stage 2
