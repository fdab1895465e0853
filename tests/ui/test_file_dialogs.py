"""File dialogs never open the planner file the app has open (issue 10, lost edits).

Opening and closing any descriptor of a file that SQLite has open drops SQLite's POSIX
locks for the whole process; Qt's stock dialog does exactly that when it sniffs file types.
These tests watch the process's own locks in /proc/locks."""

from __future__ import annotations

import ast
import os
from pathlib import Path

import pytest
from posix_locks import held
from PySide6.QtCore import QFileInfo, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel

from planner.services import Planner
from planner.ui.kit import file_dialogs, open_files
from planner.ui.main_window import MainWindow

needs_proc_locks = pytest.mark.skipif(not Path("/proc/locks").exists(), reason="reads Linux's /proc/locks")

PLANNER = Path(__file__).parents[2] / "planner"


def _files(db: Path) -> list[Path]:
    return [db, Path(f"{db}-wal"), Path(f"{db}-shm")]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder with the open file and two other planner files, as a user's Documents."""
    for name in ("colleague.planner", "last year.planner"):
        Planner.open(tmp_path / name, create=True).close()
    return tmp_path


@pytest.fixture
def open_window(qtbot, folder: Path):  # noqa: ANN001, ANN201
    planner = Planner.open(folder / "mine.planner", create=True)
    window = MainWindow(planner, with_workspace=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.started)
    # the history's check reads the file on a connection of its own once the cards show: over
    # before the tests look at the file's locks
    qtbot.waitUntil(lambda: window.planner.file.history_check().done)
    yield window
    window.close_file()


def _locks(db: Path) -> dict[str, list[str]]:
    """Which locks the process holds on each file: a lock listed twice (a reader connection of
    a background check closing as the dialog runs) is still the one lock the dialog must keep."""
    return {name: sorted(set(locks)) for name, locks in held(os.getpid(), *_files(db)).items()}


def _wait_until_typed(qtbot, dialog: QFileDialog, folder: Path) -> None:  # noqa: ANN001
    """Until the dialog's model has listed ``folder`` and typed each planner file in it:
    by then anything that sniffs contents has read them."""
    model = dialog.findChild(QFileSystemModel)
    assert model is not None

    def typed() -> bool:
        rows = [model.index(str(path)) for path in folder.iterdir()]
        return all(index.isValid() and model.type(index) for index in rows)

    qtbot.waitUntil(typed, timeout=5000)


@needs_proc_locks
def test_ctrl_o_cancelled_keeps_the_apps_locks(qtbot, open_window: MainWindow, folder: Path) -> None:  # noqa: ANN001
    db = open_window.planner.path
    open_window.planner.settings.all()  # a read: SQLite now holds its locks on the file and -shm
    before = _locks(db)
    assert before[db.name] and before[f"{db.name}-shm"], before
    shown: list[QFileDialog] = []

    def cancel_when_loaded() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        shown.append(dialog)
        _wait_until_typed(qtbot, dialog, folder)
        dialog.reject()

    QTimer.singleShot(0, cancel_when_loaded)
    open_window.actions_by_name["open_file"].trigger()  # Ctrl+O: runs the dialog until cancelled
    assert shown and shown[0].testOption(QFileDialog.Option.DontUseNativeDialog)
    assert _locks(db) == before
    model = shown[0].findChild(QFileSystemModel)
    assert model.type(model.index(str(folder / "colleague.planner"))) == "Planner file"


@needs_proc_locks
def test_the_stock_dialog_drops_them_which_is_what_the_test_above_would_see(qtbot, folder: Path) -> None:  # noqa: ANN001
    """The control: Qt's own dialog loses the locks in this same setting. Should Qt stop
    sniffing one day, this fails, and the test above no longer proves anything."""
    planner = Planner.open(folder / "mine.planner", create=True)
    try:
        planner.settings.all()
        assert _locks(planner.path)[planner.path.name]
        dialog = QFileDialog(None, "Open", str(folder), "Planner files (*.planner)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(dialog)
        dialog.show()
        _wait_until_typed(qtbot, dialog, folder)
        dialog.reject()
        assert not any(_locks(planner.path).values())
    finally:
        planner.close()


def test_the_icon_provider_names_files_from_their_names(qapp) -> None:  # noqa: ANN001
    provider = file_dialogs.NameOnlyIconProvider()
    assert provider.type(QFileInfo("/nowhere/deals.planner")) == "Planner file"
    assert provider.type(QFileInfo("/nowhere/deals.planner-wal")) == "PLANNER-WAL file"
    assert provider.type(QFileInfo("/nowhere/notes")) == "File"
    assert provider.type(QFileInfo(str(PLANNER))) == "Folder"
    assert not provider.icon(QFileInfo("/nowhere/deals.planner")).isNull()


@needs_proc_locks
def test_opening_the_open_file_again_reads_nothing_of_it(open_window: MainWindow, monkeypatch,  # noqa: ANN001
                                                         file_answers) -> None:  # noqa: ANN001
    """File > Open (or a double-click the system passes on) on the file, another name for
    it, or its -wal: the window stays as it is, and the header check never opens it."""
    db = open_window.planner.path
    open_window.planner.settings.all()
    before = _locks(db)
    opened: list[Path] = []
    monkeypatch.setattr(Planner, "open", classmethod(lambda cls, path, **k: opened.append(path)))
    link = db.with_name("link.planner")
    link.symlink_to(db)
    hard = db.with_name("hard.planner")
    os.link(db, hard)
    for other in (db, link, hard, Path(f"{db}-wal"), Path(f"{db}-shm")):
        assert open_window.open_path(other) is True
    file_answers.will_answer(db)
    open_window.actions_by_name["open_file"].trigger()
    from PySide6.QtGui import QFileOpenEvent

    from planner.ui.system_requests import FileOpenRequests

    requests = FileOpenRequests(open_window.open_path, open_window)  # a double-click the system passes on
    QApplication.instance().installEventFilter(requests)
    try:
        QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(link)))
    finally:
        QApplication.instance().removeEventFilter(requests)
    assert opened == [] and open_window.planner.path == db
    assert "already open" in open_window.statusBar().currentMessage()
    assert _locks(db) == before


@pytest.mark.parametrize("action", ["backup", "save_as", "new_file"])
def test_no_dialog_writes_over_the_open_file(open_window: MainWindow, file_answers, monkeypatch,  # noqa: ANN001
                                             action: str) -> None:
    db = open_window.planner.path
    warned: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *a: warned.append(str(a[2])))
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.question", lambda *a: pytest.fail("asked to replace"))
    size = db.stat().st_size
    file_answers.will_answer(Path(f"{db}-wal"))
    open_window.actions_by_name[action].trigger()
    assert warned and open_window.planner.path == db and db.stat().st_size == size
    assert Path(f"{db}-wal").exists()


def test_open_here_knows_the_file_under_other_names(tmp_path: Path) -> None:
    db = tmp_path / "a.planner"
    db.write_bytes(b"")
    open_files.protect(db)
    try:
        assert open_files.open_here(tmp_path / "." / "a.planner") == db
        assert open_files.open_here(f"{db}-journal") == db
        assert open_files.open_here(tmp_path / "b.planner") is None
    finally:
        open_files.unprotect(db)
    assert open_files.open_here(db) is None


def _dialog_calls(tree: ast.AST) -> list[int]:
    """Lines that build a file dialog or ask Qt to: QFileDialog(...), QFileDialog.get*(...),
    or a QFileSystemModel / QMimeDatabase of one's own (the two things that read files)."""
    lines = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if (isinstance(func, ast.Name) and func.id in {"QFileDialog", "QFileSystemModel", "QMimeDatabase"}) or (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
              and func.value.id == "QFileDialog" and func.attr.startswith("get")):
            lines.append(node.lineno)
    return lines


def test_every_file_dialog_goes_through_file_dialogs() -> None:
    offenders = []
    for path in sorted(PLANNER.rglob("*.py")):
        if path.name == "file_dialogs.py" and path.parent.name == "kit":
            continue
        for line in _dialog_calls(ast.parse(path.read_text(encoding="utf-8"))):
            offenders.append(f"{path.relative_to(PLANNER.parent)}:{line}")
    assert offenders == [], "use planner.ui.kit.file_dialogs instead: " + ", ".join(offenders)


def test_the_guard_sees_what_it_guards() -> None:
    code = "QFileDialog.getOpenFileName(None)\nd = QFileDialog(None)\nm = QMimeDatabase()\nQFileDialog.Option.ReadOnly\n"
    assert _dialog_calls(ast.parse(code)) == [1, 2, 3]




@pytest.mark.parametrize("suffix", ["", "-wal"])
def test_an_account_plan_is_never_written_over_the_open_file(open_window: MainWindow, suffix: str) -> None:
    """The export dialog's path is typed as well as chosen: a typed one is checked too."""
    from builders import new_deal

    from planner.ui.export.dialog import ExportDialog

    db = open_window.planner.path
    new_deal(open_window.planner)
    target = Path(f"{db}{suffix}")
    before = target.read_bytes()
    dialog = ExportDialog(open_window.planner, None, open_window)
    dialog.path_edit.setText(str(target))
    dialog.export()
    assert "planner file that is open" in dialog.status.text()
    assert target.read_bytes() == before


@needs_proc_locks
def test_the_open_file_cannot_be_imported_as_a_process(open_window: MainWindow, file_answers,  # noqa: ANN001
                                                       monkeypatch) -> None:  # noqa: ANN001
    from planner.ui.processes.library import ProcessLibraryDialog

    warned: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *a: warned.append(str(a[2])))
    db = open_window.planner.path
    open_window.planner.settings.all()
    before = _locks(db)
    library = ProcessLibraryDialog(open_window.planner, open_window)
    file_answers.will_answer(db)
    library.import_process()
    assert warned and "belongs to the planner file open in this window" in warned[0]
    assert _locks(db) == before
