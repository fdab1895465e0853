"""A stage's tasks or deliverables for one deal: the checklist model and the list around it
(add, rename, link, remove), each change pushed as an undo command."""

from __future__ import annotations

from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain import formats
from planner.domain.model import Deliverable, ItemKind, Milestone, Stage, Task
from planner.i18n import current_language
from planner.services import Planner
from planner.ui.kit import plain, theme, undo
from planner.ui.kit.delegates import RoomyDelegate
from planner.ui.kit.widgets import FitListView, muted, on_delete_key

ItemIdRole = Qt.ItemDataRole.UserRole + 1
RequiredRole = Qt.ItemDataRole.UserRole + 2
LinkRole = Qt.ItemDataRole.UserRole + 3
TextRole = Qt.ItemDataRole.UserRole + 4
DueRole = Qt.ItemDataRole.UserRole + 5  # the date it is due by, or None

Index = QModelIndex | QPersistentModelIndex


class StageEditor(Protocol):
    """What a stage's lists and boxes need from the workspace."""

    read_only: bool  # the file is open read-only: nothing to add, not even a correction

    @property
    def planner(self) -> Planner: ...

    def push(self, command: undo.PlannerCommand) -> bool: ...

    def add_correction(self, milestone: Milestone, stage: Stage) -> None: ...


class WorkItemsModel(QAbstractListModel):
    """A stage's tasks or deliverables for one deal, as a checklist.

    The model never writes: ticking or renaming asks (signals) and the workspace
    pushes an undo command; the file's answer comes back through :meth:`set_items`.
    """

    toggleRequested = Signal(int, bool)  # item id, done
    renameRequested = Signal(int, str)  # item id, new text

    def __init__(self, table: ItemKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert table in (ItemKind.TASK, ItemKind.DELIVERABLE)
        self.table = table
        self._items: list[Task | Deliverable] = []
        self._editable = False

    # loading
    def set_items(self, items: list[Task] | list[Deliverable], editable: bool) -> None:
        same_rows = [i.id for i in items] == [i.id for i in self._items]
        if same_rows and editable == self._editable:
            changed = [r for r, (a, b) in enumerate(zip(self._items, items, strict=False)) if a != b]
            self._items = list(items)
            for r in changed:
                index = self.index(r)
                self.dataChanged.emit(index, index)
            return
        self.beginResetModel()
        self._items = list(items)
        self._editable = editable
        self.endResetModel()

    def retranslate(self) -> None:
        """The words around each item ("required", "Link") are the language's: repaint them."""
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

    def items(self) -> list[Task | Deliverable]:
        return list(self._items)

    def item(self, row: int) -> Task | Deliverable:
        return self._items[row]

    def done_count(self) -> int:
        return sum(1 for i in self._items if i.done)

    # Qt
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        link = item.link if isinstance(item, Deliverable) else ""
        if role == Qt.ItemDataRole.DisplayRole:
            text = item.text
            if item.required:
                text = self.tr("{item} (required)").format(item=text)
            if item.due is not None:
                text += "\n" + self.tr("Due {date}").format(
                    date=formats.card_date(item.due, date.today(), current_language()))
            if link:
                text += "\n" + self.tr("Link: {link}").format(link=link)
            return text
        if role == Qt.ItemDataRole.ForegroundRole and self._late(item):
            return theme.danger(QGuiApplication.palette())
        if role in (Qt.ItemDataRole.EditRole, TextRole):
            return item.text
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = []
            if item.required:
                tips.append(self.tr("Required: the milestone cannot be confirmed without it."))
            if item.due is not None:
                due = formats.long_date(item.due, current_language())
                tips.append(self.tr("Overdue: it was due on {date}.").format(date=due) if self._late(item)
                            else self.tr("Due on {date}.").format(date=due))
            if link:
                tips.append(link)
            return plain.html("\n".join(tips)) or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = self.tr("done") if item.done else self.tr("not done")
            if item.due is not None:
                state += ", " + self.tr("due {date}").format(date=formats.long_date(item.due, current_language()))
            return f"{item.text}, {state}"
        if role == ItemIdRole:
            return item.id
        if role == RequiredRole:
            return item.required
        if role == LinkRole:
            return link
        if role == DueRole:
            return item.due
        return None

    def _late(self, item: Task | Deliverable) -> bool:
        """Past its date and not done, while it can still be done (a frozen stage's cannot)."""
        return self._editable and item.due is not None and not item.done and item.due < date.today()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if self._editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self._editable or not 0 <= index.row() < len(self._items):
            return False
        item = self._items[index.row()]
        assert item.id is not None
        if role == Qt.ItemDataRole.CheckStateRole:
            done = Qt.CheckState(value) == Qt.CheckState.Checked
            if done != item.done:
                self.toggleRequested.emit(item.id, done)
            return True
        if role == Qt.ItemDataRole.EditRole:
            text = " ".join(str(value).split())
            if text and text != item.text:
                self.renameRequested.emit(item.id, text)
            return bool(text)
        return False


class ItemList(QWidget):
    """A titled checklist with, when editable, a field to add items and buttons to act on them."""

    def __init__(self, table: ItemKind, title: str, editor: StageEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.editor = editor
        self.deal_id = 0
        self.stage_id = 0
        self.model = WorkItemsModel(table, self)
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.count = muted(QLabel(self))
        self.view = FitListView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(RoomyDelegate(self.view))
        self.view.setEnabled(False)  # until the section knows the stage is editable
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        self.empty = muted(QLabel(self))
        self.add_field = QLineEdit(self)
        self.add_field.returnPressed.connect(self._add)
        self.link_button = QToolButton(self)
        self.link_button.clicked.connect(self.edit_link)
        self.link_button.setVisible(table == ItemKind.DELIVERABLE)
        self.due_button = QToolButton(self)
        self.due_button.clicked.connect(self.edit_due)
        self.remove_button = QToolButton(self)
        self.remove_button.clicked.connect(self.remove_selected)
        on_delete_key(self.view, self.remove_selected)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.count)
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        tools.setSpacing(4)
        tools.addWidget(self.add_field, 1)
        tools.addWidget(self.due_button)
        tools.addWidget(self.link_button)
        tools.addWidget(self.remove_button)
        self.tools = QWidget(self)
        self.tools.setLayout(tools)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(head)
        layout.addWidget(self.view)
        layout.addWidget(self.empty)
        layout.addWidget(self.tools)
        self.model.toggleRequested.connect(self._toggle)
        self.model.renameRequested.connect(self._rename)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.set_title(title)
        self.retranslate()

    def set_title(self, title: str) -> None:
        self.title.setText(title)
        self.view.setAccessibleName(title)

    def retranslate(self) -> None:
        """Every text of the list in the current language (the title is the section's)."""
        self.empty.setText(self.tr("Nothing here yet."))
        self.add_field.setPlaceholderText(
            self.tr("Add a task (Enter)") if self.table == ItemKind.TASK else self.tr("Add a deliverable (Enter)"))
        self.add_field.setAccessibleName(self.add_field.placeholderText())
        self.due_button.setText(self.tr("Due…"))
        self.due_button.setToolTip(self.tr("Set the date the selected item should be done by; the agenda "
                                           "lists it until it is ticked"))
        self.link_button.setText(self.tr("Link…"))
        self.link_button.setToolTip(self.tr("Set the link of the selected deliverable (a file or a web address)"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected item (Del)"))
        self._show_count()
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_items(self, deal_id: int, stage_id: int, items: list[Any], editable: bool) -> None:
        self.deal_id, self.stage_id = deal_id, stage_id
        self.model.set_items(items, editable)
        self.view.setEnabled(editable)
        self.tools.setVisible(editable)
        self.view.setVisible(bool(items))
        self.empty.setVisible(not items)
        self._show_count()
        self._update_buttons()

    def _show_count(self) -> None:
        total = self.model.rowCount()
        self.count.setText(self.tr("{done} of {total} done").format(done=self.model.done_count(), total=total)
                           if total else "")

    def _selected(self) -> Task | Deliverable | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        item = self._selected()
        # a required item is the process's gate: removing it would slip past the milestone's check
        self.remove_button.setEnabled(item is not None and not item.required)
        self.link_button.setEnabled(item is not None)
        self.due_button.setEnabled(item is not None)

    def _toggle(self, item_id: int, done: bool) -> None:
        item = next(i for i in self.model.items() if i.id == item_id)
        self.editor.push(undo.SetDone(self.editor.planner, self.deal_id, self.table, item_id,
                                      item.text, done))

    def _rename(self, item_id: int, text: str) -> None:
        item = next(i for i in self.model.items() if i.id == item_id)
        self.editor.push(undo.EditItem(self.editor.planner, self.deal_id, self.table, item_id,
                                       "text", item.text, text))

    def _add(self) -> None:
        text = " ".join(self.add_field.text().split())
        if not text:
            return
        if self.editor.push(undo.AddItem(self.editor.planner, self.deal_id, self.stage_id,
                                         self.table, text)):
            self.add_field.clear()

    def remove_selected(self) -> None:
        item = self._selected()
        if item is None or item.required or not self.view.isEnabled():
            return
        assert item.id is not None
        self.editor.push(undo.RemoveItem(self.editor.planner, self.deal_id, self.table, item.id,
                                         item.text))

    def edit_link(self) -> None:
        item = self._selected()
        if not isinstance(item, Deliverable) or item.id is None:
            return
        link, ok = QInputDialog.getText(self, self.tr("Deliverable link"),
                                        self.tr("Where is “{item}”? A file path or a web address:").format(
                                            item=item.text),
                                        QLineEdit.EchoMode.Normal, item.link)
        if ok and link.strip() != item.link:
            self.editor.push(undo.EditItem(self.editor.planner, self.deal_id, self.table, item.id,
                                           "link", item.link, link.strip()))

    def edit_due(self) -> None:
        """Ask the date the selected item should be done by (or none), as an undoable edit."""
        item = self._selected()
        if item is None or item.id is None or not self.view.isEnabled():
            return
        from planner.ui.deal.due_date import ask_due

        chosen, due = ask_due(self, item.text, item.due)
        if chosen and due != item.due:
            self.editor.push(undo.SetItemDue(self.editor.planner, self.deal_id, self.table, item.id, item.text,
                                             item.due, due))

    def _menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        item = self.model.item(index.row())
        menu = QMenu(self)
        link = item.link if isinstance(item, Deliverable) else ""
        if link:
            menu.addAction(self.tr("Open link"), lambda: open_link(link))
        if self.view.isEnabled():
            menu.addAction(self.tr("Rename"), lambda: self.view.edit(index))
            menu.addAction(self.tr("Set due date…"), self.edit_due)
            if isinstance(item, Deliverable):
                menu.addAction(self.tr("Set link…"), self.edit_link)
            remove = menu.addAction(self.tr("Remove"), self.remove_selected)
            remove.setEnabled(not item.required)
        if not menu.isEmpty():
            menu.exec(self.view.viewport().mapToGlobal(pos))


def open_link(link: str) -> None:
    QDesktopServices.openUrl(QUrl.fromUserInput(link))
