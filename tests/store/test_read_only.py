"""Opening a planner file read-only: it reads what a running app wrote (its WAL too) and
never writes a byte to the file or its WAL, even when the file needs an upgrade."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from builders import confirm_current, new_deal, old_file

from planner.domain.errors import PlannerError
from planner.domain.model import Account
from planner.services import Confirmation, Planner
from planner.store.errors import FileReadOnly


def state(path: Path) -> tuple[str, ...]:
    """The file and its WAL, byte for byte, and what else lies next to them.

    To share locks with a running app, SQLite may create an empty WAL and its index
    (-shm) next to a WAL-mode file: they hold no data, so an empty WAL counts as none.
    """
    wal = Path(f"{path}-wal")
    logged = wal.read_bytes() if wal.exists() else b""
    return (hashlib.sha256(path.read_bytes()).hexdigest(),
            hashlib.sha256(logged).hexdigest() if logged else "",
            *sorted(p.name for p in path.parent.iterdir() if not p.name.endswith(("-shm", "-wal"))))


def test_it_reads_a_running_apps_wal_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "live.planner"
    app = Planner.open(path, create=True)
    deal_id = new_deal(app)
    confirm_current(app, deal_id)  # committed to the WAL, not yet checkpointed into the file
    before = state(path)
    viewer = Planner.open(path, read_only=True)
    assert viewer.read_only and viewer.deals.get(deal_id).title == "Deal"
    assert len(viewer.milestones.of(deal_id)) == 1
    app.deals.update(deal_id, title="Renamed by the app")
    assert viewer.deals.get(deal_id).title == "Renamed by the app"  # each read sees the latest commit
    middle = state(path)
    for read in (viewer.deals.all, viewer.settings.all, lambda: viewer.work.get(deal_id), viewer.file.check,
                 lambda: viewer.deals.cards(app.deals.get(deal_id).process_id)):
        read()
    viewer.close()
    assert state(path) == middle and before != middle
    app.close()


WRITES = {
    "create an account": lambda p, d: p.accounts.create(Account(name="New")),
    "edit a deal": lambda p, d: p.deals.update(d, title="Other"),
    "confirm": lambda p, d: p.milestones.confirm(d, [Confirmation(p.deals.get(d).stage_id, p.milestones.of(d)[0].confirmed_on, "x")]),
    "a setting": lambda p, d: p.settings.set("idle_days", "3"),
    "a note": lambda p, d: p.work.set_note(d, p.deals.get(d).stage_id, "note"),
    "abandon": lambda p, d: p.deals.abandon(d, "no budget"),
    "delete": lambda p, d: p.deals.delete(d),
}


@pytest.mark.parametrize("write", WRITES.values(), ids=WRITES.keys())
def test_every_write_is_refused_with_a_clear_message(tmp_path: Path, write) -> None:
    path = tmp_path / "f.planner"
    app = Planner.open(path, create=True)
    deal_id = new_deal(app)
    confirm_current(app, deal_id)
    app.close()
    before = state(path)
    viewer = Planner.open(path, read_only=True)
    with pytest.raises(FileReadOnly, match="read-only") as refused:
        write(viewer, deal_id)
    assert isinstance(refused.value, PlannerError) and str(path) in str(refused.value)
    viewer.close()
    assert state(path) == before


def test_an_older_file_is_upgraded_in_memory_only(tmp_path: Path) -> None:
    path = old_file(tmp_path / "v2.planner", 2, "INSERT INTO accounts (name) VALUES ('Kept')")
    before = state(path)
    viewer = Planner.open(path, read_only=True)
    assert [a.name for a in viewer.accounts.all()] == ["Kept"]
    assert [str(p) for p in viewer.file.check()] == []
    with pytest.raises(FileReadOnly):
        viewer.accounts.create(Account(name="New"))
    viewer.close()
    assert state(path) == before  # no backup, no upgrade, the version unchanged
    assert int.from_bytes(path.read_bytes()[60:64], "big") == 2


def test_a_missing_file_is_not_created(tmp_path: Path) -> None:
    with pytest.raises(PlannerError, match="does not exist"):
        Planner.open(tmp_path / "none.planner", create=True, read_only=True)
    assert list(tmp_path.iterdir()) == []


def test_begin_open_read_only_gives_a_read_only_planner(tmp_path: Path) -> None:
    path = tmp_path / "f.planner"
    app = Planner.open(path, create=True)
    new_deal(app)
    app.close()
    viewer = Planner.begin_open(path, read_only=True)()
    assert viewer.read_only and len(viewer.deals.all()) == 1
    with pytest.raises(FileReadOnly):
        viewer.settings.set("idle_days", "4")
    viewer.close()


def test_viewing_a_current_file_loads_no_sqlite_utils(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "f.planner"
    Planner.open(path, create=True).close()
    code = ("import sys\nfrom planner.services import Planner\n"
            f"p = Planner.open({str(path)!r}, read_only=True)\np.deals.all(); p.settings.all(); p.close()\n"
            "assert 'sqlite_utils' not in sys.modules, 'sqlite_utils loaded'\n")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_a_folder_nobody_may_write_to_is_read_as_it_is(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where SQLite cannot create the WAL index (a CD, a read-only share), no app can be
    writing either: the file is read immutable. With a WAL there, it is refused instead."""
    from planner.store import read_only

    path = tmp_path / "f.planner"
    app = Planner.open(path, create=True)
    deal_id = new_deal(app)
    app.close()
    shared = read_only._read_only_uri
    # as on a read-only medium: the shared-lock connection cannot open, the immutable one can
    monkeypatch.setattr(read_only, "_read_only_uri", lambda p, immutable=False: shared(p, immutable)
                        + ("" if immutable else "&vfs=no-such-vfs"))
    viewer = Planner.open(path, read_only=True)
    assert viewer.deals.get(deal_id).title == "Deal"
    viewer.close()
    Path(f"{path}-wal").write_bytes(b"")
    with pytest.raises(PlannerError, match="Cannot open"):
        Planner.open(path, read_only=True)
