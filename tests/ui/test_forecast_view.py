"""Tools › Forecast: the window shows what ``planner.reports.pipeline()`` computes, by period, by
stage and as charts; it follows the choices made in it and every change to the file, and the
charting library loads only when the charts are first shown."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import date, timedelta
from pathlib import Path

import pytest
from builders import confirm_current, simple_process
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from planner import i18n
from planner.domain import formats
from planner.domain.forecast import NO_DATE, OVERDUE, Figures, Forecast
from planner.domain.model import Account, Deal, Outcome
from planner.services import Planner
from planner.ui.forecast import models, series, texts
from planner.ui.forecast.export import ForecastExportDialog
from planner.ui.forecast.models import PeriodModel, StageModel
from planner.ui.forecast.texts import Measure
from planner.ui.forecast.view import ForecastView
from planner.ui.main_window import MainWindow
from planner.ui.session import Session

ROOT = Path(__file__).resolve().parents[2]
TODAY = date.today()
NEXT_MONTH = (TODAY.replace(day=1) + timedelta(days=32)).replace(day=15)
LATER = (NEXT_MONTH.replace(day=1) + timedelta(days=95)).replace(day=10)  # another quarter


def fill(planner: Planner) -> dict[str, int]:
    """Two processes; "Direct" has a record (12 closed deals at its first stage: an observed
    rate) and open deals that are overdue, undated, next month, later, and one in US dollars
    without an exchange rate; "Partner" has one open deal."""
    planner.rates.set_home("TWD")
    direct = planner.processes.create(simple_process(3, name="Direct"))
    partner = planner.processes.create(simple_process(2, name="Partner"))
    account = planner.accounts.create(Account(name="Acme"))

    def deal(process: int, title: str, **fields: object) -> int:
        return planner.deals.create(Deal(account_id=account, process_id=process, title=title, **fields))  # type: ignore[arg-type]

    for i in range(4):  # won: 4 of 12 closed at the first stage, so 33% observed against 10% set
        won = deal(direct, f"Won {i}")
        for _ in range(3):
            confirm_current(planner, won)
    for i in range(8):
        confirm_current(planner, deal(direct, f"Lost {i}"), Outcome.AGAINST)
    ids = {
        "overdue": deal(direct, "Overdue", value=2000.0, expected_close=TODAY - timedelta(days=3)),
        "undated": deal(direct, "Undated", value=500.0),
        "next": deal(direct, "Next month", value=1000.0, expected_close=NEXT_MONTH),
        "dollars": deal(direct, "Dollars", value=300.0, currency="USD", expected_close=NEXT_MONTH),
        "later": deal(direct, "Later", value=4000.0, expected_close=LATER),
        "partner_deal": deal(partner, "Partner deal", value=700.0, expected_close=LATER),
    }
    confirm_current(planner, ids["overdue"])  # in the second stage: weighted by its set rate
    return {"direct": direct, "partner": partner, **ids}


@pytest.fixture
def filled(planner: Planner) -> dict[str, int]:
    return fill(planner)


@pytest.fixture
def view(qtbot, session: Session, filled: dict[str, int]) -> ForecastView:  # noqa: ANN001
    v = ForecastView(session)
    qtbot.addWidget(v)
    v.show()
    return v


def rows(model: PeriodModel) -> list[tuple[str, Figures]]:
    return [(model.index(r, 0).data(models.PERIOD_ROLE), model.index(r, 0).data(models.FIGURES_ROLE))
            for r in range(model.rowCount())]


def money(value: float) -> str:
    return formats.money(round(value), "TWD", "en")


def test_the_periods_are_the_pipelines_figures(view: ForecastView, planner: Planner) -> None:
    expected = planner.reports.pipeline("month")
    shown = rows(view.period_model)
    assert shown[:-1] == list(expected.by_period().items())
    assert shown[-1] == (models.TOTAL, expected.total())
    assert shown[0][0] == OVERDUE and shown[-2][0] == NO_DATE  # overdue first, no date last
    model = view.period_model
    for row, (period, figures) in enumerate(shown):
        texts_shown = [model.index(row, c).data() for c in range(model.columnCount())]
        assert texts_shown[PeriodModel.DEALS] == str(figures.deals)
        assert texts_shown[PeriodModel.VALUE] == money(figures.value)
        assert texts_shown[PeriodModel.WEIGHTED_SET] == money(figures.weighted_set)
        assert texts_shown[PeriodModel.WEIGHTED_OBSERVED] == money(figures.weighted_observed)
        assert texts_shown[PeriodModel.PERIOD] == ("Total" if period == models.TOTAL else texts.period_label(period))
    total = expected.total()
    assert total.deals == 6 and total.value == 2000 + 500 + 1000 + 4000 + 700  # the dollars are not added in
    assert total.weighted_set != total.weighted_observed  # the first stage's observed 33% differs from 10%
    assert view.period_page.currentWidget() is view.period_table
    assert view.home.text() == "Amounts in NT$ (TWD), the file's home currency"


def test_overdue_and_undated_rows_are_flagged(view: ForecastView) -> None:
    model = view.period_model
    overdue, undated = model.index(model.row_of(OVERDUE), 0), model.index(model.row_of(NO_DATE), 0)
    assert overdue.data() == "Overdue" and undated.data() == "No close date"
    for index in (overdue, undated):
        assert index.data(Qt.ItemDataRole.DecorationRole) is not None  # not colour alone
        assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
        assert index.data(Qt.ItemDataRole.ToolTipRole)
    assert "before today" in overdue.data(Qt.ItemDataRole.ToolTipRole)
    dated = model.index(1, 0)
    assert dated.data(Qt.ItemDataRole.DecorationRole) is None and dated.data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.index(model.rowCount() - 1, 0).data(Qt.ItemDataRole.FontRole).bold()  # the total


def test_unconverted_amounts_are_listed_apart_and_never_added(view: ForecastView, planner: Planner,
                                                              qtbot) -> None:  # noqa: ANN001
    model = view.period_model
    row = model.row_of(texts_period(NEXT_MONTH))
    assert model.index(row, PeriodModel.WITHOUT_RATE).data() == "USD 300 (1)"
    assert model.index(row, PeriodModel.VALUE).data() == money(1000)  # the dollars are not in it
    assert model.index(model.rowCount() - 1, PeriodModel.WITHOUT_RATE).data() == "USD 300 (1)"
    assert not view.period_table.isColumnHidden(PeriodModel.WITHOUT_RATE)
    assert view.unconverted.isVisibleTo(view)
    assert "USD 300 (deals: 1)" in view.unconverted.text() and "exchange rate into TWD" in view.unconverted.text()
    planner.rates.set("USD", 30.0)  # a rate: the dollars join the totals, the note goes
    qtbot.waitUntil(lambda: not view.unconverted.isVisibleTo(view))
    assert view.period_table.isColumnHidden(PeriodModel.WITHOUT_RATE)
    assert model.index(model.row_of(texts_period(NEXT_MONTH)), PeriodModel.VALUE).data() == money(1000 + 9000)
    assert rows(model)[-1][1] == planner.reports.pipeline("month").total()


def texts_period(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def test_the_observed_weighting_is_explained(view: ForecastView, planner: Planner) -> None:
    total = planner.reports.pipeline("month").total()
    assert total.observed_deals == 4  # the first stage of Direct has its 12 closed deals
    assert view.observed.text() == ("Deals weighted by your observed rates: 4 of 6, in stages with enough "
                                    "closed deals; the rest by the rates you set.")


def test_quarters_and_one_process(view: ForecastView, planner: Planner, filled: dict[str, int]) -> None:
    view.set_by("quarter")
    assert view.period_model.forecast is not None and view.period_model.forecast.by == "quarter"
    expected = planner.reports.pipeline("quarter")
    assert rows(view.period_model)[:-1] == list(expected.by_period().items())
    assert view.period_model.headerData(0, Qt.Orientation.Horizontal) == "Quarter"
    view.set_process(filled["partner"])
    assert view.process_id() == filled["partner"]
    only = planner.reports.pipeline("quarter", filled["partner"])
    assert rows(view.period_model)[:-1] == list(only.by_period().items())
    assert rows(view.period_model)[-1][1].deals == 1
    assert view.stage_model.rowCount() == 1  # one process: no "All processes" row
    view.set_by("month")
    monthly = planner.reports.pipeline("month", filled["partner"])
    assert rows(view.period_model)[:-1] == list(monthly.by_period().items())
    assert [view.processes.itemText(i) for i in range(view.processes.count())] == ["All processes", "Direct", "Partner"]


def test_by_stage_lists_processes_with_their_stages_in_order(view: ForecastView, planner: Planner,
                                                             filled: dict[str, int]) -> None:
    expected = planner.reports.pipeline("month")
    model = view.stage_model
    by_process, by_stage = expected.by_process(), expected.by_stage()
    assert model.rowCount() == 3  # Direct, Partner, All processes
    for row, process_id in enumerate((filled["direct"], filled["partner"])):
        parent = model.index(row, 0)
        assert parent.data(models.PROCESS_ROLE) == process_id
        assert parent.data(models.FIGURES_ROLE) == by_process[process_id]
        stages = [s for s in expected.stages if s.process_id == process_id]
        assert model.rowCount(parent) == len(stages)
        for i, stage in enumerate(stages):  # the board's order, empty stages too
            child = model.index(i, 0, parent)
            assert child.data() == stage.stage_name and child.data(models.STAGE_ROLE) == stage
            assert child.data(models.FIGURES_ROLE) == by_stage[stage.stage_id]
            assert model.index(i, StageModel.SET_RATE, parent).data() == f"{stage.set_rate}%"
        assert view.stage_tree.isExpanded(parent)
    first = model.index(0, StageModel.OBSERVED_RATE, model.index(0, 0))
    assert first.data() == "33%" and "were won" in first.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, StageModel.OBSERVED_RATE, model.index(0, 0)).data() == formats.NOTHING
    total = model.index(2, 0)
    assert total.data() == "All processes" and total.data(models.FIGURES_ROLE) == expected.total()
    assert model.rowCount(total) == 0


def test_the_models_follow_qts_rules(qtmodeltester, view: ForecastView) -> None:  # noqa: ANN001
    qtmodeltester.check(view.period_model)
    qtmodeltester.check(view.stage_model)
    view.period_model.set_forecast(None)
    view.stage_model.set_forecast(None)
    qtmodeltester.check(view.period_model)
    qtmodeltester.check(view.stage_model)
    assert view.stage_model.parent(QModelIndex()) == QModelIndex()


def test_the_charts_add_up_to_the_totals(qtbot, view: ForecastView, planner: Planner,  # noqa: ANN001
                                         filled: dict[str, int]) -> None:
    view.tabs.setCurrentWidget(view.charts_page)
    qtbot.waitUntil(lambda: view.charts_page.panel is not None)
    panel = view.charts_page.panel
    assert panel is not None
    expected = planner.reports.pipeline("month")
    total = expected.total()
    for measure in Measure:
        panel.measure.setCurrentIndex(panel.measure.findData(measure))
        assert panel.bar_sums() == pytest.approx(measure.of(total))
        assert panel.funnel_sums() == pytest.approx(measure.of(total))
    # two processes: the bars stack processes, one funnel each
    panel.measure.setCurrentIndex(panel.measure.findData(Measure.VALUE))
    assert [b.label() for b in panel.bars.chart().bar_sets] == ["Direct", "Partner"]  # type: ignore[attr-defined]
    assert len(panel.funnel_views) == 2
    names = [n.toPlainText() for n in panel.bars.chart().names]  # type: ignore[attr-defined]
    assert names[0] == "Overdue" and names[-1] == "No close date" and len(names) == len(expected.periods)
    # one process: the bars stack its stages (empty ones left out), its funnel lists every stage
    view.set_process(filled["direct"])
    direct = planner.reports.pipeline("month", filled["direct"])
    assert panel.bar_sums() == pytest.approx(direct.total().value)
    assert [b.label() for b in panel.bars.chart().bar_sets] == ["Stage 1", "Stage 2"]  # type: ignore[attr-defined]
    assert len(panel.funnel_views) == 1
    funnel = panel.funnel_views[0].chart()
    assert [n.toPlainText() for n in funnel.names] == ["Stage 1", "Stage 2", "Stage 3"]  # type: ignore[attr-defined]
    view.set_by("quarter")
    assert len(panel.bars.chart().names) == len(planner.reports.pipeline("quarter", filled["direct"]).periods)  # type: ignore[attr-defined]
    assert panel.bar_sums() == pytest.approx(direct.total().value)


def test_series_stack_stages_of_one_process_and_processes_of_several(planner: Planner,
                                                                     filled: dict[str, int]) -> None:
    both = planner.reports.pipeline("month")
    stacks = series.period_stacks(both, Measure.WEIGHTED_OBSERVED)
    assert [s.label for s in stacks] == ["Direct", "Partner"]
    for i, period in enumerate(both.periods):
        assert sum(s.values[i] for s in stacks) == pytest.approx(both.by_period()[period].weighted_observed)
    one = planner.reports.pipeline("month", filled["direct"])
    assert series.stacks_by_stage(one)
    assert [s.label for s in series.period_stacks(one, Measure.DEALS)] == ["Stage 1", "Stage 2"]
    assert sum(sum(s.values) for s in series.period_stacks(one, Measure.DEALS)) == one.total().deals
    assert series.nice_step(0) == 1.0 and series.nice_step(12_000) == 2500.0 and series.nice_step(9) == 2.0


def test_a_file_without_open_deals_says_so(qtbot, session: Session, planner: Planner) -> None:  # noqa: ANN001
    v = ForecastView(session)
    qtbot.addWidget(v)
    v.show()
    for page in (v.period_page, v.stage_page, v.charts_page):
        assert page.showing_empty and "no process yet" in page.empty.text()
    assert not v.processes.isEnabled() and v.period_model.rowCount() == 0
    assert not v.export_button.isEnabled() and v.home.text() == ""  # nothing to print, no amount to name
    v.tabs.setCurrentWidget(v.charts_page)
    assert v.charts_page.panel is None  # nothing to draw: no chart was made
    process_id = planner.processes.create(simple_process(2, name="Fresh"))  # the list follows the change
    qtbot.waitUntil(lambda: "no open deals" in v.period_page.empty.text())
    assert v.processes.isEnabled() and v.processes.findData(process_id) == 1
    assert not v.observed.text() and not v.unconverted.isVisibleTo(v)
    account = planner.accounts.create(Account(name="Acme"))
    planner.deals.create(Deal(account_id=account, process_id=process_id, title="First", value=10.0))
    qtbot.waitUntil(lambda: not v.period_page.showing_empty)
    assert rows(v.period_model)[0][0] == NO_DATE
    assert v.export_button.isEnabled() and v.home.text()


def test_the_window_follows_changes_to_the_file(qtbot, view: ForecastView, planner: Planner,  # noqa: ANN001
                                                filled: dict[str, int]) -> None:
    planner.deals.update(filled["undated"], expected_close=NEXT_MONTH)
    qtbot.waitUntil(lambda: view.period_model.row_of(NO_DATE) == -1)
    assert rows(view.period_model)[-1][1] == planner.reports.pipeline("month").total()
    planner.deals.abandon(filled["later"], "No budget")
    qtbot.waitUntil(lambda: rows(view.period_model)[-1][1].deals == 5)
    view.hide()  # a hidden window reads nothing until it shows again
    planner.deals.archive(filled["next"])
    QApplication.processEvents()
    assert rows(view.period_model)[-1][1].deals == 5 and view._stale
    view.show()
    assert rows(view.period_model)[-1][1].deals == 4
    assert rows(view.period_model)[-1][1] == planner.reports.pipeline("month").total()


def test_a_read_only_file_shows_its_forecast(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "look.planner"
    writer = Planner.open(path, create=True)
    fill(writer)
    expected = writer.reports.pipeline("month")
    writer.close()
    reader = Planner.open(path, read_only=True)
    try:
        v = ForecastView(Session(reader))
        qtbot.addWidget(v)
        v.show()
        assert rows(v.period_model)[-1][1] == expected.total()
        assert v.export_button.isEnabled()  # printing reads only
    finally:
        reader.close()


def test_the_view_opens_from_its_menu_and_keeps_one_window(qtbot, window: MainWindow,  # noqa: ANN001
                                                           planner: Planner) -> None:
    fill(planner)
    action = window.actions_by_name["forecast"]
    assert action in window.tools_menu.actions()
    assert action.shortcut().toString() == "Ctrl+Shift+F"
    assert action.text() == "&Forecast…"
    action.trigger()
    first = window.dialogs.forecast
    assert isinstance(first, ForecastView) and first.isVisible() and not first.isModal()
    assert rows(first.period_model)[-1][1] == planner.reports.pipeline("month").total()
    first.close()
    action.trigger()
    assert window.dialogs.forecast is first and first.isVisible()  # the same window, shown again


def test_keyboard_access(view: ForecastView) -> None:
    assert view.process_label.buddy() is view.processes
    assert "&" in view.by_month.text() and "&" in view.by_quarter.text() and "&" in view.export_button.text()
    assert all("&" in view.tabs.tabText(i) for i in range(view.tabs.count()))
    assert not view.period_table.tabKeyNavigation()
    assert view.period_table.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_export_writes_the_forecast_shown(qtbot, view: ForecastView, planner: Planner, filled: dict[str, int],  # noqa: ANN001
                                          tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    written: list[ForecastExportDialog] = []

    def user(dialog: ForecastExportDialog) -> int:
        dialog.path_edit.setText(str(tmp_path / "forecast.pdf"))
        assert dialog.export()
        written.append(dialog)
        return 0

    monkeypatch.setattr(ForecastExportDialog, "exec", user)
    view.set_by("quarter")
    view.set_process(filled["direct"])
    view.export_button.click()
    dialog = written[0]
    assert (dialog.by, dialog.process_id) == ("quarter", filled["direct"])
    assert (tmp_path / "forecast.pdf").read_bytes().startswith(b"%PDF") and dialog.pages >= 1
    assert "Wrote" in dialog.status.text() and dialog.open_button.isVisibleTo(dialog)
    refused = ForecastExportDialog(planner, "month", None, "All processes")
    qtbot.addWidget(refused)
    refused.path_edit.setText(str(planner.path))  # the planner file itself is never written over
    assert not refused.export()
    assert "is the planner file that is open" in refused.status.text()


def test_texts_follow_the_language(qtbot, view: ForecastView) -> None:  # noqa: ANN001
    assert texts.period_label("2026-12", "zh_TW") == "2026年12月"
    assert texts.period_label("2026-Q4", "zh_TW") == "2026年第4季"
    assert texts.period_lines("2026-12", "en") == ("Dec", "2026")
    assert texts.period_lines("2026-Q4", "zh_TW") == ("第4季", "2026年")
    i18n.install("zh_TW")
    try:
        row = view.period_model.row_of(texts_period(NEXT_MONTH))
        assert view.period_model.index(row, 0).data() == f"{NEXT_MONTH.year}年{NEXT_MONTH.month}月"
        # the home currency as Chinese writes it, once the window has heard of the change
        qtbot.waitUntil(lambda: "NT$" not in view.home.text() and "$" in view.home.text())
        assert view.tabs.tabText(0) != "" and view.processes.itemText(0) != ""
    finally:
        i18n.install("en")


def test_neither_the_app_nor_the_forecast_window_loads_qtcharts_until_the_charts_show(tmp_path: Path) -> None:
    """QtCharts (PySide6-Addons) is imported by the Charts tab, not by the window or the menu."""
    path = tmp_path / "charts.planner"
    filled = Planner.open(path, create=True)
    fill(filled)
    filled.close()
    probe = textwrap.dedent(f"""
        import sys
        from planner.ui.app import make_application
        app = make_application()
        from planner.services import Planner
        from planner.ui.main_window import MainWindow
        import planner.ui.forecast, planner.ui.forecast.view
        window = MainWindow(Planner.open({str(path)!r}), with_workspace=False)
        window.show()
        app.processEvents()
        print("window", "PySide6.QtCharts" in sys.modules)
        window.actions_by_name["forecast"].trigger()
        app.processEvents()
        view = window.dialogs.forecast
        print("forecast", "PySide6.QtCharts" in sys.modules, view.period_model.rowCount())
        view.tabs.setCurrentWidget(view.charts_page)
        app.processEvents()
        print("charts", "PySide6.QtCharts" in sys.modules, view.charts_page.panel is not None)
    """)
    env = {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    import os

    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                          env={**os.environ, **env}, cwd=ROOT, timeout=120)
    lines = [line for line in done.stdout.splitlines() if line.startswith(("window", "forecast", "charts"))]
    assert lines == ["window False", "forecast False 5", "charts True True"]


def test_forecast_figures_of_an_empty_cell_are_zero() -> None:
    assert Measure.VALUE.of(Figures()) == 0 and not Measure.DEALS.money
    assert texts.without_rate({}) == ""
    empty = Forecast("TWD", "month", TODAY, (), (), {})
    assert texts.observed_note(empty.total()) == "" and texts.unconverted_note(empty, empty.total()) == ""


def test_the_bundle_and_the_install_carry_qtcharts() -> None:
    """pyproject depends on PySide6-Addons, and the PyInstaller spec keeps QtCharts (and only it of
    the add-ons): it requires it, finds it imported by planner/, and no longer lists it to exclude."""
    import ast
    import re
    import tomllib

    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert any(d.startswith("PySide6-Addons>=") for d in pyproject["project"]["dependencies"])
    tree = ast.parse((ROOT / "packaging" / "deal-planner.spec").read_text(encoding="utf-8"))
    assigned = {node.targets[0].id: node.value for node in ast.walk(tree)
                if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)}
    required = ast.literal_eval(assigned["REQUIRED_QT"])
    addons = ast.literal_eval(assigned["ADDONS"])
    pattern = re.compile(ast.literal_eval(assigned["_QT_IMPORT"].args[0]))  # type: ignore[attr-defined]
    assert "QtCharts" in required and "QtCharts" not in addons and "QtWebEngineCore" in addons
    found = {m for dotted, _names in pattern.findall((ROOT / "planner/ui/forecast/charts.py").read_text("utf-8"))
             for m in [dotted] if m}
    assert "QtCharts" in found
    strings = {node.value for node in ast.walk(tree) if isinstance(node, ast.Constant)}
    assert "PySide6_Addons" in strings  # its licence travels with the bundle


def test_another_file_in_the_window_brings_its_own_forecast(qtbot, view: ForecastView, session: Session,  # noqa: ANN001
                                                            tmp_path: Path) -> None:
    other = Planner.open(tmp_path / "other.planner", create=True)
    try:
        process_id = other.processes.create(simple_process(2, name="Elsewhere"))
        account = other.accounts.create(Account(name="Beta"))
        other.deals.create(Deal(account_id=account, process_id=process_id, title="Only", value=42.0,
                                expected_close=NEXT_MONTH))
        session.switch_to(other)
        assert [view.processes.itemText(i) for i in range(view.processes.count())] == ["All processes", "Elsewhere"]
        assert rows(view.period_model)[-1][1] == other.reports.pipeline("month").total()
        assert rows(view.period_model)[-1][1].deals == 1
    finally:
        other.close()


def test_the_forecast_window_shows_win_loss_for_the_process_it_shows(qtbot, window: MainWindow,  # noqa: ANN001
                                                                      planner: Planner) -> None:
    """Win/loss analysis sits in the forecast window too (issue: "in the forecast view"), and
    follows its process choice and the file's edits."""
    fill(planner)
    window.actions_by_name["forecast"].trigger()
    view = window.dialogs.forecast
    tab = next(i for i in range(view.tabs.count()) if view.tabs.tabText(i) == "&Win/loss")
    win_loss = view.tabs.widget(tab)
    assert not win_loss.filter.isVisible() and win_loss.process_id() is None
    everything = planner.reports.win_loss(None)
    assert win_loss.result == everything
    direct = next(s.id for s in planner.processes.summaries() if s.name == "Direct")
    view.set_process(direct)
    assert win_loss.process_id() == direct and win_loss.result == planner.reports.win_loss(direct)
    lost = planner.deals.create(Deal(account_id=planner.accounts.all()[0].id, process_id=direct, title="Gone"))  # type: ignore[arg-type]
    confirm_current(planner, lost, Outcome.AGAINST)  # through the planner: the session hears of it
    qtbot.waitUntil(lambda: win_loss.result == planner.reports.win_loss(direct))
    view.close()
