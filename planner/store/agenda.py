"""The agenda's lines in one query: every open deal's next step, the work of its current stage
that carries a due date and is not done, and its next milestone's target date.

Deals count as the forecast counts them: open, not archived, of a process that is not
archived. Work of a frozen stage is left out (it can no longer be ticked). The usual row is
checked inline; one that fails goes through ``Reader`` to name the column that cannot be read.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from planner.domain.agenda import AgendaLine, LineKind
from planner.store.rows import Reader, bounded

if TYPE_CHECKING:
    from planner.store.repository import Store

_DEALS = """FROM deals d JOIN accounts a ON a.id = d.account_id JOIN processes p ON p.id = d.process_id
    JOIN stages s ON s.id = d.stage_id
    WHERE d.status = 'open' AND d.archived = 0 AND p.archived = 0"""
_NAMES = ("d.id AS deal_id, d.title, a.name AS account, p.name AS process, s.name AS stage, "
          "a.id AS account_id, p.id AS process_id, s.id AS stage_id")

_QUERY = f"""
SELECT 'next_step' AS kind, d.next_step_due AS due, d.next_step AS text, NULL AS item_id, {_NAMES}
    {_DEALS} AND trim(d.next_step) <> ''
UNION ALL
SELECT 'task', t.due, t.text, t.id, {_NAMES}
    FROM tasks t JOIN deals d ON d.id = t.deal_id AND d.stage_id = t.stage_id
    JOIN accounts a ON a.id = d.account_id JOIN processes p ON p.id = d.process_id JOIN stages s ON s.id = d.stage_id
    WHERE d.status = 'open' AND d.archived = 0 AND p.archived = 0 AND t.due IS NOT NULL AND t.done = 0
UNION ALL
SELECT 'deliverable', v.due, v.text, v.id, {_NAMES}
    FROM deliverables v JOIN deals d ON d.id = v.deal_id AND d.stage_id = v.stage_id
    JOIN accounts a ON a.id = d.account_id JOIN processes p ON p.id = d.process_id JOIN stages s ON s.id = d.stage_id
    WHERE d.status = 'open' AND d.archived = 0 AND p.archived = 0 AND v.due IS NOT NULL AND v.done = 0
UNION ALL
SELECT 'milestone', d.next_target, s.milestone, NULL, {_NAMES}
    {_DEALS} AND d.next_target IS NOT NULL
"""
_KINDS = {k.value: k for k in LineKind}
_TABLES = {LineKind.NEXT_STEP: "deals", LineKind.MILESTONE: "deals", LineKind.TASK: "tasks",
           LineKind.DELIVERABLE: "deliverables"}
_DUE = {LineKind.NEXT_STEP: "next_step_due", LineKind.MILESTONE: "next_target", LineKind.TASK: "due",
        LineKind.DELIVERABLE: "due"}


def lines(store: Store) -> list[AgendaLine]:
    """Every line of the agenda, in no particular order (``domain.agenda`` sorts them)."""
    days: dict[str, date] = {}  # a date read once, however many lines fall on it
    return [_line(row, days) for row in store.q(_QUERY)]


def overdue_count(store: Store, today: date) -> int:
    """How many lines ``lines`` gives that are overdue on ``today`` (a date before it), counted
    by SQLite: the start-up's word about them reads no line (50,000 of them at 100,000 deals)."""
    row = store.tuples(f"""SELECT count(*) FROM ({_QUERY})
                           WHERE due IS NOT NULL AND date(due) IS due AND due < ?""", [today.isoformat()])
    return int(row[0][0])


def _line(row: dict[str, Any], days: dict[str, date]) -> AgendaLine:
    kind, due, text, item = _KINDS[row["kind"]], row["due"], row["text"], row["item_id"]
    deal_id, title, account, process, stage = (row[c] for c in ("deal_id", "title", "account", "process", "stage"))
    try:
        if not (type(deal_id) is int and all(type(v) is str for v in (text, title, account, process, stage))
                and (item is None or type(item) is int) and (due is None or type(due) is str)):
            raise ValueError
        day = None if due is None else days.get(due) or days.setdefault(due, date.fromisoformat(due))
    except (ValueError, TypeError):
        raise _bad(row, kind) from None
    return AgendaLine(kind, day, text, deal_id, bounded(title), bounded(account), bounded(process), bounded(stage),
                      item)


def _bad(row: dict[str, Any], kind: LineKind) -> Exception:
    """The unreadable column of a row that failed the quick test, named by its own table and row."""
    deal_id = row["deal_id"]
    if type(deal_id) is not int:
        return Reader("deals", {"id": deal_id}).bad("id")
    for table, key, column, value in (("deals", "deal_id", "title", row["title"]),
                                      ("accounts", "account_id", "name", row["account"]),
                                      ("processes", "process_id", "name", row["process"]),
                                      ("stages", "stage_id", "name", row["stage"])):
        if type(value) is not str:
            return Reader(table, {"id": row[key], column: value}).bad(column)
    text = {LineKind.NEXT_STEP: ("deals", deal_id, "next_step"), LineKind.MILESTONE: ("stages", row["stage_id"],
            "milestone"), LineKind.TASK: ("tasks", row["item_id"], "text"),
            LineKind.DELIVERABLE: ("deliverables", row["item_id"], "text")}[kind]
    if type(row["text"]) is not str:
        return Reader(text[0], {"id": text[1]}).bad(text[2])
    return Reader(_TABLES[kind], {"id": row["item_id"] or deal_id}).bad(_DUE[kind])
