"""Accounts: a filterable list beside the selected account's editor (``editor``) and its people.

Edits of an account and its contacts are undo commands on the window's stack, saved
when each field's editing finishes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedLayout,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.model import Account
from planner.services import Changes, Planner
from planner.ui.accounts.editor import AccountEditor
from planner.ui.kit import icons, plain, undo
from planner.ui.kit.delegates import RoomyDelegate
from planner.ui.kit.formats import account_labels, same_name
from planner.ui.kit.rows import replace_rows
from planner.ui.kit.stack_action import StackAction
from planner.ui.kit.widgets import muted, on_delete_key
from planner.ui.session import Session

AccountRole = Qt.ItemDataRole.UserRole + 1
FilterRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class AccountsModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._accounts: list[Account] = []
        self._labels: dict[int, str] = {}  # two accounts of one name told apart

    def set_accounts(self, accounts: list[Account], every: list[Account] | None = None) -> None:
        """The accounts listed; ``every`` (archived ones too) is what a name is compared with."""
        self._labels = account_labels(every if every is not None else accounts)
        replace_rows(self, self._accounts, accounts, lambda rows: setattr(self, "_accounts", rows))
        if self._accounts:
            self.dataChanged.emit(self.index(0), self.index(len(self._accounts) - 1))  # labels may differ

    def account(self, row: int) -> Account:
        return self._accounts[row]

    def row_of(self, account_id: int) -> int:
        return next((r for r, a in enumerate(self._accounts) if a.id == account_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._accounts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._accounts):
            return None
        a = self._accounts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            name = self._labels.get(a.id, a.name) if a.id is not None else a.name
            return self.tr("{name} (archived)").format(name=name) if a.archived else name
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain.html("\n".join(x for x in (a.name, a.industry, a.size, a.kind, a.relationship) if x))
        if role == Qt.ItemDataRole.FontRole and a.archived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == AccountRole:
            return a
        if role == FilterRole:
            return f"{a.name} {a.industry} {a.kind} {a.relationship}".lower()
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class AccountsDialog(QDialog):
    """Every account, a filter, and the selected account's editor with its contacts."""

    exportRequested = Signal(int)  # an account's plan: the window opens the export dialog

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        undo_stack = session.undo_stack
        self.setWindowTitle(self.tr("Accounts"))
        self.model = AccountsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(FilterRole)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortLocaleAware(True)  # 台北 and Taipei in the user's collation order
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.sort(0)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter by name, industry, kind…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter accounts"))
        self.filter.textChanged.connect(self._filter)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.filter.setFocus)
        self.view = QListView(self)
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(RoomyDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAccessibleName(self.tr("Accounts"))
        self.view.selectionModel().currentChanged.connect(lambda *_: self._show_current())
        self.show_archived = QCheckBox(self.tr("Show archived"), self)
        self.show_archived.toggled.connect(lambda _on: self.reload())
        self.new_button = QPushButton(self.tr("New account…"), self)
        self.new_button.clicked.connect(self.new_account)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(self.delete_account)
        on_delete_key(self.view, self.delete_account)
        self.count = muted(QLabel(self))
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.count)
        left_layout.addWidget(self.show_archived)
        account_buttons = QHBoxLayout()
        account_buttons.addWidget(self.new_button, 1)
        account_buttons.addWidget(self.delete_button)
        left_layout.addLayout(account_buttons)

        self.editor = AccountEditor(session)
        self.placeholder = muted(QLabel(self.tr("Choose an account on the left, or create one."), self))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.editor)
        right = QWidget(self)
        self.right_pages = QStackedLayout(right)
        self.right_pages.addWidget(self.placeholder)
        self.right_pages.addWidget(scroll)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 560])
        splitter.setChildrenCollapsible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        # the account plan is printed per account: offer it right where the account is
        self.export_button = buttons.addButton(self.tr("Export account plan…"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.export_plan)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        hint = muted(QLabel(self.tr("Changes are saved as you make them; Undo takes them back."), self))
        hint.setWordWrap(True)
        bottom = QHBoxLayout()
        # the window's Edit menu is out of reach while this dialog is open: its own undo and redo
        for action, icon in ((StackAction(undo_stack, False, self), "undo"),
                             (StackAction(undo_stack, True, self), "redo")):
            action.setIcon(icons.icon(icon))
            action.setShortcuts(QKeySequence.keyBindings(
                QKeySequence.StandardKey.Undo if icon == "undo" else QKeySequence.StandardKey.Redo))
            self.addAction(action)
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.setAutoRaise(True)
            bottom.addWidget(button)
        bottom.addWidget(hint, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        self.resize(860, 560)
        # Enter finishes a field's edit; it must not press "New account…" or close the dialog
        for push in self.findChildren(QPushButton):
            push.setAutoDefault(False)
            push.setDefault(False)
        session.changed.connect(self._changed)
        self.reload()

    # ------------------------------------------------------------------ data

    @property
    def planner(self) -> Planner:
        return self.session.planner

    @property
    def stack(self) -> QUndoStack:
        return self.session.undo_stack

    def _read_accounts(self) -> None:
        every = self.planner.accounts.all(include_archived=True)
        shown = every if self.show_archived.isChecked() else [a for a in every if not a.archived]
        self.model.set_accounts(shown, every)

    def reload(self) -> None:
        current = self.current_account()
        self._read_accounts()
        self._update_count()
        row = self.model.row_of(current.id) if current is not None and current.id is not None else -1
        if row >= 0:
            self.view.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row)))
        elif self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))
        self._show_current()

    def select_account(self, account_id: int | None, reveal_archived: bool = True) -> None:
        """Select ``account_id``; an archived one ticks "Show archived" when ``reveal_archived``
        (asked for by name, as from a deal), never on its own after an edit or a deletion."""
        if account_id is None:
            return
        row = self.model.row_of(account_id)
        if row < 0 and reveal_archived and not self.show_archived.isChecked():
            self.show_archived.setChecked(True)  # reloads, archived ones included
            row = self.model.row_of(account_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row))
        if not index.isValid():
            self.filter.clear()
            index = self.proxy.mapFromSource(self.model.index(row))
        self.view.setCurrentIndex(index)

    def current_account(self) -> Account | None:
        index = self.view.currentIndex()
        return index.data(AccountRole) if index.isValid() else None

    def export_plan(self) -> None:
        account = self.current_account()
        if account is None:
            return
        self.editor.flush()
        self.exportRequested.emit(account.id)  # the window opens the export feature

    def _show_current(self) -> None:
        account = self.current_account()
        self.export_button.setEnabled(account is not None)
        in_use = account is not None and self.planner.deals.count(account.id) > 0  # type: ignore[arg-type]  # a listed account has its id
        self.delete_button.setEnabled(account is not None and not in_use)
        self.delete_button.setToolTip(
            self.tr("An account with deals cannot be deleted; archive it instead.") if in_use
            else self.tr("Delete this account and its contacts (Undo brings them back)"))
        if account is not None and self.editor.account is not None and account.id != self.editor.account.id:
            self.editor.flush()
        self.editor.set_account(account)
        self.right_pages.setCurrentIndex(1 if account is not None else 0)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip().lower())
        self._update_count()
        if self.proxy.rowCount() and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.proxy.index(0, 0))

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(self.tr("{shown} of %n accounts", "", total).format(shown=shown)
                           if shown != total else self.tr("%n accounts", "", total))

    def _changed(self, changes: Changes) -> None:
        for account_id in sorted(changes.accounts):
            self._account_touched(account_id)

    def _account_touched(self, account_id: int) -> None:
        self._read_accounts()
        self._update_count()
        account = self.current_account()
        if account is None:  # deleted, or back from a deletion: the list was rebuilt
            if self.model.row_of(account_id) >= 0:  # listed: not one archived out of sight
                self.select_account(account_id, reveal_archived=False)
            if not self.view.currentIndex().isValid() and self.proxy.rowCount():
                self.view.setCurrentIndex(self.proxy.index(0, 0))
            self._show_current()
        elif account.id == account_id:
            self.editor.set_account(account)

    # ------------------------------------------------------------------ actions
    def new_account(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New account"), self.tr("Name of the customer:"))
        if not ok:
            return
        twin = same_name(name, self.planner.accounts.all(include_archived=True))
        if twin is not None and not self._another_of_that_name(twin):
            self.filter.clear()
            self.select_account(twin.id)  # the one meant, most likely
            return
        command = undo.CreateAccount(self.planner, Account(name=name))
        if not undo.push(self.stack, command):
            return  # the refusal was shown
        self.filter.clear()
        self.select_account(command.account_id)
        self.editor.edits["industry"].setFocus()

    def _another_of_that_name(self, twin: Account) -> bool:
        """Asked before a second account of one name is made: it is allowed (two branches of
        a group), and the lists then tell them apart by industry and number."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("New account"), plain.html(self.tr(
            "An account named “{name}” already exists{archived}. Add another account with the same name?").format(
            name=twin.name, archived=self.tr(" (archived)") if twin.archived else "")), parent=self)
        add = box.addButton(self.tr("&Add Another"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Show the Existing One"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(add)
        box.exec()
        return box.clickedButton() is add

    def delete_account(self) -> None:
        account = self.current_account()
        if account is None or not self.delete_button.isEnabled():
            return
        self.editor.flush()
        undo.push(self.stack, undo.DeleteAccount(self.planner, self.planner.accounts.get(account.id)))  # type: ignore[arg-type]  # a listed account has its id

    def done(self, result: int) -> None:
        self.editor.flush()  # a field still being typed in is saved, not lost
        super().done(result)
