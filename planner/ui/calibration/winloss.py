"""Win/loss at a glance: how closed deals ended, by reason category, by the stage where they
were lost or abandoned, and by process (``planner.reports.win_loss``; the definitions are
``planner.domain.winloss``'s and README's).

A self-contained widget: ``refresh(planner)`` reads the analysis again, ``set_process`` narrows
it to one process (or all). The Track Record view shows it as a tab; another view can embed it
the same way, with or without its own process box (``show_filter``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain import formats
from planner.domain.errors import PlannerError
from planner.domain.winloss import Tally, WinLoss
from planner.i18n import current_language, error_text
from planner.services import Planner, ProcessSummary
from planner.ui.kit import plain, theme
from planner.ui.kit.reasons import category_label
from planner.ui.kit.widgets import InlineError, muted

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
SHARE_ROLE = Qt.ItemDataRole.UserRole + 1  # a share (0-1) drawn as a bar behind the cell's text


class ShareBar(QStyledItemDelegate):
    """A cell with a share under its figure, as a bar from the left: shares compare at a glance."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        share = index.data(SHARE_ROLE)
        if isinstance(share, float) and share > 0:
            rect = option.rect.adjusted(2, 4, -2, -4)
            rect.setWidth(max(1, round(rect.width() * min(share, 1.0))))
            painter.save()
            painter.setPen(Qt.PenStyle.NoPen)
            colour = theme.accent(option.palette)
            colour.setAlphaF(0.28)
            painter.setBrush(colour)
            painter.drawRoundedRect(rect, 2, 2)
            painter.restore()
        super().paint(painter, option, index)


class _Table(QTableWidget):
    """A read-only table as tall as its rows: the page scrolls, not each table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setDefaultAlignment(RIGHT)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.setStyleSheet("QTableView::item { padding: 0px 6px; }")  # amounts apart from their neighbours
        self._bars = ShareBar(self)

    def set_rows(self, headers: list[str], rows: list[list[str]], stretch: int = 0,
                 shares: dict[int, list[float]] | None = None) -> None:
        """``shares``: by column, a share per row drawn as a bar (see ``ShareBar``)."""
        self.clear()
        self.setColumnCount(len(headers))
        self.setRowCount(len(rows))
        self.setHorizontalHeaderLabels(headers)
        left = self.horizontalHeaderItem(0)
        if left is not None:
            left.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c > stretch:
                    item.setTextAlignment(RIGHT)
                if shares and c in shares:
                    item.setData(SHARE_ROLE, shares[c][r])
                self.setItem(r, c, item)
        for c in range(len(headers)):
            self.setItemDelegateForColumn(c, self._bars if shares and c in shares else None)  # type: ignore[arg-type]  # None resets it
        self.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        for c in shares or {}:  # room for the bar to say something
            self.horizontalHeader().setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
            self.resizeColumnToContents(c)
            self.setColumnWidth(c, max(self.columnWidth(c), self.fontMetrics().horizontalAdvance("0") * 11))
        height = self.horizontalHeader().height() + sum(self.rowHeight(r) for r in range(len(rows)))
        self.setFixedHeight(height + 2 * self.frameWidth() + 2)

    def texts(self, c: int) -> list[str]:
        """The cells of column ``c``, top to bottom."""
        return [self.item(r, c).text() for r in range(self.rowCount())]  # type: ignore[union-attr]  # every cell is set


class WinLossWidget(QWidget):
    """The three win/loss tables of one process or of all, with a line summing them up."""

    def __init__(self, parent: QWidget | None = None, show_filter: bool = True) -> None:
        super().__init__(parent)
        self.planner: Planner | None = None
        self.result: WinLoss | None = None
        self._summaries: list[ProcessSummary] = []
        self._process_id: int | None = None

        self.process_label = QLabel(self)
        self.processes = QComboBox(self)
        self.processes.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.process_label.setBuddy(self.processes)
        self.processes.activated.connect(lambda _i: self.set_process(self.processes.currentData()))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.process_label, self.processes)
        self.filter = QWidget(self)
        self.filter.setLayout(form)
        form.setContentsMargins(0, 0, 0, 0)
        self.filter.setVisible(show_filter)

        self.summary = plain.label(QLabel(self))
        self.summary.setWordWrap(True)
        self.error = InlineError(self)
        self.empty = muted(plain.label(QLabel(self)))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        body = QWidget()
        self.titles: dict[QTableWidget, QLabel] = {}
        self.by_category, self.by_stage, self.by_process = _Table(body), _Table(body), _Table(body)
        # categories and processes side by side (both short), the stages below them (the longest)
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        for table, row, column in ((self.by_category, 0, 0), (self.by_process, 0, 1), (self.by_stage, 2, 0)):
            title = QLabel(body)
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            self.titles[table] = title
            grid.addWidget(title, row, column, 1, 2 if row else 1)
            grid.addWidget(table, row + 1, column, 1, 2 if row else 1, Qt.AlignmentFlag.AlignTop)
        grid.setRowMinimumHeight(2, title.sizeHint().height() + 12)
        self.note = muted(plain.label(QLabel(body)))
        self.note.setWordWrap(True)
        grid.addWidget(self.note, 4, 0, 1, 2)
        grid.setRowStretch(5, 1)
        grid.setColumnStretch(0, 4)  # the processes' names are the longer ones
        grid.setColumnStretch(1, 5)
        self.pane = QScrollArea(self)
        self.pane.setWidgetResizable(True)
        self.pane.setFrameShape(QFrame.Shape.NoFrame)
        self.pane.setWidget(body)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.pane, 1)
        self._retranslate()
        self._show()

    # ------------------------------------------------------------------ reading
    def refresh(self, planner: Planner) -> None:
        """Read the analysis again from ``planner`` (and its processes, for the box)."""
        self.planner = planner
        self._summaries = sorted(planner.processes.summaries(), key=lambda s: s.archived)
        if self._process_id not in {s.id for s in self._summaries}:
            self._process_id = None
        self._fill_processes()
        try:
            self.result = planner.reports.win_loss(self._process_id)
            self.error.show_message("")
        except PlannerError as e:  # a row no screen can show: said, not miscounted
            self.result = None
            self.error.show_message(error_text(e))
        self._show()

    def set_process(self, process_id: int | None) -> None:
        """Narrow the analysis to one process (None: every process) and read it again."""
        self._process_id = int(process_id) if process_id is not None else None
        if self.planner is not None:
            self.refresh(self.planner)

    def process_id(self) -> int | None:
        return self._process_id

    def _fill_processes(self) -> None:
        """The box from the processes last read (a language change re-words it, reading nothing)."""
        self.processes.blockSignals(True)
        self.processes.clear()
        self.processes.addItem(self.tr("All processes"), None)
        for s in self._summaries:
            self.processes.addItem(s.name if not s.archived else self.tr("{name} (archived)").format(name=s.name), s.id)
        self.processes.setCurrentIndex(max(0, self.processes.findData(self._process_id))
                                       if self._process_id is not None else 0)
        self.processes.blockSignals(False)

    # ------------------------------------------------------------------ showing
    def _money(self, t: Tally) -> str:
        assert self.result is not None
        language = current_language()
        text = formats.money(t.value, self.result.home, language)
        if t.unconverted:
            text += " " + self.tr("+ {amounts} without a rate").format(
                amounts=formats.money_list(t.unconverted, language))
        return text

    def _show(self) -> None:
        w = self.result
        has = w is not None and not w.empty
        self.pane.setVisible(has)
        self.empty.setVisible(not has and w is not None)
        self.summary.setVisible(has)
        if w is None or w.empty:
            return
        language = current_language()

        def n(value: int) -> str:
            return formats.number(value, language)

        def share(part: int, whole: int) -> str:
            return formats.percent(100 * part / whole, language) if whole else "—"

        total = w.total
        self.summary.setText(self.tr(
            "%Ln closed deals: {won} won, {lost} lost, {abandoned} abandoned ({share} won). "
            "Values in {home}.", "", total.closed).format(won=n(total.won.deals), lost=n(total.lost.deals),
                                                          abandoned=n(total.abandoned.deals),
                                                          share=share(total.won.deals, total.closed), home=w.home))
        ended = sum(c.outcomes.not_won.deals for c in w.by_category)
        lost, abandoned, of_ended = self.tr("Lost"), self.tr("Abandoned"), self.tr("Share")
        self.by_category.set_rows(
            [self.tr("Category"), lost, abandoned, of_ended, self.tr("Value")],
            [[category_label(c.category) + (" " + self.tr("(retired)") if c.category and c.category.archived else ""),
              n(c.outcomes.lost.deals), n(c.outcomes.abandoned.deals), share(c.outcomes.not_won.deals, ended),
              self._money(c.outcomes.not_won)] for c in w.by_category],
            shares={3: [c.outcomes.not_won.deals / ended for c in w.by_category]})
        self.by_stage.set_rows(
            [self.tr("Stage"), lost, abandoned, of_ended, self.tr("Value")],
            [[s.stage_name if len(w.by_process) == 1 else self.tr("{process} · {stage}").format(
                process=s.process_name, stage=s.stage_name),
              n(s.outcomes.lost.deals), n(s.outcomes.abandoned.deals), share(s.outcomes.not_won.deals, ended),
              self._money(s.outcomes.not_won)] for s in w.by_stage],
            shares={3: [s.outcomes.not_won.deals / ended for s in w.by_stage]})
        self.by_process.set_rows(
            [self.tr("Process"), self.tr("Won"), lost, abandoned, self.tr("Won share"), self.tr("Won value")],
            [[p.name + (" " + self.tr("(archived)") if p.archived else ""), n(p.outcomes.won.deals),
              n(p.outcomes.lost.deals), n(p.outcomes.abandoned.deals), share(p.outcomes.won.deals, p.outcomes.closed),
              self._money(p.outcomes.won)] for p in w.by_process],
            shares={4: [p.outcomes.won_share or 0.0 for p in w.by_process]})

    # ------------------------------------------------------------------ language
    def _retranslate(self) -> None:
        self.process_label.setText(self.tr("&Process:"))
        for table, text in ((self.by_category, self.tr("By reason category (lost and abandoned deals)")),
                            (self.by_stage, self.tr("By the stage where deals were lost or abandoned")),
                            (self.by_process, self.tr("By process"))):
            self.titles[table].setText(text)
        self.by_category.setAccessibleName(self.tr("Lost and abandoned deals by reason category"))
        self.by_stage.setAccessibleName(self.tr("Lost and abandoned deals by stage"))
        self.by_process.setAccessibleName(self.tr("Closed deals by process"))
        self.empty.setText(self.tr(
            "No deal has been won, lost or abandoned yet.\n\nAs deals close, this shows why they end: by the "
            "reason category you file them under, by the stage where they were lost or given up, and by process."))
        self.note.setText(self.tr(
            "Every closed deal counts, archived ones too. Share: the part of all lost and abandoned deals. "
            "A deal closed without a category is uncategorised; you can file it from its panel. Amounts in a "
            "currency without an exchange rate are shown apart, never added in."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # drawn again from what it holds
            self._retranslate()
            self._fill_processes()
            self._show()
        super().changeEvent(event)
