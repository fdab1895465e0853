"""The demo written in bulk (#15): the same file, row for row and seal for seal, as the plan
written step by step through the services (in this process, or with its statements made by a
second one), and every rule of the file still judging each row."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from planner.demo import bulk, history, replay, statements
from planner.demo.history import Do
from planner.domain import event_values, messages
from planner.domain.errors import PlannerError
from planner.services import Planner
from planner.store import chain, search

DAY = date.today() - timedelta(days=3)
# written when the file was created, not by the demo: the one column allowed to differ
CREATED = {"_sqlite_migrations": "applied_at"}
PRAGMAS = ("journal_mode", "page_size", "user_version", "application_id", "auto_vacuum", "encoding")


def _write(path: Path, writer: object, plan: history.Plan) -> str:
    planner = Planner.open(path, create=True)
    try:
        writer.write(planner, plan)  # type: ignore[attr-defined]  # replay or bulk
        assert planner.file.check() == []
        return planner.file.fingerprint()
    finally:
        planner.close()


def _content(path: Path) -> dict[str, object]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        out: dict[str, object] = {p: conn.execute(f"PRAGMA {p}").fetchone()[0] for p in PRAGMAS}
        out["schema"] = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
            if search.is_index_table(table) and table != search.TABLE:
                continue  # FTS5's own tables: the index compares by its text
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] != CREATED.get(table)]
            out[table] = conn.execute(f"SELECT rowid, {', '.join(columns)} FROM {table} ORDER BY rowid").fetchall()
        return out
    finally:
        conn.close()


def _built(path: Path, total: int, language: str | None) -> str:
    """The demo as ``build`` writes a large one: planned and made into statements by a second process."""
    planner = Planner.open(path, create=True)
    try:
        bulk.build(planner, total, DAY, language)
        assert planner.file.check() == []
        return planner.file.fingerprint()
    finally:
        planner.close()


def _same_files(one: Path, two: Path) -> None:
    first, second = _content(one), _content(two)
    assert second.keys() == first.keys()
    for key in first:
        assert second[key] == first[key], key
    assert first["journal_mode"] == "wal"
    counts = {t: len(first[t]) for t in ("deals", "milestones", "events", "tasks", "deal_contacts",  # type: ignore[arg-type]
                                        "milestone_contacts", "corrections", "ledger")}
    assert all(counts.values()), counts  # every kind of row was compared


# 30: the hand-written deals and a few more; 240: a large file, with customers of its own
@pytest.mark.parametrize(("total", "language"), [(30, None), (240, "en"), (240, "zh_TW")])
def test_bulk_writes_the_file_the_services_write(tmp_path: Path, total: int, language: str | None) -> None:
    by_services = _write(tmp_path / "services.planner", replay, history.plan(total, DAY, language=language))
    in_bulk = _write(tmp_path / "bulk.planner", bulk, history.plan(total, DAY, language=language))
    assert in_bulk == by_services  # the same sealed history
    _same_files(tmp_path / "services.planner", tmp_path / "bulk.planner")


def test_statements_made_by_a_second_process_write_the_same_file(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk, "LARGE", 0)  # as for 5,000 deals and more
    made_here = _write(tmp_path / "here.planner", bulk, history.plan(240, DAY))
    assert _built(tmp_path / "beside.planner", 240, None) == made_here
    _same_files(tmp_path / "here.planner", tmp_path / "beside.planner")


def test_a_second_process_that_fails_leaves_no_demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk, "LARGE", 0)
    planner = Planner.open(tmp_path / "demo.planner", create=True)
    try:
        with pytest.raises(RuntimeError, match="failed"):
            bulk.build(planner, 240, date(1, 1, 5), None)  # no history fits before the year 1
        assert planner.deals.all() == [] and planner.file.check() == []
        assert planner.store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        planner.close()


@pytest.mark.parametrize("large", [False, True])
def test_the_connection_keeps_its_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, large: bool) -> None:
    if large:  # written with its rollback journal in memory
        monkeypatch.setattr(bulk, "LARGE", 0)
    planner = Planner.open(tmp_path / "demo.planner", create=True)
    try:
        conn = planner.store.conn
        before = [conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("cache_size", "journal_mode", "foreign_keys")]
        bulk.write(planner, history.plan(30, DAY))
        after = [conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("cache_size", "journal_mode", "foreign_keys")]
        assert after == before and before[1:] == ["wal", 1]
    finally:
        planner.close()


def _required(plan: history.Plan, deal: history.PlannedDeal, stage: int) -> set[str]:
    found = plan.processes[deal.process].stages[stage]
    return {t.text for t in found.tasks + found.deliverables if t.required}


def _work_undone(plan: history.Plan) -> None:
    """A milestone confirmed with its required work left undone."""
    for deal in plan.deals:
        for i, s in enumerate(deal.steps):
            ticked = {t.text for x in deal.steps[:i] if x.do == Do.WORK and x.stage == s.stage for t in x.ticks}
            if s.do == Do.CONFIRM and _required(plan, deal, s.stage) - ticked:
                deal.steps[i] = s._replace(ticks=())
                return
    raise AssertionError("no milestone with required work")


def _stage_skipped(plan: history.Plan) -> None:
    deal = next(d for d in plan.deals if d.steps[1:] and d.steps[1].do == Do.CONFIRM)
    deal.steps[1] = deal.steps[1]._replace(stage=1)


def _in_the_future(plan: history.Plan) -> None:
    """The last step of a deal, a milestone, dated the day after tomorrow."""
    deal = next(d for d in plan.deals if d.steps[-1].do == Do.CONFIRM)
    deal.steps[-1] = deal.steps[-1]._replace(on=date.today() + timedelta(days=2))


@pytest.mark.parametrize(("breaks", "rule"), [(_work_undone, messages.MILESTONE_BLOCKED),
                                               (_stage_skipped, messages.MILESTONE_ORDER),
                                               (_in_the_future, messages.MILESTONE_FUTURE)])
@pytest.mark.parametrize("large", [False, True])
def test_the_files_rules_still_judge_every_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, large: bool,
                                               breaks: object, rule: messages.Rule) -> None:
    """Nothing is switched off: a plan the method forbids is refused by the file's triggers
    (bulk checks none of these itself), and the whole demo is rolled back, a large one's
    (journal in memory) too."""
    if large:
        monkeypatch.setattr(bulk, "LARGE", 0)
    plan = history.plan(30, DAY)
    breaks(plan)  # type: ignore[operator]  # one of the functions above
    planner = Planner.open(tmp_path / "demo.planner", create=True)
    try:
        with pytest.raises(PlannerError) as refused:
            bulk.write(planner, plan)
        assert refused.value.source == rule.says
        assert planner.deals.all() == [] and planner.file.check() == []
        assert planner.store.conn.execute("SELECT count(*) FROM events").fetchone()[0] == 0
        assert planner.store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        planner.close()


@pytest.mark.parametrize("value", [None, True, False, 0, 1, -7, 2**40, "", "x", "中文 “quoted”\n", 1.5,
                                   [1, 2], date(2026, 1, 2)])
def test_event_values_are_encoded_as_the_log_encodes_them(value: object) -> None:
    assert statements.encode(value) == event_values.encode(value)
    assert statements.encode(value) == event_values.encode(value)  # remembered, the same


def test_stamps_are_the_moments_the_store_writes() -> None:
    for second in (0, 1, 59, 3600, 35_999, 36_000, 86_399):
        at = replay.moment(DAY, second)
        assert statements.stamp(DAY, second) == at.strftime("%Y-%m-%dT%H:%M:%SZ")


def test_steps_come_in_the_order_they_happened() -> None:
    plan = history.plan(300, DAY)
    assert plan.steps() == sorted(s for d in plan.deals for s in d.steps)
    # the order holds for any deal index and step number, not only this plan's
    one = dataclasses.replace(plan.deals[0], steps=[history.Step(DAY, 5, 0, 70, Do.WORK)])
    two = dataclasses.replace(plan.deals[1], steps=[history.Step(DAY, 5, 1, 0, Do.WORK)])
    assert dataclasses.replace(plan, deals=[two, one]).steps() == [one.steps[0], two.steps[0]]


def test_a_large_history_is_sealed_in_steps_as_the_services_seal_it(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A seal encodes all it seals at once: a large demo is sealed every ``SEAL_STEPS`` steps
    inside its one transaction (memory stays flat), and the services' file (``replay``) is
    sealed after the same steps, so the two still match seal for seal, made here or beside."""
    monkeypatch.setattr(statements, "SEAL_STEPS", 100, raising=False)
    sealed: list[int] = []
    seal = chain.seal

    def counted(conn: sqlite3.Connection) -> int:
        sealed.append(seal(conn))
        return sealed[-1]

    monkeypatch.setattr(chain, "seal", counted)
    plan = history.plan(240, DAY)
    steps = len(plan.steps())
    by_services = _write(tmp_path / "services.planner", replay, plan)
    sealed.clear()
    in_bulk = _write(tmp_path / "bulk.planner", bulk, history.plan(240, DAY))
    assert in_bulk == by_services
    _same_files(tmp_path / "services.planner", tmp_path / "bulk.planner")
    ledger = _content(tmp_path / "bulk.planner")["ledger"]
    sealed = [n for n in sealed if n]  # not the new file's own seal, of nothing
    assert len(sealed) == steps // 100 + 1 and sum(sealed) == len(ledger)  # type: ignore[arg-type]
    assert max(sealed) < len(ledger) / 3  # type: ignore[arg-type]
    tables = [row[2] for row in ledger]  # type: ignore[union-attr]
    assert tables.index("events") < len(tables) - 1 - tables[::-1].index("milestones")  # interleaved
    monkeypatch.setattr(bulk, "LARGE", 0)  # the statements made by a second process seal alike
    assert _built(tmp_path / "beside.planner", 240, None) == in_bulk
    _same_files(tmp_path / "bulk.planner", tmp_path / "beside.planner")


def test_the_second_process_runs_this_planner_not_one_in_the_current_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``python -c`` puts the current folder first on the path: a ``planner`` there (another
    checkout, any folder of that name) would have made the statements."""
    monkeypatch.setattr(bulk, "LARGE", 0)
    other = tmp_path / "elsewhere" / "planner"
    other.mkdir(parents=True)
    (other / "__init__.py").write_text("raise ImportError('another planner')\n")
    monkeypatch.chdir(other.parent)
    made_here = _write(tmp_path / "here.planner", bulk, history.plan(240, DAY))
    assert _built(tmp_path / "beside.planner", 240, None) == made_here
