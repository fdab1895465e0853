"""The planner file itself: its settings, a backup, its checks and its fingerprint."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from planner.domain import rules
from planner.domain.errors import PlannerError
from planner.services.changes import Changes
from planner.services.noun import Noun

if TYPE_CHECKING:
    from planner.store.background_check import BackgroundCheck
    from planner.store.history_check import HistoryCheck


class Settings(Noun):
    """The file's own settings (see planner/settings.py for which live in the file)."""

    def all(self) -> dict[str, str]:
        """Everything the file's ``settings`` table holds, as text (older files also hold
        person settings there: see planner/settings.py)."""
        return self.store.settings()

    def set(self, key: str, value: str) -> Changes:
        """Store one of the file's own settings, checked and normalised by its declaration."""
        from planner import settings
        from planner.settings import BY_KEY, Scope

        setting = BY_KEY.get(key)
        if setting is None or setting.scope is not Scope.FILE:
            raise ValueError(f"{key!r} is not a setting of the planner file")  # a person's: QSettings
        if setting is settings.HOME_CURRENCY:  # the exchange rates are rebased onto it
            return self.planner.rates.set_home(value)
        text = setting.text(setting.parse(value))  # InvalidInput says what is expected
        with self.write() as changes:
            self.store.set_setting(key, rules.check_text(text))
            changes.settings.add(key)
        return changes.frozen()


class PlannerFile(Noun):
    def backup(self, target: Path, force: bool = False) -> None:
        """A consistent copy of the file at ``target``: copied through SQLite's backup API into
        memory, then written all at once (``safe_write``), so no journal or partial file is ever
        left beside it; never onto this file, its working files or a file open elsewhere;
        over another planner file only with ``force``."""
        from planner import safe_write
        from planner.store import copies

        safe_write.write_output(Path(target), lambda stream: stream.write(copies.image(self.store.conn)),
                                source=self.planner.path, force=force)

    def check(self, full: bool = False) -> list[PlannerError]:
        """Integrity, the method's invariants, the search index, the schema and the hash chain; empty when all
        is well. ``full`` runs SQLite's full integrity check (indexes too) instead of the quick one."""
        from planner.store import invariants

        return invariants.file_problems(self.store, full)

    @staticmethod
    def prepare_tampering() -> None:
        """Have what ``tampering()`` compares with ready before the first opening: kept per
        version, so at once; built in a thread only where the kept copy is stale (a
        development tree), overlapping Qt's loading at start-up."""
        from planner.store import tamper

        tamper.prepare()

    def tampering(self) -> list[PlannerError]:
        """How the file's tables, indexes and triggers differ from what this version writes
        (about 1 ms: run on every opening)."""
        from planner.store import tamper

        return list(tamper.differences(self.store.conn))

    def integrity_check(self) -> BackgroundCheck | None:
        """SQLite's check of the whole file, when it still ran as the file opened (the app's
        start): its verdict decides the writes (see planner/store/background_check.py).
        None when the file was checked before it opened."""
        return self.store.check

    def schema_version(self) -> int:
        """The version of the file's tables and rules (``PRAGMA user_version``)."""
        return self.store.schema_version()

    def history_check(self) -> HistoryCheck:
        """The check of the file's sealed history as it is now, to start beside the user
        (``start()``) and hear from (``on_verdict``); see planner/store/history_check.py."""
        return self.store.history()

    def added_elsewhere(self) -> list[PlannerError]:
        """Rows of the history that another program wrote since the app last saved the file
        (``HistoryUnsealed``; empty for none), as found when it opened and at the start of
        each change since: the app's next change seals them as they are, so the user is told
        (planner/ui/history_watch.py). Each finding once, in the order found."""
        return list(self._added_elsewhere)

    def note_added_elsewhere(self) -> None:
        """Look for such rows now: as the file opens, and as a change begins, before it seals
        them (a few index lookups), unless no other connection has committed since the last
        look (``PRAGMA data_version``: our own commits leave nothing unsealed)."""
        from planner.store import chain

        version = self.store.conn.execute("PRAGMA data_version").fetchone()[0]
        if version == self._looked_at:
            return
        self._looked_at = version
        found = [p for p in chain.not_sealed_yet(self.store.conn)
                 if all(str(p) != str(q) for q in self._added_elsewhere)]
        if found:
            self._added_elsewhere = (*self._added_elsewhere, *found)

    _added_elsewhere: tuple[PlannerError, ...] = ()
    _looked_at: int | None = None  # the data_version of the last look

    def history_not_sealed(self) -> bool:
        """Does the history hold rows not sealed yet (another program's, until our next change)?"""
        from planner.store import chain

        return bool(chain.not_sealed_yet(self.store.conn))

    def judged_head(self) -> tuple[int, str] | None:
        """The last seal of the history (its number and link in hex), to remember outside the
        file, if the history as it is now was found sound (its check done, nothing altered;
        no other program wrote since); None otherwise, or once the file is closed."""
        return self.store.judged_head()

    def rewritten_since(self, seq: int, link: str, day: date) -> list[PlannerError]:
        """``HistoryAltered`` when seal ``seq`` no longer has the link seen on ``day``: the
        chain was recomputed after a change, which the seals alone cannot tell."""
        from planner.store import chain

        if not chain.relinked(self.store.conn, seq, link):
            return []
        self._rewritten = (chain.HistoryAltered(chain.REWRITTEN, seq=seq, day=day),)
        return list(self._rewritten)

    _rewritten: tuple[PlannerError, ...] = ()  # found by rewritten_since: held for printouts too

    def history_altered(self) -> list[PlannerError]:
        """How the sealed history was altered since it was sealed (empty: every seal holds),
        for the file as it is now: the verdict of a check under way or made before, or one
        made now (about half a second at 10,000 deals); and a chain found recomputed since this
        computer last saw it (``rewritten_since``)."""
        return [*self._rewritten, *self.store.history().problems()]

    def fingerprint(self) -> str:
        """The hash at the head of the file's chain: equal fingerprints, equal history."""
        from planner.store import chain

        return str(chain.fingerprint(self.store.conn))


def check_file(path: Path, full: bool = False) -> list[PlannerError]:
    """``deal-planner check``: open ``path`` only to read it, and check it (``PlannerFile.check``).

    SQLite's quick check, which opening runs before anything else, runs once, beside the
    other checks; its verdict still comes first: a damaged file is refused as opening
    refuses it, whatever the other checks read. ``full`` checks at opening as usual."""
    from planner.store import invariants, read_only
    from planner.store.repository import Store

    path = Path(path)
    store = Store(read_only.open_read_only(path, quick_check=full), path, read_only=True)
    try:
        return invariants.file_problems(store, full, refuse_damaged=not full)
    finally:
        store.close()
