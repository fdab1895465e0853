"""The board's census of a process's deals (the status bar's counts, the account filter's
accounts) is read from an index alone, and counts as the deals are."""

from __future__ import annotations

from pathlib import Path

from builders import confirm_current, simple_process

from planner.domain.model import Account, Deal, Outcome
from planner.services import Planner
from planner.store import board_reads


def test_the_census_counts_by_account_closed_and_archived(tmp_path: Path) -> None:
    planner = Planner.open(tmp_path / "census.planner", create=True)
    pid = planner.processes.create(simple_process(2))
    other = planner.processes.create(simple_process(2, name="Other"))
    acme = planner.accounts.create(Account(name="Acme"))
    beta = planner.accounts.create(Account(name="Beta"))
    deals = [planner.deals.create(Deal(acme if n % 3 else beta, pid, f"Deal {n}")) for n in range(9)]
    planner.deals.create(Deal(acme, other, "Elsewhere"))
    confirm_current(planner, deals[0], outcome=Outcome.AGAINST)  # beta, closed
    confirm_current(planner, deals[1], outcome=Outcome.AGAINST)  # acme, closed
    planner.deals.archive(deals[1])
    planner.deals.archive(deals[2])  # acme, open, archived
    store = planner.store
    census = board_reads._census(store, pid)
    assert census == {(beta, True, False): 1, (beta, False, False): 2,
                      (acme, True, True): 1, (acme, False, True): 1, (acme, False, False): 4}
    assert board_reads.count(store, pid, archived=False, closed=False) == 6
    assert board_reads.count(store, pid, archived=True, closed=False) == 7
    assert board_reads.count(store, pid, archived=True, closed=True) == 2
    path = planner.path
    planner.close()
    # counted alone, before any census (the status bar at start-up): the same numbers
    again = Planner.open(path)
    alone = {(a, c): board_reads.count(again.store, pid, archived=a, closed=c)
             for a in (False, True) for c in (False, True)}
    assert ("census", pid) not in board_reads.kept(again.store)
    assert alone == {(False, False): 6, (True, False): 7, (False, True): 1, (True, True): 2}
    plan = " ".join(r[3] for r in again.store.conn.execute(
        "EXPLAIN QUERY PLAN " + board_reads.COUNT, {"process": pid, "open": True, "archived": False}))
    assert "COVERING INDEX" in plan
    again.close()


def test_the_census_reads_the_index_not_the_deals(tmp_path: Path) -> None:
    planner = Planner.open(tmp_path / "plan.planner", create=True)
    plan = " ".join(r[3] for r in planner.store.conn.execute("EXPLAIN QUERY PLAN " + board_reads.CENSUS, [1]))
    assert "COVERING INDEX deals_by_process_account" in plan
    assert "TEMP B-TREE" not in plan
    planner.close()


def test_the_usual_currency_is_counted_from_an_index(tmp_path: Path) -> None:
    planner = Planner.open(tmp_path / "currency.planner", create=True)
    pid = planner.processes.create(simple_process(2))
    acme = planner.accounts.create(Account(name="Acme"))
    for currency in ("USD", "TWD", "USD", "JPY"):
        planner.deals.create(Deal(acme, pid, f"In {currency}", currency=currency))
    assert planner.store.usual_currency() == "USD"
    plan = " ".join(r[3] for r in planner.store.conn.execute("EXPLAIN QUERY PLAN " + board_reads.USUAL_CURRENCY))
    assert "COVERING INDEX deals_by_currency" in plan
    planner.close()
