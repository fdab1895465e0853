"""Tools › Forecast: a window of its own beside the board, showing the open pipeline by
expected-close period, by stage and by process, weighted by the rates you set and by the
ones you observed, and as charts.

A window rather than a page of the main window: it only reads, so it can stay open next to
the board (or on another screen) and follow every edit as it happens, through the
session's ``changed`` signal, while the board keeps its selection and the deal panel.

The figures are ``planner.reports.pipeline()``'s, read again when a deal, a process or an
exchange rate changes (only while the window is shown; a hidden one reads when it shows).
The Charts tab imports QtCharts the first time it is shown (``ChartsTab``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.domain.forecast import Forecast, Granularity
from planner.i18n import error_text
from planner.services import Changes, Planner
from planner.services.changes import Part
from planner.ui.forecast import texts
from planner.ui.forecast.models import PeriodModel, StageModel
from planner.ui.kit import icons, plain, theme
from planner.ui.kit.widgets import muted
from planner.ui.session import Session

if TYPE_CHECKING:
    from planner.ui.forecast.charts import ChartsPanel

COLUMN_ROOM = 20  # pixels between one column's figures and the next one's
UNREAD = frozenset({Part.WORK, Part.NOTES})  # parts of a deal the forecast does not read


class EmptyOr(QStackedWidget):
    """A tab's content, or a sentence saying why there is nothing to show yet."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.empty = plain.label(QLabel(self))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(24)
        self.addWidget(content)
        self.addWidget(self.empty)

    def show_content(self, empty_text: str = "") -> None:
        self.empty.setText(empty_text)
        self.setCurrentWidget(self.empty if empty_text else self.content)
        self.setFocusProxy(self.empty if empty_text else self.content)

    @property
    def showing_empty(self) -> bool:
        return self.currentWidget() is self.empty


class ChartsTab(EmptyOr):
    """The Charts tab: QtCharts is imported, and the charts built, when it is first shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.holder = QWidget()
        QVBoxLayout(self.holder).setContentsMargins(0, 0, 0, 0)
        super().__init__(self.holder, parent)
        self.panel: ChartsPanel | None = None
        self.forecast: Forecast | None = None
        self._stale = False

    def set_forecast(self, forecast: Forecast | None, empty_text: str) -> None:
        self.forecast = forecast
        self.show_content(empty_text)
        if self.panel is not None and not empty_text:
            self.setFocusProxy(self.panel.measure)  # Tab into the charts lands on what they show
        self._stale = True
        if self.isVisible():
            self._draw()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._draw()

    def _draw(self) -> None:
        if self.showing_empty:
            return  # nothing to draw: QtCharts stays unloaded
        if self.panel is None:
            from planner.ui.forecast.charts import ChartsPanel  # the first time charts are shown

            self.panel = ChartsPanel(self.holder)
            layout = self.holder.layout()
            assert layout is not None
            layout.addWidget(self.panel)
            self.setFocusProxy(self.panel.measure)
        self._stale = False
        self.panel.set_forecast(self.forecast)


class ForecastView(QDialog):
    """The forecast of the session's file; one per main window, shown and hidden again."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forecastView")
        # a window of its own beside the board: it may be maximised or minimised, and never blocks
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setWindowFlag(Qt.WindowType.WindowMinimizeButtonHint, True)
        self.setModal(False)
        self.session = session
        self.forecast: Forecast | None = None
        self._stale = True
        self._refresh_soon = QTimer(self)  # several changes in a row read the file once
        self._refresh_soon.setSingleShot(True)
        self._refresh_soon.setInterval(0)
        self._refresh_soon.timeout.connect(self.refresh)

        # what to show: months or quarters, which process; the currency it is in
        self.by_month = QRadioButton(self)
        self.by_quarter = QRadioButton(self)
        self.by_month.setChecked(True)
        self.granularity = QButtonGroup(self)
        self.granularity.addButton(self.by_month)
        self.granularity.addButton(self.by_quarter)
        self.process_label = QLabel(self)
        self.processes = QComboBox(self)
        self.processes.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.processes.setMinimumContentsLength(16)
        self.process_label.setBuddy(self.processes)
        self.home = muted(plain.label(QLabel(self)))
        controls = QHBoxLayout()
        controls.addWidget(self.by_month)
        controls.addWidget(self.by_quarter)
        controls.addSpacing(16)
        controls.addWidget(self.process_label)
        controls.addWidget(self.processes)
        controls.addStretch(1)
        controls.addWidget(self.home)

        # the tabs; a "Win/loss" tab joins them once its figures exist
        self.period_model = PeriodModel(self)
        self.period_table = QTableView(self)
        self.period_table.setModel(self.period_model)
        _set_up(self.period_table)
        self.stage_model = StageModel(self)
        self.stage_tree = QTreeView(self)
        self.stage_tree.setModel(self.stage_model)
        _set_up(self.stage_tree)
        self.stage_tree.setRootIsDecorated(True)
        self.stage_tree.setItemsExpandable(True)
        self.period_page = EmptyOr(self.period_table, self)
        self.stage_page = EmptyOr(self.stage_tree, self)
        self.charts_page = ChartsTab(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.period_page, "")
        self.tabs.addTab(self.stage_page, "")
        self.tabs.addTab(self.charts_page, "")
        # pages another feature adds (the window's composer, e.g. win/loss): read with the forecast
        self._pages: list[tuple[QWidget, Callable[[], str], Callable[[Planner, int | None], None]]] = []

        # what the figures leave out or how they were weighted
        self.observed = muted(plain.label(QLabel(self)))
        self.observed.setWordWrap(True)
        self.unconverted = plain.label(QLabel(self))
        self.unconverted.setWordWrap(True)
        self.unconverted.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.export_button = QPushButton(self)
        self.export_button.setIcon(icons.icon("print"))
        self.export_button.clicked.connect(self.export_pdf)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        self.export_button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.observed)
        layout.addWidget(self.unconverted)
        layout.addWidget(self.buttons)

        self._fill_processes(None)
        self.by_month.toggled.connect(lambda _on: self.refresh())
        self.processes.currentIndexChanged.connect(lambda _index: self.refresh())
        self.session.changed.connect(self._changed)
        self.session.planner_switched.connect(self._switched)
        self._retranslate()
        self.resize(1100, 680)

    # ------------------------------------------------------------ choices
    @property
    def planner(self) -> Planner:
        return self.session.planner

    def by(self) -> Granularity:
        return "quarter" if self.by_quarter.isChecked() else "month"

    def set_by(self, by: Granularity) -> None:
        (self.by_quarter if by == "quarter" else self.by_month).setChecked(True)

    def process_id(self) -> int | None:
        value = self.processes.currentData()
        return int(value) if value is not None else None

    def set_process(self, process_id: int | None) -> None:
        self.processes.setCurrentIndex(max(0, self.processes.findData(process_id)) if process_id is not None else 0)

    def _fill_processes(self, wanted: int | None) -> None:
        """Every process that is not archived, after "All processes"."""
        summaries = [s for s in self.planner.processes.summaries() if not s.archived]
        self.processes.blockSignals(True)
        self.processes.clear()
        self.processes.addItem(self.tr("All processes"), None)
        for s in summaries:
            self.processes.addItem(s.name, s.id)
        found = self.processes.findData(wanted) if wanted is not None else -1
        self.processes.setCurrentIndex(max(found, 0))
        self.processes.setEnabled(bool(summaries))
        self.processes.blockSignals(False)

    # ------------------------------------------------------------ reading
    def refresh(self) -> None:
        """Read the forecast for the choices made (later, if the window is not shown)."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._refresh_soon.stop()
        try:
            forecast = self.planner.reports.pipeline(self.by(), self.process_id())
        except PlannerError as e:  # a file edited around its rules: say so, show nothing false
            self._show(None, self.tr("The forecast cannot be read: {reason}").format(reason=error_text(e)))
            return
        self._show(forecast, self._empty_text(forecast))
        for _page, _title, read in self._pages:
            read(self.planner, self.process_id())

    def add_page(self, page: QWidget, title: Callable[[], str],
                 read: Callable[[Planner, int | None], None]) -> None:
        """A tab of another feature's (this window knows none): ``title`` in the language of the
        moment, ``read`` given the file and the process chosen whenever the forecast is read."""
        self._pages.append((page, title, read))
        self.tabs.addTab(page, title())
        if self.isVisible():
            read(self.planner, self.process_id())

    def _show(self, forecast: Forecast | None, empty_text: str) -> None:
        self.forecast = forecast
        self.period_model.set_forecast(forecast)
        self.stage_model.set_forecast(forecast)
        self.stage_tree.expandAll()
        self.period_page.show_content(empty_text)
        self.stage_page.show_content(empty_text)
        self.charts_page.set_forecast(forecast, empty_text)
        self._fit_columns()
        self._write_notes()

    def _empty_text(self, forecast: Forecast | None) -> str:
        if forecast is not None and not forecast.empty:
            return ""
        if not self.processes.isEnabled():
            return self.tr("There is no process yet.\n\nOnce you tailor a process and add deals to it, the open "
                           "ones show here by the month they are expected to close, by stage and by process.")
        if self.process_id() is not None:
            return self.tr("This process has no open deals.\n\nOpen deals show here by the month they are "
                           "expected to close and by stage; won, lost, abandoned and archived deals do not.")
        return self.tr("There are no open deals to forecast.\n\nOpen deals show here by the month they are "
                       "expected to close, by stage and by process; won, lost, abandoned and archived deals "
                       "do not.")

    def _write_notes(self) -> None:
        forecast = self.forecast
        # nothing to add up, nothing to print: no currency to name either
        self.home.setText(texts.home_label(forecast) if forecast is not None and not forecast.empty else "")
        self.export_button.setEnabled(forecast is not None and not forecast.empty)
        if forecast is None or forecast.empty:
            self.observed.clear()
            self.unconverted.clear()
            self.unconverted.hide()
            return
        total = forecast.total()
        self.observed.setText(texts.observed_note(total))
        note = texts.unconverted_note(forecast, total)
        self.unconverted.setText(note)
        self.unconverted.setVisible(bool(note))
        palette = self.unconverted.palette()
        palette.setColor(self.unconverted.foregroundRole(), theme.warning(self.palette()))
        self.unconverted.setPalette(palette)
        unconverted = bool(total.unconverted)
        self.period_table.setColumnHidden(PeriodModel.WITHOUT_RATE, not unconverted)
        self.stage_tree.setColumnHidden(StageModel.WITHOUT_RATE, not unconverted)

    def _fit_columns(self) -> None:
        """Every column as wide as its figures and heading, with room between them."""
        for view, count in ((self.period_table, PeriodModel.WITHOUT_RATE + 1),
                            (self.stage_tree, StageModel.WITHOUT_RATE + 1)):
            header = view.header() if isinstance(view, QTreeView) else view.horizontalHeader()
            for column in range(count):
                view.resizeColumnToContents(column)
                view.setColumnWidth(column, max(view.columnWidth(column), header.sectionSizeHint(column))
                                    + COLUMN_ROOM)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._fill_processes(self.process_id())  # the names in the language of the moment
            self.refresh()

    def _changed(self, changes: Changes) -> None:
        if changes.processes:  # a process added, renamed or archived: the list follows
            self._fill_processes(self.process_id())
        if changes.processes or changes.settings or any(parts - UNREAD for parts in changes.deals.values()):
            if self.isVisible():
                self._refresh_soon.start()
            else:
                self._stale = True

    def _switched(self, _planner: Planner) -> None:
        """Another file in the window: its processes, its figures."""
        self._fill_processes(None)
        self.refresh()

    # ------------------------------------------------------------ printing
    def export_pdf(self) -> None:
        from planner.ui.forecast.export import ForecastExportDialog

        ForecastExportDialog(self.planner, self.by(), self.process_id(), self.processes.currentText(), self).exec()

    # ------------------------------------------------------------ language
    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Forecast"))
        self.by_month.setText(self.tr("By &month"))
        self.by_quarter.setText(self.tr("By &quarter"))
        self.process_label.setText(self.tr("&Process:"))
        self.tabs.setTabText(0, self.tr("By p&eriod"))
        self.tabs.setTabText(1, self.tr("By s&tage"))
        self.tabs.setTabText(2, self.tr("C&harts"))
        for page, title, _read in getattr(self, "_pages", ()):
            self.tabs.setTabText(self.tabs.indexOf(page), title())
        self.tabs.setTabToolTip(0, self.tr("Open deals by the month or quarter they are expected to close"))
        self.tabs.setTabToolTip(1, self.tr("Open deals by process and stage, in the order of the board"))
        self.tabs.setTabToolTip(2, self.tr("The same figures as bars by period and as a funnel of stages"))
        self.export_button.setText(self.tr("P&rint / Export PDF…"))
        self.export_button.setToolTip(self.tr("Write this forecast as a PDF to print or share"))
        self.period_table.setAccessibleName(self.tr("Forecast by period"))
        self.stage_tree.setAccessibleName(self.tr("Forecast by process and stage"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "stage_tree"):
            self._retranslate()
            if not self.isVisible():  # hidden, maybe over a file closed since: re-read when shown
                self._stale = True
                super().changeEvent(event)
                return
            self._fill_processes(self.process_id())
            self.period_model.retranslate()
            self.stage_model.retranslate()
            if self.forecast is not None:
                self._show(self.forecast, self._empty_text(self.forecast))
        super().changeEvent(event)


def _set_up(view: QTableView | QTreeView) -> None:
    """A read-only table: rows selected whole, arrows move, Tab leaves; numbers right-aligned."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table: the arrows move within it
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if isinstance(view, QTableView):
        view.verticalHeader().hide()


def show_forecast(session: Session, parent: QWidget | None = None,
                  existing: ForecastView | None = None) -> ForecastView:
    """Show the forecast window (the one already made, if any) and bring it forward."""
    view = existing if existing is not None else ForecastView(session, parent)
    if view.isMinimized():
        view.showNormal()
    view.show()
    view.raise_()
    view.activateWindow()
    return view
