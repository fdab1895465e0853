"""The deal's buying group in the panel: the gaps it leaves, what the current stage's milestone
requires of it, the influence map, and the people as a list with Add, Edit and Remove.

Every change is an undo command (``buying_undo``); a closed deal's group, like a file open
read-only, is shown and not edited. Its texts keep the ``DealWorkspace`` translation context
for the section's own words.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from planner.domain import buying
from planner.domain.model import DealContact
from planner.services import DealWork, Planner
from planner.ui.deal.buying_dialogs import NEW_PERSON, MemberDialog
from planner.ui.deal.buying_undo import AddMember, AddNewMember, EditMember, RemoveMember
from planner.ui.deal.influence_map import InfluenceMap
from planner.ui.kit import icons, plain, theme, undo
from planner.ui.kit.buying import gap_labels
from planner.ui.kit.contacts import AttitudeRole, ContactDelegate, DetailRole
from planner.ui.kit.labels import attitude_labels, influence_labels, role_labels
from planner.ui.kit.widgets import FitListView, muted, on_delete_key
from planner.ui.session import Session

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
MemberRole = Qt.ItemDataRole.UserRole + 10


class MembersModel(QAbstractListModel):
    """The buying group as two lines each: the person, then their part in this deal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people: list[DealContact] = []

    def set_people(self, people: list[DealContact]) -> None:
        self.beginResetModel()
        self._people = buying.ordered(people)
        self.endResetModel()

    def retranslate(self) -> None:
        if self._people:
            self.dataChanged.emit(self.index(0), self.index(len(self._people) - 1))

    def member(self, row: int) -> DealContact:
        return self._people[row]

    def row_of(self, member_id: int) -> int:
        return next((r for r, p in enumerate(self._people) if p.id == member_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._people)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        p = self._people[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{p.name} · {p.title}" if p.title else p.name
        if role == DetailRole:
            parts = [role_labels()[p.role], attitude_labels()[p.attitude], influence_labels()[p.influence]]
            if p.wants.strip():
                parts.append(translate("DealWorkspace", "wants: {wants}").format(wants=" ".join(p.wants.split())))
            return " · ".join(parts)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain.html(InfluenceMap.describe(p))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.data(index)}, {self.data(index, DetailRole)}"
        if role == AttitudeRole:
            return str(p.attitude)
        if role == MemberRole:
            return p
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class GapWarning(QFrame):
    """A warning icon beside lines of text in the warning colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel(self)
        self.text = plain.label(QLabel(self))
        self.text.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)
        self._recolor()

    def show_text(self, text: str) -> None:
        self.text.setText(text)
        self.setVisible(bool(text))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._recolor()
        super().changeEvent(event)

    def _recolor(self) -> None:
        colour = theme.warning(self.palette())
        size = self.fontMetrics().height()
        self.icon.setPixmap(icons.icon("accounts", colour).pixmap(QSize(size, size)))
        palette = self.text.palette()
        if palette.color(QPalette.ColorRole.WindowText) != colour:
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            self.text.setPalette(palette)


class BuyingGroupBox(QWidget):
    """Who decides in one deal; edited in place through the undo stack."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._work: DealWork | None = None
        self.read_only = True
        self.gaps = GapWarning(self)
        self.required = plain.label(QLabel(self))
        self.required.setWordWrap(True)
        self.map = InfluenceMap(self)
        self.model = MembersModel(self)
        self.view = FitListView(self, min_rows=1)
        self.view.setModel(self.model)
        self.view.setItemDelegate(ContactDelegate(self.view))
        self.view.setEditTriggers(FitListView.EditTrigger.NoEditTriggers)
        self.empty = muted(QLabel(self))
        self.empty.setWordWrap(True)
        self.closed_note = muted(QLabel(self))
        self.closed_note.setWordWrap(True)
        self.add_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.gaps)
        layout.addWidget(self.required)
        layout.addWidget(self.map)
        layout.addWidget(self.view)
        layout.addWidget(self.empty)
        layout.addWidget(self.closed_note)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        on_delete_key(self.view, self.remove_selected)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.view.activated.connect(lambda _i: self.edit_selected())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selected_changed())
        self.map.personActivated.connect(self._map_activated)
        self.map.currentChanged.connect(self._select)
        self.retranslate()
        self._update()

    # ------------------------------------------------------------------ words
    def retranslate(self) -> None:
        self.view.setAccessibleName(translate("DealWorkspace", "Buying group"))
        self.empty.setText(translate(
            "DealWorkspace", "Nobody yet. Add the people who decide, evaluate, use and guide: each one's "
                             "attitude toward us and how much they weigh."))
        self.closed_note.setText(translate("DealWorkspace", "The deal is closed: its buying group is kept as it was."))
        self.add_button.setText(translate("DealWorkspace", "Add…"))
        self.add_button.setToolTip(translate("DealWorkspace", "Add a person to the buying group"))
        self.edit_button.setText(translate("DealWorkspace", "Edit…"))
        self.remove_button.setText(translate("DealWorkspace", "Remove"))
        self.remove_button.setToolTip(translate(
            "DealWorkspace", "Take the person out of this deal's buying group (they stay a contact of the account)"))
        self.model.retranslate()
        if self._work is not None:
            self._show_texts(self._work)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def planner(self) -> Planner:
        return self.session.planner

    # ------------------------------------------------------------------ showing
    def show_group(self, work: DealWork, read_only: bool) -> None:
        """The deal's group; ``read_only`` for a file open read-only (a closed deal is, too)."""
        selected = self.selected()
        self._work = work
        self.read_only = read_only or not work.deal.is_open
        self.model.set_people(work.people)
        self.map.set_people(work.people)
        self._show_texts(work)
        if selected is not None and selected.id is not None:
            self._select(selected.id)
        self._update()

    def _show_texts(self, work: DealWork) -> None:
        gaps = buying.group_gaps(work.people) if work.deal.is_open else ()
        labels = gap_labels()
        self.gaps.show_text("\n".join(labels[g] for g in gaps))
        stage = next((s for s in work.process.stages if s.id == work.deal.stage_id), None)
        needed = stage.required_roles if stage is not None and work.deal.is_open else []
        if needed:
            names = translate("ConfirmDialog", ", ").join(role_labels()[r] for r in needed)
            text = translate("DealWorkspace", "This stage's milestone requires: {roles}.").format(roles=names)
            missing = buying.missing_roles(needed, work.people)
            if missing:
                text += " " + translate("DealWorkspace", "Still missing: {roles}.").format(
                    roles=translate("ConfirmDialog", ", ").join(role_labels()[r] for r in missing))
            self.required.setText(text)
        self.required.setVisible(bool(needed))

    def gap_count(self) -> int:
        return 0 if self.gaps.isHidden() else len(self.gaps.text.text().splitlines())

    def _update(self) -> None:
        has = self.model.rowCount() > 0
        self.view.setVisible(has)
        self.empty.setVisible(not has and not self.read_only)
        self.closed_note.setVisible(self._work is not None and not self._work.deal.is_open)
        selected = self.selected() is not None
        editable = not self.read_only
        self.add_button.setVisible(editable)
        self.edit_button.setVisible(editable)
        self.remove_button.setVisible(editable)
        self.edit_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)

    # ------------------------------------------------------------------ selection
    def selected(self) -> DealContact | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.member(rows[0].row()) if rows else None

    def _select(self, member_id: int) -> None:
        row = self.model.row_of(member_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))

    def _selected_changed(self) -> None:
        member = self.selected()
        self.map.set_current(member.id if member is not None else None)
        self._update()

    def _map_activated(self, member_id: int) -> None:
        self._select(member_id)
        if not self.read_only:
            self.edit_selected()

    # ------------------------------------------------------------------ edits
    def _push(self, command: undo.PlannerCommand) -> bool:
        return undo.push(self.session.undo_stack, command)

    def add(self) -> None:
        work = self._work
        if work is None or work.deal.id is None or self.read_only:
            return
        taken = {p.contact_id for p in work.people}
        candidates = [c for c in self.planner.contacts.of(work.account.id or 0) if c.id not in taken]
        dialog = MemberDialog(candidates, None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if dialog.chosen() == NEW_PERSON:
            new = AddNewMember(self.planner, work.deal.id, dialog.new_contact(work.account.id or 0),
                               dialog.wants_value())
            if self._push(new) and new.member_id is not None:
                self._select(new.member_id)
            return
        contact = next(c for c in candidates if c.id == dialog.chosen())
        command = AddMember(self.planner, work.deal.id, dialog.chosen(), contact.name, dialog.role_value(),
                            dialog.attitude_value(), dialog.influence_value(), dialog.wants_value())
        if self._push(command) and command.member_id is not None:
            self._select(command.member_id)

    def edit(self, member: DealContact) -> None:
        if self.read_only:
            return
        dialog = MemberDialog([], member, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            new = dialog.edited()
            if new != member:
                self._push(EditMember(self.planner, member, new))

    def edit_selected(self) -> None:
        member = self.selected()
        if member is not None:
            self.edit(member)

    def remove_selected(self) -> None:
        member = self.selected()
        if member is None or self.read_only:
            return
        answer = QMessageBox.question(self, translate("DealWorkspace", "Remove from the buying group"), plain.html(
            translate("DealWorkspace", "Take {name} out of this deal's buying group? They stay a contact of the "
                                       "account. You can undo this with Edit > Undo.").format(name=member.name)))
        if answer == QMessageBox.StandardButton.Yes:
            self._push(RemoveMember(self.planner, member))
