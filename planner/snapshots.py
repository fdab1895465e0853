"""Automatic snapshots of the open planner file: when they are taken, how long they are kept,
and restoring one.

- **Daily**: the first time a file is opened on a (local) day. A daily becomes a *weekly*
  when no weekly was taken in the seven days before, so weeklies come by themselves.
- **Before a risky operation**: an upgrade of the file (taken by the store's migration),
  an import, a restore: call :func:`before_risky`.
- **Kept**: dailies for ``snapshot_days`` days (7), the newest ``snapshot_weeks`` weeklies (4),
  the newest :data:`EVENTS_KEPT` of each kind of risky operation; the newest snapshot of all
  is never removed, however old.

The snapshots live in the app-data folder, one folder per planner file
(``planner.store.snapshot_files.folder_for``), the files are written by the store.
Functions take a ``now`` (an aware datetime) so tests can set the clock.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from planner import settings
from planner.store import snapshot_files
from planner.store.snapshot_files import Kind, SnapshotFile

if TYPE_CHECKING:
    from planner.services import Planner

__all__ = ["EVENTS", "EVENTS_KEPT", "Kind", "Retention", "Snapshot", "before_risky", "daily_if_due",
           "expired", "folder", "listing", "prune", "restore"]

log = logging.getLogger("planner.snapshots")

Snapshot = SnapshotFile
EVENTS = (Kind.BEFORE_UPGRADE, Kind.BEFORE_IMPORT, Kind.BEFORE_RESTORE)
EVENTS_KEPT = 3  # of each kind: the last few upgrades, imports and restores can be undone
WEEK = 7


@dataclass(frozen=True)
class Retention:
    """How many snapshots to keep.

    The numbers are settings of the planner file (``planner.settings``), not of the person's
    QSettings: how much history a file deserves goes with the file (a consultant's main file
    keeps more wherever it is opened); the one settings dialog edits them with the file's other
    settings; and this policy stays Qt-free, so the command line and the store's upgrade keep
    to the same numbers. A file never asks for fewer than one of each.
    """

    days: int = 7
    weeks: int = 4

    @classmethod
    def of(cls, stored: dict[str, str]) -> Retention:
        return cls(max(1, settings.SNAPSHOT_DAYS.of(stored)), max(1, settings.SNAPSHOT_WEEKS.of(stored)))


def _now(now: datetime | None) -> datetime:
    return now if now is not None else datetime.now(UTC)


def local_day(moment: datetime) -> date:
    """The day a person lives ``moment`` in: the computer's time zone."""
    return moment.astimezone().date()


def folder(planner_file: Path) -> Path:
    return snapshot_files.folder_for(planner_file)


def listing(planner_file: Path) -> list[Snapshot]:
    """The snapshots of ``planner_file``, newest first."""
    return snapshot_files.listing(folder(planner_file))


def expired(snapshots: Sequence[Snapshot], now: datetime, keep: Retention,
            protected: Iterable[Path] = ()) -> list[Snapshot]:
    """Which of ``snapshots`` the retention removes (a pure function of the list and the clock)."""
    newest_first = sorted(snapshots, key=lambda s: s.taken_at, reverse=True)
    today = local_day(now)
    kept: set[Path] = set(protected)
    if newest_first:
        kept.add(newest_first[0].path)  # never leave a file without any snapshot
    kept |= {s.path for s in newest_first
             if s.kind is Kind.DAILY and (today - local_day(s.taken_at)).days < keep.days}
    kept |= {s.path for s in [s for s in newest_first if s.kind is Kind.WEEKLY][:keep.weeks]}
    for kind in EVENTS:
        kept |= {s.path for s in [s for s in newest_first if s.kind is kind][:EVENTS_KEPT]}
    return [s for s in newest_first if s.path not in kept]


def prune(planner_file: Path, keep: Retention, now: datetime | None = None,
          protected: Iterable[Path] = ()) -> list[Snapshot]:
    """Remove the snapshots the retention no longer keeps; returns them."""
    gone = expired(listing(planner_file), _now(now), keep, protected)
    for snapshot in gone:
        try:
            snapshot_files.remove(snapshot)
        except OSError:
            log.warning("could not remove the old snapshot %s", snapshot.path, exc_info=True)
        else:
            log.info("removed the old snapshot %s", snapshot.path)
    return gone


def _take(planner: Planner, kind: Kind, now: datetime) -> Snapshot:
    return snapshot_files.write(planner.store.conn, folder(planner.path), kind, now)


def before_risky(planner: Planner, kind: Kind, now: datetime | None = None) -> Snapshot:
    """A snapshot before an operation that rewrites much of the file (import, restore...).

    Call it outside a transaction, and give up the operation if it raises ``WriteFailed``:
    the user was promised a way back."""
    assert kind in EVENTS, kind
    now = _now(now)
    snapshot = _take(planner, kind, now)
    prune(planner.path, Retention.of(planner.settings.all()), now, protected=[snapshot.path])
    return snapshot


def daily_if_due(planner: Planner, now: datetime | None = None) -> Snapshot | None:
    """Today's snapshot, if the file has none yet (call it each time a file is opened), then
    the retention's clean-up.

    Raises ``WriteFailed`` when the snapshot cannot be written; the file itself is untouched.
    """
    job = daily_job(planner, now)
    return job() if job is not None else None


def daily_job(planner: Planner, now: datetime | None = None) -> Callable[[], Snapshot | None] | None:
    """What ``daily_if_due`` does, decided now (cheap: a folder listing) and done by the
    returned function, which needs no Planner: it reads the file through a connection of its
    own, so a window can run it in a thread (a 10,000-deal file takes about half a second).
    None when nothing is due."""
    if snapshot_files.is_snapshot(planner.path):
        return None  # a snapshot opened to look at it: its own history is its folder's
    now = _now(now)
    today = local_day(now)
    keep = Retention.of(planner.settings.all())
    path = planner.path
    regular = [s for s in listing(path) if s.kind in (Kind.DAILY, Kind.WEEKLY)]
    if any(local_day(s.taken_at) == today for s in regular):
        prune(path, keep, now)
        return None
    recent_weekly = any(s.kind is Kind.WEEKLY and 0 <= (today - local_day(s.taken_at)).days < WEEK
                        for s in regular)
    kind = Kind.DAILY if recent_weekly else Kind.WEEKLY

    def take() -> Snapshot:
        snapshot = snapshot_files.write_from_file(path, folder(path), kind, now)
        prune(path, keep, now)
        return snapshot

    return take


def restore(planner: Planner, snapshot: Snapshot, now: datetime | None = None) -> Snapshot:
    """Put ``snapshot`` back in place of the open file; returns the "before restore" snapshot
    of what the file held until now.

    The snapshot is checked first (damaged, foreign or newer ones are refused with the same
    words as opening them); then the current state is snapshotted (no way back, no restore);
    then the pages are copied into the open file in one transaction. Whatever fails, the file
    is left as it was. Afterwards the caller must reopen the file: the open Planner's view is
    stale, and an older snapshot may need the upgrade that opening applies.
    """
    now = _now(now)
    keep = Retention.of(planner.settings.all())  # read now: an old snapshot may predate the settings
    snapshot_files.check_restorable(snapshot.path)
    before = _take(planner, Kind.BEFORE_RESTORE, now)
    snapshot_files.restore_into(planner.store.conn, snapshot.path)
    log.info("restored %s from %s; the state before is in %s", planner.path, snapshot.path, before.path)
    prune(planner.path, keep, now, protected=[snapshot.path, before.path])
    return before
