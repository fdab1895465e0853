"""The window's commands, each declared once: name, text, status tip, icon; keys come from the
one shortcut table (planner/ui/kit/shortcuts.py). The menus and the toolbar are laid out here
from the same names, and every text is read again on a language change (``retranslate``).

Texts keep the "MainWindow" translation context they always had.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QWidget

from planner.domain.errors import QT_TRANSLATE_NOOP
from planner.ui.kit import icons, shortcuts
from planner.ui.kit.stack_action import StackAction

CONTEXT = "MainWindow"
SEPARATOR = "-"
RECENT = "recent"  # the Open Recent submenu's place in the File menu


@dataclass(frozen=True)
class Command:
    name: str
    text: str  # source text in the "MainWindow" context
    tip: str = ""
    icon: str | None = None
    writes: bool = False  # changes the file: off while it is open read-only
    icon_only: bool = False  # on the toolbar, an icon without its text
    note: bool = False  # an explanation in a menu, not a command: always disabled
    from_stack: bool = False  # the undo stack's own action, which names the last edit itself


def _c(name: str, text: str, tip: str = "", icon: str | None = None, **flags: bool) -> Command:
    return Command(name, text, tip, icon, **flags)


COMMANDS: tuple[Command, ...] = (
    _c("new_file", QT_TRANSLATE_NOOP("MainWindow", "&New File…"),
       QT_TRANSLATE_NOOP("MainWindow", "Create a new, empty planner file"), "file-new"),
    _c("open_file", QT_TRANSLATE_NOOP("MainWindow", "&Open…"),
       QT_TRANSLATE_NOOP("MainWindow", "Open a planner file"), "file-open", icon_only=True),
    _c("open_read_only", QT_TRANSLATE_NOOP("MainWindow", "Open Read-On&ly…"),
       QT_TRANSLATE_NOOP("MainWindow", "Open a planner file to look at it without changing it")),
    _c("save_as", QT_TRANSLATE_NOOP("MainWindow", "Save &As…"),
       QT_TRANSLATE_NOOP("MainWindow", "Write a copy of this file and continue in the copy"), "file-save-as"),
    _c("export", QT_TRANSLATE_NOOP("MainWindow", "&Export Account Plan…"),
       QT_TRANSLATE_NOOP("MainWindow", "Write an account's plan as a PDF to print or share"),
       "file-export", icon_only=True),
    _c("print", QT_TRANSLATE_NOOP("MainWindow", "&Print Account Plan…"),
       QT_TRANSLATE_NOOP("MainWindow", "Print an account's plan, for internal use or for the customer"), "print"),
    _c("import_data", QT_TRANSLATE_NOOP("MainWindow", "&Import…"),
       QT_TRANSLATE_NOOP("MainWindow", "Bring in deals, accounts and contacts from Pipedrive, HubSpot, a spreadsheet "
                                       "or a full export"), "file-open", writes=True),
    _c("export_data", QT_TRANSLATE_NOOP("MainWindow", "Export &Data…"),
       QT_TRANSLATE_NOOP("MainWindow", "For Pipedrive, HubSpot or a spreadsheet, everything as JSON, or a calendar"),
       "file-export"),
    _c("backup", QT_TRANSLATE_NOOP("MainWindow", "&Back Up…"),
       QT_TRANSLATE_NOOP("MainWindow", "Save a safe copy of this file; you keep working in this one"), "backup"),
    _c("restore", QT_TRANSLATE_NOOP("MainWindow", "Res&tore from Snapshot…"),
       QT_TRANSLATE_NOOP("MainWindow", "Put this file back as it was at one of its automatic snapshots"),
       "recent", writes=True),
    _c("properties", QT_TRANSLATE_NOOP("MainWindow", "&File Properties…"),
       QT_TRANSLATE_NOOP("MainWindow", "Where this file is, its size, version and fingerprint"), "about"),
    _c("settings", QT_TRANSLATE_NOOP("MainWindow", "&Settings…"),
       QT_TRANSLATE_NOOP("MainWindow", "Your name, idle threshold, language and paper"), "settings"),
    _c("quit", QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
       QT_TRANSLATE_NOOP("MainWindow", "Close Deal Planner; everything is already saved"), "quit"),
    _c("clear_recent", QT_TRANSLATE_NOOP("MainWindow", "&Clear List")),
    _c("undo", QT_TRANSLATE_NOOP("MainWindow", "Undo"),
       QT_TRANSLATE_NOOP("MainWindow", "Undo the last edit (milestone confirmations are permanent)"),
       "undo", icon_only=True, from_stack=True),
    _c("redo", QT_TRANSLATE_NOOP("MainWindow", "Redo"), "", "redo", icon_only=True, from_stack=True),
    _c("undo_note", QT_TRANSLATE_NOOP("MainWindow", "Milestone confirmations cannot be undone"),
       QT_TRANSLATE_NOOP("MainWindow", "A confirmed milestone is permanent; add a correction note in the deal instead"),
       "lock", note=True),
    _c("find", QT_TRANSLATE_NOOP("MainWindow", "&Find Deals"),
       QT_TRANSLATE_NOOP("MainWindow", "Search the board"), "search"),
    _c("new_deal", QT_TRANSLATE_NOOP("MainWindow", "&New Deal…"),
       QT_TRANSLATE_NOOP("MainWindow", "Add a deal to an account"), "deal-new", writes=True),
    _c("confirm", QT_TRANSLATE_NOOP("MainWindow", "&Confirm Milestone…"),
       QT_TRANSLATE_NOOP("MainWindow", "Confirm the selected deal's current milestone"), "milestone", writes=True),
    _c("open_deal", QT_TRANSLATE_NOOP("MainWindow", "&Open Deal"),
       QT_TRANSLATE_NOOP("MainWindow", "Show the selected deal in the deal panel"), "workspace"),
    _c("stalled", QT_TRANSLATE_NOOP("MainWindow", "&Stalled Deals…"),
       QT_TRANSLATE_NOOP("MainWindow", "Open deals that have sat in their stage longer than your won deals did"),
       "warning"),
    _c("agenda", QT_TRANSLATE_NOOP("MainWindow", "A&genda…"),
       QT_TRANSLATE_NOOP("MainWindow", "What is due on your open deals, in every process: overdue first, then today, "
                                       "this week and later"), "check"),
    _c("accounts", QT_TRANSLATE_NOOP("MainWindow", "&Accounts…"),
       QT_TRANSLATE_NOOP("MainWindow", "Customers and their people"), "accounts", writes=True, icon_only=True),
    _c("refresh", QT_TRANSLATE_NOOP("MainWindow", "&Refresh"), QT_TRANSLATE_NOOP("MainWindow", "Read the file again")),
    _c("processes", QT_TRANSLATE_NOOP("MainWindow", "&Processes…"),
       QT_TRANSLATE_NOOP("MainWindow", "Your tailored sales processes"), "processes", writes=True, icon_only=True),
    _c("new_process", QT_TRANSLATE_NOOP("MainWindow", "&New Process…"),
       QT_TRANSLATE_NOOP("MainWindow", "Tailor a process from the reference stages"), "wizard", writes=True),
    _c("forecast", QT_TRANSLATE_NOOP("MainWindow", "&Forecast…"),
       QT_TRANSLATE_NOOP("MainWindow",
                         "Open deals by expected close month, stage and process, weighted by your set and "
                         "observed win rates"),
       "forecast"),
    _c("track_record", QT_TRANSLATE_NOOP("MainWindow", "Your &Track Record…"),
       QT_TRANSLATE_NOOP("MainWindow",
                         "How often deals that reached each stage were won, beside the win rates you set"),
       "processes"),
    _c("shortcuts", QT_TRANSLATE_NOOP("MainWindow", "&Keyboard Shortcuts"),
       QT_TRANSLATE_NOOP("MainWindow", "Every key Deal Planner answers to"), "keyboard"),
    _c("about", QT_TRANSLATE_NOOP("MainWindow", "&About Deal Planner"), "", "about"),
    _c("about_qt", QT_TRANSLATE_NOOP("MainWindow", "About &Qt")),
)
BY_NAME = {c.name: c for c in COMMANDS}
WRITING_ACTIONS = tuple(c.name for c in COMMANDS if c.writes)

# where each command shows; the View menu also holds the board's and the docks' toggles
MENUS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("MainWindow", "&File"), ("new_file", "open_file", "open_read_only", RECENT, "save_as", SEPARATOR,
                                "export", "print", "import_data", "export_data", "backup", "restore", SEPARATOR,
                                "properties", SEPARATOR, "settings", SEPARATOR, "quit")),
    (QT_TRANSLATE_NOOP("MainWindow", "&Edit"), ("undo", "redo", "undo_note", SEPARATOR, "find")),
    (QT_TRANSLATE_NOOP("MainWindow", "&Deal"), ("new_deal", "confirm", "open_deal", "agenda", "stalled", SEPARATOR,
                                               "accounts")),
    (QT_TRANSLATE_NOOP("MainWindow", "&View"), ()),
    (QT_TRANSLATE_NOOP("MainWindow", "&Tools"), ("processes", "new_process", SEPARATOR, "forecast", "track_record")),
    (QT_TRANSLATE_NOOP("MainWindow", "&Help"), ("shortcuts", SEPARATOR, "about", "about_qt")),
)
TOOLBAR = ("new_deal", "confirm", SEPARATOR, "undo", "redo", SEPARATOR, "accounts", "processes", "export")


def plain(text: str) -> str:
    """A menu text as a button label: "新增商機(&N)…" -> "新增商機", "&New Deal…" -> "New Deal"."""
    return re.sub(r"\(&\w\)", "", text).replace("&", "").rstrip("…").strip()


def label(name: str) -> str:
    """A command's name as a label, in the current language (for the shortcuts list)."""
    return plain(QCoreApplication.translate(CONTEXT, BY_NAME[name].text))


def shortcut_labels(actions: Mapping[str, QAction]) -> dict[str, str]:
    """What the shortcuts list calls each command that has keys, in the current language
    (the board's own actions by their text)."""
    return {name: label(name) if name in BY_NAME else plain(actions[name].text()) for name in shortcuts.COMMANDS}


def build(parent: QWidget, undo_stack: QUndoStack, slots: Mapping[str, Callable[[], object]]) -> dict[str, QAction]:
    """One action per command, with its icon and keys, connected to ``slots[name]``."""
    actions: dict[str, QAction] = {}
    for command in COMMANDS:
        # Undo and Redo are worded again on a language change (see retranslate)
        action: QAction = (StackAction(undo_stack, command.name == "redo", parent) if command.from_stack
                           else QAction(parent))
        if command.icon:
            action.setIcon(icons.icon(command.icon))
        if command.name in shortcuts.COMMANDS:
            action.setShortcuts(shortcuts.keys(command.name))
        if command.icon_only:
            action.setPriority(QAction.Priority.LowPriority)  # icon only beside the text of main ones
        if command.note:
            action.setEnabled(False)
        slot = slots.get(command.name)
        if slot is not None:
            action.triggered.connect(slot)
        actions[command.name] = action
    return actions


def retranslate(actions: Mapping[str, QAction]) -> None:
    """Every command's text, tip and tooltip in the current language."""
    for command in COMMANDS:
        action = actions[command.name]
        tip = QCoreApplication.translate(CONTEXT, command.tip) if command.tip else ""
        action.setStatusTip(tip)
        if isinstance(action, StackAction):
            action.word()  # "Undo <the last edit>", in the new language
            continue
        text = QCoreApplication.translate(CONTEXT, command.text)
        action.setText(text)
        action.setIconText(plain(text))  # toolbar: no "(&N)" accelerator, no ellipsis
        keys = shortcuts.shown(action.shortcut()) if not action.shortcut().isEmpty() else ""
        action.setToolTip(plain(text) + (f" ({keys})" if keys else "") + (f" — {tip}" if tip else ""))


def build_menus(bar: QMenuBar, actions: Mapping[str, QAction], recent: QMenu) -> list[QMenu]:
    """The menu bar's menus in ``MENUS`` order (titles set by ``retranslate_menus``)."""
    menus = []
    for _title, items in MENUS:
        menu = bar.addMenu("")
        for item in items:
            if item == SEPARATOR:
                menu.addSeparator()
            elif item == RECENT:
                menu.addMenu(recent)
            else:
                menu.addAction(actions[item])
        menus.append(menu)
    return menus


def retranslate_menus(menus: list[QMenu]) -> None:
    for menu, (title, _items) in zip(menus, MENUS, strict=True):
        menu.setTitle(QCoreApplication.translate(CONTEXT, title))


def fill_toolbar(toolbar: QToolBar, actions: Mapping[str, QAction]) -> None:
    for item in TOOLBAR:
        if item == SEPARATOR:
            toolbar.addSeparator()
        else:
            toolbar.addAction(actions[item])
