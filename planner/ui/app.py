"""Start the desktop app: application object, fonts, language, the file, the window."""

from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QFontDatabase, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from planner import APP_ID, APP_NAME, __version__, i18n, settings
from planner.domain.errors import PlannerError
from planner.paths import default_file, resource_path
from planner.services import Planner


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or ["deal-planner"])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("DealPlanner")
    app.setDesktopFileName(APP_ID)
    follow_dark_mode(app)
    icon = resource_path("icons", "deal-planner.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    load_fonts()
    return app  # type: ignore[return-value]


def follow_dark_mode(app: QApplication) -> None:
    """Readable check boxes on a dark palette (see planner/ui/style.py), now and after a switch."""
    def check() -> None:
        if app.palette().color(QPalette.ColorRole.Window).lightnessF() < 0.5:
            from planner.ui.style import install_if_dark

            install_if_dark(app)

    check()
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: QTimer.singleShot(0, check))


def load_fonts() -> None:
    """The bundled CJK font, so Chinese shows where the system has none."""
    # only the regular face: the bold one is a different family that Qt would not pair
    # with it, and Qt emboldens the regular face itself
    font = resource_path("fonts", "wqy-microhei.ttc")
    if font.exists():
        QFontDatabase.addApplicationFont(str(font))


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """A bug shows a readable dialog, not a traceback on a terminal the user never sees."""
    traceback.print_exception(kind, error, tb)
    if QApplication.instance() is not None:
        QMessageBox.critical(None, APP_NAME, QCoreApplication.translate(
            "app", "Something went wrong: {error}\nYour saved work is safe in the file.").format(
                error=str(error) or kind.__name__))


class _FirstPaint(QObject):
    """Quit once the window has painted for the first time (smoke tests, start-up timing)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            QCoreApplication.exit(0)  # now: work queued for after the first paint must not run
        return False


def open_planner(path: Path | None, ask_create: bool, parent: QWidget | None = None) -> Planner | None:
    """Open the given file or the default one (created on first start)."""
    if path is None:
        target = default_file()
        return Planner.open(target, create=not target.exists())
    if not path.exists():
        if not ask_create:
            return Planner.open(path)  # raises the clear "does not exist" error
        answer = QMessageBox.question(parent, APP_NAME, QCoreApplication.translate(
            "app", "{path} does not exist. Create a new planner file there?").format(path=path))
        if answer != QMessageBox.StandardButton.Yes:
            return None
        return Planner.open(path, create=True)
    return Planner.open(path)


def run(args: argparse.Namespace) -> int:
    app = make_application(sys.argv[:1])
    smoke = bool(args.quit_after_startup)
    try:
        planner = open_planner(args.db, ask_create=not smoke)
    except PlannerError as e:
        i18n.install(args.lang or i18n.system_language())
        if smoke:
            print(f"deal-planner: {i18n.error_text(e)}", file=sys.stderr)
        else:
            QMessageBox.critical(None, APP_NAME, i18n.error_text(e))
        return 1
    if planner is None:
        return 1
    lang = args.lang or i18n.normalize(settings.value(planner.settings(), "language") or None)
    i18n.install(lang)
    if not smoke:
        sys.excepthook = _excepthook

    from planner.ui.main_window import MainWindow

    window = MainWindow(planner)
    if smoke:
        watcher = _FirstPaint(window)
        window.installEventFilter(watcher)
    window.show()
    code = app.exec()
    window.close_file()
    return code
