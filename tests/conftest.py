"""Test configuration: headless Qt, a fresh planner file per test, no real user folders."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any Qt import: tests never need a screen
os.environ.setdefault("LANG", "en_US.UTF-8")
sys.path.insert(0, str(Path(__file__).parent / "helpers"))

import pytest
from cli_run import Ran

from planner.services import Planner


@pytest.fixture(autouse=True)
def _isolated_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """App data and QSettings go to a temporary folder, never the developer's home."""
    base = tmp_path_factory.mktemp("appdata")
    monkeypatch.setenv("DEAL_PLANNER_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(base / "config"))
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(base / "config"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(base / "config"))


@pytest.fixture(autouse=True)
def _no_unanswered_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box nobody answers would hang the suite offscreen: it fails the test instead,
    naming the box (a test that expects one patches it with its answer, which wins)."""
    from PySide6.QtWidgets import QMessageBox

    for name in ("question", "warning", "information", "critical"):
        def unanswered(*args: object, _name: str = name, **kwargs: object) -> None:
            title = next((a for a in args if isinstance(a, str)), "")
            raise AssertionError(f"QMessageBox.{_name}({title!r}) opened with no answer: patch it in the test")

        monkeypatch.setattr(QMessageBox, name, unanswered)


@pytest.fixture
def planner(tmp_path: Path):
    p = Planner.open(tmp_path / "test.planner", create=True)
    yield p
    p.close()


@pytest.fixture(scope="session")
def qapp(qapp):  # noqa: ANN001, ANN201 - pytest-qt's own, with the app's fonts as at start-up
    """The QApplication with the fonts the app registers itself (the bundled CJK font on a
    system without one), so widgets render Chinese in tests as they do for users."""
    from planner import i18n
    from planner.ui.app import load_fonts

    load_fonts()
    i18n.install("en")  # as the app starts in English: its plural catalogues ("1 day") loaded
    return qapp


@pytest.fixture(autouse=True)
def _english_again() -> Iterator[None]:
    """Every test starts in English as the app does, whatever language the one before left
    (a test that changed it and did not put it back made later ones fail by their order)."""
    before = _language()
    yield
    if before is not None and _language() != before:
        from planner import i18n

        i18n.install("en")


def _language() -> tuple[str, int] | None:
    """The language installed and how many of its catalogues, once there is an application."""
    if not _app_exists():
        return None
    from planner import i18n

    return i18n.current_language(), len(i18n._installed)


def _app_exists() -> bool:
    import sys

    if "PySide6.QtCore" not in sys.modules:
        return False
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.instance() is not None


@pytest.fixture
def cli(qapp, capsys: pytest.CaptureFixture[str],  # noqa: ANN001 - pytest-qt's app
        monkeypatch: pytest.MonkeyPatch) -> Callable[..., Ran]:
    """cli("check", "--db", path) -> Ran: ``deal-planner`` run in this process, its own code path
    without a new interpreter (about a second) for each call. The language a run chooses for the
    command line (``LANGUAGE``, see planner/cli_language.py) goes with it, as does the app's."""
    from planner import cli as cli_module
    from planner import i18n

    def _run(*args: object) -> Ran:
        monkeypatch.delenv("LANGUAGE", raising=False)
        capsys.readouterr()
        try:
            code = cli_module.main([str(a) for a in args])
        except SystemExit as e:  # argparse's own exits
            code = int(e.code or 0)
        finally:
            i18n.install("en")
        out, err = capsys.readouterr()
        return Ran(code, out, err)

    return _run
