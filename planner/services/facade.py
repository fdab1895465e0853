"""The open planner file and what a user can do with it, one noun at a time.

``planner.deals.create(...)``, ``planner.milestones.confirm(...)``: each noun is a small
class in its own module; this facade opens the file, holds the nouns, and runs every use
case as exactly one transaction (:meth:`Planner.write`), after which it tells its
subscribers what changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from planner.services.accounts import Accounts, Contacts
from planner.services.buying import BuyingGroups
from planner.services.changes import Changes, ChangeSet
from planner.services.deals import Deals
from planner.services.milestones import Milestones
from planner.services.plannerfile import PlannerFile, Settings
from planner.services.processes import Processes
from planner.services.rates import Rates
from planner.services.reasons import Reasons
from planner.services.reports import Reports
from planner.services.work import Work
from planner.store.repository import Store

Listener = Callable[[Changes], None]


class Planner:
    """An open planner file: ``processes``, ``accounts``, ``contacts``, ``deals``, ``work``,
    ``buying_group``, ``milestones``, ``reports``, ``settings``, ``rates``, ``reasons`` and the
    ``file`` itself."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._listeners: list[Listener] = []
        self._open: ChangeSet | None = None  # the use case running now, if any
        self.processes = Processes(self)
        self.accounts = Accounts(self)
        self.contacts = Contacts(self)
        self.deals = Deals(self)
        self.work = Work(self)
        self.buying_group = BuyingGroups(self)
        self.milestones = Milestones(self)
        self.reports = Reports(self)
        self.settings = Settings(self)
        self.rates = Rates(self)
        self.reasons = Reasons(self)
        self.file = PlannerFile(self)
        self.file.note_added_elsewhere()  # before any change of ours seals them

    @classmethod
    def open(cls, path: Path | str, create: bool = False, read_only: bool = False) -> Planner:
        """Open a planner file; ``read_only`` never writes to it (nor upgrades it: an older
        file is upgraded in memory), and every change is refused with ``FileReadOnly``."""
        return cls(Store.open(Path(path), create=create, read_only=read_only))

    @classmethod
    def begin_open(cls, path: Path | str, create: bool = False,
                   read_only: bool = False) -> Callable[[], Planner]:
        """``open`` in two steps, for the app's start-up; call the result for the Planner.

        What the file's header shows (missing, a folder, not a planner file, newer) is
        refused here; the integrity check of the whole file runs in the background until
        the result is called, which refuses a damaged file as ``open`` does. The file's
        data is not read before that verdict.
        """
        if read_only:  # checked and opened at once: a viewer has no start-up to overlap
            planner = cls.open(path, read_only=True)
            return lambda: planner
        finish = Store.begin_open(Path(path), create=create)
        return lambda: cls(finish())

    # built in a thread at start-up, before any file is open (see PlannerFile.prepare_tampering)
    prepare_tampering = staticmethod(PlannerFile.prepare_tampering)

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    @property
    def path(self) -> Path:
        return self.store.path

    def close(self) -> None:
        self.store.close()

    # ------------------------------------------------------------ writes
    def subscribe(self, listener: Listener) -> None:
        """Call ``listener(changes)`` after every write that changed something."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    @contextmanager
    def write(self) -> Iterator[ChangeSet]:
        """One use case, one transaction; a use case called inside another joins it, so
        composed use cases (a deal with a new account, a follow-up) commit or fail as one.
        Subscribers hear of it once, after the outermost commit."""
        if self._open is not None:
            with self.store.transaction():
                yield self._open
            return
        self._open = collected = ChangeSet()
        try:
            with self.store.transaction():
                # history another program wrote since: this change is about to seal it
                self.file.note_added_elsewhere()
                yield collected
        finally:
            self._open = None
        changes = collected.frozen()
        if changes:
            for listener in list(self._listeners):
                listener(changes)
