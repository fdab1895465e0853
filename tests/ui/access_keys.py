"""Access keys (the "&X" mnemonics: Alt+X) a window, a dialog or one menu level offers, and
the ones it offers twice (Alt+X then reaches only one of them, or cycles between them)."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QTabBar,
    QWidget,
)

_MARK = re.compile(r"&(.)")


def mnemonic(text: str) -> str | None:
    """The access key of a text ("名稱(&N)" -> "N", "&&" is a plain "&"), upper-case, or None."""
    found = _MARK.search(text.replace("&&", ""))
    if found is None or found.group(1).isspace():
        return None
    return found.group(1).upper()


def _in_menu(widget: QWidget) -> bool:
    parent = widget
    while parent is not None:
        if isinstance(parent, QMenu):
            return True
        parent = parent.parentWidget()
    return False


def window_keys(window: QWidget) -> dict[str, list[str]]:
    """Key -> the texts offering it among what ``window`` shows now (its menu bar's titles
    too; the menus' items are a level of their own, see ``menu_keys``)."""
    keys: dict[str, list[str]] = defaultdict(list)

    def add(text: str, what: str) -> None:
        key = mnemonic(text)
        if key is not None:
            keys[key].append(f"{what} {text!r}")

    for w in [window, *window.findChildren(QWidget)]:
        if w is not window and (w.window() is not window or not w.isVisibleTo(window) or _in_menu(w)):
            continue
        if isinstance(w, QAbstractButton):
            add(w.text(), type(w).__name__)
        elif isinstance(w, QLabel) and w.buddy() is not None:
            add(w.text(), "label")
        elif isinstance(w, QGroupBox):
            add(w.title(), "group")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if w.isTabVisible(i):
                    add(w.tabText(i), "tab")
        elif isinstance(w, QMenuBar):
            for action in w.actions():
                if action.isVisible():
                    add(action.text(), "menu")
    return keys


def menu_keys(menu: QMenu) -> dict[str, list[str]]:
    keys: dict[str, list[str]] = defaultdict(list)
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        key = mnemonic(action.text())
        if key is not None:
            keys[key].append(repr(action.text()))
    return keys


def twice(keys: dict[str, list[str]]) -> dict[str, list[str]]:
    return {k: v for k, v in keys.items() if len(v) > 1}


def menus_of(menu: QMenu) -> list[QMenu]:
    """``menu`` and its submenus, each a level of its own (filled as they are when opened)."""
    menu.aboutToShow.emit()  # menus built on opening (Open Recent, Fold Stages)
    found = [menu]
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            found += menus_of(sub)
    return found
