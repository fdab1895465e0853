"""The list's orders in SQL (planner/store/list_reads.py) against the Python sort the list
used while it held every card: for every column, both ways round, on random deals and on the
demo file under any filter, the file gives the same deals in the same order (equal keys: the
deals' ids rising, the order the sort kept them in), closed deals only when asked for."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from builders import confirm_current
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from demo_files import varied_demo
from planner import settings as settings_keys
from planner.domain.model import Account, Card, Deal, DealStatus, ItemKind, ItemTemplate, Outcome, Process, Stage
from planner.services import Planner
from planner.services.deals import CardQuery
from planner.ui.board.list_view import (
    ORDER_NAMES,
    Column,
    DealTableModel,
    status_order,
    status_text,
    status_words,
)
from planner.ui.board.model import CardListModel
from planner.ui.board.query import BoardQuery, Closing, for_file, home_value
from planner.ui.board.summary import Conversion

DIRECTIONS = [False, True]  # ascending, descending


def python_key(card: Card, model: CardListModel, column: Column) -> Any:
    """The value the list sorted a row on when it held every card (its sort role)."""
    if column == Column.VALUE:
        value = home_value(card, model)
        return -1.0 if value is None else value  # no rate: cannot be compared, sorts below zero
    if column == Column.CLOSE:
        return card.expected_close.toordinal() if card.expected_close else 10**7  # undated last
    if column == Column.IN_STAGE:
        return model.days_since_milestone(card) if card.status == DealStatus.OPEN else -1
    if column == Column.TASKS:
        return card.tasks_done / card.tasks_total if card.tasks_total else -1.0
    if column == Column.STAGE:
        return model.positions.get(card.stage_id, -1)
    if column == Column.TITLE:
        return card.title.casefold()
    if column == Column.ACCOUNT:
        return card.account.casefold()
    return status_text(card).casefold()


def python_order(cards: list[Card], model: CardListModel, column: Column, descending: bool) -> list[int]:
    """The rows in the list's order: a stable sort on the key, equal keys in rising ids."""
    by_id = sorted(cards, key=lambda c: c.deal_id)
    return [c.deal_id for c in sorted(by_id, key=lambda c: python_key(c, model, column), reverse=descending)]


def context(planner: Planner, pid: int) -> tuple[CardListModel, list[int]]:
    """A card model as the board's columns have it (today, the rates, the stall bars)."""
    stages = [s.id for s in planner.processes.get(pid).stages if s.id is not None]
    model = CardListModel(None, {sid: i for i, sid in enumerate(stages)}, date.today(), 14,
                          track_record=planner.deals.stall_record(pid), conversion=Conversion.of(planner))
    return model, stages


def file_query(planner: Planner, pid: int, query: BoardQuery, model: CardListModel, stages: list[int]) -> CardQuery:
    return for_file(query, pid, model.today, model.track_record, model.idle_days, model.conversion, stages)


def assert_same(planner: Planner, pid: int, query: BoardQuery, column: Column, descending: bool,
                closed: bool) -> None:
    model, stages = context(planner, pid)
    shown = [c for c in planner.deals.cards(pid) if query.matches(c, model)
             and (closed or c.status == DealStatus.OPEN)]
    table = DealTableModel(lambda _order: [], lambda _ids: [])
    table.column, table.descending = column, descending  # the order the list asks the file for
    found = planner.deals.list_ids(file_query(planner, pid, query, model, stages), table.order, closed)
    assert found == python_order(shown, model, column, descending), (column.name, descending, closed)


# ------------------------------------------------------------------ random deals
TITLES = ["alpha kiosk", "Alpha kiosk", "BETA line", "beta line", "Éclair", "éclair", "zeta", "ß press",
          "SS press", "台北 機台", "台中 機台", "10 units", "9 units"]
ACCOUNTS = ["Acme", "acme", "Beta Logistics", "Ødegaard", "台積電"]
VALUES = [(0.0, "TWD"), (500.0, "TWD"), (500.0, "TWD"), (1_000_000.0, "TWD"), (15.873015873015873, "USD"),
          (500.0, "USD"), (1_000.0, "JPY")]  # the yen has no rate: it sorts below zero
CLOSES = [None, 0, 0, 3, -5, 40]  # days from today
FATES = ["open", "open", "open", "won", "lost", "abandoned"]

deal_specs = st.fixed_dictionaries({
    "title": st.sampled_from(TITLES), "account": st.sampled_from(ACCOUNTS), "value": st.sampled_from(VALUES),
    "close": st.sampled_from(CLOSES), "steps": st.integers(0, 2), "step_days": st.sampled_from([0, 1, 20, 60]),
    "fate": st.sampled_from(FATES), "archived": st.booleans(), "ticked": st.integers(0, 2)})


def build(planner: Planner, specs: list[dict[str, Any]]) -> int:
    """A three-stage process holding ``specs``' deals (their milestones, fates, ticked tasks);
    its second stage has no tasks (the Tasks column's empty cells)."""
    pid = planner.processes.create(Process(name="Random", stages=[
        Stage(name="First", milestone="Met", win_rate=10, tasks=[ItemTemplate("Call"), ItemTemplate("Visit")]),
        Stage(name="Second", milestone="Offered", win_rate=40),
        Stage(name="Third", milestone="Signed", win_rate=80,
              tasks=[ItemTemplate("Draft"), ItemTemplate("Review"), ItemTemplate("Sign")])]))
    accounts = {name: planner.accounts.create(Account(name)) for name in ACCOUNTS}
    today = date.today()
    for spec in specs:
        value, currency = spec["value"]
        close = None if spec["close"] is None else today + timedelta(days=spec["close"])
        deal = planner.deals.create(Deal(accounts[spec["account"]], pid, spec["title"], value=value,
                                         currency=currency, expected_close=close))
        for _ in range(spec["steps"]):
            confirm_current(planner, deal, on=today - timedelta(days=spec["step_days"]))
        work = planner.work.get(deal)
        for task in list(work.stage_tasks(work.deal.stage_id))[:spec["ticked"]]:
            planner.work.set_done(ItemKind.TASK, task.id, True)
        if spec["fate"] == "lost":
            confirm_current(planner, deal, Outcome.AGAINST, on=today)
        elif spec["fate"] == "abandoned":
            planner.deals.abandon(deal, "No budget")
        elif spec["fate"] == "won":
            while planner.deals.get(deal).status == DealStatus.OPEN:
                confirm_current(planner, deal, on=today)
        if spec["archived"]:
            planner.deals.archive(deal)
    return pid


@settings(max_examples=25, deadline=None)
@given(specs=st.lists(deal_specs, max_size=24))
def test_every_order_of_random_deals_is_the_python_order(specs: list[dict[str, Any]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        planner = Planner.open(Path(folder) / "random.planner", create=True)
        try:
            planner.settings.set(settings_keys.HOME_CURRENCY.key, "TWD")
            planner.rates.set("USD", 31.5)
            pid = build(planner, specs)
            for column in Column:
                for descending in DIRECTIONS:
                    for closed in (False, True):
                        assert_same(planner, pid, BoardQuery(archived=True), column, descending, closed)
        finally:
            planner.close()


# ------------------------------------------------------------------ the demo file, any filter
@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Planner]:
    """The demo with 300 deals, a rate for USD, some deals archived and one in yen (no rate)."""
    planner = varied_demo(tmp_path_factory.mktemp("list_sql") / "demo.planner", 300, 29)
    yield planner
    planner.close()


def busiest(planner: Planner) -> int:
    return max(planner.processes.summaries(), key=lambda p: p.deals).id


@pytest.mark.parametrize("column", list(Column))
def test_each_column_of_the_demo_file_sorts_as_in_python(demo_file: Planner, column: Column) -> None:
    for descending in DIRECTIONS:
        assert_same(demo_file, busiest(demo_file), BoardQuery(archived=True), column, descending, closed=True)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_the_list_of_any_filter_is_the_python_list(demo_file: Planner, data: st.DataObject) -> None:
    planner = demo_file
    pid = busiest(planner)
    cards = planner.deals.cards(pid)
    words = sorted({w[:4] for c in cards[:40] for w in c.search_text.split() if len(w) >= 4})
    accounts = sorted(planner.deals.card_accounts(pid)[0])
    query = BoardQuery(
        words=tuple(data.draw(st.lists(st.sampled_from(["kiosk", *words[:40]]), max_size=2), "words")),
        account_id=data.draw(st.one_of(st.none(), st.sampled_from(accounts)), "account"),
        overdue=data.draw(st.booleans(), "overdue"), stalled=data.draw(st.booleans(), "stalled"),
        closing=data.draw(st.sampled_from(list(Closing)), "closing"),
        value_min=data.draw(st.one_of(st.none(), st.sampled_from([0.0, 500_000.0])), "min"),
        value_max=data.draw(st.one_of(st.none(), st.sampled_from([1_000_000.0, 5_000_000.0])), "max"),
        archived=data.draw(st.booleans(), "archived"))
    column = data.draw(st.sampled_from(list(Column)), "column")
    assert_same(planner, pid, query, column, data.draw(st.booleans(), "descending"), data.draw(st.booleans(), "closed"))


def test_the_statuses_sort_by_their_words_in_the_language_shown(qapp) -> None:  # noqa: ANN001
    from planner import i18n

    try:
        for language in ("en", "zh_TW"):
            i18n.install(language)
            texts = [status_words(DealStatus(status), archived) for status, archived in status_order()]
            assert texts == sorted(texts, key=str.casefold) and len(set(texts)) == 8
    finally:
        i18n.install("en")


def test_every_column_has_an_order_in_the_file() -> None:
    from planner.store.list_reads import KEYS

    assert set(ORDER_NAMES.values()) == set(KEYS) and set(ORDER_NAMES) == set(Column)


def test_the_list_without_a_filter_is_kept_until_the_file_changes(demo_file: Planner) -> None:
    planner = demo_file
    pid = busiest(planner)
    model, stages = context(planner, pid)
    query = file_query(planner, pid, BoardQuery(), model, stages)
    table = DealTableModel(lambda _order: [], lambda _ids: [])
    table.column = Column.TITLE
    first = planner.deals.list_ids(query, table.order)
    assert planner.deals.list_ids(query, table.order) is first  # kept: nothing read again
    last = first[-1]
    planner.deals.update(last, title="!!! first now")
    again = planner.deals.list_ids(query, table.order)
    assert again[0] == last and again[1:] == first[:-1]  # the file changed: read again
