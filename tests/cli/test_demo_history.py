"""The demo has a history: deals spread over two to three years, milestones dated along the
way, realistic outcomes and reasons, idle deals; built the same way every time."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from planner.demo import DEFAULT_DEALS, build, content

TODAY = date.today()
CHAINED_AND_DATED = ("processes", "stages", "stage_items", "accounts", "contacts", "deals", "milestones",
                     "corrections", "tasks", "deliverables", "stage_notes", "events", "settings", "ledger")


def _reasons(table: dict[str, tuple[tuple[str, str], ...]]) -> dict[str, str]:
    return {text: category for category, options in table.items() for pair in options for text in pair}


CATEGORY = _reasons(content.LOST) | _reasons(content.ABANDONED)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    path = tmp_path_factory.mktemp("history") / "demo.planner"
    build(path).close()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    yield conn
    conn.close()


def _day(stamp: str) -> date:
    return date.fromisoformat(stamp[:10])


def _ago(stamp: str) -> int:
    return (TODAY - _day(stamp)).days


def test_the_deals_spread_over_two_to_three_years(demo: sqlite3.Connection) -> None:
    ages = sorted(_ago(r["created_at"]) for r in demo.execute("SELECT created_at FROM deals"))
    assert len(ages) == DEFAULT_DEALS
    assert 2 * 365 <= ages[-1] <= 3 * 365  # the oldest
    assert ages[0] <= 14  # the newest
    for year in range(2):  # every year of the history has deals, not only its ends
        assert sum(365 * year <= a < 365 * (year + 1) for a in ages) >= 10


def test_milestones_are_dated_after_creation_before_today_and_in_stage_order(demo: sqlite3.Connection) -> None:
    rows = demo.execute(
        """SELECT m.deal_id, m.confirmed_on, m.recorded_at, s.position, d.created_at
           FROM milestones m JOIN stages s ON s.id = m.stage_id JOIN deals d ON d.id = m.deal_id
           ORDER BY m.deal_id, s.position""").fetchall()
    assert len(rows) > DEFAULT_DEALS  # most deals passed one milestone, many several
    previous: dict[int, tuple[int, date]] = {}
    for r in rows:
        on = date.fromisoformat(r["confirmed_on"])
        assert _day(r["created_at"]) <= on < TODAY
        assert _day(r["recorded_at"]) == on  # entered the day it happened
        if r["deal_id"] in previous:
            position, before = previous[r["deal_id"]]
            assert r["position"] == position + 1 and on >= before
        else:
            assert r["position"] == 0
        previous[r["deal_id"]] = (r["position"], on)


def test_history_was_written_in_the_order_it_happened(demo: sqlite3.Connection) -> None:
    """Ids grow with time, as in a file used for years: every event, deal and milestone."""
    for table, column in (("events", "at"), ("deals", "created_at"), ("milestones", "recorded_at")):
        stamps = [r[0] for r in demo.execute(f"SELECT {column} FROM {table} ORDER BY id")]
        assert stamps == sorted(stamps), table
        assert datetime.fromisoformat(stamps[-1]) < datetime.now().astimezone()
    # a deal's log starts with its creation, at its creation
    first = demo.execute("""SELECT d.created_at, e.at, e.kind FROM deals d JOIN events e
        ON e.id = (SELECT min(id) FROM events WHERE deal_id = d.id)""").fetchall()
    assert all(r["kind"] == "created" and r["at"] == r["created_at"] for r in first)


def test_required_work_was_done_before_each_milestone(demo: sqlite3.Connection) -> None:
    for table in ("tasks", "deliverables"):
        undone = demo.execute(f"""SELECT count(*) FROM {table} w JOIN milestones m
            ON m.deal_id = w.deal_id AND m.stage_id = w.stage_id
            WHERE m.outcome = 'reached' AND w.required AND NOT w.done""").fetchone()[0]
        assert undone == 0
        done_later = demo.execute(f"""SELECT count(*) FROM {table} w JOIN deals d ON d.id = w.deal_id
            WHERE d.status = 'open' AND w.stage_id = d.stage_id AND w.done""").fetchone()[0]
        assert done_later > 0 or table == "deliverables"  # open deals are under way


def test_outcomes_look_like_a_real_pipeline(demo: sqlite3.Connection) -> None:
    deals = demo.execute("SELECT id, status, created_at, archived FROM deals").fetchall()
    statuses = Counter(r["status"] for r in deals)
    assert set(statuses) == {"open", "won", "lost", "abandoned"}
    assert statuses["lost"] + statuses["abandoned"] > statuses["won"]
    old = [r for r in deals if _ago(r["created_at"]) > 540]
    assert sum(r["status"] != "open" for r in old) >= 0.85 * len(old)  # older deals mostly closed
    recent = [r for r in deals if _ago(r["created_at"]) <= 120]
    assert sum(r["status"] == "open" for r in recent) > len(recent) / 2  # recent ones mostly open
    assert any(r["archived"] for r in old) and not any(r["archived"] and r["status"] == "open" for r in deals)
    # many deals end early: more end in the first half of their process than in the second
    ends = demo.execute("""SELECT s.position * 2 < (SELECT count(*) FROM stages WHERE process_id = d.process_id)
        FROM deals d JOIN stages s ON s.id = d.stage_id WHERE d.status IN ('lost', 'abandoned')""").fetchall()
    assert sum(r[0] for r in ends) > len(ends) / 2
    assert demo.execute("SELECT count(*) FROM deals WHERE follow_up_of IS NOT NULL").fetchone()[0] >= 1


def test_reasons_are_varied_and_in_both_languages(demo: sqlite3.Connection) -> None:
    reasons = [r[0] for r in demo.execute(
        "SELECT close_reason FROM deals WHERE status IN ('lost', 'abandoned')")]
    categories = Counter(CATEGORY[r] for r in reasons if r in CATEGORY)
    assert len(categories) >= 5 and len(set(reasons)) >= 10
    assert any(any("\u4e00" <= ch <= "\u9fff" for ch in r) for r in reasons)
    assert any(r.isascii() for r in reasons)
    decisions = [r[0] for r in demo.execute("SELECT decision FROM milestones WHERE outcome = 'against'")]
    assert decisions and all(d in CATEGORY for d in decisions)  # the customer's decision is recorded


def test_some_deals_are_idle_and_some_close_dates_overdue(demo: sqlite3.Connection) -> None:
    idle = demo.execute("""SELECT count(*) FROM deals d WHERE d.status = 'open' AND
        julianday(?) - julianday(coalesce((SELECT max(confirmed_on) FROM milestones WHERE deal_id = d.id),
                                           substr(d.created_at, 1, 10))) > 90""", [TODAY.isoformat()]).fetchone()[0]
    assert idle >= 3
    overdue = demo.execute("SELECT count(*) FROM deals WHERE status = 'open' AND expected_close < ?",
                           [TODAY.isoformat()]).fetchone()[0]
    assert overdue >= 3
    slipped = demo.execute("SELECT count(*) FROM events WHERE kind = 'edited' AND field = 'expected_close'")
    assert slipped.fetchone()[0] >= 1


def test_the_demo_file_keeps_every_rule(tmp_path: Path) -> None:
    planner = build(tmp_path / "check.planner", deals=400)
    try:
        assert len(planner.deals.all()) == 400
        assert planner.file.check() == []
    finally:
        planner.close()


def _content(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in CHAINED_AND_DATED}
    finally:
        conn.close()


def test_the_same_day_builds_the_same_file(tmp_path: Path) -> None:
    day = TODAY - timedelta(days=10)
    files = []
    for name in ("one", "two"):
        planner = build(tmp_path / f"{name}.planner", deals=60, today=day)
        files.append((planner.file.fingerprint(), _content(tmp_path / f"{name}.planner")))
        planner.close()
    (print_one, one), (print_two, two) = files
    assert one == two and print_one == print_two  # every row, timestamps included
    assert one["events"] and one["milestones"] and one["ledger"]
    assert max(_day(r[2]) for r in one["events"]) < day  # nothing after the day it was built for
