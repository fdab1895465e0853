"""The forecast's charts, drawn with QtCharts (PySide6-Addons): the open pipeline as stacked
bars by period, and a funnel of each process's stages.

This is the only module that imports QtCharts, and the view imports it when the Charts tab
is first shown: the app starts, and the forecast opens, without loading it. The figures come
from ``planner.ui.forecast.series``; this module only draws them.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QBrush,
    QColor,
    QCursor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QPainter,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from planner.domain.forecast import NO_DATE, OVERDUE, Forecast
from planner.ui.forecast import series, texts
from planner.ui.forecast.series import Funnel, Stack
from planner.ui.forecast.texts import Measure
from planner.ui.kit import theme

# a qualitative palette for processes (Tableau 10: tells its colours apart for most eyes)
PROCESS_COLOURS = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7",
                   "#9c755f", "#bab0ac")
# stages go from light to dark along the process: the closer to the money, the darker
STAGE_LIGHT, STAGE_DARK = QColor("#9ecae1"), QColor("#08306b")
STAGE_DARK_ON_DARK = QColor("#2f7fc1")  # on a dark window the last stages stay visible
GAP = 8  # pixels between a funnel's texts and its bars
LABEL_SHARE = 0.34  # of a funnel's width, for its stages' names (they wrap to it)


def stage_colour(position: int, count: int, palette: QPalette) -> QColor:
    darkest = STAGE_DARK_ON_DARK if theme.is_dark(palette) else STAGE_DARK
    return theme.mix(STAGE_LIGHT, darkest, position / (count - 1) if count > 1 else 0.5)


def _style(chart: QChart, palette: QPalette) -> None:
    """A chart in the window's colours and font, light or dark, without a frame of its own."""
    chart.setTheme(QChart.ChartTheme.ChartThemeDark if theme.is_dark(palette) else QChart.ChartTheme.ChartThemeLight)
    chart.setBackgroundVisible(False)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)  # figures, not a show
    font = QFont(QGuiApplication.font())
    chart.setTitleFont(_bold(font))
    chart.setTitleBrush(QBrush(theme.text(palette)))
    chart.legend().setFont(font)
    chart.legend().setLabelColor(theme.text(palette))


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def _style_axis(axis: QBarCategoryAxis | QCategoryAxis | QValueAxis, palette: QPalette) -> None:
    axis.setLabelsFont(QFont(QGuiApplication.font()))
    axis.setLabelsColor(theme.text(palette))
    axis.setGridLineColor(theme.mix(palette.color(QPalette.ColorRole.Window), theme.text(palette), 0.15))
    axis.setLinePenColor(theme.muted(palette))


def lines(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """``text`` broken into lines of at most ``width`` pixels, at spaces (a longer word keeps
    its own line): axis labels longer than about a third of a chart are cut short otherwise."""
    found: list[str] = []
    for word in text.split():
        if found and metrics.horizontalAdvance(f"{found[-1]} {word}") <= width:
            found[-1] = f"{found[-1]} {word}"
        else:
            found.append(word)
    return found or [""]


def axis_label(parts: list[str], taken: set[str]) -> str:
    """Lines as one axis label (QtCharts reads it as rich text); unique among ``taken``, as
    an axis needs its labels to be."""
    label = "<br>".join(escape(part) for part in parts)
    while label in taken:
        label += "\u200b"  # a twin name (two stages alike): invisible, but another label
    taken.add(label)
    return label


def amount_axis(largest: float, forecast: Forecast, measure: Measure, palette: QPalette) -> QCategoryAxis:
    """A value axis with round steps, labelled as amounts are everywhere (NT$2M, $200萬)."""
    step = series.nice_step(largest)
    if not measure.money:
        step = max(1.0, round(step))
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    top, value, labels = step * max(1, -(-largest // step)), 0.0, set()
    while value <= top + step / 2:
        label = texts.short_amount(value, forecast, measure)
        if label in labels:  # too short to tell two steps apart: write them in full
            label = texts.amount(value, forecast, measure)
        labels.add(label)
        axis.append(label, value)
        value += step
    axis.setRange(0, top)
    axis.setStartValue(0)
    _style_axis(axis, palette)
    return axis


class ChartsPanel(QWidget):
    """The Charts tab: what to show, the bars by period and the funnels side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.forecast: Forecast | None = None
        self.measure_label = QLabel(self)
        self.measure = QComboBox(self)
        self.measure.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.measure_label.setBuddy(self.measure)
        self.stacking = QLabel(self)  # what the bars stack
        self.stacking.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        top = QHBoxLayout()
        top.addWidget(self.measure_label)
        top.addWidget(self.measure)
        top.addSpacing(12)
        top.addWidget(self.stacking, 1)

        self.bars = QChartView(QChart(), self)
        self.bars.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.bars.setMinimumWidth(360)
        self.funnel_box = QWidget(self)
        self.funnel_layout = QVBoxLayout(self.funnel_box)
        self.funnel_layout.setContentsMargins(0, 0, 0, 0)
        self.funnel_views: list[QChartView] = []
        self._funnel_height = 0  # what the last funnel drawn needs
        self.funnel_area = QScrollArea(self)
        self.funnel_area.setWidgetResizable(True)
        self.funnel_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.funnel_area.setWidget(self.funnel_box)
        self.funnel_area.setMinimumWidth(300)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.bars)
        self.splitter.addWidget(self.funnel_area)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self._sized = False
        # the funnels' labels wrap to their width: drawn again once a resize (or a drag) settles
        self._rewrap = QTimer(self)
        self._rewrap.setSingleShot(True)
        self._rewrap.setInterval(120)
        self._rewrap.timeout.connect(self._wrap_again)
        self._wrapped_at = (0, 0)  # the widths the labels were last laid out for
        self.splitter.splitterMoved.connect(lambda _pos, _index: self._rewrap.start())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self._fill_measures(Measure.VALUE)
        self.measure.currentIndexChanged.connect(lambda _index: self.draw())
        self._retranslate()

    # ------------------------------------------------------------ content
    def _fill_measures(self, wanted: Measure) -> None:
        self.measure.blockSignals(True)
        self.measure.clear()
        for measure in (Measure.VALUE, Measure.WEIGHTED_SET, Measure.WEIGHTED_OBSERVED, Measure.DEALS):
            self.measure.addItem(measure.title(), measure)
        self.measure.setCurrentIndex(max(0, self.measure.findData(wanted)))
        self.measure.blockSignals(False)

    def current_measure(self) -> Measure:
        value = self.measure.currentData()
        return value if isinstance(value, Measure) else Measure.VALUE

    def set_forecast(self, forecast: Forecast | None) -> None:
        self.forecast = forecast
        self.draw()

    def draw(self) -> None:
        forecast, measure = self.forecast, self.current_measure()
        palette = self.palette()
        if forecast is None:
            return
        by_stage = series.stacks_by_stage(forecast)
        self.stacking.setText(self.tr("Each bar stacks the stages of the process.") if by_stage else self.tr(
            "Each bar stacks the processes; choose one process to see its stages."))
        old = self.bars.chart()
        self.bars.setChart(self.bar_chart(forecast, measure, palette))
        old.deleteLater()
        while self.funnel_layout.count():  # the old funnels and the stretch below them
            item = self.funnel_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # at once: deleting waits for the event loop
                widget.deleteLater()
        self.funnel_views = []
        funnels = series.funnels(forecast, measure)
        for funnel in funnels:
            view = QChartView(self.funnel_chart(funnel, forecast, measure, palette), self.funnel_box)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(self._funnel_height)
            view.setMaximumHeight(self._funnel_height * 7 // 4)  # a lone funnel grows, within reason
            view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            self.funnel_layout.addWidget(view, 1 if len(funnels) == 1 else 0)
            self.funnel_views.append(view)
        self.funnel_layout.addStretch(1 if len(funnels) > 1 else 0)

    def _wrap_again(self) -> None:
        if self.forecast is not None and (self._label_width(), self.bars.width()) != self._wrapped_at:
            self.draw()

    def bar_chart(self, forecast: Forecast, measure: Measure, palette: QPalette) -> QChart:
        chart = PeriodBars(forecast, measure, palette)
        chart.setTitle(self.tr("{measure} by expected close").format(measure=measure.title()))
        periods = [texts.period_label(p) for p in forecast.periods]  # for the tooltips
        for bar, stack in zip(chart.bar_sets, chart.stacks, strict=True):
            bar.hovered.connect(lambda status, index, s=stack: self._tip(status, index, s, periods, measure))
        return chart

    def _tip(self, status: bool, index: int, stack: Stack, periods: list[str], measure: Measure) -> None:
        if not status or self.forecast is None:
            QToolTip.hideText()
            return
        QToolTip.showText(QCursor.pos(), self.tr("{part}, {period}: {amount}").format(
            part=stack.label, period=periods[index], amount=texts.amount(stack.values[index], self.forecast, measure)),
            self.bars)

    def funnel_chart(self, funnel: Funnel, forecast: Forecast, measure: Measure, palette: QPalette) -> QChart:
        chart = FunnelChart(funnel, forecast, measure, palette, self._label_width())
        self._wrapped_at = (self._label_width(), self.bars.width())
        self._funnel_height = chart.wanted_height()
        return chart

    def _label_width(self) -> int:
        return max(80, int(LABEL_SHARE * self.funnel_area.viewport().width()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._sized and event.size().width() > 0:  # the bars a little wider than the funnels
            self._sized = True
            width = self.splitter.width()
            self.splitter.setSizes([width * 3 // 5, width * 2 // 5])
        self._rewrap.start()

    # ------------------------------------------------------------ for tests and the notes
    def bar_sums(self) -> float:
        """Everything the period bars stack up (the sum of every bar set's values)."""
        total = 0.0
        for s in self.bars.chart().series():
            if isinstance(s, QStackedBarSeries):
                total += sum(bar.at(i) for bar in s.barSets() for i in range(bar.count()))
        return total

    def funnel_sums(self) -> float:
        """Everything the funnels show (their see-through padding left out)."""
        total = 0.0
        for view in self.funnel_views:
            for s in view.chart().series():
                if isinstance(s, QHorizontalStackedBarSeries):
                    total += sum(bar.at(i) for bar in s.barSets()[1:] for i in range(bar.count()))
        return total

    # ------------------------------------------------------------ language and colours
    def _retranslate(self) -> None:
        self.measure_label.setText(self.tr("&Show:"))
        self._fill_measures(self.current_measure())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.draw()
        elif event.type() == QEvent.Type.PaletteChange:
            self.draw()
        super().changeEvent(event)



class FunnelChart(QChart):
    """A process's stages as centred bars, the first at the top, each with its name on the
    left and its amount on the right: how the pipeline narrows (or does not).

    The names and amounts are text items in the chart's own margins rather than axis labels:
    QtCharts cuts an axis label short at a fraction of the chart's width, and a stage's name is
    what the funnel is read by. They follow the plot area whenever the chart is laid out."""

    def __init__(self, funnel: Funnel, forecast: Forecast, measure: Measure, palette: QPalette,
                 label_width: int) -> None:
        super().__init__()
        _style(self, palette)
        self.setTitle(funnel.name)
        self.legend().setVisible(False)
        stages = list(reversed(funnel.stages))  # QtCharts puts the first category at the bottom
        widest = max((value for _id, _name, value in stages), default=0.0) or 1.0
        bars = QHorizontalStackedBarSeries()
        bars.setBarWidth(0.62)
        clear = QColor(0, 0, 0, 0)
        before = QBarSet("")  # see-through: it centres the bar after it
        before.append([(widest - value) / 2 for _id, _name, value in stages])
        before.setColor(clear)
        before.setBorderColor(clear)
        bars.append(before)
        count = len(stages)
        for row, (_stage_id, name, value) in enumerate(stages):
            part = QBarSet(name)  # one set per stage: each keeps the colour it has in the bars
            part.append([value if i == row else 0.0 for i in range(count)])
            colour = stage_colour(count - 1 - row, count, palette)
            part.setColor(colour)
            part.setBorderColor(colour)
            bars.append(part)
        self.addSeries(bars)
        rows, across = QBarCategoryAxis(), QValueAxis()
        rows.append([str(i) for i in range(count)])
        across.setRange(0, widest)
        for axis, side in ((rows, Qt.AlignmentFlag.AlignLeft), (across, Qt.AlignmentFlag.AlignBottom)):
            self.addAxis(axis, side)
            bars.attachAxis(axis)
            axis.setVisible(False)

        font, colour = QFont(QGuiApplication.font()), theme.text(palette)
        metrics = QFontMetrics(font)
        self.names: list[QGraphicsTextItem] = []
        self.amounts: list[QGraphicsSimpleTextItem] = []
        for _id, name, value in reversed(stages):  # top to bottom
            text = QGraphicsTextItem(self)
            text.setFont(font)
            text.setDefaultTextColor(colour)
            text.setPlainText("\n".join(lines(name, metrics, label_width)))
            text.document().setDocumentMargin(0)
            option = text.document().defaultTextOption()
            option.setAlignment(Qt.AlignmentFlag.AlignRight)
            text.document().setDefaultTextOption(option)
            text.setTextWidth(min(label_width, text.document().idealWidth() + 1))
            self.names.append(text)
            amount = QGraphicsSimpleTextItem(texts.short_amount(value, forecast, measure), self)
            amount.setFont(font)
            amount.setBrush(QBrush(colour))
            self.amounts.append(amount)
        left = max((t.textWidth() for t in self.names), default=0.0)
        right = max((a.boundingRect().width() for a in self.amounts), default=0.0)
        self.setMargins(QMargins(int(left) + GAP + 2, 2, int(right) + GAP + 2, 2))
        self._row = max((t.boundingRect().height() for t in self.names), default=0.0) + GAP
        self.plotAreaChanged.connect(self._place)

    def wanted_height(self) -> int:
        """Room for every stage's name (the title, and QtCharts' own margins, on top)."""
        return int(72 + self._row * len(self.names))

    def _place(self, plot: QRectF) -> None:
        band = plot.height() / max(1, len(self.names))
        for row, (name, amount) in enumerate(zip(self.names, self.amounts, strict=True)):
            middle = plot.top() + band * (row + 0.5)
            size = name.boundingRect()
            name.setPos(plot.left() - GAP - size.width(), middle - size.height() / 2)
            amount.setPos(plot.right() + GAP, middle - amount.boundingRect().height() / 2)


class PeriodBars(QChart):
    """The open pipeline as a bar per period, stacking stages (or processes), bottom first.

    Each period is named under its bar in two short lines ("Dec" over "2026"); overdue and
    undated deals are named in their warning colours. The names are text items rather than
    axis labels, which QtCharts would cut short or drop where a word is wider than its bar."""

    def __init__(self, forecast: Forecast, measure: Measure, palette: QPalette) -> None:
        super().__init__()
        _style(self, palette)
        self.stacks = series.period_stacks(forecast, measure)
        by_stage = series.stacks_by_stage(forecast)
        count = sum(1 for s in forecast.stages if s.process_id == forecast.stages[0].process_id) \
            if forecast.stages else 1
        bars = QStackedBarSeries()
        self.bar_sets: list[QBarSet] = []
        for i, stack in enumerate(self.stacks):
            bar = QBarSet(stack.label)
            bar.append(list(stack.values))
            colour = stage_colour(stack.position, count, palette) if by_stage else QColor(
                PROCESS_COLOURS[i % len(PROCESS_COLOURS)])
            bar.setColor(colour)
            bar.setBorderColor(colour)
            bars.append(bar)
            self.bar_sets.append(bar)
        self.addSeries(bars)
        x = QBarCategoryAxis()
        x.append([str(i) for i in range(len(forecast.periods))])
        _style_axis(x, palette)
        x.setGridLineVisible(False)
        x.setLabelsVisible(False)  # named by the text items below
        largest = max((sum(s.values[i] for s in self.stacks) for i in range(len(forecast.periods))), default=0.0)
        y = amount_axis(largest, forecast, measure, palette)
        self.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        self.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(x)
        bars.attachAxis(y)
        self.legend().setAlignment(Qt.AlignmentFlag.AlignTop)  # the periods are named below the bars
        self.legend().setVisible(bool(self.stacks))

        font = QFont(QGuiApplication.font())
        self.names: list[QGraphicsTextItem] = []
        for period in forecast.periods:
            text = QGraphicsTextItem(self)
            text.setFont(font)
            flagged = {OVERDUE: theme.danger(palette), NO_DATE: theme.warning(palette)}
            text.setDefaultTextColor(flagged.get(period, theme.text(palette)))
            text.setPlainText("\n".join(texts.period_lines(period)))
            text.document().setDocumentMargin(0)
            option = text.document().defaultTextOption()
            option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            text.document().setDefaultTextOption(option)
            text.setTextWidth(text.document().idealWidth() + 1)
            self.names.append(text)
        below = max((t.boundingRect().height() for t in self.names), default=0.0)
        self.setMargins(QMargins(4, 4, 8, int(below) + 6))
        self.plotAreaChanged.connect(self._place)

    def _place(self, plot: QRectF) -> None:
        band = plot.width() / max(1, len(self.names))
        for i, name in enumerate(self.names):
            width = name.boundingRect().width()
            left = max(0.0, plot.left() + band * (i + 0.5) - width / 2)  # the first may not leave the chart
            name.setPos(left, plot.bottom() + 4)
