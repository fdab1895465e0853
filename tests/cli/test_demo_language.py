"""The demo in the chosen language (#14 §3): ``deal-planner --lang en demo`` and File › Open the
Demo write every word of the demo in the UI's language, while the seeded history keeps its
shape (the same deals, values, steps and days in any language)."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from planner.demo import build, history

TODAY = date(2026, 12, 2)
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


def shape(plan: history.Plan) -> list[tuple[object, ...]]:
    """Everything of a plan but its words."""
    out: list[tuple[object, ...]] = [(len(plan.customers), plan.start, tuple(plan.processes))]
    for p in plan.processes.values():
        out += [(s.ref_key, s.win_rate, len(s.tasks), len(s.deliverables), tuple(s.required_roles)) for s in p.stages]
    for c in plan.customers:
        parts = tuple((x.role, x.attitude, x.influence) for x in c.contacts)
        out.append((c.english, c.processes, len(c.contacts), parts))
    for d in plan.deals:
        out.append((d.customer, d.process, d.value, d.currency, d.created, d.expected_close, d.next_target,
                    d.follow_up_of, bool(d.risks)))
        out += [(s.on, s.second, s.do, s.stage, bool(s.text), bool(s.decision), len(s.ticks), s.next_target,
                 s.expected_close, s.category) for s in d.steps]
    return out


@pytest.mark.parametrize("total", [120, 320])  # 320: a large file with customers of its own
def test_the_language_changes_the_words_only(total: int) -> None:
    mixed, english, chinese = (history.plan(total, TODAY, language=lang) for lang in (None, "en", "zh_TW"))
    assert shape(mixed) == shape(english) == shape(chinese)
    assert [d.title for d in mixed.deals] != [d.title for d in english.deals] != [d.title for d in chinese.deals]


def texts(plan: history.Plan) -> list[str]:
    out = [p.name for p in plan.processes.values()]
    out += [x for p in plan.processes.values() for s in p.stages for x in (s.name, s.milestone, s.description)]
    for c in plan.customers:
        a = c.account
        out += [a.name, a.industry, a.size, a.kind, a.relationship, a.notes]
        out += [x.title for x in c.contacts]
    for d in plan.deals:
        out += [d.title, d.risks] + [x for s in d.steps for x in (s.text, s.decision)]
    return [t for t in out if t]


def test_an_english_plan_has_no_chinese_and_a_chinese_plan_no_english_titles() -> None:
    english = history.plan(320, TODAY, language="en")
    assert [t for t in texts(english) if CJK.search(t)] == []
    chinese = history.plan(320, TODAY, language="zh_TW")
    assert [d.title for d in chinese.deals if not CJK.search(d.title)] == []
    assert all(CJK.search(c.account.name) for c in chinese.customers)


def test_an_english_demo_file_says_nothing_in_chinese(tmp_path: Path) -> None:
    path = tmp_path / "en.planner"
    build(path, today=TODAY, language="en").close()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        found = []
        tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        assert {"deals", "milestones", "events", "deal_contacts", "accounts"} <= set(tables)
        for table in tables:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[2].upper() == "TEXT"]
            for column in columns:
                found += [(table, column, v) for (v,) in conn.execute(f"SELECT {column} FROM {table}")
                          if isinstance(v, str) and CJK.search(v)]
        next_steps = [v for (v,) in conn.execute("SELECT next_step FROM deals") if v]
    finally:
        conn.close()
    assert found == []
    assert next_steps and not any(CJK.search(v) for v in next_steps)


def test_the_command_writes_the_demo_in_its_lang(tmp_path: Path) -> None:
    path = tmp_path / "demo.planner"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "planner", "--lang", "en", "demo", "--db", str(path)],
                            capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        titles = [t for (t,) in conn.execute("SELECT title FROM deals")]
    finally:
        conn.close()
    assert "Smart factory MES rollout" in titles and not any(CJK.search(t) for t in titles)
