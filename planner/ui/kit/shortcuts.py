"""Every key the app answers to, typed once: the menus, the toolbar's tooltips, the board
and Help › Keyboard Shortcuts all read this table.

``COMMANDS`` are the window's commands by action name (planner/ui/actions.py declares their
texts); ``PLACES`` are the keys that belong to a place (the board, a list, the process
editor) rather than to a menu. The window and its board share one keyboard, so no key may
appear twice among the commands and the board's keys (tests/ui/test_shortcuts.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from planner.domain.errors import QT_TRANSLATE_NOOP

SK = QKeySequence.StandardKey
CONTEXT = "ShortcutsDialog"


@dataclass(frozen=True)
class Keys:
    """The platform's standard key where it has one, else ours (Quit on Windows...)."""

    standard: QKeySequence.StandardKey | None = None
    fallback: tuple[str, ...] = field(default=())

    def sequences(self) -> list[QKeySequence]:
        if self.standard is not None:
            bound = QKeySequence.keyBindings(self.standard)
            if bound:
                return list(bound)
        return [QKeySequence(key) for key in self.fallback]

    def first(self) -> QKeySequence:
        found = self.sequences()
        return found[0] if found else QKeySequence()


def ours(*keys: str) -> Keys:
    return Keys(None, keys)


COMMANDS: dict[str, Keys] = {
    "new_file": Keys(SK.New, ("Ctrl+N",)),
    "open_file": Keys(SK.Open, ("Ctrl+O",)),
    "save_as": Keys(SK.SaveAs, ("Ctrl+Shift+S",)),
    "export": ours("Ctrl+E"),
    "print": Keys(SK.Print, ("Ctrl+P",)),
    "backup": ours("Ctrl+Shift+B"),
    "settings": Keys(SK.Preferences, ("Ctrl+,",)),
    "quit": Keys(SK.Quit, ("Ctrl+Q",)),
    "undo": Keys(SK.Undo),
    "redo": Keys(SK.Redo),
    "find": Keys(SK.Find, ("Ctrl+F",)),
    "new_deal": ours("Ctrl+Shift+N"),
    "confirm": ours("Ctrl+Right"),  # also on the board's cards and their menu
    "open_deal": ours("Ctrl+Return"),
    "stalled": ours("Ctrl+Shift+D"),
    "agenda": ours("Ctrl+Shift+T"),  # what is due today, and what is overdue
    "accounts": ours("Ctrl+Shift+A"),
    "refresh": Keys(SK.Refresh, ("F5",)),
    "processes": ours("Ctrl+Shift+P"),
    "forecast": ours("Ctrl+Shift+F"),
    "show_closed": ours("Ctrl+Shift+L"),  # the board's action, in the View menu
    "quick_add": ours("Ins"),  # the board's action (on the board only), in the Deal menu
    "board_view": ours("Ctrl+1"),  # the board's actions, in the View menu: the columns...
    "list_view": ours("Ctrl+2"),  # ...or the list of the same deals
    "shortcuts": Keys(SK.HelpContents, ("F1",)),
}


class Place(Enum):
    BOARD = QT_TRANSLATE_NOOP("ShortcutsDialog", "On the board")
    LISTS = QT_TRANSLATE_NOOP("ShortcutsDialog", "In lists of accounts and contacts")
    PROCESS_EDITOR = QT_TRANSLATE_NOOP("ShortcutsDialog", "In the process wizard and editor")
    AGENDA = QT_TRANSLATE_NOOP("ShortcutsDialog", "In the agenda")

    def title(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.value)


@dataclass(frozen=True)
class PlaceKey:
    place: Place
    label: str  # source text in the "ShortcutsDialog" context
    keys: Keys


MOVE_BACK = ours("Ctrl+Left")  # the board says why a deal cannot move back
AGENDA_TICK = ours("Space")  # the agenda ticks the selected step, as its check box does

PLACES: tuple[PlaceKey, ...] = (
    PlaceKey(Place.BOARD, QT_TRANSLATE_NOOP("ShortcutsDialog", "Go to the card above or below"), ours("Up", "Down")),
    PlaceKey(Place.BOARD, QT_TRANSLATE_NOOP("ShortcutsDialog", "Go to the next column on the left or right"),
             ours("Left", "Right")),
    PlaceKey(Place.BOARD, QT_TRANSLATE_NOOP("ShortcutsDialog", "Open the deal in the deal panel"), ours("Return")),
    PlaceKey(Place.BOARD, QT_TRANSLATE_NOOP("ShortcutsDialog", "Why the deal cannot move back"), MOVE_BACK),
    PlaceKey(Place.BOARD, QT_TRANSLATE_NOOP("ShortcutsDialog", "The card's menu"), ours("Menu", "Shift+F10")),
    PlaceKey(Place.BOARD, QT_TRANSLATE_NOOP(
        "ShortcutsDialog", "Clear the search (in the search box); let go of the selected deal (on the cards)"),
        ours("Esc")),
    PlaceKey(Place.LISTS, QT_TRANSLATE_NOOP("ShortcutsDialog", "Delete the selected one (Undo brings it back)"),
             Keys(SK.Delete)),
    PlaceKey(Place.PROCESS_EDITOR, QT_TRANSLATE_NOOP("ShortcutsDialog", "Add a stage after the selected one"),
             ours("Ins")),
    PlaceKey(Place.PROCESS_EDITOR, QT_TRANSLATE_NOOP("ShortcutsDialog", "Remove the selected stage"),
             Keys(SK.Delete)),
    PlaceKey(Place.PROCESS_EDITOR, QT_TRANSLATE_NOOP("ShortcutsDialog", "Move the selected stage up or down"),
             ours("Alt+Up", "Alt+Down")),
    PlaceKey(Place.AGENDA, QT_TRANSLATE_NOOP("ShortcutsDialog", "Tick the selected step as done"), AGENDA_TICK),
    PlaceKey(Place.AGENDA, QT_TRANSLATE_NOOP("ShortcutsDialog", "Open the line's deal on its board"),
             ours("Return")),
)


def keys(name: str) -> list[QKeySequence]:
    """A command's keys, for its action (``setShortcuts``) or a widget's own shortcut."""
    return COMMANDS[name].sequences()


def shown(*sequences: QKeySequence) -> str:
    """Keys as the menus show them on this platform."""
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences)
