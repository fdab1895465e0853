"""An account's people: who decides, who evaluates, who is on our side.

Shared by the deal workspace and the accounts dialog; every change is an undo command.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.model import Attitude, BuyingRole, Contact, Influence
from planner.services import Changes, Planner
from planner.ui.kit import plain, undo
from planner.ui.kit.glyphs import is_dark, mix, negative, positive
from planner.ui.kit.labels import attitude_labels, influence_labels, role_labels
from planner.ui.kit.rows import replace_rows
from planner.ui.kit.widgets import FitListView, InlineError, muted, on_delete_key
from planner.ui.session import Session

ContactRole = Qt.ItemDataRole.UserRole + 1
DetailRole = Qt.ItemDataRole.UserRole + 2  # "role · attitude · influence"
AttitudeRole = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


class ContactsModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._contacts: list[Contact] = []

    def set_contacts(self, contacts: list[Contact]) -> None:
        replace_rows(self, self._contacts, contacts, lambda rows: setattr(self, "_contacts", rows))

    def retranslate(self) -> None:
        """A contact's role, attitude and influence are worded in the current language."""
        if self._contacts:
            self.dataChanged.emit(self.index(0), self.index(len(self._contacts) - 1))

    def contact(self, row: int) -> Contact:
        return self._contacts[row]

    def row_of(self, contact_id: int) -> int:
        return next((r for r, c in enumerate(self._contacts) if c.id == contact_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._contacts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._contacts):
            return None
        c = self._contacts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{c.name} · {c.title}" if c.title else c.name
        if role == DetailRole:
            return " · ".join((role_labels()[c.role], attitude_labels()[c.attitude],
                               influence_labels()[c.influence]))
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [c.name, c.title, self.data(index, DetailRole), c.email, c.phone, c.notes]
            return plain.html("\n".join(x for x in lines if x))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.data(index)}, {self.data(index, DetailRole)}"
        if role == ContactRole:
            return c
        if role == AttitudeRole:
            return str(c.attitude)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class ContactDelegate(QStyledItemDelegate):
    """Two lines: the person, then their buying role, attitude (a coloured dot) and influence."""

    PAD = 6
    DOT = 8

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        fm = QFontMetrics(option.font)
        lines = self._detail_lines(str(index.data(DetailRole)), fm, self._detail_width(option))
        return QSize(200, (1 + len(lines)) * fm.height() + 2 * self.PAD + 2)

    def _detail_width(self, option: QStyleOptionViewItem) -> int:
        width = option.rect.width()
        view = option.widget
        if width <= 0 and isinstance(view, QAbstractItemView):
            width = view.viewport().width()
        return max(40, width - 2 * self.PAD - self.DOT - 6)

    @staticmethod
    def _detail_lines(text: str, fm: QFontMetrics, width: int) -> list[str]:
        """Role, attitude and influence on as many lines as a narrow panel needs, never cut
        inside one of them (a Chinese line is as long as an English one is wide)."""
        lines: list[str] = []
        for part in text.split(" · "):
            if lines and fm.horizontalAdvance(f"{lines[-1]} · {part}") <= width:
                lines[-1] = f"{lines[-1]} · {part}"
            else:
                lines.append(part)
        return lines or [""]

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        pal = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text = pal.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted_color = text if selected else mix(pal.color(QPalette.ColorRole.Base), text, 0.62)
        rect = QRectF(option.rect).adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        fm = QFontMetrics(option.font)
        painter.save()
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text)
        first = QRectF(rect.left(), rect.top(), rect.width(), fm.height())
        painter.drawText(first, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(bold).elidedText(str(index.data()), Qt.TextElideMode.ElideRight,
                                                       int(first.width())))
        second = QRectF(rect.left(), rect.top() + fm.height() + 1, rect.width(), fm.height())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        dot = self._dot_color(str(index.data(AttitudeRole)), pal)
        center = second.center()
        center.setX(second.left() + self.DOT / 2)
        if dot is None:
            painter.setPen(muted_color)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(dot)
        painter.drawEllipse(center, self.DOT / 2 - 0.5, self.DOT / 2 - 0.5)
        painter.setFont(option.font)
        painter.setPen(muted_color)
        detail = second.adjusted(self.DOT + 6, 0, 0, 0)
        for line in self._detail_lines(str(index.data(DetailRole)), fm, int(detail.width())):
            painter.drawText(detail, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             fm.elidedText(line, Qt.TextElideMode.ElideRight, int(detail.width())))
            detail.translate(0, fm.height())
        painter.restore()

    @staticmethod
    def _dot_color(attitude: str, pal: QPalette) -> QColor | None:
        if attitude == Attitude.SUPPORTER:
            return positive(pal)
        if attitude == Attitude.OPPONENT:
            return negative(pal)
        if attitude == Attitude.NEUTRAL:
            return QColor("#9aa0a6") if is_dark(pal) else QColor("#80868b")
        return None  # unknown: an empty ring


def enum_combo(labels: dict[Any, str], current: Any, parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    for value, label in labels.items():
        combo.addItem(label, str(value))
    combo.setCurrentIndex(max(0, combo.findData(str(current))))
    return combo


class ContactDialog(QDialog):
    """Add or edit one person."""

    def __init__(self, contact: Contact, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit contact") if contact.id else self.tr("New contact"))
        self._contact = contact
        self.name = QLineEdit(contact.name, self)
        self.title_edit = QLineEdit(contact.title, self)
        self.title_edit.setPlaceholderText(self.tr("e.g. CFO, head of IT"))
        self.role = enum_combo(role_labels(), contact.role, self)
        self.attitude = enum_combo(attitude_labels(), contact.attitude, self)
        self.influence = enum_combo(influence_labels(), contact.influence, self)
        self.email = QLineEdit(contact.email, self)
        self.phone = QLineEdit(contact.phone, self)
        self.notes = QPlainTextEdit(contact.notes, self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Job title:"), self.title_edit)
        form.addRow(self.tr("Buying &role:"), self.role)
        form.addRow(self.tr("&Attitude:"), self.attitude)
        form.addRow(self.tr("&Influence:"), self.influence)
        form.addRow(self.tr("&E-mail:"), self.email)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("N&otes:"), self.notes)
        self.error = InlineError(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def result_contact(self) -> Contact:
        return dataclasses.replace(
            self._contact, name=" ".join(self.name.text().split()), title=self.title_edit.text().strip(),
            role=BuyingRole(self.role.currentData()), attitude=Attitude(self.attitude.currentData()),
            influence=Influence(self.influence.currentData()), email=self.email.text().strip(),
            phone=self.phone.text().strip(), notes=self.notes.toPlainText())

    def accept(self) -> None:
        if not self.name.text().strip():
            self.error.show_message(self.tr("Enter the person's name."))
            self.name.setFocus()
            return
        super().accept()


class ContactsPanel(QWidget):
    """The contacts of one account with Add, Edit and Remove; edits go through the undo stack."""

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.account_id: int | None = None
        self.read_only = False  # the file is open read-only: contacts are shown, not edited
        self.model = ContactsModel(self)
        self.view = FitListView(self, min_rows=1)
        self.view.setModel(self.model)
        self.view.setItemDelegate(ContactDelegate(self.view))
        self.view.setEditTriggers(FitListView.EditTrigger.NoEditTriggers)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.view.activated.connect(lambda _i: self.edit_selected())
        self.empty = muted(QLabel(self))
        self.empty.setWordWrap(True)
        self.add_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        on_delete_key(self.view, self.remove_selected)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.view)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.model.modelReset.connect(self._update)
        session.changed.connect(self._changed)
        session.planner_switched.connect(lambda _planner: self.set_account(None))
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        """Every text in the current language; the contacts' roles and attitudes are repainted."""
        self.view.setAccessibleName(self.tr("Contacts"))
        self.empty.setText(self.tr("No contacts yet. Add the people who decide, evaluate and use."))
        self.add_button.setText(self.tr("Add…"))
        self.add_button.setToolTip(self.tr("Add a contact"))
        self.edit_button.setText(self.tr("Edit…"))
        self.remove_button.setText(self.tr("Remove"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def planner(self) -> Planner:
        return self.session.planner

    @property
    def stack(self) -> QUndoStack:
        return self.session.undo_stack

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._update()

    def set_account(self, account_id: int | None) -> None:
        self.account_id = account_id
        self.reload()

    def reload(self) -> None:
        self.model.set_contacts(self.planner.contacts.of(self.account_id) if self.account_id else [])
        self._update()

    def _changed(self, changes: Changes) -> None:
        if self.account_id is not None and self.account_id in changes.contacts_of:
            self.reload()
            self.changed.emit()

    def _update(self) -> None:
        has = self.model.rowCount() > 0
        self.view.setVisible(has)
        self.empty.setVisible(not has)
        selected = bool(self.view.selectionModel().selectedRows())
        self.add_button.setEnabled(self.account_id is not None)
        self.edit_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setVisible(not self.read_only)

    def selected(self) -> Contact | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.contact(rows[0].row()) if rows else None

    def add(self) -> None:
        if self.account_id is None or self.read_only:
            return
        dialog = ContactDialog(Contact(self.account_id, ""), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            command = undo.AddContact(self.planner, dialog.result_contact())
            if undo.push(self.stack, command) and command.contact_id is not None:
                self._select(command.contact_id)

    def edit_selected(self) -> None:
        old = self.selected()
        if old is None or self.read_only:
            return
        dialog = ContactDialog(old, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            new = dialog.result_contact()
            if new != old:
                undo.push(self.stack, undo.EditContact(self.planner, old, new))

    def remove_selected(self) -> None:
        contact = self.selected()
        if contact is None or self.read_only:
            return
        answer = QMessageBox.question(self, self.tr("Remove contact"), plain.html(self.tr(
            "Remove {name} from this account? You can undo this with Edit > Undo.").format(name=contact.name)))
        if answer == QMessageBox.StandardButton.Yes:
            undo.push(self.stack, undo.DeleteContact(self.planner, contact))

    def _select(self, contact_id: int) -> None:
        row = self.model.row_of(contact_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))
