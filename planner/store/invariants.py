"""The file's own invariants, checked by ``deal-planner check``, and the check itself.

The triggers stop new damage; these queries find damage done around them
(a trigger dropped in the shell, a row edited by another program). ``file_problems`` runs
the whole check: SQLite's, these queries, the schema (``tamper``) and the hash chain
(``chain``), at once where the file can be read by more than one connection.
"""

from __future__ import annotations

import functools
import sqlite3
import threading
from pathlib import Path

from planner.domain.errors import QT_TRANSLATE_NOOP, PlannerError
from planner.store import chain, read_only, search, tamper
from planner.store.database import APPLICATION_ID
from planner.store.errors import CANNOT_READ, Unreadable
from planner.store.repository import Store

# a milestone's people as the table holds them and as its "milestone_people" event logged them
# (contact ids, ascending); a log value that is no JSON list counts as nobody
_PEOPLE_AS_LOGGED = """
    WITH held AS (
      SELECT milestone_id AS id, group_concat(contact_id, ',') AS ids
      FROM (SELECT milestone_id, contact_id FROM milestone_contacts ORDER BY milestone_id, contact_id)
      GROUP BY milestone_id),
    logged AS (
      SELECT id, group_concat(value, ',') AS ids FROM (
        SELECT CAST(e.field AS INTEGER) AS id, j.value AS value
        FROM events e, json_each(CASE WHEN json_valid(e.after) THEN
                                   CASE WHEN json_type(e.after) = 'array' THEN e.after ELSE '[]' END
                                 ELSE '[]' END) j
        WHERE e.kind = 'milestone_people'
        ORDER BY 1, 2)
      GROUP BY id)
    SELECT h.id FROM held h LEFT JOIN logged l ON l.id = h.id WHERE l.ids IS NOT h.ids
    UNION
    SELECT l.id FROM logged l LEFT JOIN held h ON h.id = l.id WHERE h.ids IS NOT l.ids"""

# the "created" event of each deal as it is now: the latest one logged under its id (the id
# of a deleted deal, which leaves its events behind, goes to the next deal created), and how
# many there are
_CREATED_EVENTS = """
    SELECT deal_id, max(id) AS event_id, at, count(*) AS n FROM events WHERE kind = 'created' GROUP BY deal_id"""

# the app writes the deal and its event in one transaction, each stamped by SQLite's clock
# (a second apart at most); a deal with no "created" event was not written by the app (NULL:
# not TRUE). An id starts again only after its deal was deleted: one "created" event more
# than "deleted" ones before it, or a start was logged anew to match a forged one
_CREATED_AS_LOGGED = f"""
    SELECT d.id FROM deals d LEFT JOIN ({_CREATED_EVENTS}) c ON c.deal_id = d.id
    WHERE NOT (abs(julianday(c.at) - julianday(d.created_at)) * 86400 <= 60) IS TRUE
       OR (c.n > 1 AND c.n <> 1 + (SELECT count(*) FROM events e
                                   WHERE e.deal_id = d.id AND e.kind = 'deleted' AND e.id < c.event_id))"""

# a deal is abandoned exactly when an "abandoned" event was logged since it was created
# (nothing takes an abandoned deal back)
_ABANDONED_AS_LOGGED = f"""
    SELECT d.id FROM deals d JOIN ({_CREATED_EVENTS}) c ON c.deal_id = d.id
    WHERE (d.status = 'abandoned') <> EXISTS (
      SELECT 1 FROM events e WHERE e.deal_id = d.id AND e.kind = 'abandoned' AND e.id > c.event_id)"""

# (message, query returning the ids of offending deals or rows)
_QUERIES: list[tuple[str, str]] = [
    (QT_TRANSLATE_NOOP("errors", "Deal {ids}: its stage belongs to another process."),
     """SELECT d.id FROM deals d JOIN stages s ON s.id = d.stage_id
        WHERE s.process_id <> d.process_id"""),
    (QT_TRANSLATE_NOOP("errors", "Deal {ids}: a stage before the current one has no confirmed milestone."),
     # the stages each deal has passed, less those with a reached milestone: two sorted sets,
     # not a lookup per stage passed (a fifth of the time at 100,000 deals)
     """SELECT DISTINCT deal_id FROM (
          SELECT d.id AS deal_id, s.id AS stage_id FROM deals d JOIN stages cur ON cur.id = d.stage_id
            JOIN stages s ON s.process_id = d.process_id AND s.position < cur.position
          EXCEPT
          SELECT deal_id, stage_id FROM milestones WHERE outcome = 'reached')
        ORDER BY 1"""),
    (QT_TRANSLATE_NOOP("errors", "Deal {ids}: open, but its current stage is already confirmed."),
     """SELECT d.id FROM deals d WHERE d.status = 'open' AND EXISTS (
          SELECT 1 FROM milestones m JOIN stages s ON s.id = m.stage_id
          WHERE m.deal_id = d.id AND s.position >= (SELECT position FROM stages WHERE id = d.stage_id))"""),
    # won by the milestone of the stage it stays in, which was the last one then: a stage
    # added after it later is no milestone the deal missed (as the deals_won trigger)
    (QT_TRANSLATE_NOOP("errors", "Deal {ids}: won without its last milestone."),
     """SELECT d.id FROM deals d WHERE d.status = 'won' AND NOT EXISTS (
          SELECT 1 FROM milestones m WHERE m.deal_id = d.id AND m.outcome = 'reached'
          AND m.stage_id = d.stage_id)"""),
    (QT_TRANSLATE_NOOP("errors", "Deal {ids}: lost without a milestone that went against us."),
     """SELECT id FROM deals WHERE status = 'lost'
        EXCEPT SELECT deal_id FROM milestones WHERE outcome = 'against' ORDER BY 1"""),
    (QT_TRANSLATE_NOOP("errors", "Deal {ids}: a milestone went against us but the deal is not lost."),
     # the milestones read in the order they are stored, not by deal through an index (a
     # lookup per milestone); the deals in the order of their ids, as that index gave them
     """SELECT DISTINCT m.deal_id FROM milestones m NOT INDEXED JOIN deals d ON d.id = m.deal_id
        WHERE m.outcome = 'against' AND d.status <> 'lost' ORDER BY 1"""),
    (QT_TRANSLATE_NOOP("errors", "Deal {ids}: closed without a reason."),
     """SELECT id FROM deals WHERE status IN ('lost', 'abandoned') AND trim(close_reason) = ''"""),
    (QT_TRANSLATE_NOOP("errors", "Deal {ids}: a reason category on a deal that is not lost or abandoned."),
     """SELECT id FROM deals WHERE close_category IS NOT NULL AND status NOT IN ('lost', 'abandoned')"""),
    (QT_TRANSLATE_NOOP("errors", "Adopted rate {ids}: its stage is not in its process."),
     """SELECT r.id FROM rate_adoptions r JOIN stages s ON s.id = r.stage_id WHERE s.process_id <> r.process_id"""),
    (QT_TRANSLATE_NOOP("errors", "Milestone {ids}: its stage is not in the deal's process."),
     """SELECT m.id FROM milestones m JOIN deals d ON d.id = m.deal_id
        JOIN stages s ON s.id = m.stage_id WHERE s.process_id <> d.process_id"""),
    (QT_TRANSLATE_NOOP("errors", "Deal {ids}: a milestone is dated before the one of an earlier stage."),
     """SELECT DISTINCT later.deal_id FROM milestones later
        JOIN stages ls ON ls.id = later.stage_id
        JOIN milestones earlier ON earlier.deal_id = later.deal_id
        JOIN stages es ON es.id = earlier.stage_id
        WHERE es.position < ls.position AND earlier.confirmed_on > later.confirmed_on"""),
    (QT_TRANSLATE_NOOP("errors", "Deal {ids}: its buying group holds people of another account."),
     """SELECT DISTINCT g.deal_id FROM deal_contacts g JOIN deals d ON d.id = g.deal_id
        JOIN contacts c ON c.id = g.contact_id WHERE c.account_id <> d.account_id"""),
    # who confirmed a milestone is also in the sealed event log: the table must say the same
    (QT_TRANSLATE_NOOP("errors", "Milestone {ids}: the people named on it differ from the sealed event log."),
     _PEOPLE_AS_LOGGED),
    # when a deal started (its days in the first stage count from it) and whether it was
    # given up are in the sealed log too: the deal's own row must say the same
    (QT_TRANSLATE_NOOP("errors", "Deal {ids}: when it was created differs from the sealed event log."),
     _CREATED_AS_LOGGED),
    (QT_TRANSLATE_NOOP("errors", "Deal {ids}: abandoned or not, unlike what the sealed event log says."),
     _ABANDONED_AS_LOGGED),
    (QT_TRANSLATE_NOOP("errors", "Milestone {ids}: dated after today."),
     "SELECT id FROM milestones WHERE confirmed_on > date('now', 'localtime')"),
    (QT_TRANSLATE_NOOP("errors", "Rows {ids} point to something that does not exist."),
     "SELECT rowid FROM pragma_foreign_key_check"),
]


DAMAGED = QT_TRANSLATE_NOOP("errors", "SQLite integrity check: {result}")
NOT_CHECKED = QT_TRANSLATE_NOOP(
    "errors", "The method's rules and the history could not be checked, as the file's tables are not "
              "those Deal Planner writes.")


def problems(store: Store, full: bool = False) -> list[PlannerError]:
    """SQLite's check of the file (``full``: its integrity check, indexes too; else the
    quick one), then, on a sound file, the file's own rules."""
    return integrity(store.conn, store.path, full) or rules(store.conn, store.path)


def integrity(conn: sqlite3.Connection, path: Path, full: bool = False) -> list[PlannerError]:
    """``DAMAGED`` with what SQLite found, or nothing for a sound file (it reads the whole
    file); ``Unreadable`` when SQLite cannot even check it."""
    if full:
        result = "\n".join(str(r[0]) for r in _read(conn, path, "PRAGMA integrity_check"))
    else:
        result = str(_read(conn, path, "PRAGMA quick_check")[0][0])  # its first finding, as ever
    return [] if result == "ok" else [PlannerError(DAMAGED, result=result)]


def rules(conn: sqlite3.Connection, path: Path) -> list[PlannerError]:
    """The file's own rules, on a file SQLite found sound; ``path`` names it in an error."""
    found: list[PlannerError] = []
    if _read(conn, path, "PRAGMA application_id")[0][0] != APPLICATION_ID:
        found.append(PlannerError(QT_TRANSLATE_NOOP("errors", "The file is not marked as a Deal Planner file.")))
    # a dropped or changed trigger is reported by ``tamper`` (Planner.check), by name
    for message, sql in _QUERIES:
        ids = [str(r[0]) for r in _read(conn, path, sql)]
        if ids:
            shown = ", ".join(ids[:20]) + (" …" if len(ids) > 20 else "")
            found.append(PlannerError(message, ids=shown))
    return found


def _read(conn: sqlite3.Connection, path: Path, sql: str) -> list[tuple[object, ...]]:
    try:
        return conn.execute(sql).fetchall()
    except sqlite3.Error as e:
        # a table rebuilt or a column dropped by another program: said in one line, as Store.q does
        reason = (str(e).splitlines() or [type(e).__name__])[0]
        raise Unreadable(CANNOT_READ, path=str(path), reason=reason) from None


def file_problems(store: Store, full: bool = False, refuse_damaged: bool = False) -> list[PlannerError]:
    """What ``deal-planner check`` reports, in this order: SQLite's verdict (alone when the
    file is damaged), the method's invariants, the search index, the schema, the hash chain. ``refuse_damaged``:
    the file was opened without its quick check (``read_only.open_read_only``), so a damaged
    one is refused here (``read_only.damaged``), as opening would have refused it.

    On a file other connections can read (not an in-memory copy), its parts run at once on
    connections of their own: SQLite's check and the invariants in one thread, the links of
    the hash chain in this one, and its rows in a child process where one can be forked
    (``chain.rows_elsewhere``: hashing small pieces holds the GIL), else in a third thread."""
    conn = store.conn
    path = read_only.file_of(conn)
    # forked first, while this process runs one thread and no statement
    rows = chain.rows_elsewhere(functools.partial(read_only.reader, path), conn) if path is not None else None
    try:
        readers = _readers(path, 1 if rows is not None else 2)
    except BaseException:
        if rows is not None:
            rows.close()
        raise
    if readers is None:  # one connection: one part after the other
        if rows is not None:
            rows.close()
        try:
            found = problems(store, full=full)
            if found and found[0].source == DAMAGED:
                return found  # a damaged file: the rest would read garbage
            found += search.problems(conn)
        except Unreadable as e:
            return _explained(conn, e)
        return found + tamper.differences(conn) + chain.verify(conn)
    beside, spare = readers[0], (readers[1] if len(readers) > 1 else None)
    outcome: dict[str, list[PlannerError]] = {}
    failed: list[BaseException] = []

    def sound_and_rules() -> None:
        try:
            try:
                outcome["damage"] = integrity(beside, store.path, full)
            except PlannerError as e:  # SQLite cannot even check it: opening calls that damaged
                if not refuse_damaged:
                    raise
                outcome["damage"] = [e]
            if not outcome["damage"]:
                outcome["rules"] = rules(beside, store.path) + search.problems(beside)
        except BaseException as e:  # noqa: BLE001 - handed to the waiting thread
            failed.append(e)

    worker = threading.Thread(target=sound_and_rules, name="planner-check-rules")
    worker.start()
    error: Exception | None = None
    try:
        sealed = chain.verify(conn, spare, rows)
        schema = tamper.differences(conn)
    except Exception as e:  # noqa: BLE001 - a damaged file's garbage: SQLite's verdict decides
        error = e
    finally:
        if rows is not None:
            rows.close()
        worker.join()
        for reader in readers:
            reader.close()
    if outcome.get("damage"):
        if refuse_damaged:
            raise read_only.damaged(store.path)
        return outcome["damage"]
    if failed:
        return _explained(conn, failed[0])
    if error is not None:
        raise error
    return outcome["rules"] + schema + sealed


def _explained(conn: sqlite3.Connection, failure: BaseException) -> list[PlannerError]:
    """A part of the check could not read the file: when its tables, indexes or triggers are
    not this version's (a table renamed or rebuilt in the ``sqlite3`` shell), those, by name,
    and that the rest could not be checked on them, rather than SQLite's words for the first
    query that failed; otherwise ``failure`` itself."""
    if isinstance(failure, Unreadable):
        try:
            schema = tamper.differences(conn)
        except sqlite3.Error:
            schema = []
        if schema:
            return [*schema, PlannerError(NOT_CHECKED)]
    raise failure


def _readers(path: Path | None, count: int) -> list[sqlite3.Connection] | None:
    """``count`` more read-only connections to ``path``, or None where there can be none."""
    if path is None:
        return None
    opened: list[sqlite3.Connection] = []
    try:
        for _ in range(count):
            opened.append(read_only.reader(path))
    except (sqlite3.Error, PlannerError):  # the file's connection alone reads it
        for conn in opened:
            conn.close()
        return None
    return opened
