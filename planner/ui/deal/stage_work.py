"""One stage of a deal: its tasks checklist, deliverables and notes, and, once frozen,
the confirmation that froze it with its correction notes."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain import formats
from planner.domain.model import (
    Deliverable,
    ItemKind,
    ItemTemplate,
    Milestone,
    Outcome,
    Stage,
    StageState,
    Task,
)
from planner.i18n import current_language
from planner.services import DealWork, Planner
from planner.ui.deal.stage_map import Segment
from planner.ui.kit import plain, undo
from planner.ui.kit.delegates import RoomyDelegate
from planner.ui.kit.glyphs import (
    draw_cross,
    draw_dot,
    draw_lock,
    draw_ring,
    draw_stop,
    icon,
    negative,
)
from planner.ui.kit.labels import outcome_label
from planner.ui.kit.widgets import (
    FitListView,
    NoteEdit,
    Section,
    muted,
    on_delete_key,
    read_only_look,
)

ItemIdRole = Qt.ItemDataRole.UserRole + 1
RequiredRole = Qt.ItemDataRole.UserRole + 2
LinkRole = Qt.ItemDataRole.UserRole + 3
TextRole = Qt.ItemDataRole.UserRole + 4

Index = QModelIndex | QPersistentModelIndex


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
            if link:
                text += "\n" + self.tr("Link: {link}").format(link=link)
            return text
        if role in (Qt.ItemDataRole.EditRole, TextRole):
            return item.text
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = []
            if item.required:
                tips.append(self.tr("Required: the milestone cannot be confirmed without it."))
            if link:
                tips.append(link)
            return plain.html("\n".join(tips)) or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = self.tr("done") if item.done else self.tr("not done")
            return f"{item.text}, {state}"
        if role == ItemIdRole:
            return item.id
        if role == RequiredRole:
            return item.required
        if role == LinkRole:
            return link
        return None

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


class StageEditor(Protocol):
    """What a stage section needs from the workspace."""

    read_only: bool  # the file is open read-only: nothing to add, not even a correction

    @property
    def planner(self) -> Planner: ...

    def push(self, command: undo.PlannerCommand) -> bool: ...

    def add_correction(self, milestone: Milestone, stage: Stage) -> None: ...


def state_icon(seg: Segment, palette: QPalette):
    text = palette.color(QPalette.ColorRole.WindowText)
    if seg.state == StageState.FROZEN:
        return icon(draw_cross, negative(palette)) if seg.against else icon(draw_lock, text)
    if seg.state == StageState.CURRENT:
        return icon(draw_dot, palette.color(QPalette.ColorRole.Highlight))
    if seg.stopped:
        return icon(draw_stop, text)
    return icon(draw_ring, palette.color(QPalette.ColorRole.PlaceholderText))


class ItemList(QWidget):
    """A titled checklist with, when editable, a field to add items and buttons to act on them."""

    def __init__(self, table: ItemKind, title: str, editor: StageEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.editor = editor
        self.deal_id = 0
        self.stage_id = 0
        self.model = WorkItemsModel(table, self)
        self.title = QLabel(title, self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.count = muted(QLabel(self))
        self.view = FitListView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(RoomyDelegate(self.view))
        self.view.setEnabled(False)  # until the section knows the stage is editable
        self.view.setAccessibleName(title)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        self.empty = muted(QLabel(self.tr("Nothing here yet."), self))
        self.add_field = QLineEdit(self)
        self.add_field.setPlaceholderText(
            self.tr("Add a task (Enter)") if table == ItemKind.TASK else self.tr("Add a deliverable (Enter)"))
        self.add_field.setAccessibleName(self.add_field.placeholderText())
        self.add_field.returnPressed.connect(self._add)
        self.link_button = QToolButton(self)
        self.link_button.setText(self.tr("Link…"))
        self.link_button.setToolTip(self.tr("Set the link of the selected deliverable (a file or a web address)"))
        self.link_button.clicked.connect(self.edit_link)
        self.link_button.setVisible(table == ItemKind.DELIVERABLE)
        self.remove_button = QToolButton(self)
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected item (Del)"))
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

    def set_items(self, deal_id: int, stage_id: int, items: list[Any], editable: bool) -> None:
        self.deal_id, self.stage_id = deal_id, stage_id
        self.model.set_items(items, editable)
        self.view.setEnabled(editable)
        self.tools.setVisible(editable)
        self.view.setVisible(bool(items))
        self.empty.setVisible(not items)
        done = self.model.done_count()
        self.count.setText(self.tr("{done} of {total} done").format(done=done, total=len(items))
                           if items else "")
        self._update_buttons()

    def _selected(self) -> Task | Deliverable | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        item = self._selected()
        # a required item is the process's gate: removing it would slip past the milestone's check
        self.remove_button.setEnabled(item is not None and not item.required)
        self.link_button.setEnabled(item is not None)

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
            if isinstance(item, Deliverable):
                menu.addAction(self.tr("Set link…"), self.edit_link)
            remove = menu.addAction(self.tr("Remove"), self.remove_selected)
            remove.setEnabled(not item.required)
        if not menu.isEmpty():
            menu.exec(self.view.viewport().mapToGlobal(pos))


def open_link(link: str) -> None:
    QDesktopServices.openUrl(QUrl.fromUserInput(link))


class ConfirmationBox(QFrame):
    """How a frozen stage's milestone was confirmed, and the notes correcting it."""

    def __init__(self, editor: StageEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAutoFillBackground(True)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 6, 8, 8)
        self._layout.setSpacing(4)
        self._milestone: Milestone | None = None
        self._stage: Stage | None = None

    def set_milestone(self, milestone: Milestone, stage: Stage) -> None:
        self._milestone, self._stage = milestone, stage
        while self._layout.count():
            item = self._layout.takeAt(0)
            child = item.widget() if item is not None else None
            if child is not None:
                child.deleteLater()
        when = formats.medium_date(milestone.confirmed_on, current_language())
        head = QLabel(self.tr("Confirmed on {date}: {outcome}").format(
            date=when, outcome=outcome_label(milestone.outcome)), self)
        font = head.font()
        font.setBold(True)
        head.setFont(font)
        head.setWordWrap(True)
        if milestone.outcome == Outcome.AGAINST:
            pal = head.palette()
            pal.setColor(QPalette.ColorRole.WindowText, negative(pal))
            head.setPalette(pal)
        self._layout.addWidget(head)
        self._layout.addWidget(self._pair(self.tr("Evidence"), milestone.evidence))
        if milestone.evidence_link:
            link = QLabel(f'<a href="{_attr(milestone.evidence_link)}">{_html(milestone.evidence_link)}</a>', self)
            link.setTextFormat(Qt.TextFormat.RichText)
            link.setWordWrap(True)
            link.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                         | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
            link.linkActivated.connect(open_link)
            link.setToolTip(self.tr("Open the evidence"))
            self._layout.addWidget(link)
        if milestone.decision.strip():
            self._layout.addWidget(self._pair(self.tr("Customer decision"), milestone.decision))
        if milestone.corrections:
            title = QLabel(self.tr("Correction notes"), self)
            title.setFont(font)
            self._layout.addWidget(title)
            for c in milestone.corrections:
                written = formats.medium_date(c.written_on, current_language())
                note = plain.label(QLabel(self.tr("{date}: {text}").format(date=written, text=c.text),
                                          self))
                note.setWordWrap(True)
                note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                note.setObjectName("correction")
                self._layout.addWidget(note)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add correction note…"), self)
        self.add_button.setToolTip(self.tr(
            "A confirmed milestone cannot change. If something in it was wrong, add a dated note."))
        self.add_button.clicked.connect(lambda: self.editor.add_correction(milestone, stage))
        self.add_button.setVisible(not self.editor.read_only)
        row.addWidget(self.add_button)
        row.addStretch(1)
        box = QWidget(self)
        box.setLayout(row)
        row.setContentsMargins(0, 2, 0, 0)
        self._layout.addWidget(box)

    def _pair(self, label: str, text: str) -> QLabel:
        out = QLabel(f"<b>{_html(label)}:</b> {_html(text)}", self)
        out.setTextFormat(Qt.TextFormat.RichText)
        out.setWordWrap(True)
        out.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return out


def _html(text: str) -> str:
    from html import escape

    return escape(text).replace("\n", "<br>")


def _attr(text: str) -> str:
    from html import escape

    return escape(QUrl.fromUserInput(text).toString(), quote=True)


class StageSection(Section):
    """One stage of the deal, folded or open."""

    def __init__(self, editor: StageEditor, parent: QWidget | None = None) -> None:
        self.body_widget = QWidget()
        super().__init__("", self.body_widget, parent, expanded=False)
        self.editor = editor
        self.segment: Segment | None = None
        self.stage: Stage | None = None
        self.deal_id = 0
        self._note_text = ""
        body = QVBoxLayout(self.body_widget)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(8)
        self.milestone = plain.label(QLabel(self.body_widget))
        self.milestone.setWordWrap(True)
        self.confirmation = ConfirmationBox(editor, self.body_widget)
        self.tasks = ItemList(ItemKind.TASK, self.tr("Tasks"), editor, self.body_widget)
        self.deliverables = ItemList(ItemKind.DELIVERABLE, self.tr("Deliverables"), editor, self.body_widget)
        self.templates = plain.label(QLabel(self.body_widget))
        self.templates.setWordWrap(True)
        self.templates.setEnabled(False)  # greyed: what the stage will ask for, not yet the deal's
        self.notes_title = QLabel(self.tr("Stage notes"), self.body_widget)
        font = self.notes_title.font()
        font.setBold(True)
        self.notes_title.setFont(font)
        self.notes = NoteEdit(self.body_widget, min_lines=2, max_lines=12)
        self.notes.setPlaceholderText(self.tr("What happened in this stage, what to remember…"))
        self.notes.setAccessibleName(self.tr("Stage notes"))
        self.notes.committed.connect(self._save_note)
        for w in (self.milestone, self.confirmation, self.tasks, self.deliverables, self.templates,
                  self.notes_title, self.notes):
            body.addWidget(w)

    def set_stage(self, work: DealWork, seg: Segment) -> None:
        self.segment = seg
        stage = work.process.stage(seg.stage_id)
        self.stage = stage
        assert work.deal.id is not None
        self.deal_id = work.deal.id
        self.set_title(f"{seg.number}. {stage.name}")
        self.header.set_icon(state_icon(seg, self.palette()))
        self.header.note.setText(self._note(work, seg))
        self.milestone.setText(self.tr("Milestone: {milestone}").format(milestone=stage.milestone))
        editable = work.editable(seg.stage_id) and seg.state == StageState.CURRENT
        reached = seg.state in (StageState.FROZEN, StageState.CURRENT) or seg.stopped
        milestone = work.milestone_for(seg.stage_id)
        self.confirmation.setVisible(milestone is not None)
        if milestone is not None:
            self.confirmation.set_milestone(milestone, stage)
        self.tasks.setVisible(reached)
        self.deliverables.setVisible(reached)
        if reached:
            self.tasks.set_items(self.deal_id, seg.stage_id, work.stage_tasks(seg.stage_id), editable)
            self.deliverables.set_items(self.deal_id, seg.stage_id, work.stage_deliverables(seg.stage_id),
                                        editable)
        self.templates.setVisible(not reached)
        if not reached:
            self.templates.setText(self._templates(stage.tasks, stage.deliverables))
        note = work.notes.get(seg.stage_id, "")
        self._note_text = note  # the file's text: what an undo of the next save goes back to
        self.notes.setReadOnly(not editable)
        read_only_look(self.notes, not editable)
        self.notes.set_text(note)
        show_notes = reached and (editable or bool(note))
        self.notes.setVisible(show_notes)
        self.notes_title.setVisible(show_notes)

    def _note(self, work: DealWork, seg: Segment) -> str:
        if seg.milestone is not None:
            return formats.medium_date(seg.milestone.confirmed_on, current_language())
        if seg.state == StageState.CURRENT:
            tasks = work.stage_tasks(seg.stage_id)
            return self.tr("current · {done}/{total}").format(
                done=sum(1 for t in tasks if t.done), total=len(tasks))
        if seg.stopped:
            return self.tr("closed here")
        return ""

    def _templates(self, tasks: list[ItemTemplate], deliverables: list[ItemTemplate]) -> str:
        if not tasks and not deliverables:
            return self.tr("Not reached yet. This stage has no tasks or deliverables.")
        lines = [self.tr("Not reached yet. When the deal gets here, it brings:")]
        if tasks:
            lines.append(self.tr("Tasks"))
            lines += [f"  • {t.text}" for t in tasks]
        if deliverables:
            lines.append(self.tr("Deliverables"))
            lines += [f"  • {d.text}" for d in deliverables]
        return "\n".join(lines)

    def _save_note(self, text: str, session: int) -> None:
        if self.stage is None or self.stage.id is None:
            return
        old, self._note_text = self._note_text, text
        self.editor.push(undo.SetStageNote(
            self.editor.planner, self.deal_id, self.stage.id, self.stage.name,
            old, text, session))

