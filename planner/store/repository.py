"""Queries and writes on an open planner file, in domain objects."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.domain import event_values
from planner.domain.buying import ROLE_ORDER
from planner.domain.calibration import DealPath, RateAdoption
from planner.domain.errors import InvalidInput
from planner.domain.model import (
    Account,
    Card,
    Contact,
    Deal,
    DealContact,
    Deliverable,
    Event,
    ItemKind,
    ItemTemplate,
    Milestone,
    Process,
    Task,
)
from planner.domain.money import Rate
from planner.domain.reasons import ReasonCategory
from planner.domain.rules import TOO_LARGE
from planner.domain.winloss import ClosedDeal
from planner.store import background_reads, board_reads, database, list_reads, rows
from planner.store.errors import (
    CANNOT_READ,
    READ_ONLY,
    TABLES_CHANGED,
    FileReadOnly,
    Unreadable,
    translate,
)
from planner.store.writes import WORK_TABLES, Writes

if TYPE_CHECKING:
    from sqlite_utils import Database

    from planner.store.background_check import BackgroundCheck
    from planner.store.history_check import HistoryCheck


def ordered_roles(roles: list[Any]) -> list[Any]:
    """Required roles in the order the app lists roles."""
    return [r for r in ROLE_ORDER if r in set(roles)]


class Store(Writes):
    """An open planner file, on a plain ``sqlite3`` connection (see ``database``)."""

    def __init__(self, conn: sqlite3.Connection, path: Path, read_only: bool = False) -> None:
        self.conn = conn
        self.path = path
        self.read_only = read_only
        self._db: Database | None = None
        self._encoding_from: int | None = None  # the event log's JSON boundary, once read
        self._encoding_version = -1
        self.check: BackgroundCheck | None = None  # the integrity check still deciding writes (app start)
        self._beside: background_reads.BackgroundReads | None = None  # reads in a thread, made on first use
        self._history: HistoryCheck | None = None  # the sealed history's verdict, per state of the file

    @classmethod
    def open(cls, path: Path, create: bool = False, read_only: bool = False) -> Store:
        if read_only:
            from planner.store.read_only import open_read_only

            return cls(open_read_only(Path(path)), Path(path), read_only=True)
        return cls(database.open_file(path, create_missing=create), Path(path))

    @classmethod
    def begin_open(cls, path: Path, create: bool = False) -> Callable[[], Store]:
        """``open`` in two steps: the integrity check runs while the caller works on, and for a
        current file after it is open, deciding its writes (see ``background_check``)."""
        finish = database.begin_open(path, create_missing=create)

        def done() -> Store:
            conn, check = finish()
            store = cls(conn, Path(path))
            store.check = check
            return store

        return done

    @property
    def db(self) -> Database:
        """sqlite-utils' view of the same connection, for tools and tests (imports it)."""
        if self._db is None:
            self._db = database.utils_view(self.conn)
        return self._db

    def close(self) -> None:
        if self._beside is not None:
            self._beside.close()
        if self._history is not None:
            self._history.stop()  # its reader closed first: the last connection folds the WAL in
        self.conn.close()

    def state(self) -> tuple[int, int] | None:
        """The file's state as this connection sees it (see ``background_reads.state``)."""
        return background_reads.state(self)

    def read_beside(self, job: Callable[[Store], Any], done: background_reads.Done) -> tuple[int, int] | None:
        """``job`` run on a connection of its own in a thread, ``done`` called there with its
        result (a question still waiting is dropped); the file's state it reads, or None
        (nothing is run) where another connection would not see what this one sees."""
        stamp = self.state()
        if stamp is None:
            return None
        if self._beside is None:
            self._beside = background_reads.BackgroundReads(self.path)
        self._beside.ask(job, done)
        return stamp

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One use case, one transaction; SQLite refusals become domain errors."""
        if self.read_only:
            raise FileReadOnly(READ_ONLY, path=str(self.path))
        if self.check is not None and not self.conn.in_transaction:
            self.check.allow_write()  # waits for a verdict still to come; refuses a damaged file
        try:
            with database.atomic(self.conn, before_commit=database.seal):
                yield
        except sqlite3.Error as e:
            self._encoding_from = None  # it may have been written by what was rolled back
            raise translate(e, str(self.path)) from None
        except BaseException:
            self._encoding_from = None
            raise

    def judged_head(self) -> tuple[int, str] | None:
        """The ledger's last seal (number, link in hex) if the history as it is now was
        checked and found sound; None otherwise, or once the connection is closed."""
        from planner.store import chain

        try:
            check = self.history()
            if not check.done or check.problems():
                return None
            return chain.head(self.conn)
        except sqlite3.Error:  # closed already: a verdict that came too late counts for nothing
            return None

    def history(self) -> HistoryCheck:
        """The check of the sealed history of the file as it is now (see ``history_check``):
        the same one until another connection commits."""
        from planner.store import read_only
        from planner.store.history_check import HistoryCheck

        state = int(self.conn.execute("PRAGMA data_version").fetchone()[0])
        held = self._history
        if held is None or held.state != state:
            # an in-memory copy (an older file shown read-only) is read on its own connection
            held = self._history = HistoryCheck(state, read_only.file_of(self.conn), self.conn)
        return held

    def q(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        try:
            cursor = self.conn.execute(sql, params)
            keys = [d[0] for d in cursor.description]
            return [dict(zip(keys, row, strict=False)) for row in cursor]
        except OverflowError:  # a parameter past SQLite's 64 bits: said, never a crash
            raise InvalidInput(TOO_LARGE) from None
        except sqlite3.IntegrityError:
            raise  # a trigger's refusal: the transaction translates it
        except sqlite3.Error as e:
            raise self.read_error(e) from None

    def read_error(self, e: sqlite3.Error) -> Unreadable:
        """What a read that SQLite refused says, in one line: a table rebuilt or a column
        dropped by another program, in the user's words where the file's tables differ from
        this version's (SQLite's "no such table" names only the first thing it missed)."""
        if isinstance(e, sqlite3.OperationalError):
            from planner.store import tamper

            try:
                changed = bool(tamper.differences(self.conn))
            except sqlite3.Error:
                changed = False
            if changed:
                return Unreadable(TABLES_CHANGED, path=str(self.path))
        reason = (str(e).splitlines() or [type(e).__name__])[0]
        return Unreadable(CANNOT_READ, path=str(self.path), reason=reason)

    def tuples(self, sql: str, params: Any = ()) -> list[tuple[Any, ...]]:
        """``q`` without a dict per row, for reads of many rows (the board's scan)."""
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.IntegrityError:
            raise
        except (sqlite3.Error, OverflowError):
            self.q(sql, params)  # says what is wrong in one line, as every read does
            raise

    def each(self, sql: str, params: Any = ()) -> Iterator[tuple[Any, ...]]:
        """``tuples`` a row at a time: a read of thousands of rows (a search's scan) that holds
        none of them once used (2 MB less at the peak of a one-letter search at 100,000 deals)."""
        try:
            yield from self.conn.execute(sql, params)
        except sqlite3.IntegrityError:
            raise
        except (sqlite3.Error, OverflowError):
            self.q(sql, params)  # says what is wrong in one line, as every read does
            raise

    def one(self, sql: str, params: Any = ()) -> dict[str, Any] | None:
        found = self.q(sql, params)
        return found[0] if found else None

    # --- processes ---
    def process_rows(self) -> list[dict[str, Any]]:
        return [rows.process_fields(r) | {k: r[k] for k in ("stages", "deals", "open_deals")}
                for r in self.q(
            """SELECT p.*, (SELECT count(*) FROM stages WHERE process_id = p.id) AS stages,
                      (SELECT count(*) FROM deals WHERE process_id = p.id) AS deals,
                      (SELECT count(*) FROM deals WHERE process_id = p.id AND status = 'open') AS open_deals
               FROM processes p ORDER BY p.archived, p.name COLLATE NOCASE, p.id""")]

    def process(self, process_id: int) -> Process | None:
        row = self.one("SELECT * FROM processes WHERE id = ?", [process_id])
        if row is None:
            return None
        stages = [rows.stage(r) for r in self.q(
            "SELECT * FROM stages WHERE process_id = ? ORDER BY position", [process_id])]
        items: dict[tuple[int, str], list[ItemTemplate]] = defaultdict(list)
        for r in self.q(
            """SELECT i.* FROM stage_items i JOIN stages s ON s.id = i.stage_id
               WHERE s.process_id = ? ORDER BY i.position, i.id""", [process_id]):
            stage_id, kind, template = rows.item_template(r)
            items[(stage_id, kind)].append(template)
        roles: dict[int, list[Any]] = defaultdict(list)
        for r in self.q("""SELECT r.* FROM stage_roles r JOIN stages s ON s.id = r.stage_id
                           WHERE s.process_id = ?""", [process_id]):
            stage_id, role = rows.stage_role(r)
            roles[stage_id].append(role)
        for s in stages:
            s.tasks = items[(s.id, "task")]  # type: ignore[index]  # stored stages have ids
            s.deliverables = items[(s.id, "deliverable")]  # type: ignore[index]  # stored stages have ids
            s.required_roles = ordered_roles(roles[s.id])  # type: ignore[index]  # stored stages have ids
        dropped = dict(rows.answer(r) for r in self.q(
            "SELECT * FROM process_answers WHERE process_id = ?", [process_id]))
        return Process(**rows.process_fields(row), stages=stages, dropped=dropped)

    def stage_process(self, stage_id: int) -> int | None:
        """The process a stage belongs to (None: no such stage)."""
        row = self.one("SELECT process_id FROM stages WHERE id = ?", [stage_id])
        return None if row is None else rows.Reader("stages", {"id": stage_id, **row}).integer("process_id")

    def used_stage_ids(self, process_id: int) -> set[int]:
        return {r["id"] for r in self.q(
            """SELECT s.id FROM stages s WHERE s.process_id = ? AND (
                 EXISTS (SELECT 1 FROM deals WHERE stage_id = s.id)
                 OR EXISTS (SELECT 1 FROM milestones WHERE stage_id = s.id))""", [process_id])}

    # --- accounts and contacts ---
    def accounts(self, include_archived: bool = False) -> list[Account]:
        where = "" if include_archived else "WHERE archived = 0"
        return [rows.account(r) for r in self.q(
            f"SELECT * FROM accounts {where} ORDER BY name COLLATE NOCASE, id")]

    def account(self, account_id: int) -> Account | None:
        row = self.one("SELECT * FROM accounts WHERE id = ?", [account_id])
        return rows.account(row) if row else None

    def accounts_named(self, name: str) -> list[Account]:
        return [rows.account(r) for r in self.q(
            "SELECT * FROM accounts WHERE name = ? COLLATE NOCASE", [name])]

    def contacts(self, account_id: int) -> list[Contact]:
        return [rows.contact(r) for r in self.q(
            "SELECT * FROM contacts WHERE account_id = ? ORDER BY id", [account_id])]

    def contact(self, contact_id: int) -> Contact | None:
        row = self.one("SELECT * FROM contacts WHERE id = ?", [contact_id])
        return rows.contact(row) if row else None

    # --- a deal's buying group ---
    _MEMBER = """SELECT g.*, c.name, c.title FROM deal_contacts g LEFT JOIN contacts c ON c.id = g.contact_id"""

    def deal_contacts(self, deal_id: int) -> list[DealContact]:
        """The deal's buying group, in the order people were added."""
        return [rows.deal_contact(r) for r in self.q(f"{self._MEMBER} WHERE g.deal_id = ? ORDER BY g.id", [deal_id])]

    def deal_contact(self, member_id: int) -> DealContact | None:
        row = self.one(f"{self._MEMBER} WHERE g.id = ?", [member_id])
        return rows.deal_contact(row) if row else None

    def contact_in_use(self, contact_id: int) -> bool:
        """Whether a deal's buying group holds the contact or a milestone names them."""
        return self.one("""SELECT 1 AS used WHERE EXISTS (SELECT 1 FROM deal_contacts WHERE contact_id = ?)
                           OR EXISTS (SELECT 1 FROM milestone_contacts WHERE contact_id = ?)""",
                        [contact_id, contact_id]) is not None

    def deal_has_people(self, deal_id: int) -> bool:
        """Whether the deal's buying group or one of its milestones names anybody."""
        return self.one("""SELECT 1 AS named WHERE EXISTS (SELECT 1 FROM deal_contacts WHERE deal_id = ?)
                           OR EXISTS (SELECT 1 FROM milestone_contacts p JOIN milestones m ON m.id = p.milestone_id
                                      WHERE m.deal_id = ?)""", [deal_id, deal_id]) is not None

    # --- deals ---
    def deal(self, deal_id: int) -> Deal | None:
        row = self.one("SELECT * FROM deals WHERE id = ?", [deal_id])
        return rows.deal(row) if row else None

    def created_at(self, deal_id: int) -> str:
        """When the deal was written (its ``created_at``, as the file stamped it)."""
        return str(self.q("SELECT created_at FROM deals WHERE id = ?", [deal_id])[0]["created_at"])

    def deal_count(self, account_id: int) -> int:
        return int(self.q("SELECT count(*) AS n FROM deals WHERE account_id = ?", [account_id])[0]["n"])

    def deals(self, account_id: int | None = None) -> list[Deal]:
        if account_id is None:
            return [rows.deal(r) for r in self.q("SELECT * FROM deals ORDER BY id")]
        return [rows.deal(r) for r in self.q(
            "SELECT * FROM deals WHERE account_id = ? ORDER BY id", [account_id])]

    def tasks(self, deal_id: int) -> list[Task]:
        return [rows.task(r) for r in self.q(
            "SELECT * FROM tasks WHERE deal_id = ? ORDER BY stage_id, position, id", [deal_id])]

    def deliverables(self, deal_id: int) -> list[Deliverable]:
        return [rows.deliverable(r) for r in self.q(
            "SELECT * FROM deliverables WHERE deal_id = ? ORDER BY stage_id, position, id",
            [deal_id])]

    def work_row(self, kind: ItemKind, item_id: int) -> dict[str, Any] | None:
        return self.one(f"SELECT * FROM {WORK_TABLES[kind]} WHERE id = ?", [item_id])

    def stage_note(self, deal_id: int, stage_id: int) -> str:
        row = self.one("SELECT text FROM stage_notes WHERE deal_id = ? AND stage_id = ?", [deal_id, stage_id])
        return rows.stage_note({"stage_id": stage_id, **row})[1] if row else ""

    def stage_notes(self, deal_id: int) -> dict[int, str]:
        return dict(rows.stage_note(r) for r in self.q(
            "SELECT * FROM stage_notes WHERE deal_id = ?", [deal_id]))

    def milestones(self, deal_id: int) -> list[Milestone]:
        # LEFT JOIN: a milestone whose stage is gone is shown to the caller, not hidden
        found = [rows.milestone(r) for r in self.q(
            """SELECT m.* FROM milestones m LEFT JOIN stages s ON s.id = m.stage_id
               WHERE m.deal_id = ? ORDER BY s.position, m.id""", [deal_id])]
        by_id = {m.id: m for m in found}
        for r in self.q(
            """SELECT c.* FROM corrections c JOIN milestones m ON m.id = c.milestone_id
               WHERE m.deal_id = ? ORDER BY c.id""", [deal_id]):
            if r["milestone_id"] not in by_id:
                raise rows.Reader("corrections", r).bad("milestone_id")
            by_id[r["milestone_id"]].corrections.append(rows.correction(r))
        for r in self.q(
            """SELECT p.*, c.name FROM milestone_contacts p JOIN milestones m ON m.id = p.milestone_id
               LEFT JOIN contacts c ON c.id = p.contact_id WHERE m.deal_id = ? ORDER BY p.rowid""", [deal_id]):
            milestone_id, person = rows.milestone_person(r)
            if milestone_id not in by_id:
                raise rows.Reader("milestone_contacts", r, "milestone_id").bad("milestone_id")
            by_id[milestone_id].people.append(person)
        return found

    def milestone(self, milestone_id: int) -> Milestone | None:
        row = self.one("SELECT * FROM milestones WHERE id = ?", [milestone_id])
        return rows.milestone(row) if row else None

    def events(self, deal_id: int) -> list[Event]:
        encoding_from = self._event_encoding_from()
        return [rows.event(r, encoding_from) for r in self.q(
            "SELECT * FROM events WHERE deal_id = ? ORDER BY id", [deal_id])]

    def _event_encoding_from(self) -> int | None:
        # kept while no other connection has committed (data_version counts their commits):
        # the sqlite3 shell may rewrite the setting under a running app
        version = self.conn.execute("PRAGMA data_version").fetchone()[0]
        if self._encoding_from is not None and version == self._encoding_version:
            return self._encoding_from
        self._encoding_version = version
        row = self.one("SELECT value FROM settings WHERE key = ?", [event_values.ENCODING_FROM])
        value = row["value"] if row else None
        # an unreadable boundary reads every row as legacy text: shown as stored, never lost
        self._encoding_from = int(value) if isinstance(value, (int, str)) and str(value).isdigit() else None
        return self._encoding_from

    def cards(self, process_id: int, today: date, closed: bool | None = None) -> list[Card]:
        """Every deal of a process as a board card, in one query (idle time counts from the
        last milestone or the deal's start, both on the card: never from the last edit);
        with ``closed``, only the closed (True) or the open (False) ones."""
        if closed is None:
            return self._cards("d.process_id = ?", [process_id])
        # spelled as the deals_by_process index is: the open ones are a range of it
        status = "d.status <> 'open'" if closed else "d.status = 'open'"
        return self._cards("d.process_id = ? AND " + status, [process_id])

    def closed_count(self, process_id: int, archived: bool) -> int:
        """How many closed deals a process has (archived ones too with ``archived``)."""
        return board_reads.count(self, process_id, archived, closed=True)

    def card_accounts(self, process_id: int) -> tuple[dict[int, str], list[Account]]:
        """The accounts of a process's deals by id, and those sharing their names (board_reads)."""
        return board_reads.card_accounts(self, process_id)

    def card(self, deal_id: int, today: date) -> Card | None:
        """One deal's board card: the board refreshes only what an edit touched."""
        found = self._cards("d.id = ?", [deal_id])
        return found[0] if found else None

    def _cards(self, where: str, params: list[Any]) -> list[Card]:
        return board_reads.card_rows(self, where, params)

    # --- the board, a page at a time (planner/store/board_reads.py) ---
    def board_scan(self, query: board_reads.CardQuery, order: str, closed: bool | None,
                   first: int = 0) -> board_reads.BoardScan:
        return board_reads.scan(self, query, order, closed, first)

    def board_cards(self, ids: list[int]) -> list[Card]:
        return board_reads.cards(self, ids)

    def board_count(self, process_id: int, archived: bool, closed: bool) -> int:
        return board_reads.count(self, process_id, archived, closed)

    def list_ids(self, query: board_reads.CardQuery, order: list_reads.ListOrder, closed: bool) -> list[int]:
        return list_reads.ids(self, query, order, closed)

    def won_paths(self, process_id: int) -> list[DealPath]:
        return board_reads.won_paths(self, process_id)

    # --- settings ---
    def settings(self) -> dict[str, str]:
        return dict(rows.setting(r) for r in self.q("SELECT key, value FROM settings"))

    def exchange_rates(self) -> list[Rate]:
        """The file's exchange rates, by currency (the table's CHECKs hold their values)."""
        return [Rate(r["currency"], float(r["rate"]), date.fromisoformat(r["set_on"]))
                for r in self.q("SELECT currency, rate, set_on FROM exchange_rates ORDER BY currency")]

    # --- reason categories, closed deals, adopted rates ---
    def reason_categories(self) -> list[ReasonCategory]:
        """The whole list, retired ones too, in the user's order."""
        return [rows.reason_category(r) for r in self.q(
            "SELECT * FROM reason_categories ORDER BY position, id")]

    def reason_category(self, category_id: int) -> ReasonCategory | None:
        row = self.one("SELECT * FROM reason_categories WHERE id = ?", [category_id])
        return rows.reason_category(row) if row else None

    def reason_category_used(self, category_id: int) -> bool:
        """Whether a deal carries the category, or ever did (its log names it)."""
        named = event_values.encode(category_id)
        return self.one(
            """SELECT 1 AS used WHERE EXISTS (SELECT 1 FROM deals WHERE close_category = ?)
               OR EXISTS (SELECT 1 FROM events WHERE kind = 'edited' AND field = 'close_category'
                          AND (before = ? OR after = ?))""", [category_id, named, named]) is not None

    def closed_deals(self, process_id: int | None = None) -> list[ClosedDeal]:
        """Every won, lost or abandoned deal (archived too), of one process or all, in one query."""
        where = "AND process_id = ?" if process_id is not None else ""
        return [rows.closed_deal(r) for r in self.q(
            f"""SELECT id, process_id, stage_id, status, close_category, value, currency FROM deals
                WHERE status <> 'open' {where} ORDER BY id""", [process_id] if process_id is not None else [])]

    def rate_adoptions(self, process_id: int | None = None) -> list[RateAdoption]:
        """The adopted rates, oldest first."""
        where, params = ("WHERE process_id = ?", [process_id]) if process_id is not None else ("", [])
        return [rows.rate_adoption(r) for r in self.q(f"SELECT * FROM rate_adoptions {where} ORDER BY id", params)]

    def usual_currency(self) -> str | None:
        """The currency most deals are in (ties: the first by code); None without deals.
        Kept while the file is as it was (it counts every deal, from the deals_by_currency index)."""
        cache = board_reads.kept(self)
        if ("usual_currency",) not in cache:
            row = self.conn.execute(board_reads.USUAL_CURRENCY).fetchone()
            cache[("usual_currency",)] = str(row[0]) if row else None
        found: str | None = cache[("usual_currency",)]
        return found

    def quick_check(self) -> str:
        return str(self.one("PRAGMA quick_check")["quick_check"])  # type: ignore[index]  # a PRAGMA answers one row

    def integrity_check(self) -> str:
        """SQLite's full check: the quick one plus every index against its table."""
        found = [str(r["integrity_check"]) for r in self.q("PRAGMA integrity_check")]
        return "\n".join(found)

    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def application_id(self) -> int:
        return int(self.one("PRAGMA application_id")["application_id"])  # type: ignore[index]  # a PRAGMA answers one row

