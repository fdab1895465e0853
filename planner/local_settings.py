"""What this computer keeps for the person using it (QSettings), every key declared once.

The person's preferences (``planner.settings``, ``Scope.PERSON``) and the window's memory:
its geometry, the deal panel, closed and archived deals shown or not, the board or the list,
the cards' sort order, recent files, the process shown last per file, its folded stages, and
the folder process files were last put in. Nothing here belongs to a
planner file; what does is in the file (see ``planner.settings``).

Always the same store, named explicitly (not the application object's names), so the
command line reads what the app wrote without making an application. Flags are stored as
booleans; older versions wrote the text "true"/"false", which reads the same.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from planner import APP_NAME, settings
from planner.domain.errors import InvalidInput

ORGANIZATION = "DealPlanner"  # with APP_NAME, where QSettings keeps them (planner/ui/app.py sets both)

GEOMETRY = "main_window/geometry"
WINDOW_STATE = "main_window/state"
DOCK_VISIBLE = "main_window/dock_visible"
SHOW_CLOSED = "board/show_closed"
RECENT_FILES = "recent_files"
LAST_PROCESS = "board/last_process"  # "path|process id": the board's process when the file was last open
SHOW_ARCHIVED = "board/show_archived"
BOARD_LAYOUT = "board/layout"  # "board" (columns of cards) or "list"
SORT_ORDER = "board/sort"  # the cards' order within a column (planner.ui.board.query.SortOrder)
FOLDED = "board/folded"  # "path|process id" -> the stage ids folded to a strip
MAX_FOLDED = 20  # files and processes whose folded stages are remembered
PROCESS_FOLDER = "processLibrary/lastFolder"  # where process files were last put
SEEN_HEADS = "history/seen"  # resolved path -> [seal number, its link (hex), the day]: see seen_head
MAX_SEEN = 50  # files whose last seen seal is remembered
PERSON_GROUP = "person/"  # + a person setting's key: "person/language"

MAX_RECENT = 8


def store() -> QSettings:
    return QSettings(ORGANIZATION, APP_NAME)


def _flag(value: Any, default: bool) -> bool:
    """A stored flag: a bool, or the text older versions wrote ("true"/"false")."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "1", "yes", "on"):
        return True
    if isinstance(value, str) and value.strip().lower() in ("false", "0", "no", "off"):
        return False
    if isinstance(value, int):
        return value != 0
    return default


def flag(key: str, default: bool) -> bool:
    return _flag(store().value(key), default)


def set_flag(key: str, value: bool) -> None:
    store().setValue(key, bool(value))


# ----------------------------------------------------------------- the window
def dock_visible() -> bool:
    return flag(DOCK_VISIBLE, True)


def set_dock_visible(visible: bool) -> None:
    set_flag(DOCK_VISIBLE, visible)


def show_closed() -> bool:
    return flag(SHOW_CLOSED, False)


def set_show_closed(shown: bool) -> None:
    set_flag(SHOW_CLOSED, shown)


def show_archived() -> bool:
    return flag(SHOW_ARCHIVED, False)


def set_show_archived(shown: bool) -> None:
    set_flag(SHOW_ARCHIVED, shown)


def board_layout() -> str:
    """"board" or "list", as the board was last left."""
    value = str(store().value(BOARD_LAYOUT, "board") or "board")
    return value if value in ("board", "list") else "board"


def set_board_layout(layout: str) -> None:
    store().setValue(BOARD_LAYOUT, layout)


def sort_order() -> str:
    """The cards' order as stored ("" before any choice; the board checks the value)."""
    return str(store().value(SORT_ORDER, "") or "")


def set_sort_order(order: str) -> None:
    store().setValue(SORT_ORDER, order)


def _folded_table() -> dict[str, list[int]]:
    from planner.domain import json_input

    try:
        found = json_input.loads(str(store().value(FOLDED, "{}") or "{}"))
    except ValueError:
        return {}
    if not isinstance(found, dict):
        return {}
    return {str(k): [int(i) for i in v if isinstance(i, int)] for k, v in found.items() if isinstance(v, list)}


def folded_stages(path: Path | str, process_id: int) -> set[int]:
    """The stages of ``process_id`` folded to a strip when ``path`` was last open here."""
    return set(_folded_table().get(f"{path}|{process_id}", []))


def set_folded_stages(path: Path | str, process_id: int, stages: Iterable[int]) -> None:
    import json

    table = _folded_table()
    key = f"{path}|{process_id}"
    table.pop(key, None)
    folded = sorted(set(stages))
    if folded:
        table[key] = folded
    kept = dict(list(table.items())[-MAX_FOLDED:])  # the most recently changed last
    store().setValue(FOLDED, json.dumps(kept))


def _seen_table() -> dict[str, list[Any]]:
    from planner.domain import json_input

    try:
        found = json_input.loads(str(store().value(SEEN_HEADS, "{}") or "{}"))
    except ValueError:
        return {}
    return {str(k): v for k, v in found.items() if isinstance(v, list)} if isinstance(found, dict) else {}


def seen_head(path: Path | str) -> tuple[int, str, date] | None:
    """The last seal of ``path``'s history this computer saw (its number, its link in hex,
    the day), kept outside the file: a chain recomputed since changes that seal's link."""
    value = _seen_table().get(str(Path(path).resolve()))
    if not (isinstance(value, list) and len(value) == 3 and type(value[0]) is int
            and isinstance(value[1], str) and isinstance(value[2], str)):
        return None
    try:
        return value[0], value[1], date.fromisoformat(value[2])
    except ValueError:
        return None


def remember_head(path: Path | str, seq: int, link: str, day: date) -> None:
    import json

    table = _seen_table()
    key = str(Path(path).resolve())
    table.pop(key, None)
    table[key] = [seq, link, day.isoformat()]
    store().setValue(SEEN_HEADS, json.dumps(dict(list(table.items())[-MAX_SEEN:])))


def _bytes(key: str) -> QByteArray | None:
    value = store().value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def geometry() -> QByteArray | None:
    return _bytes(GEOMETRY)


def window_state() -> QByteArray | None:
    return _bytes(WINDOW_STATE)


def save_window(geometry: QByteArray, state: QByteArray) -> None:
    s = store()
    s.setValue(GEOMETRY, geometry)
    s.setValue(WINDOW_STATE, state)


# ----------------------------------------------------------------- recent files
def recent_files() -> list[str]:
    value = store().value(RECENT_FILES, [])
    if isinstance(value, str):  # QSettings gives a one-item list back as its item
        value = [value]
    if not isinstance(value, Iterable):
        return []
    return [str(v) for v in value if v]


def remember_recent(path: Path | str) -> None:
    text = str(Path(path).resolve())
    store().setValue(RECENT_FILES, [text, *(p for p in recent_files() if p != text)][:MAX_RECENT])


def forget_recent(path: Path | str) -> None:
    text = str(Path(path).resolve())
    store().setValue(RECENT_FILES, [p for p in recent_files() if p != text])


def clear_recent() -> None:
    store().setValue(RECENT_FILES, [])


# ----------------------------------------------------------------- the person
def person_values() -> dict[str, str]:
    """The person's settings this computer holds, as stored text (absent: never chosen)."""
    s = store()
    return {p.key: str(s.value(PERSON_GROUP + p.key)) for p in settings.PERSON
            if s.contains(PERSON_GROUP + p.key)}


def person(file_values: Mapping[str, str] | None = None) -> dict[str, str]:
    """The person's settings as stored text: this computer's, else what ``file_values`` (a
    file's own settings, from an older version) held, else nothing (the defaults apply)."""
    found = {p.key: file_values[p.key] for p in settings.PERSON if file_values and p.key in file_values}
    found.update(person_values())
    return found


def set_person(setting: settings.Setting[Any], value: Any) -> None:
    """Store a person setting (validated through its declaration)."""
    assert setting.scope is settings.Scope.PERSON, setting.key
    text = setting.text(value)
    setting.parse(text)  # InvalidInput for a value the declaration refuses
    store().setValue(PERSON_GROUP + setting.key, text)


def adopt(file_values: Mapping[str, str]) -> list[str]:
    """Take a file's old values of person settings as this computer's starting values, for
    those the person never chose here (each is read once: later files do not override it).
    Returns the keys taken."""
    mine = person_values()
    taken = []
    for setting in settings.PERSON:
        if setting.key in file_values and setting.key not in mine:
            try:
                set_person(setting, setting.parse(file_values[setting.key]))
            except InvalidInput:
                continue  # a value no version wrote: the default stays
            taken.append(setting.key)
    return taken


def last_process(path: Path | str) -> int | None:
    """The process the board showed when ``path`` was last open here."""
    value = str(store().value(LAST_PROCESS, "") or "")
    saved, _, pid = value.rpartition("|")
    return int(pid) if saved == str(path) and pid.isdigit() else None


def set_last_process(path: Path | str, process_id: int) -> None:
    store().setValue(LAST_PROCESS, f"{path}|{process_id}")


def process_folder() -> str:
    """Where process files were last opened or saved ("" before the first time)."""
    return str(store().value(PROCESS_FOLDER, "") or "")


def set_process_folder(folder: Path | str) -> None:
    store().setValue(PROCESS_FOLDER, str(folder))
