"""Edit one stage: its name, milestone, win rate, tools, tasks and deliverables."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.buying import ROLE_ORDER
from planner.domain.model import BuyingRole, Stage
from planner.domain.reference import reference_stage
from planner.i18n import current_language
from planner.ui.kit.labels import role_labels
from planner.ui.processes.models import ItemsModel


def shortcut_hint(text: str, keys: QKeySequence) -> str:
    """A tooltip that teaches the shortcut, in the platform's notation."""
    return f"{text} ({keys.toString(QKeySequence.SequenceFormat.NativeText)})"


def list_action(view: QWidget, text: str, keys: QKeySequence, slot: object) -> QAction:
    """A command of a list, on its keys while the list (or a child) has focus."""
    action = QAction(text, view)
    action.setShortcut(keys)
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.setToolTip(shortcut_hint(text, keys))
    action.triggered.connect(slot)
    view.addAction(action)
    return action


class ItemsEditor(QWidget):
    """A list of tasks or deliverables with a *required* tick, editable by keyboard.

    Insert adds a row after the current one, Delete removes it, Alt+Up/Alt+Down
    move it; Space ticks *required*; F2 or typing edits the text.
    """

    def __init__(self, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ItemsModel(heading, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table, as in a form
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(ItemsModel.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ItemsModel.REQUIRED, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.add_action = self._action(self.tr("Add"), QKeySequence(Qt.Key.Key_Insert), self.add)
        self.remove_action = self._action(self.tr("Remove"), QKeySequence(QKeySequence.StandardKey.Delete),
                                          self.remove)
        self.up_action = self._action(self.tr("Move up"), QKeySequence("Alt+Up"), lambda: self.move(-1))
        self.down_action = self._action(self.tr("Move down"), QKeySequence("Alt+Down"), lambda: self.move(1))

        buttons = QVBoxLayout()
        buttons.setSpacing(4)
        for action in (self.add_action, self.remove_action, self.up_action, self.down_action):
            button = QPushButton(action.text())
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            action.changed.connect(lambda a=action, b=button: b.setEnabled(a.isEnabled()))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.view.selectionModel().currentRowChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.model.rowsInserted.connect(self._update_actions)
        self.model.rowsRemoved.connect(self._update_actions)
        self.model.rowsMoved.connect(self._update_actions)
        self._update_actions()

    def _action(self, text: str, keys: QKeySequence, slot: object) -> QAction:
        return list_action(self.view, text, keys, slot)

    def _row(self) -> int:
        current = self.view.currentIndex()
        return current.row() if current.isValid() else -1

    def _update_actions(self, *_: object) -> None:
        row, rows = self._row(), self.model.rowCount()
        self.remove_action.setEnabled(0 <= row < rows)
        self.up_action.setEnabled(0 < row < rows)
        self.down_action.setEnabled(0 <= row < rows - 1)

    def _select(self, row: int, column: int = ItemsModel.TEXT) -> None:
        index = self.model.index(row, column)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def add(self) -> None:
        row = self._row() + 1 if self._row() >= 0 else self.model.rowCount()
        self.model.insertRows(row, 1)
        self._select(row)
        self.view.setFocus()
        self.view.edit(self.model.index(row, ItemsModel.TEXT))

    def remove(self) -> None:
        row = self._row()
        if row < 0:
            return
        self.model.removeRows(row, 1)
        if self.model.rowCount():
            self._select(min(row, self.model.rowCount() - 1))
        self._update_actions()

    def move(self, delta: int) -> None:  # type: ignore[override]  # moves the stage; Qt never calls it
        row = self._row()
        if self.model.move(row, delta):
            self._select(row + delta, self.view.currentIndex().column())


class RolesEditor(QWidget):
    """The buying roles a stage requires before its milestone: one tick per role."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.boxes: dict[BuyingRole, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.hint)
        for role in ROLE_ORDER:
            box = QCheckBox(self)
            box.toggled.connect(lambda _on: self.changed.emit())
            self.boxes[role] = box
            layout.addWidget(box)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(self.tr(
            "The roles a deal's buying group must hold before this stage's milestone can be confirmed, "
            "e.g. an economic buyer identified before the commercial evaluation."))
        for role, label in role_labels().items():
            self.boxes[role].setText(label)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def roles(self) -> list[BuyingRole]:
        return [role for role in ROLE_ORDER if self.boxes[role].isChecked()]

    def set_roles(self, roles: list[BuyingRole]) -> None:
        for role, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(role in roles)
            box.blockSignals(False)


class StageEditor(QWidget):
    """The form for one stage; writes every change straight into the bound Stage."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stage: Stage | None = None
        self.origin = QLabel()
        self.origin.setWordWrap(True)
        self.origin.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("What your team calls this stage"))
        self.milestone = QLineEdit()
        self.milestone.setPlaceholderText(self.tr("The event that ends this stage and cannot be undone"))
        self.win_rate = QSpinBox()
        self.win_rate.setRange(0, 100)
        self.win_rate.setSuffix(self.tr("%"))
        self.win_rate.setAccelerated(True)
        self.win_rate.setToolTip(self.tr("How likely a deal in this stage is to be won"))
        rate_hint = QLabel(self.tr("chance that a deal in this stage is won"))
        rate_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        rate_hint.setWordWrap(True)  # a narrow editor (small screen, long words) wraps, never clips
        rate_row = QHBoxLayout()
        rate_row.addWidget(self.win_rate)
        rate_row.addWidget(rate_hint, 1)
        self.tools = QLineEdit()
        self.tools.setPlaceholderText(self.tr("Tools and methods the team uses here"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setVerticalSpacing(6)
        form.addRow(self.tr("Stage nam&e:"), self.name)
        form.addRow(self.tr("&Milestone:"), self.milestone)
        form.addRow(self.tr("&Win rate:"), rate_row)
        form.addRow(self.tr("T&ools:"), self.tools)
        label = form.labelForField(rate_row)
        if isinstance(label, QLabel):  # addRow made it from the text
            label.setBuddy(self.win_rate)

        self.tasks = ItemsEditor(self.tr("Task"))
        self.deliverables = ItemsEditor(self.tr("Deliverable"))
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("What this stage is for, in your team's words"))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.roles = RolesEditor()
        self.tabs.addTab(self.tasks, "")
        self.tabs.addTab(self.deliverables, "")
        self.tabs.addTab(self.roles, "")
        self.tabs.addTab(self.description, self.tr("Abo&ut this stage"))
        self.required_hint = QLabel(self.tr(
            "Tick “Required” for work that must be done before the milestone can be confirmed."))
        self.required_hint.setWordWrap(True)
        self.required_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.origin)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.required_hint)

        self.name.textEdited.connect(lambda t: self._set("name", t))
        self.milestone.textEdited.connect(lambda t: self._set("milestone", t))
        self.tools.textEdited.connect(lambda t: self._set("tools", t))
        self.win_rate.valueChanged.connect(lambda v: self._set("win_rate", int(v)))
        self.description.textChanged.connect(
            lambda: self._set("description", self.description.toPlainText()))
        self.tasks.model.itemsChanged.connect(lambda: self._set("tasks", self.tasks.model.items()))
        self.deliverables.model.itemsChanged.connect(
            lambda: self._set("deliverables", self.deliverables.model.items()))
        self.roles.changed.connect(lambda: self._set("required_roles", self.roles.roles()))
        self.set_stage(None)

    def stage(self) -> Stage | None:
        return self._stage

    def set_stage(self, stage: Stage | None) -> None:
        self._stage = None  # no write-back while the fields are filled
        s = stage or Stage(name="", milestone="", win_rate=0)
        self.name.setText(s.name)
        self.milestone.setText(s.milestone)
        self.tools.setText(s.tools)
        self.win_rate.blockSignals(True)
        self.win_rate.setValue(s.win_rate)
        self.win_rate.blockSignals(False)
        self.description.blockSignals(True)
        self.description.setPlainText(s.description)
        self.description.blockSignals(False)
        self.tasks.model.set_items(s.tasks)
        self.deliverables.model.set_items(s.deliverables)
        self.roles.set_roles(s.required_roles)
        if stage is None or stage.ref_key is None:
            self.origin.setText(self.tr("A stage of your own: it follows no reference stage."))
        else:
            ref_name = reference_stage(stage.ref_key).text("name", current_language())
            self.origin.setText(self.tr("From the reference stage “{name}”.").format(name=ref_name))
        self.origin.setVisible(stage is not None)
        self._update_tab_titles()
        self.setEnabled(stage is not None)
        self._stage = stage

    def _update_tab_titles(self) -> None:
        self.tabs.setTabText(0, self.tr("&Tasks ({n})").format(n=self.tasks.model.rowCount()))
        self.tabs.setTabText(1, self.tr("Deli&verables ({n})").format(n=self.deliverables.model.rowCount()))
        self.tabs.setTabText(2, self.tr("Buyin&g roles ({n})").format(n=len(self.roles.roles())))

    def _set(self, field: str, value: object) -> None:
        if field in ("tasks", "deliverables", "required_roles"):
            self._update_tab_titles()
        if self._stage is None:
            return
        if getattr(self._stage, field) == value:
            return
        setattr(self._stage, field, value)
        self.edited.emit()

    def focus_field(self, field: str) -> None:
        widget = {"name": self.name, "milestone": self.milestone}.get(field, self.name)
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            widget.selectAll()
