"""Small widgets the workspace and its dialogs share: dates that may be empty,
notes saved while typing, collapsible sections, lists that fit their rows."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from datetime import date
from itertools import count

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QFocusEvent,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.rules import MAX_TEXT
from planner.ui.kit import formats as qt_dates
from planner.ui.kit import plain, theme
from planner.ui.kit.glyphs import negative

NO_DATE = QDate(1900, 1, 1)  # the date edit's minimum, shown as "No date"
_sessions = count(1)  # typing sessions: the saves of one session undo as one step


class _DateEdit(QDateEdit):
    """A date edit whose minimum means "no date"; stepping or the calendar start at today."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setMaximumDate(QDate(9999, 12, 31))
        self.setDate(NO_DATE)
        self.calendarWidget().installEventFilter(self)
        self._moved_on = False  # the last digit typed filled its part and moved to the next

    def keyPressEvent(self, event: QKeyEvent) -> None:
        typed = event.text()
        # "No date" is not a date to type into: the first digit starts from today's date,
        # its first part selected, so that typing a whole date replaces it part by part
        if self.date() == NO_DATE and typed.isdigit() and not self.isReadOnly():
            self.setDate(QDate.currentDate())
            self.setCurrentSectionIndex(0)
            self.setSelectedSection(self.sectionAt(0))
        # Qt moves on by itself once a part cannot take another digit ("12", "2027"): the
        # separator typed next must not skip the part after it ("12/5/2027" stays that date)
        if self._moved_on and typed and not typed.isdigit() and not typed.isspace() and typed.isprintable():
            self._moved_on = False
            event.accept()
            return
        before = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._moved_on = typed.isdigit() and self.currentSectionIndex() != before

    def stepBy(self, steps: int) -> None:
        if self.date() == NO_DATE:
            self.setDate(QDate.currentDate())
        else:
            super().stepBy(steps)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # an empty date opens the calendar on today, not on the sentinel year 1900
        if event.type() == QEvent.Type.Show and self.date() == NO_DATE:
            calendar = self.calendarWidget()
            calendar.blockSignals(True)
            calendar.setSelectedDate(QDate.currentDate())
            calendar.blockSignals(False)
        return False


class DateField(QWidget):
    """A date or none, with an explicit "no date" button; ``committed`` when the user changes it."""

    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = _DateEdit(self)
        self.edit.setSpecialValueText(self.tr("No date"))
        self.edit.setDisplayFormat(qt_dates.date_display_format())
        self.edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.clear_button = QToolButton(self)
        self.clear_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton))
        self.clear_button.setToolTip(self.tr("No date"))
        self.clear_button.setAccessibleName(self.tr("Clear the date"))
        self.clear_button.setAutoRaise(True)
        # a word under the field while its date has passed (see warn_if_past), never a box
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.hide()
        self._past_words: Callable[[], str] | None = None
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.note)
        self.setFocusProxy(self.edit)
        self._last: date | None = None
        self._shown = NO_DATE
        self.edit.editingFinished.connect(self._finish)
        self.edit.calendarWidget().clicked.connect(lambda _d: QTimer.singleShot(0, self._finish))
        self.edit.calendarWidget().activated.connect(lambda _d: QTimer.singleShot(0, self._finish))
        self.clear_button.clicked.connect(self._clear)
        self.edit.dateChanged.connect(self._update_clear)
        self._update_clear()

    def warn_if_past(self, words: Callable[[], str]) -> None:
        """Say ``words()`` under the field while its date is before today (an expected close
        that has passed may be a typing slip, or a deal to look at): in place, not modal."""
        self._past_words = words
        self._update_note()

    def _update_note(self) -> None:
        value = self.date()
        past = (self._past_words is not None and value is not None and value < date.today()
                and not self.edit.isReadOnly())
        if past:
            assert self._past_words is not None
            self.note.setText(self._past_words())
            palette = self.note.palette()
            palette.setColor(QPalette.ColorRole.WindowText, theme.warning(self.palette()))
            self.note.setPalette(palette)
        self.note.setVisible(past)

    def changeEvent(self, event: QEvent) -> None:
        # the empty date's words and the date's pattern are the language's
        if event.type() == QEvent.Type.LanguageChange:
            self.edit.setSpecialValueText(self.tr("No date"))
            self.edit.setDisplayFormat(qt_dates.date_display_format())
            self.clear_button.setToolTip(self.tr("No date"))
            self.clear_button.setAccessibleName(self.tr("Clear the date"))
            # the calendar keeps the locale it was made with (month and day names): give it the new one
            self.edit.setLocale(QLocale())
            calendar = self.edit.calendarWidget()  # none while read-only (no popup)
            if calendar is not None:
                calendar.setLocale(QLocale())
            self._update_note()
        super().changeEvent(event)

    def date(self) -> date | None:
        """The date the field stands for: the one it was given while the user has not changed
        it (a date before 1900 shows as "No date", yet stays what it is), else the one shown."""
        d = self.edit.date()
        if d == self._shown:
            return self._last
        return None if d == NO_DATE else qt_dates.pydate(d)

    def set_date(self, value: datetime.date | None) -> None:  # plain "date" is the method above here
        self._last = value
        self.edit.blockSignals(True)
        self.edit.setDate(qt_dates.qdate(value) if value else NO_DATE)
        self.edit.blockSignals(False)
        # as the field shows it: a date before 1900 shows as "No date", the field's least
        self._shown = self.edit.date()
        self._update_clear()

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.edit.setButtonSymbols(QDateEdit.ButtonSymbols.NoButtons if read_only
                                   else QDateEdit.ButtonSymbols.UpDownArrows)
        self.edit.setCalendarPopup(not read_only)
        self.clear_button.setVisible(not read_only)
        self._update_note()

    def _clear(self) -> None:
        self.edit.setDate(NO_DATE)
        self._finish()

    def _update_clear(self) -> None:
        self.clear_button.setEnabled(self.edit.date() != NO_DATE)
        self._update_note()

    def _finish(self) -> None:
        if self.edit.date() == self._shown:
            return  # passed through unchanged: the date given to set_date stands, whatever it is
        value = self.date()  # what is shown now, as it differs
        self._shown = self.edit.date()
        if value != self._last:
            self._last = value
            self.committed.emit()


class NoteEdit(QPlainTextEdit):
    """Free text saved when focus leaves and after a pause in typing.

    ``committed(text, session)``: the saves of one focus session share ``session``
    so that their undo commands merge into one step.
    """

    committed = Signal(str, int)
    IDLE_MS = 1200

    def __init__(self, parent: QWidget | None = None, min_lines: int = 3, max_lines: int = 14) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._min_lines, self._max_lines = min_lines, max_lines
        self._saved = ""  # the text as the file has it
        self._shown = ""  # the same as this editor holds it
        self._partial = False  # longer than the app keeps (another program's): shown in part, read-only
        self._read_only = False  # as the panel wants it (a closed deal's text is read-only)
        self._session = next(_sessions)
        self._timer = QTimer(self, singleShot=True, interval=self.IDLE_MS)
        self._timer.timeout.connect(self.commit)
        self.textChanged.connect(self._typed)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(lambda _s: self.updateGeometry())

    @property
    def dirty(self) -> bool:
        return self.toPlainText() != self._shown

    def set_text(self, text: str) -> None:
        """Show the file's text unless the user is typing something not yet saved."""
        if self.dirty and self.hasFocus():
            return
        if text != self._saved or self.toPlainText() != self._shown:
            self._saved = text
            # a text another program made longer than the app keeps: laying out 17 million
            # characters froze the window for 4 s, and saving the part shown would lose the rest
            self._partial = len(text) > MAX_TEXT
            self.blockSignals(True)
            self.setPlainText(text[:MAX_TEXT] if self._partial else text)
            self.blockSignals(False)
            super().setReadOnly(self._read_only or self._partial)
            self.setToolTip(plain.html(QCoreApplication.translate(
                "NoteEdit", "This text is {n} characters long, more than Deal Planner keeps ({limit}): another "
                "program wrote it. Its first {limit} are shown, and it cannot be changed here; nothing of it is "
                "lost.").format(n=QLocale().toString(len(text)), limit=QLocale().toString(MAX_TEXT)))
                if self._partial else "")
            # as the editor holds it: its line breaks are "\n" whatever the file's ("\r\n" from
            # a spreadsheet), which is no edit of the user's
            self._shown = self.toPlainText()
            self.updateGeometry()

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 - Qt's name
        self._read_only = read_only
        super().setReadOnly(read_only or self._partial)

    def commit(self) -> None:
        self._timer.stop()
        if self.dirty and not self.isReadOnly() and not self._partial:
            self._saved = self._shown = self.toPlainText()
            self.committed.emit(self._saved, self._session)

    def revert(self) -> None:
        """Back to the last saved text (a save the file refused)."""
        self.blockSignals(True)
        self.setPlainText(self._saved)
        self.blockSignals(False)
        self._shown = self.toPlainText()

    def _typed(self) -> None:
        if not self.isReadOnly():
            self._timer.start()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._session = next(_sessions)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.commit()
        super().focusOutEvent(event)

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().lineSpacing()
        lines = self.document().size().height()  # in lines for a plain text layout
        lines = max(self._min_lines, min(self._max_lines, int(lines)))
        margins = self.contentsMargins()
        height = int(lines * line + 2 * self.document().documentMargin() + margins.top()
                     + margins.bottom() + 2)
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(80, self.sizeHint().height())


class FitListView(QListView):
    """A list as tall as its rows: the panel scrolls, not each little list."""

    def __init__(self, parent: QWidget | None = None, min_rows: int = 1) -> None:
        super().__init__(parent)
        self._min_rows = min_rows
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)

    def setModel(self, model) -> None:
        super().setModel(model)
        for sig in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged,
                    model.dataChanged):
            sig.connect(self._refit)
        self._refit()

    def _refit(self, *_args: object) -> None:
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        if rows:
            # the laid-out rows, wrapped at the current width (row size hints ignore wrapping)
            self.executeDelayedItemsLayout()
            offset = self.verticalOffset()
            bottom = max(self.visualRect(model.index(r, 0)).bottom() for r in range(rows))
            height = max(bottom + offset + 1, sum(self.sizeHintForRow(r) for r in range(rows)))
        else:
            height = 0
        if rows < self._min_rows:
            height += (self._min_rows - rows) * (self.fontMetrics().height() + 8)
        height += 2 * self.frameWidth() + self.spacing() * rows + 2
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(80, self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            QTimer.singleShot(0, self.updateGeometry)  # wrapped rows change height with width


class SectionHeader(QFrame):
    """A clickable header row: arrow, state icon, title, a muted note on the right."""

    clicked = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.arrow = QToolButton(self)
        self.arrow.setAutoRaise(True)
        self.arrow.setArrowType(Qt.ArrowType.RightArrow)
        self.arrow.setAccessibleName(title)
        self.icon = QLabel(self)
        self.icon.setFixedSize(18, 18)
        self.icon.hide()
        self.title = plain.label(QLabel(title, self))
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.note = QLabel(self)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.note.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 4, 2)
        layout.setSpacing(4)
        layout.addWidget(self.arrow)
        layout.addWidget(self.icon)
        layout.addWidget(self.title, 1)
        layout.addWidget(self.note)
        self.arrow.clicked.connect(self.clicked)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_icon(self, icon: QIcon | None) -> None:
        if icon is None:
            self.icon.hide()
        else:
            self.icon.setPixmap(icon.pixmap(QSize(16, 16), self.devicePixelRatioF()))
            self.icon.show()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class Section(QWidget):
    """A header that folds its body away; the body is any widget."""

    toggled = Signal(bool)

    def __init__(self, title: str, body: QWidget | None = None, parent: QWidget | None = None,
                 expanded: bool = True, indent: int = 22) -> None:
        super().__init__(parent)
        self.header = SectionHeader(title, self)
        self.body = body or QWidget(self)
        self.body.setParent(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.header)
        wrap = QHBoxLayout()
        wrap.setContentsMargins(indent, 0, 0, 6)
        wrap.addWidget(self.body)
        layout.addLayout(wrap)
        self.header.clicked.connect(lambda: self.set_expanded(not self.expanded))
        self._expanded = not expanded
        self.set_expanded(expanded)

    @property
    def expanded(self) -> bool:
        return self._expanded

    def set_expanded(self, expanded: bool) -> None:
        if expanded == self._expanded:
            return
        self._expanded = expanded
        self.body.setVisible(expanded)
        self.header.arrow.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.header.arrow.setAccessibleDescription(
            self.tr("Expanded") if expanded else self.tr("Collapsed"))
        self.toggled.emit(expanded)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.header.arrow.setAccessibleDescription(
                self.tr("Expanded") if self._expanded else self.tr("Collapsed"))
        super().changeEvent(event)

    def set_title(self, title: str) -> None:
        self.header.title.setText(title)
        self.header.arrow.setAccessibleName(title)


class InlineError(QLabel):
    """A validation or refusal message under a form, readable in light and dark palettes;
    ``warning=True``: a word of caution (in the warning colour) rather than a refusal."""

    def __init__(self, parent: QWidget | None = None, warning: bool = False) -> None:
        super().__init__(parent)
        self.warning = warning
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()
        self._recolor()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._recolor()
        super().changeEvent(event)

    def _recolor(self) -> None:
        palette = self.palette()
        color = theme.warning(palette) if self.warning else negative(palette)
        if palette.color(QPalette.ColorRole.WindowText) != color:
            palette.setColor(QPalette.ColorRole.WindowText, color)
            self.setPalette(palette)


def muted(label: QLabel) -> QLabel:
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def read_only_look(widget: QWidget, read_only: bool) -> None:
    """Read-only editors drawn on the window colour: they read as text, not as fields to fill."""
    if read_only:
        palette = QPalette(widget.palette())
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
        widget.setPalette(palette)
    else:
        widget.setPalette(QPalette())  # inherit the window's palette again


def on_delete_key(view: QWidget, slot: Callable[[], object]) -> None:
    """The platform's Delete key removes the selected row while the list has focus."""
    remove = QAction(view)
    remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
    remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    remove.triggered.connect(slot)
    view.addAction(remove)
