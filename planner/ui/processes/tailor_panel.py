"""The stages of a process side by side with the form for the selected one.

Used by the wizard's tailoring page and by the library's process editor. Adding,
removing and moving stages go through Qt's undo stack, so a stage removed by
mistake, with everything typed into it, comes back with Undo.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from planner.domain import rules
from planner.domain.model import Stage
from planner.domain.tailoring import StageList, custom_stage, movable
from planner.ui.kit import icons
from planner.ui.processes.delegates import NumberedDelegate
from planner.ui.processes.models import StageListModel
from planner.ui.processes.stage_editor import StageEditor, list_action, shortcut_hint
from planner.ui.processes.widgets import notice


class _AddStage(QUndoCommand):
    def __init__(self, panel: TailorPanel, row: int, stage: Stage, text: str) -> None:
        super().__init__(text)
        self.panel, self.row, self.stage = panel, row, stage

    def redo(self) -> None:
        self.panel.model.insert(self.row, self.stage)
        self.panel.select_row(self.row)

    def undo(self) -> None:
        self.panel.model.remove(self.row)
        self.panel.select_row(max(0, self.row - 1))


class _RemoveStage(QUndoCommand):
    def __init__(self, panel: TailorPanel, row: int, text: str) -> None:
        super().__init__(text)
        self.panel, self.row = panel, row
        self.stage: Stage | None = None

    def redo(self) -> None:
        self.stage = self.panel.model.remove(self.row)
        self.panel.select_row(min(self.row, self.panel.model.rowCount() - 1))

    def undo(self) -> None:
        assert self.stage is not None
        self.panel.model.insert(self.row, self.stage)
        self.panel.select_row(self.row)


class _MoveStage(QUndoCommand):
    def __init__(self, panel: TailorPanel, row: int, delta: int, text: str) -> None:
        super().__init__(text)
        self.panel, self.row, self.delta = panel, row, delta

    def redo(self) -> None:
        self.panel.model.move(self.row, self.delta)
        self.panel.select_row(self.row + self.delta)

    def undo(self) -> None:
        self.panel.model.move(self.row + self.delta, -self.delta)
        self.panel.select_row(self.row)


class TailorPanel(QWidget):
    """Stage list (add your own, remove, reorder) and the selected stage's form."""

    edited = Signal()

    def __init__(self, source: StageList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = StageListModel(source, self)
        self.undo_stack = QUndoStack(self)

        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setItemDelegate(NumberedDelegate(self.list))
        # long stage names wrap in the narrow list rather than hide behind a sideways scroll
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        stages_label = QLabel(self.tr("&Stages"))
        stages_label.setBuddy(self.list)
        font = stages_label.font()
        font.setBold(True)
        stages_label.setFont(font)

        self.add_action = self._action(self.tr("Add a stage of your own"), QKeySequence(Qt.Key.Key_Insert),
                                       self.add_stage)
        self.remove_action = self._action(self.tr("Remove stage"),
                                          QKeySequence(QKeySequence.StandardKey.Delete), self.remove_stage)
        self.up_action = self._action(self.tr("Move up"), QKeySequence("Alt+Up"), lambda: self.move_stage(-1))
        self.down_action = self._action(self.tr("Move down"), QKeySequence("Alt+Down"),
                                        lambda: self.move_stage(1))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.list.addAction(action)

        self.add_button = self._button(self.add_action, self.tr("&Add a stage"))
        self.remove_button = self._button(self.remove_action, self.tr("&Remove"))
        self.up_button = self._button(self.up_action, "↑")
        self.down_button = self._button(self.down_action, "↓")
        for small in (self.up_button, self.down_button):
            small.setFixedWidth(small.sizeHint().height() + 8)
        self.undo_button = QPushButton(icons.icon("undo"), self.tr("&Undo"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_button.setToolTip(shortcut_hint(self.tr("Undo"), QKeySequence(QKeySequence.StandardKey.Undo)))
        self.undo_stack.canUndoChanged.connect(self.undo_button.setVisible)
        self.undo_button.setVisible(False)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.setSpacing(6)
        left_layout.addWidget(stages_label)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.add_button)
        row = QHBoxLayout()
        row.setSpacing(4)
        row.addWidget(self.remove_button, 1)
        row.addWidget(self.up_button)
        row.addWidget(self.down_button)
        left_layout.addLayout(row)
        left_layout.addWidget(self.undo_button)
        left.setMinimumWidth(180)

        self.editor = StageEditor()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([180, 600])  # the editor first: long stage names wrap in the list

        self.warning = notice(QStyle.StandardPixmap.SP_MessageBoxWarning, self)
        self.error = notice(QStyle.StandardPixmap.SP_MessageBoxCritical, self)
        self.error[1].setObjectName("validationError")
        self.warning[1].setObjectName("winRateWarning")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.warning[0])
        layout.addWidget(self.error[0])

        self.list.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._after_reset)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.rowsMoved):
            signal.connect(self._changed)
            signal.connect(self.list.viewport().update)  # row numbers below the change shift
        self.editor.edited.connect(self._stage_edited)
        self._after_reset()

    # ------------------------------------------------------------ building
    def _action(self, text: str, keys: QKeySequence, slot: object) -> QAction:
        return list_action(self.list, text, keys, slot)

    def _button(self, action: QAction, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(action.toolTip())
        button.clicked.connect(action.trigger)
        action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
        return button

    # ------------------------------------------------------------ state
    def set_source(self, source: StageList) -> None:
        self.undo_stack.clear()
        self.model.set_source(source)

    def refresh(self) -> None:
        """The stage list changed elsewhere (answers on earlier pages)."""
        current = self.editor.stage()
        self.undo_stack.clear()
        self.model.refresh()
        stages = self.model.stages()
        if current is not None and any(s is current for s in stages):
            self.select_row(next(i for i, s in enumerate(stages) if s is current))

    def stages(self) -> list[Stage]:
        return self.model.stages()

    def current_row(self) -> int:
        index = self.list.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            self.editor.set_stage(None)
            self._update_actions()
            return
        self.list.selectionModel().setCurrentIndex(
            self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _after_reset(self) -> None:
        self.select_row(0)
        self._changed()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.editor.set_stage(self.model.stages()[current.row()] if current.isValid() else None)
        self._update_actions()

    def _insert_row(self) -> int:
        """Where "Add a stage" puts the new one: after the selected stage, or at the end."""
        row = self.current_row()
        return row + 1 if row >= 0 else self.model.rowCount()

    def _update_actions(self) -> None:
        row, source = self.current_row(), self.model.source
        valid = 0 <= row < self.model.rowCount()
        self.add_action.setEnabled(source.can_insert(self._insert_row()))
        self.add_button.setToolTip(self.add_action.toolTip() if self.add_action.isEnabled() else self.tr(
            "Deals have passed the stages after this one: select the last stage with a lock, "
            "or one after it, to add a stage."))
        self.remove_action.setEnabled(valid and source.can_remove(row))
        self.up_action.setEnabled(valid and source.can_move(row, -1))
        self.down_action.setEnabled(valid and source.can_move(row, 1))
        if valid and source.locked(row):
            hint = self.tr("Deals are in this stage or have passed it: it keeps its place. "
                           "Its name, milestone and work can still be improved.")
        elif valid and not source.can_remove(row) and not movable(self.model.stages()[row]):
            hint = self.tr("A reference stage is kept or dropped by its question: "
                           "go back to that page to drop it.")
        elif valid and not source.can_remove(row):
            hint = self.tr("A process needs at least one stage.")
        else:
            hint = self.remove_action.toolTip()
        self.remove_button.setToolTip(hint)

    def _stage_edited(self) -> None:
        self.model.stage_edited(self.current_row())
        self._changed()
        self.edited.emit()

    def _changed(self, *_: object) -> None:
        self._update_actions()
        self._show_rate_warning()
        if self.error[0].isVisible():
            self.error[0].setVisible(False)

    def _show_rate_warning(self) -> None:
        stages = self.model.stages()
        falling = {id(s) for s in rules.falling_win_rates(stages)}
        lines = [self.tr("“{stage}” ({rate}%) is not higher than “{previous}” ({previous_rate}%).").format(
                    stage=b.name, rate=b.win_rate, previous=a.name, previous_rate=a.win_rate)
                 for a, b in pairwise(stages) if id(b) in falling]
        if lines:
            shown = lines[:3] + (["…"] if len(lines) > 3 else [])
            self.warning[1].setText(self.tr(
                "Win rates usually rise from stage to stage: a deal further along is more likely "
                "to be won. You can still go on.") + "\n" + "\n".join(shown))
        self.warning[0].setVisible(bool(lines))

    def rate_warning(self) -> str:
        return self.warning[1].text() if self.warning[0].isVisibleTo(self) else ""

    # ------------------------------------------------------------ actions
    def add_stage(self) -> None:
        row = self._insert_row()
        if not self.model.source.can_insert(row):
            return
        stage = custom_stage(self.tr("New stage"), self.model.stages(), row)
        self.undo_stack.push(_AddStage(self, row, stage, self.tr("Add stage")))
        self.editor.focus_field("name")
        self.edited.emit()

    def remove_stage(self) -> None:
        row = self.current_row()
        if row < 0 or not self.model.source.can_remove(row):
            return
        self.undo_stack.push(_RemoveStage(self, row, self.tr("Remove stage")))
        self.edited.emit()

    def move_stage(self, delta: int) -> None:
        row = self.current_row()
        if row < 0 or not self.model.source.can_move(row, delta):
            return
        self.undo_stack.push(_MoveStage(self, row, delta, self.tr("Move stage")))
        self.edited.emit()

    # ------------------------------------------------------------ checking
    def show_error(self, text: str) -> None:
        self.error[1].setText(text)
        self.error[0].setVisible(True)

    def error_text(self) -> str:
        return self.error[1].text() if self.error[0].isVisibleTo(self) else ""

    def validate(self) -> bool:
        """Every stage named and ended by a milestone; shows the first problem."""
        stages = self.model.stages()
        if not stages:
            self.show_error(self.tr("A process needs at least one stage: keep a reference stage "
                                    "or add one of your own."))
            return False
        for row, stage in enumerate(stages):
            if not stage.name.strip():
                self.select_row(row)
                self.show_error(self.tr("Stage {number} needs a name.").format(number=row + 1))
                self.editor.focus_field("name")
                return False
            if not stage.milestone.strip():
                self.select_row(row)
                self.show_error(self.tr(
                    "“{stage}” needs a milestone: the event that ends it and cannot be undone."
                ).format(stage=stage.name))
                self.editor.focus_field("milestone")
                return False
            if not 0 <= stage.win_rate <= 100:
                self.select_row(row)
                self.show_error(self.tr("A win rate is a whole number from 0 to 100."))
                return False
        self.error[0].setVisible(False)
        return True
