"""The board's reads in SQL (planner/store/board_reads.py) against the rules they replace: on
the demo file, for any filter and any order, the deals of each column, their order, counts
and sums are those of ``BoardQuery.matches`` and ``sort_key`` over every card; and the stall
bars read from the won deals alone are those of the whole track record."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from builders import confirm_current, simple_process
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from demo_files import varied_demo
from planner.domain.model import Deal, DealStatus
from planner.services import Planner
from planner.ui.board.model import CardListModel
from planner.ui.board.query import BoardQuery, Closing, SortOrder, for_file, period, sort_key
from planner.ui.board.summary import Conversion


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Planner]:
    """The demo with 400 deals, a rate for USD, some deals archived and one in yen (no rate)."""
    planner = varied_demo(tmp_path_factory.mktemp("board_sql") / "demo.planner", 400, 37)
    edges(planner, planner.deals.all()[1].account_id)
    yield planner
    planner.close()


def edges(planner: Planner, account: int) -> None:
    """Deals on every edge a rule has: titles that differ by case only, closes today and on
    the first and last days of the month and quarter, values on the range's bounds (in two
    currencies), and milestones from 0 to 60 days ago (each stage's stalled bar falls there)."""
    pid = planner.processes.create(simple_process(3, name="Edges"))
    today = date.today()
    month_start = today.replace(day=1)
    quarter_start = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    month_end, quarter_end = period(Closing.MONTH, today)[1], period(Closing.QUARTER, today)[1]  # type: ignore[index]
    closes = [today, today - timedelta(days=1), today + timedelta(days=1), month_start, month_end,
              quarter_start, quarter_end, quarter_end + timedelta(days=1), None]
    titles = ["alpha kiosk", "Alpha kiosk", "BETA kiosk", "beta kiosk", "Éclair kiosk", "éclair kiosk",
              "zeta kiosk", "Zeta kiosk", "ß kiosk", "SS kiosk"]
    values = [(500_000, "TWD"), (1_000_000, "TWD"), (2_000_000, "TWD"), (5_000_000, "TWD"),
              (500_000 / 31.5, "USD"), (0, "TWD"), (1_000_000, "JPY")]
    for i in range(70):
        value, currency = values[i % len(values)]
        deal = planner.deals.create(Deal(account, pid, titles[i % len(titles)], value=value, currency=currency,
                                         expected_close=closes[i % len(closes)]))
        if i < 61:
            confirm_current(planner, deal, on=today - timedelta(days=i))


def busiest(planner: Planner) -> int:
    return max(planner.processes.summaries(), key=lambda p: p.deals).id


def edges_process(planner: Planner) -> int:
    return next(p.id for p in planner.processes.summaries() if p.name == "Edges")


def vocabulary(planner: Planner) -> list[str]:
    """Words a user types: pieces of titles, account names and notes (three letters or more)."""
    cards = planner.deals.cards(busiest(planner))
    words = sorted({w[:n] for c in cards[:60] for w in c.search_text.split() for n in (3, 5) if len(w) >= n})
    return ["kiosk", "pha", *words[:80]]


Sums = dict[object, tuple[int, dict[str, float]]]


def reference(planner: Planner, pid: int, query: BoardQuery, order: SortOrder,
              model: CardListModel) -> tuple[dict[int, list[int]], list[int], Sums]:
    """What the board showed when it held every card: the Python filter and order."""
    cards = planner.deals.cards(pid)
    key = sort_key(order)
    passing = sorted((c for c in cards if query.matches(c, model)), key=lambda c: key(c, model))
    stages: dict[int, list[int]] = defaultdict(list)
    closed: list[int] = []
    sums: Sums = {}
    for card in passing:
        group: object = card.stage_id if card.status == DealStatus.OPEN else card.status
        (stages[card.stage_id] if card.status == DealStatus.OPEN else closed).append(card.deal_id)
        n, values = sums.get(group, (0, {}))
        values[card.currency] = values.get(card.currency, 0.0) + card.value
        sums[group] = (n + 1, values)
    return dict(stages), closed, sums


@pytest.mark.parametrize("order", list(SortOrder))
def test_each_order_is_the_python_order(demo_file: Planner, order: SortOrder) -> None:
    for pid in (busiest(demo_file), edges_process(demo_file)):
        assert_same(demo_file, pid, BoardQuery(archived=True), order)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_the_file_shows_what_the_python_rules_show(demo_file: Planner, data: st.DataObject) -> None:
    planner = demo_file
    pid = data.draw(st.sampled_from([busiest(planner), edges_process(planner)]), "process")
    accounts = sorted(planner.deals.card_accounts(pid)[0])
    query = BoardQuery(
        words=tuple(data.draw(st.lists(st.sampled_from(vocabulary(planner)), max_size=2), "words")),
        account_id=data.draw(st.one_of(st.none(), st.sampled_from(accounts)), "account"),
        overdue=data.draw(st.booleans(), "overdue"), stalled=data.draw(st.booleans(), "stalled"),
        closing=data.draw(st.sampled_from(list(Closing)), "closing"),
        value_min=data.draw(st.one_of(st.none(), st.sampled_from([0.0, 500_000.0, 2_000_000.0])), "min"),
        value_max=data.draw(st.one_of(st.none(), st.sampled_from([1_000_000.0, 5_000_000.0])), "max"),
        archived=data.draw(st.booleans(), "archived"))
    order = data.draw(st.sampled_from(list(SortOrder)), "order")
    assert_same(planner, pid, query, order)


def assert_same(planner: Planner, pid: int, query: BoardQuery, order: SortOrder) -> None:
    """The file's scan of ``pid`` under ``query`` and ``order`` is the Python rules' result."""
    stage_ids = [s.id for s in planner.processes.get(pid).stages if s.id is not None]
    conversion = Conversion.of(planner)
    track_record = planner.deals.stall_record(pid)
    today = date.today()
    model = CardListModel(None, {}, today, 14, track_record=track_record, conversion=conversion)
    stages, closed, sums = reference(planner, pid, query, order, model)

    asked = for_file(query, pid, today, track_record, 14, conversion, stage_ids)
    found = planner.deals.board_scan(asked, order.value, None)
    assert {s: ids for s, ids in found.stages.items() if ids} == stages
    assert found.closed == closed
    for group, (n, values) in sums.items():
        got = found.totals.stages.get(group) if isinstance(group, int) else found.totals.closed.get(group)  # type: ignore[call-overload]
        assert got is not None and got.deals == n
        assert got.values == pytest.approx(values)
    assert found.totals.open_deals + found.totals.closed_deals == sum(n for n, _ in sums.values())
    # the open and closed parts read apart are the same
    assert planner.deals.board_scan(asked, order.value, False).stages == found.stages
    assert planner.deals.board_scan(asked, order.value, True).closed == found.closed


def test_cards_read_by_id_are_the_cards_of_the_whole_read(demo_file: Planner) -> None:
    pid = busiest(demo_file)
    every = {c.deal_id: c for c in demo_file.deals.cards(pid)}
    ids = list(every)[::-7][:50]
    paged = demo_file.deals.board_cards(ids)
    assert [c.deal_id for c in paged] == ids
    assert all(c == every[c.deal_id]._replace(search_text="") for c in paged)


def test_the_stall_bars_from_won_deals_alone_are_the_track_record(demo_file: Planner) -> None:
    timed = 0
    for summary in demo_file.processes.summaries():
        full = {s.stage_id: s for p in demo_file.reports.calibration(summary.id) for s in p.stages}
        quick = demo_file.deals.stall_record(summary.id)
        assert quick.keys() == full.keys()
        timed += sum(s.timed for s in full.values())
        for stage_id, stage in full.items():
            assert (quick[stage_id].p80_days, quick[stage_id].timed, quick[stage_id].median_days) == (
                stage.p80_days, stage.timed, stage.median_days)
    assert timed > 20  # the demo has won deals to time


def test_a_card_in_no_column_is_read_nowhere(demo_file: Planner) -> None:
    """Another process's deal, or a deal gone: neither a column's ids nor a page hold it."""
    pid = busiest(demo_file)
    other = next(c for s in demo_file.processes.summaries() if s.id != pid for c in demo_file.deals.cards(s.id))
    asked = for_file(BoardQuery(), pid, date.today(), {}, 14, ("TWD", {}), [])
    found = demo_file.deals.board_scan(asked, "close", None)
    assert other.deal_id not in found.closed and all(other.deal_id not in ids for ids in found.stages.values())
    assert demo_file.deals.board_cards([10**9]) == []
