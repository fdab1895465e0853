"""Language choice and translators for the UI and the CLI."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QCoreApplication, QLocale

from planner.domain import formats
from planner.domain.errors import ERRORS, PlannerError
from planner.paths import resource_path

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

Lang = Literal["en", "zh_TW"]
LANGUAGES: tuple[Lang, ...] = ("en", "zh_TW")

_installed: list[QTranslator] = []
_current: list[Lang] = ["en"]  # the language install() last put in place


def system_language() -> Lang:
    return "zh_TW" if QLocale.system().name().startswith("zh") else "en"


def normalize(lang: str | None) -> Lang:
    if not lang:
        return system_language()
    lang = lang.replace("-", "_")
    if lang.lower().startswith("zh"):
        return "zh_TW"
    if lang.lower().startswith("en"):
        return "en"
    raise ValueError(lang)


def install(lang: Lang) -> None:
    """Load our translation and Qt's own (dialog buttons) for the language."""
    app = QCoreApplication.instance()
    assert app is not None, "create the application first"
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _current[0] = lang
    QLocale.setDefault(QLocale("zh_TW" if lang == "zh_TW" else "en_US"))
    # one catalogue per part of the app (core, wizard, board...); in English only the plural
    # forms ("1 day", "2 days": the sources say "%n days"), where there is such a catalogue
    ours = sorted(resource_path("i18n").glob(f"*_{lang}.qm"))
    if lang == "en" and not ours:
        return
    # only here: English, the usual start-up, needs neither
    from PySide6.QtCore import QLibraryInfo, QTranslator

    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    qt_own = [qt_dir / f"qtbase_{lang}.qm"] if lang != "en" else []  # Qt's own (dialog buttons)
    for qm in [*qt_own, *ours]:
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            _installed.append(translator)


def current_language() -> Lang:
    """The UI language installed last ("en" before any install): for bilingual data."""
    return _current[0]


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


# control characters (C0, DEL, C1), the Unicode line and paragraph separators, the
# bidirectional controls (they turn around the text after them), and the lone surrogates
# that stand for undecodable bytes in a file name (they cannot be printed)
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
SHOWN_AT_MOST = 200  # characters of one value in a message; a longer one keeps its two ends
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    return _NAMED.get(char) or (f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")


def shown(value: object) -> str:
    """A file name or other value as it may appear inside a message: control characters
    escaped as ``\\n``, ``\\x1b``..., so a message stays one line and a name cannot drive
    the terminal (a newline or an escape sequence in a file name); past ``SHOWN_AT_MOST``
    characters (a cell of a pasted note), its middle is left out, so a path keeps its file name."""
    text = _CONTROLS.sub(_escape, str(value))
    if len(text) > SHOWN_AT_MOST:
        half = SHOWN_AT_MOST // 2
        text = text[:half] + "…" + text[-(half - 1):]
    return text


def _shown_value(value: object) -> object:
    """A date in a message as the language writes it (the rules pass dates, never their text)."""
    return formats.medium_date(value, current_language()) if isinstance(value, date) else value


def error_text(error: PlannerError) -> str:
    text = QCoreApplication.translate(ERRORS, error.source)
    # a parameter may itself be a marked message (a reason); paths and names pass unchanged,
    # but for their control characters (the translated sentence itself is ours: left alone)
    # (escaped before the lookup: Qt cannot even look up a name with undecodable bytes)
    params = {k: QCoreApplication.translate(ERRORS, shown(v)) if isinstance(v, str) else _shown_value(v)
              for k, v in error.params.items()}
    try:
        return text.format(**params) if params else text
    except (KeyError, IndexError, ValueError):
        return shown(error.english())
