"""The deal's append-only history, newest first, in words rather than column names."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from planner.domain import formats
from planner.domain.model import Event
from planner.domain.reasons import ReasonCategory
from planner.i18n import current_language
from planner.ui.kit import plain
from planner.ui.kit.labels import attitude_labels, influence_labels, role_labels, status_label
from planner.ui.kit.reasons import category_names
from planner.ui.kit.undo import field_label

Index = QModelIndex | QPersistentModelIndex
EventRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Row:
    when: str
    what: str
    change: str
    event: Event


class EventLogModel(QAbstractTableModel):
    WHEN, WHAT, CHANGE = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._events: list[Event] = []  # oldest first, as read: worded again on a language change
        self._stages: dict[int, str] = {}
        self._milestones: dict[int, str] = {}
        self._accounts: dict[int, str] = {}
        self._categories: list[ReasonCategory] = []
        self._people: dict[int, str] = {}

    def set_events(self, events: list[Event], stage_names: dict[int, str],
                   milestone_stages: dict[int, str], account_names: dict[int, str],
                   categories: Sequence[ReasonCategory] = (), people: dict[int, str] | None = None) -> None:
        """``stage_names`` by stage id, ``milestone_stages`` (stage name) by milestone id;
        ``categories``: the reason categories (retired ones too), named in the current language;
        ``people``: contact names by id (a person of the buying group is logged by id)."""
        self._people = dict(people or {})
        self._stages = stage_names
        self._milestones = milestone_stages
        self._accounts = account_names
        self._categories = list(categories)
        self._events = list(events)
        self.beginResetModel()
        self._rows = [self._row(e) for e in reversed(events)]
        self.endResetModel()

    def retranslate(self) -> None:
        """Word the events it holds in the current language (nothing is read again); rows,
        selection and scroll position stay."""
        self._rows = [self._row(e) for e in reversed(self._events)]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = (row.when, row.what, row.change)[index.column()]
            return " ".join(text.split()) if index.column() else text  # one line per event
        if role == Qt.ItemDataRole.ToolTipRole:
            when = formats.iso_timestamp(row.event.at, current_language()) or row.event.at
            return plain.html("\n".join(x for x in (when, row.what, row.change) if x))
        if role == EventRole:
            return row.event
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("When"), self.tr("What"), self.tr("Before → after"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    # -------------------------------------------------------------- wording
    def _row(self, e: Event) -> Row:
        what, change = self.describe(e)
        when = formats.iso_timestamp(e.at, current_language(), compact=True) or e.at
        return Row(when, what, change, e)

    def describe(self, e: Event) -> tuple[str, str]:
        """(what happened, before → after) for one logged event."""
        k = e.kind
        if k == "created":
            return self.tr("Deal created"), e.after
        if k == "edited":
            return (self.tr("Changed the {field}").format(field=field_label(e.field)),
                    self._arrow(self._value(e.field, e.before), self._value(e.field, e.after)))
        if k in ("task_done", "deliverable_done"):
            done = e.after == "True"
            if k == "task_done":
                what = self.tr("Task done") if done else self.tr("Task reopened")
            else:
                what = self.tr("Deliverable in place") if done else self.tr("Deliverable no longer in place")
            return what, e.field
        if k in ("task_added", "deliverable_added"):
            return (self.tr("Task added") if k == "task_added" else self.tr("Deliverable added")), e.after
        if k in ("task_removed", "deliverable_removed"):
            return (self.tr("Task removed") if k == "task_removed" else self.tr("Deliverable removed")), e.before
        if k in ("task_edited", "deliverable_edited"):
            if e.field == "link":
                return self.tr("Deliverable link changed"), self._arrow(e.before, e.after)
            return (self.tr("Task renamed") if k == "task_edited" else self.tr("Deliverable renamed"),
                    self._arrow(e.before, e.after))
        if k in ("next_step_done", "task_due", "deliverable_due"):
            return self._step(e)
        if k == "note":
            stage = self._stages.get(int(e.field), e.field) if e.field.isdigit() else e.field
            return self.tr("Stage note edited: {stage}").format(stage=stage), self._arrow(e.before, e.after)
        if k == "milestone":
            what = (self.tr("Milestone went against us: {stage}") if e.before == "against"
                    else self.tr("Milestone confirmed: {stage}")).format(stage=e.field)
            return what, formats.iso_date(e.after, current_language()) or e.after
        if k == "stage":
            return self.tr("Moved to the next stage"), self._arrow(e.before, e.after)
        if k == "status":
            return self.tr("Status changed"), self._arrow(status_label(e.before), status_label(e.after))
        if k == "abandoned":
            return self.tr("Deal abandoned"), self._arrow(status_label(e.before), status_label(e.after))
        if k == "correction":
            stage = self._milestones.get(int(e.field), "") if e.field.isdigit() else ""
            what = (self.tr("Correction note added: {stage}").format(stage=stage) if stage
                    else self.tr("Correction note added"))
            return what, e.after
        if k == "follow_up":
            return self.tr("Follow-up deal created"), self.tr("deal #{id}").format(id=e.after)
        if k == "archived":
            return self.tr("Archived"), ""
        if k == "unarchived":
            return self.tr("Taken out of the archive"), ""
        if k == "deleted":
            return self.tr("Deal deleted"), e.before
        if k.startswith("person_") or k == "milestone_people":
            return self._buying_group(e)
        return k, self._arrow(e.before, e.after)

    def _person(self, field: str, fallback: str = "") -> str:
        if field.isdigit():
            return self._people.get(int(field), fallback or self.tr("contact #{id}").format(id=field))
        return fallback or field

    def _buying_group(self, e: Event) -> tuple[str, str]:
        """The buying group's events: a person added, removed or seen anew; who confirmed a milestone."""
        k = e.kind
        if k == "person_added":
            return self.tr("Added to the buying group"), self._person(e.field, e.after)
        if k == "person_removed":
            return self.tr("Taken out of the buying group"), self._person(e.field, e.before)
        name = self._person(e.field)
        if k == "person_role":
            roles = {str(r): label for r, label in role_labels().items()}
            return (self.tr("Buying role of {name}").format(name=name),
                    self._arrow(roles.get(e.before, e.before), roles.get(e.after, e.after)))
        if k == "person_attitude":
            attitudes = {str(a): label for a, label in attitude_labels().items()}
            return (self.tr("Attitude of {name}").format(name=name),
                    self._arrow(attitudes.get(e.before, e.before), attitudes.get(e.after, e.after)))
        if k == "person_influence":
            levels = {str(i): label for i, label in influence_labels().items()}
            return (self.tr("Influence of {name}").format(name=name),
                    self._arrow(levels.get(e.before, e.before), levels.get(e.after, e.after)))
        if k == "person_wants":
            return self.tr("What {name} wants").format(name=name), self._arrow(e.before, e.after)
        if k == "milestone_people":
            stage = self._milestones.get(int(e.field), "") if e.field.isdigit() else ""
            ids = [int(x) for x in e.after.strip("[]").split(",") if x.strip().isdigit()]
            names = self.tr(", ").join(self._person(str(i)) for i in ids)
            what = (self.tr("Confirmed or decided by: {stage}").format(stage=stage) if stage
                    else self.tr("Confirmed or decided by"))
            return what, names
        return k, self._arrow(e.before, e.after)

    def _step(self, e: Event) -> tuple[str, str]:
        """A next step ticked or brought back, a task's or deliverable's due date set or cleared."""
        when = formats.iso_date(e.before if e.kind == "next_step_done" else e.after, current_language())
        if e.kind == "next_step_done":
            what = self.tr("Next step done") if e.after == "True" else self.tr("Next step brought back")
            return what, self.tr("{step} (by {date})").format(step=e.field, date=when) if when else e.field
        what = self.tr("Task due date") if e.kind == "task_due" else self.tr("Deliverable due date")
        return what, self.tr("{item}: {date}").format(item=e.field, date=when or self.tr("no date"))

    def _value(self, field: str, text: str) -> str:
        if field == "close_category" and not text:
            return self.tr("(no category)")
        if not text:
            return self.tr("(empty)")
        if field in ("expected_close", "next_target", "next_step_due"):
            return formats.iso_date(text, current_language()) or text
        if field == "value":
            try:
                return formats.number(float(text), current_language())
            except ValueError:
                return text
        if field == "account_id" and text.isdigit():
            return self._accounts.get(int(text), text)
        if field == "close_category" and text.isdigit():
            # a category deleted since (only one no deal ever carried can be) keeps its number
            return category_names(self._categories).get(int(text), self.tr("category #{id}").format(id=text))
        return text

    def _arrow(self, before: str, after: str) -> str:
        before, after = _clip(before), _clip(after)
        if before and after:
            return f"{before} → {after}"
        return after or (self.tr("{text} (removed)").format(text=before) if before else "")


def _clip(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class EventLogView(QTableView):
    """A compact, read-only table; long changes show in full as tooltips."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        self.setShowGrid(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(60)  # the stretched change column never grows past the view for it
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.setMinimumHeight(160)

    def setModel(self, model) -> None:
        super().setModel(model)
        model.modelReset.connect(self._fit_columns)
        self._fit_columns()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            model = self.model()
            if isinstance(model, EventLogModel):
                model.retranslate()
                self._fit_columns()
        super().changeEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        # the viewport narrows when a scroll bar appears, not only when the view resizes
        if event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().viewportEvent(event)

    def _fit_columns(self) -> None:
        # sized by content, capped so the change column keeps room for at least its title
        # in a side panel (its cells elide; their tooltips hold the whole change)
        header = self.horizontalHeader()
        self.resizeColumnToContents(EventLogModel.WHEN)
        self.resizeColumnToContents(EventLogModel.WHAT)
        room = self.viewport().width() - self.columnWidth(EventLogModel.WHEN) \
            - header.sectionSizeHint(EventLogModel.CHANGE)
        self.setColumnWidth(EventLogModel.WHAT, max(60, min(self.columnWidth(EventLogModel.WHAT), 150, room)))
