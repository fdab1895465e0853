"""The store on a plain sqlite3 connection: transactions, the check in the background, no
sqlite-utils for a current file."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from builders import confirm_current, new_deal, simple_process

from planner.domain.errors import FileRefused, PlannerError, RuleViolation
from planner.domain.model import Account
from planner.services import Planner
from planner.store import database


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def closed_file(tmp_path: Path, name: str = "real.planner") -> Path:
    path = tmp_path / name
    p = Planner.open(path, create=True)
    confirm_current(p, new_deal(p))
    p.close()  # the last connection checkpoints: everything is in the file itself
    return path


def damaged(tmp_path: Path, kind: str) -> Path:
    data = bytearray(closed_file(tmp_path).read_bytes())
    target = tmp_path / f"{kind}.planner"
    if kind == "truncated":
        target.write_bytes(bytes(data[:3 * 4096]))
    else:
        data[4096:8192] = b"\xff" * 4096  # a whole page of garbage
        target.write_bytes(bytes(data))
    return target


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_current_file_is_opened_and_edited_without_sqlite_utils(tmp_path: Path) -> None:
    """sqlite-utils (with click, dateutil, plugins) costs a third of the start-up."""
    path = closed_file(tmp_path)
    code = (
        "import sys\n"
        "from planner.services import Planner\n"
        f"p = Planner.open({str(path)!r})\n"
        "aid = p.accounts.create(__import__('planner.domain.model', fromlist=['Account']).Account(name='Beta'))\n"
        "p.settings.set('idle_days', '9')\n"
        "deal = p.deals.all()[0]\n"
        "p.work.set_note(deal.id, deal.stage_id, 'a note')\n"
        "p.close()\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlite_utils', 'click', 'dateutil', 'pluggy'))\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
    p = Planner.open(path)
    assert p.settings.all()["idle_days"] == "9"
    deal = p.deals.all()[0]
    assert p.work.get(deal.id).notes[deal.stage_id] == "a note"
    assert "Beta" in [a.name for a in p.accounts.all()]
    p.close()


def test_a_failed_use_case_leaves_nothing_behind(planner: Planner) -> None:
    store = planner.store
    with pytest.raises(ZeroDivisionError), store.transaction():
        store.insert_account(Account(name="Half done"))
        1 / 0  # noqa: B018
    assert planner.accounts.all() == []


def test_a_nested_transaction_undoes_only_its_own_part(planner: Planner) -> None:
    store = planner.store
    with store.transaction():
        store.insert_account(Account(name="Kept"))
        with pytest.raises(ValueError), store.transaction():
            store.insert_account(Account(name="Undone"))
            raise ValueError
        store.insert_account(Account(name="Also kept"))
    assert sorted(a.name for a in planner.accounts.all()) == ["Also kept", "Kept"]
    assert not store.conn.in_transaction


def test_a_refusal_by_the_file_becomes_a_domain_error_and_changes_nothing(planner: Planner) -> None:
    deal_id = new_deal(planner)
    confirm_current(planner, deal_id)
    milestone = planner.milestones.of(deal_id)[0]
    with pytest.raises(RuleViolation), planner.store.transaction():
        planner.store.insert_account(Account(name="Written first"))
        planner.store.conn.execute("UPDATE milestones SET evidence = 'rewritten' WHERE id = ?", [milestone.id])
    assert planner.milestones.of(deal_id)[0].evidence == milestone.evidence
    assert "Written first" not in [a.name for a in planner.accounts.all()]


def test_atomic_commits_and_rolls_back_like_sqlite_utils(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "x.db", isolation_level=None)
    conn.execute("CREATE TABLE t (v INTEGER)")
    with database.atomic(conn):
        conn.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(KeyError), database.atomic(conn):
            conn.execute("INSERT INTO t VALUES (2)")
            raise KeyError
    with pytest.raises(RuntimeError), database.atomic(conn):
        conn.execute("INSERT INTO t VALUES (3)")
        raise RuntimeError
    assert [r[0] for r in conn.execute("SELECT v FROM t")] == [1]
    assert not conn.in_transaction
    conn.close()


def test_a_stage_of_another_process_is_never_rewritten(planner: Planner) -> None:
    mine = planner.processes.get(planner.processes.create(simple_process(2, name="Mine")))
    other = planner.processes.get(planner.processes.create(simple_process(2, name="Other")))
    mine.stages[1] = other.stages[1]
    with pytest.raises(RuleViolation):
        planner.processes.update(mine)
    assert [s.name for s in planner.processes.get(other.id).stages] == ["Stage 1", "Stage 2"]
    assert planner.processes.get(other.id).stages[1].process_id == other.id


def test_begin_open_refuses_what_the_header_shows_at_once(tmp_path: Path) -> None:
    text = tmp_path / "notes.planner"
    text.write_text("name,value\n")
    with pytest.raises(FileRefused, match="not a Deal Planner file"):
        Planner.begin_open(text)
    with pytest.raises(FileRefused, match="does not exist"):
        Planner.begin_open(tmp_path / "missing.planner")


@pytest.mark.parametrize("kind", ["corrupt", "truncated"])
def test_begin_open_never_writes_a_damaged_file_and_leaves_it_untouched(kind: str, tmp_path: Path) -> None:
    """Refused at once when it cannot even be read (truncated); otherwise opened while the
    check runs (see tests/store/test_background_check.py), whose verdict refuses every write."""
    path = damaged(tmp_path, kind)
    before, siblings = digest(path), names(tmp_path)
    finish = Planner.begin_open(path)  # the header is fine: the check runs in the background
    if kind == "truncated":
        with pytest.raises(FileRefused, match="damaged"):
            finish()
    else:
        planner = finish()
        check = planner.file.integrity_check()
        assert check is not None and check.wait(10) and check.problem is not None
        with pytest.raises(PlannerError, match="damaged"):
            planner.accounts.create(Account(name="Into the damage"))
        planner.close()
    assert digest(path) == before
    assert names(tmp_path) == siblings  # no -wal, no -shm, no backup


def test_begin_open_gives_the_same_planner_as_open(tmp_path: Path) -> None:
    path = closed_file(tmp_path)
    planner = Planner.begin_open(path)()
    deal = planner.deals.all()[0]
    assert len(planner.milestones.of(deal.id)) == 1
    planner.accounts.create(Account(name="After"))  # writable
    planner.close()
    created = Planner.begin_open(tmp_path / "new.planner", create=True)()
    assert created.processes.summaries() == []
    created.close()


def test_the_app_refuses_a_damaged_file_in_one_line(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    """The check runs while the window loads; its verdict still comes before any use."""
    path = damaged(tmp_path, "corrupt")
    before, siblings = digest(path), names(tmp_path)
    home = tmp_path_factory.mktemp("home")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DEAL_PLANNER_DATA_DIR": str(home / "data"),
           "XDG_CONFIG_HOME": str(home / "config")}
    result = subprocess.run([sys.executable, "-m", "planner", "--db", str(path), "--quit-after-startup"],
                            capture_output=True, text=True, timeout=120, env=env, check=False)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode != 0
    assert len(lines) == 1 and "damaged" in lines[0] and "Traceback" not in result.stderr
    assert digest(path) == before
    assert names(tmp_path) == siblings
