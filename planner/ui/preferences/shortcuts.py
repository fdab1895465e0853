"""Help › Keyboard Shortcuts: every key the app answers to, in the user's language.

The window's commands are read from their actions, so the list cannot drift from the
menus; the keys that work inside the board, the lists and the process editor are named here.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def _keys(*sequences: QKeySequence | QKeySequence.StandardKey | str) -> str:
    return ", ".join(QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText) for s in sequences)


def _places() -> list[tuple[str, list[tuple[str, str]]]]:
    """The keys that belong to a place rather than to a menu command."""
    return [
        (translate("ShortcutsDialog", "On the board"), [
            (translate("ShortcutsDialog", "Go to the card above or below"), _keys("Up", "Down")),
            (translate("ShortcutsDialog", "Go to the next column on the left or right"), _keys("Left", "Right")),
            (translate("ShortcutsDialog", "Open the deal in the deal panel"), _keys("Return")),
            (translate("ShortcutsDialog", "Confirm the deal's milestone"), _keys("Ctrl+Right")),
            (translate("ShortcutsDialog", "Why the deal cannot move back"), _keys("Ctrl+Left")),
            (translate("ShortcutsDialog", "The card's menu"), _keys("Menu", "Shift+F10")),
            (translate("ShortcutsDialog", "Clear the search"), _keys("Esc")),
        ]),
        (translate("ShortcutsDialog", "In lists of accounts and contacts"), [
            (translate("ShortcutsDialog", "Delete the selected one (Undo brings it back)"),
             _keys(QKeySequence.StandardKey.Delete)),
        ]),
        (translate("ShortcutsDialog", "In the process wizard and editor"), [
            (translate("ShortcutsDialog", "Add a stage after the selected one"), _keys("Ins")),
            (translate("ShortcutsDialog", "Remove the selected stage"), _keys(QKeySequence.StandardKey.Delete)),
            (translate("ShortcutsDialog", "Move the selected stage up or down"), _keys("Alt+Up", "Alt+Down")),
        ]),
    ]


class ShortcutsDialog(QDialog):
    """``commands``: the window's (label, action) pairs; those with keys are listed first."""

    def __init__(self, commands: Iterable[tuple[str, QAction]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ShortcutsDialog", "Keyboard Shortcuts"))
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([translate("ShortcutsDialog", "Action"),
                                   translate("ShortcutsDialog", "Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        # the first key of each, as the menus show it (Undo has three on Linux, one a media key)
        keyed = [(label, _keys(action.shortcut())) for label, action in commands if not action.shortcut().isEmpty()]
        self._group(translate("ShortcutsDialog", "Commands"), keyed)
        for title, rows in _places():
            self._group(title, rows)
        self.tree.expandAll()
        group = self.tree.topLevelItem(0)
        first = group.child(0) if group is not None else None
        if first is not None:  # "Commands" is empty when no action has a key
            self.tree.setCurrentItem(first)  # not a group's bold row
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(560, 620)

    def _group(self, title: str, rows: list[tuple[str, str]]) -> None:
        head = QTreeWidgetItem(self.tree, [title])
        font = QFont(head.font(0))
        font.setBold(True)
        head.setFont(0, font)
        head.setFirstColumnSpanned(True)
        head.setFlags(Qt.ItemFlag.ItemIsEnabled)
        for text, keys in rows:
            QTreeWidgetItem(head, [text, keys])

    def rows(self) -> list[tuple[str, str]]:
        """Every (action, keys) line, for tests."""
        out = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            assert group is not None
            rows = [group.child(i) for i in range(group.childCount())]
            out += [(row.text(0), row.text(1)) for row in rows if row is not None]
        return out
