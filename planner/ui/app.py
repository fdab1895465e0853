"""Start the desktop app: the file's check, application object, fonts, language, the window.

Start-up order matters (issue 4 asks for a window within 1.5x an empty one). The
planner file's integrity check starts first, before Qt is even imported, and runs in
a thread (SQLite releases the GIL) while Qt and the window's code load. So this
module and the layers it imports at the top (services, store, domain) stay Qt-free;
Qt comes in inside the functions that need it.
"""

from __future__ import annotations

import argparse
import gc
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from planner import APP_ID, APP_NAME, __version__
from planner.domain.errors import PlannerError
from planner.paths import default_file, resource_path
from planner.services import Planner

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from planner.ui.main_window import MainWindow


def make_application(argv: list[str] | None = None) -> QApplication:
    from PySide6.QtWidgets import QApplication

    from planner.ui import icons

    app = QApplication.instance() or QApplication(argv or ["deal-planner"])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("DealPlanner")
    app.setDesktopFileName(APP_ID)
    follow_dark_mode(app)
    # through our SVG engine, as the toolbar's icons: Qt's own SVG icon plugin takes ~2 ms to load
    app.setWindowIcon(icons.icon("deal-planner"))
    load_fonts()
    return app  # type: ignore[return-value]


def follow_dark_mode(app: QApplication) -> None:
    """Readable check boxes on a dark palette (see planner/ui/style.py), now and after a switch."""
    from PySide6.QtGui import QPalette

    def check() -> None:
        if app.palette().color(QPalette.ColorRole.Window).lightnessF() < 0.5:
            from planner.ui.style import install_if_dark

            install_if_dark(app)

    check()
    from PySide6.QtCore import QTimer

    app.styleHints().colorSchemeChanged.connect(lambda _scheme: QTimer.singleShot(0, check))


def load_fonts() -> bool:
    """The bundled CJK font where the system has none for Traditional Chinese, so
    Chinese shows everywhere; True if it was added.

    Where the system has one, Qt falls back to it by itself, and reading ours (5 MB)
    would cost about 6 ms of start-up for nothing."""
    from PySide6.QtGui import QFontDatabase

    if QFontDatabase.families(QFontDatabase.WritingSystem.TraditionalChinese):
        return False
    # only the regular face: the bold one is a different family that Qt would not pair
    # with it, and Qt emboldens the regular face itself
    font = resource_path("fonts", "wqy-microhei.ttc")
    return QFontDatabase.addApplicationFont(str(font)) != -1


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """A bug shows a readable dialog, not a traceback on a terminal the user never sees."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from planner.ui import plain

    traceback.print_exception(kind, error, tb)
    if QApplication.instance() is not None:
        QMessageBox.critical(None, APP_NAME, plain.html(QCoreApplication.translate(
            "app", "Something went wrong: {error}\nYour saved work is safe in the file.").format(
                error=str(error) or kind.__name__)))


def _answer_the_system(window: MainWindow) -> None:
    """Open the files and heed the quit signals the system sends (loaded after the first paint)."""
    from planner.ui import system_requests

    system_requests.attach(window)


def open_planner(path: Path | None, ask_create: bool, parent: QWidget | None = None) -> Planner | None:
    """Open the given file or the default one (created on first start)."""
    if path is None:
        target = default_file()
        return Planner.open(target, create=not target.exists())
    if not path.exists():
        if not ask_create:
            return Planner.open(path)  # raises the clear "does not exist" error
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        from planner.ui import plain

        answer = QMessageBox.question(parent, APP_NAME, plain.html(QCoreApplication.translate(
            "app", "{path} does not exist. Create a new planner file there?").format(path=path)))
        if answer != QMessageBox.StandardButton.Yes:
            return None
        return Planner.open(path, create=True)
    return Planner.open(path)


def begin_open_planner(path: Path | None, ask_create: bool) -> Callable[[], Planner | None]:
    """``open_planner`` in two steps: the file's integrity check runs in the background
    while the app loads; call the result, with the application made, for what
    ``open_planner`` returns or raises."""
    try:
        if path is None:
            target = default_file()
            return Planner.begin_open(target, create=not target.exists())
        if path.exists():
            return Planner.begin_open(path)
    except PlannerError as e:
        refusal = e

        def refuse() -> Planner | None:
            raise refusal

        return refuse
    return lambda: open_planner(path, ask_create)  # may ask whether to create it


def run(args: argparse.Namespace) -> int:
    gc.disable()  # until the first paint: see first_paint.keep_startup_objects
    smoke = bool(args.quit_after_startup)
    opening = begin_open_planner(args.db, ask_create=not smoke)  # Qt loads while the file is checked
    app = make_application(sys.argv[:1])
    from planner import i18n
    from planner.ui.first_paint import FirstPaint, keep_startup_objects
    from planner.ui.main_window import MainWindow

    try:
        planner = opening()
    except PlannerError as e:
        i18n.install(args.lang or i18n.system_language())
        if smoke:
            print(f"deal-planner: {i18n.error_text(e)}", file=sys.stderr)
        else:
            from PySide6.QtWidgets import QMessageBox

            from planner.ui import plain

            QMessageBox.critical(None, APP_NAME, plain.html(i18n.error_text(e)))
        return 1
    if planner is None:
        return 1
    from planner import settings

    lang = args.lang or i18n.normalize(settings.value(planner.settings(), "language") or None)
    i18n.install(lang)
    if not smoke:
        sys.excepthook = _excepthook
    window = MainWindow(planner)
    FirstPaint(window, quit_now=smoke, then=lambda: _answer_the_system(window))
    window.show()
    code = app.exec()
    window.close_file()
    keep_startup_objects()  # the process ends: no collection pass over everything on the way out
    return code
