"""Help › Keyboard Shortcuts: every key the app answers to, in the user's language.

Read from the one shortcut table (planner/ui/kit/shortcuts.py) that the menus and the board
read too, so the list cannot drift from the keys that work.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
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

from planner.ui.kit import shortcuts

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class ShortcutsDialog(QDialog):
    """``labels``: what each command of the table is called (the window's action texts)."""

    def __init__(self, labels: Mapping[str, str], parent: QWidget | None = None) -> None:
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
        keyed = [(labels[name], shortcuts.shown(keys.first())) for name, keys in shortcuts.COMMANDS.items()
                 if not keys.first().isEmpty()]
        self._group(translate("ShortcutsDialog", "Commands"), keyed)
        for place in shortcuts.Place:
            rows = [(translate(shortcuts.CONTEXT, key.label), shortcuts.shown(*key.keys.sequences()))
                    for key in shortcuts.PLACES if key.place is place]
            self._group(place.title(), rows)
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
