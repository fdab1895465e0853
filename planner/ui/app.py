"""Start the desktop app: the file's check, application object, fonts, language, the window.

Start-up order matters (issue 15: the board as fast as the file's size allows). The
planner file's integrity check starts first, before Qt is even imported, and runs in
a thread (SQLite releases the GIL) while Qt and the window's code load; a current file
opens without waiting for its verdict, which then decides the writes (see
planner/store/background_check.py and planner/ui/damaged_file.py). So this
module and the layers it imports at the top (services, store, domain) stay Qt-free;
Qt comes in inside the functions that need it.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from planner import APP_ID, APP_NAME, __version__
from planner.domain.errors import PlannerError
from planner.file_lock import lock_path
from planner.paths import default_file, resource_path
from planner.services import Planner

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from planner.file_lock import Holder
    from planner.ui.main_window import MainWindow


def make_application(argv: list[str] | None = None) -> QApplication:
    from PySide6.QtWidgets import QApplication

    from planner.ui.kit import pyside_imports

    pyside_imports.install()  # before the window's modules are imported
    from planner.ui.kit import icons

    # the instance, when there is one, is a QApplication too (tests and this function make it)
    app = cast(QApplication, QApplication.instance() or QApplication(argv or ["deal-planner"]))
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    from planner.local_settings import ORGANIZATION

    app.setOrganizationName(ORGANIZATION)  # QSettings() and planner.local_settings: the same store
    app.setDesktopFileName(APP_ID)
    follow_dark_mode(app)
    # through our SVG engine, as the toolbar's icons: Qt's own SVG icon plugin takes ~2 ms to load
    app.setWindowIcon(icons.icon("deal-planner"))
    load_fonts()
    return app


def follow_dark_mode(app: QApplication) -> None:
    """Readable check boxes on a dark palette (see planner/ui/kit/style.py), now and after a switch."""
    from PySide6.QtGui import QPalette

    def check() -> None:
        if app.palette().color(QPalette.ColorRole.Window).lightnessF() < 0.5:
            from planner.ui.kit.style import install_if_dark

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

    if not QFontDatabase.families(QFontDatabase.WritingSystem.Hebrew):
        # the PDF's fallback for other scripts (Hebrew, Arabic, Greek...), on screen as on paper
        QFontDatabase.addApplicationFont(str(resource_path("fonts", "DejaVuSans.ttf")))
    if QFontDatabase.families(QFontDatabase.WritingSystem.TraditionalChinese):
        return False
    # only the regular face: the bold one is a different family that Qt would not pair
    # with it, and Qt emboldens the regular face itself
    font = resource_path("fonts", "wqy-microhei.ttc")
    return QFontDatabase.addApplicationFont(str(font)) != -1


def _answer_the_system(window: MainWindow) -> None:
    """Open the files and heed the quit signals the system sends, and answer a second start
    on the same file (loaded after the first paint)."""
    from planner.ui import system_requests

    system_requests.attach(window)
    # the log: after the first paint, as logging.handlers takes tens of ms to load (an error
    # before that installs it on the way, see planner/ui/crash.py)
    import logging

    from planner import logbook
    from planner.paths import data_dir

    logbook.install(data_dir())
    logging.getLogger("planner").info("Deal Planner %s started on %s", __version__, window.planner.path)
    window.listen_for_other_windows()


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

        from planner.ui.kit import plain

        answer = QMessageBox.question(parent, APP_NAME, plain.html(QCoreApplication.translate(
            "app", "{path} does not exist. Create a new planner file there?").format(path=path)))
        if answer != QMessageBox.StandardButton.Yes:
            return None
        return Planner.open(path, create=True)
    return Planner.open(path)


def begin_open_planner(path: Path | None, ask_create: bool) -> Callable[[], Planner | None]:
    """``open_planner`` in two steps: the file's integrity check runs in the background
    while the app loads; call the result, with the application made and the file's lock
    held, for what ``open_planner`` returns or raises. A current file opens before the
    check's verdict, which then decides its writes (``Planner.file.integrity_check()``)."""
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


def _opener(early: Callable[[], Planner | None] | None, path: Path | None,
            ask_create: bool) -> Callable[[], Planner | None]:
    """What opens the file once its lock is held: the verdict of the check started early,
    or, without one, the whole opening now.

    A refusal from the early check is checked again once: it read the file before the lock
    was ours, while a command line tool (a backup, which takes no lock) might have been
    writing its WAL back into the file; read under the lock, a sound file passes."""
    if early is None:
        return lambda: begin_open_planner(path, ask_create)()

    def finish() -> Planner | None:
        try:
            return early()
        except PlannerError:
            return open_planner(path, ask_create)

    return finish


def damage_found(planner: Planner) -> str | None:
    """What the file's integrity check found, if its verdict is in and names a problem: the
    smoke start quits at the first paint without waiting for it (as a user need not)."""
    check = planner.file.integrity_check()
    if check is None or check.problem is None:
        return None
    from planner.i18n import error_text

    try:
        check.allow_write()
    except PlannerError as e:
        return error_text(e)
    return None


def _start_refused(message: str, smoke: bool) -> int:
    if smoke:
        print(f"deal-planner: {message}", file=sys.stderr)
    else:
        from PySide6.QtWidgets import QMessageBox

        from planner.ui.kit import plain

        QMessageBox.critical(None, APP_NAME, plain.html(message))
    return 1


def run(args: argparse.Namespace) -> int:
    gc.disable()  # until the first paint: see first_paint.keep_startup_objects
    smoke = bool(args.quit_after_startup)
    target = args.db if args.db is not None else default_file()
    # Qt-free, one stat: with no lock file beside it, no window has the file open for changes,
    # so its integrity check starts now and overlaps Qt's loading. With one, the check waits
    # for the lock: the file may be open in another window, and this check reads the file
    # alone (``immutable``), blind to that window's WAL: it could call a live file damaged.
    early = None if lock_path(target).exists() else begin_open_planner(args.db, ask_create=not smoke)
    Planner.prepare_tampering()  # the file's schema is compared on opening: the reference kept for this version
    app = make_application(sys.argv[:1])
    from planner import i18n
    from planner.ui.first_paint import FirstPaint, keep_startup_objects
    from planner.ui.main_window import MainWindow
    from planner.ui.opening import Opened, ask_read_only, open_for_window

    def ask(parent: QWidget | None, path: Path, holder: Holder | None) -> bool:
        """The file is open in another window that did not answer: read-only, or cancel?
        Asked before the file's own language setting can be read: in the system's."""
        if smoke:
            return True  # no questions: shown read-only
        i18n.install(args.lang or i18n.system_language())
        return ask_read_only(parent, path, holder)

    try:
        opened = open_for_window(target, None, opener=_opener(early, args.db, not smoke), ask=ask)
    except PlannerError as e:
        i18n.install(args.lang or i18n.system_language())
        return _start_refused(i18n.error_text(e), smoke)
    if not isinstance(opened, Opened):
        return 0 if opened is not None else 1  # the window that has the file came forward: done
    from planner import local_settings, settings

    local_settings.adopt(opened.planner.settings.all())  # an older file's language, paper, name: yours now
    lang = args.lang or i18n.normalize(settings.LANGUAGE.of(local_settings.person()).value or None)
    i18n.install(lang)
    if not smoke:
        from planner.ui import crash

        crash.install()  # a bug: its traceback to the log, one message naming it; Qt's warnings too
    try:
        window = MainWindow(opened)
    except PlannerError as e:  # a file too damaged to show: refused, as it would have been before
        check = opened.planner.file.integrity_check()
        found = damage_found(opened.planner) if check is not None and check.wait() else None
        opened.close()
        return _start_refused(found or i18n.error_text(e), smoke)
    window.quiet = smoke  # no questions: a damage found is reported on the way out
    FirstPaint(window, quit_now=smoke, then=lambda: _answer_the_system(window))
    window.show()
    code = app.exec()
    if smoke and code == 0:
        found = damage_found(window.planner)
        if found is not None:
            code = _start_refused(found, smoke)
    window.close_file()  # the file's lock goes with it: another window may now change the file
    keep_startup_objects()  # the process ends: no collection pass over everything on the way out
    return code
