"""Reads beside the app's own connection, in a thread: the latest question only, answered
from what the file holds, with errors handed back, and nothing run where another connection
would not see what the app's sees."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date
from pathlib import Path

import pytest
from builders import new_deal, simple_process

from planner.domain.model import Account, Deal
from planner.services import Planner
from planner.store import background_reads
from planner.store.background_reads import BackgroundReads
from planner.store.board_reads import CardQuery


@pytest.fixture
def planner(tmp_path: Path) -> Planner:
    p = Planner.open(tmp_path / "beside.planner", create=True)
    process = p.processes.create(simple_process(3))
    account = p.accounts.create(Account(name="Acme"))
    for n in range(5):
        p.deals.create(Deal(account, process, f"Kiosk {n}" if n % 2 else f"Scanner {n}"))
    yield p
    p.close()


def answer(reads: BackgroundReads, job) -> tuple[object, BaseException | None]:  # noqa: ANN001
    came = threading.Event()
    got: list[tuple[object, BaseException | None]] = []
    reads.ask(job, lambda result, error: (got.append((result, error)), came.set()))
    assert came.wait(10)
    return got[0]


def test_a_scan_read_beside_is_the_scan_read_here(planner: Planner) -> None:
    process = planner.processes.summaries()[0].id
    query = CardQuery(process_id=process, today=date.today(), words=("kiosk",))
    came = threading.Event()
    got = []
    stamp = planner.deals.board_scan_beside(query, "title", None, lambda s, e: (got.append((s, e)), came.set()))
    assert stamp == planner.deals.board_state()
    assert came.wait(10)
    scan, error = got[0]
    assert error is None and scan == planner.deals.board_scan(query, "title", None)
    assert scan.totals.open_deals == 2


def test_it_sees_what_the_app_committed(planner: Planner) -> None:
    reads = BackgroundReads(planner.path)
    try:
        count = lambda store: store.q("SELECT count(*) AS n FROM deals")[0]["n"]  # noqa: E731
        assert answer(reads, count) == (5, None)
        new_deal(planner, title="One more")
        assert answer(reads, count) == (6, None)
    finally:
        reads.close()


def test_only_the_latest_question_waiting_is_answered(planner: Planner) -> None:
    reads = BackgroundReads(planner.path)
    busy, release = threading.Event(), threading.Event()
    answered: list[str] = []
    done = threading.Event()

    def first(store):  # noqa: ANN001, ANN202
        busy.set()
        release.wait(10)
        return "first"

    try:
        reads.ask(first, lambda r, e: answered.append(r))
        assert busy.wait(10)
        reads.ask(lambda store: "second", lambda r, e: answered.append(r))  # dropped: a later one came
        reads.ask(lambda store: "third", lambda r, e: (answered.append(r), done.set()))
        release.set()
        assert done.wait(10)
        assert answered == ["first", "third"]
    finally:
        reads.close()


def test_an_error_is_handed_back_and_the_worker_goes_on(planner: Planner) -> None:
    reads = BackgroundReads(planner.path)
    try:
        result, error = answer(reads, lambda store: store.q("SELECT nothing FROM nowhere"))
        assert result is None and error is not None
        assert answer(reads, lambda store: 42) == (42, None)
    finally:
        reads.close()


def test_after_closing_nothing_more_is_asked(planner: Planner) -> None:
    reads = BackgroundReads(planner.path)
    assert answer(reads, lambda store: 1) == (1, None)
    reads.close()
    with pytest.raises(RuntimeError):
        reads.ask(lambda store: 2, lambda r, e: None)


def test_nothing_is_read_beside_a_file_only_this_connection_sees(planner: Planner) -> None:
    assert background_reads.state(planner.store) is not None
    planner.store.conn.execute("BEGIN")
    try:  # mid-transaction: its changes are its own
        assert background_reads.state(planner.store) is None
        assert planner.deals.board_scan_beside(
            CardQuery(process_id=1, today=date.today()), "close", None, lambda s, e: None) is None
    finally:
        planner.store.conn.execute("ROLLBACK")
    memory = sqlite3.connect(":memory:")
    try:
        class InMemory:
            conn = memory

        assert background_reads.state(InMemory()) is None  # type: ignore[arg-type]
    finally:
        memory.close()


def test_a_scan_with_its_first_cards_holds_the_cards_of_each_columns_first_ids(planner: Planner) -> None:
    process = planner.processes.summaries()[0].id
    query = CardQuery(process_id=process, today=date.today(), words=("s",))
    scan = planner.store.board_scan(query, "title", None, first=2)
    heads = [i for ids in scan.stages.values() for i in ids[:2]]
    assert heads and sorted(scan.ready) == sorted(heads)
    assert list(scan.ready.values()) == planner.deals.board_cards(list(scan.ready))
