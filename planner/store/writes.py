"""Typed writes: the services' only way to change the file.

One method per thing written, so no caller names a table: the SQL below is the whole
list of statements the app can send. Plain statements rather than sqlite-utils' table
helpers, which re-read the schema on every call and dominate bulk work such as a
10,000-deal demo (column names are ours, never user text).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from planner.domain import event_values
from planner.domain.model import (
    Account,
    Answer,
    BuyingRole,
    Contact,
    DealContact,
    ItemKind,
    Outcome,
    Process,
    Stage,
)
from planner.store import rows
from planner.store import triggers as t
from planner.store.errors import rule_violation

WORK_TABLES = {ItemKind.TASK: "tasks", ItemKind.DELIVERABLE: "deliverables"}
# the column each table stamps with the clock when a row is written (see ``Writes.dated``)
STAMPED = {"processes": "created_at", "accounts": "created_at", "deals": "created_at",
           "milestones": "recorded_at", "corrections": "recorded_at", "events": "at",
           "rate_adoptions": "adopted_at"}


class Writes:
    """Mixed into ``Store``: every write, each inside the caller's transaction."""

    conn: sqlite3.Connection
    _encoding_from: int | None
    _stamp: str | None = None  # set by ``dated``

    if TYPE_CHECKING:  # the Store's reads that some writes need
        def q(self, sql: str, params: Any = ()) -> list[dict[str, Any]]: ...

        def used_stage_ids(self, process_id: int) -> set[int]: ...

        def _event_encoding_from(self) -> int | None: ...

    @contextmanager
    def dated(self, at: datetime) -> Iterator[None]:
        """Stamp the rows written inside with ``at`` instead of the clock (``created_at``,
        ``recorded_at``, an event's ``at``): for a demo file, whose history happened before
        it was written. Never a moment still to come; every rule of the file applies as usual."""
        if at.tzinfo is None or at > datetime.now(UTC):
            raise ValueError(f"not a past UTC moment: {at!r}")
        outer, self._stamp = self._stamp, at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        try:
            yield
        finally:
            self._stamp = outer

    # --- plain rows (private: callers use the typed writers below) ---
    def _insert(self, table: str, row: dict[str, Any]) -> int:
        if self._stamp is not None and table in STAMPED:
            row = {STAMPED[table]: self._stamp} | row
        columns = ", ".join(row)
        marks = ", ".join("?" * len(row))
        cursor = self.conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))
        return int(cursor.lastrowid)  # type: ignore[arg-type]  # set after an INSERT

    def _update(self, table: str, row_id: int, changes: dict[str, Any]) -> None:
        if changes:
            sets = ", ".join(f"{c} = ?" for c in changes)
            self.conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", [*changes.values(), row_id])

    def _delete(self, table: str, row_id: int) -> None:
        self.conn.execute(f"DELETE FROM {table} WHERE id = ?", [row_id])

    # --- accounts and contacts ---
    def insert_account(self, account: Account, keep_id: bool = False) -> int:
        """A new account; ``keep_id`` puts a deleted one back under its old id (undo)."""
        row = rows.account_row(account) | ({"id": account.id} if keep_id else {})
        return self._insert("accounts", row)

    def update_account(self, account: Account) -> None:
        assert account.id is not None
        self._update("accounts", account.id, rows.account_row(account))

    def delete_account(self, account_id: int) -> None:
        self._delete("accounts", account_id)

    def insert_contact(self, contact: Contact, keep_id: bool = False) -> int:
        row = rows.contact_row(contact) | ({"id": contact.id} if keep_id else {})
        return self._insert("contacts", row)

    def update_contact(self, contact: Contact) -> None:
        assert contact.id is not None
        self._update("contacts", contact.id, rows.contact_row(contact))

    def delete_contact(self, contact_id: int) -> None:
        self._delete("contacts", contact_id)

    # --- deals ---
    def insert_deal(self, row: dict[str, Any]) -> int:
        return self._insert("deals", row)

    def update_deal(self, deal_id: int, changes: dict[str, Any]) -> None:
        self._update("deals", deal_id, changes)

    def delete_deal(self, deal_id: int) -> None:
        self._delete("deals", deal_id)

    # --- a deal's buying group ---
    def insert_deal_contact(self, member: DealContact, keep_id: bool = False) -> int:
        """A person added to a deal's buying group; ``keep_id`` puts a removed one back (undo)."""
        row = rows.deal_contact_row(member) | ({"id": member.id} if keep_id else {})
        return self._insert("deal_contacts", row)

    def update_deal_contact(self, member_id: int, changes: dict[str, Any]) -> None:
        self._update("deal_contacts", member_id, changes)

    def delete_deal_contact(self, member_id: int) -> None:
        self._delete("deal_contacts", member_id)

    def insert_milestone_people(self, milestone_id: int, people: list[tuple[int, BuyingRole]]) -> None:
        """Who confirmed or decided a milestone, in the transaction that confirms it (the file
        refuses them once the milestone is sealed)."""
        self.conn.executemany(
            "INSERT INTO milestone_contacts (milestone_id, contact_id, role) VALUES (?, ?, ?)",
            [(milestone_id, contact_id, str(role)) for contact_id, role in people])

    # --- a deal's work ---
    def insert_item(self, kind: ItemKind, row: dict[str, Any]) -> int:
        return self._insert(WORK_TABLES[kind], row)

    def update_item(self, kind: ItemKind, item_id: int, changes: dict[str, Any]) -> None:
        self._update(WORK_TABLES[kind], item_id, changes)

    def delete_item(self, kind: ItemKind, item_id: int) -> None:
        self._delete(WORK_TABLES[kind], item_id)

    # update, else insert: the file refuses any INSERT that meets an existing key (an
    # upsert too), because that is how REPLACE would delete rows behind the triggers' back
    def set_stage_note(self, deal_id: int, stage_id: int, text: str) -> None:
        changed = self.conn.execute(
            "UPDATE stage_notes SET text = ? WHERE deal_id = ? AND stage_id = ?",
            [text, deal_id, stage_id]).rowcount
        if not changed:
            self.conn.execute("INSERT INTO stage_notes (deal_id, stage_id, text) VALUES (?, ?, ?)",
                              [deal_id, stage_id, text])

    # --- milestones ---
    def insert_milestone(self, deal_id: int, stage_id: int, confirmed_on: date, outcome: Outcome,
                         evidence: str, evidence_link: str, decision: str) -> int:
        """The file's triggers move the deal on (or close it) and freeze the stages behind it."""
        return self._insert("milestones", {
            "deal_id": deal_id, "stage_id": stage_id, "confirmed_on": confirmed_on.isoformat(),
            "outcome": str(outcome), "evidence": evidence, "evidence_link": evidence_link,
            "decision": decision})

    def insert_correction(self, milestone_id: int, text: str, written_on: date) -> int:
        return self._insert("corrections", {"milestone_id": milestone_id, "text": text,
                                            "written_on": written_on.isoformat()})

    # --- the event log ---
    def log(self, deal_id: int, kind: str, field: str = "", before: Any = "", after: Any = "",
            at: str | None = None) -> None:
        """Append one event; ``before`` and ``after`` are stored as JSON (see event_values).
        ``at``: its moment, when it must be that of a row written with it (else the clock's)."""
        event_id = self._insert("events", {"deal_id": deal_id, "kind": kind, "field": field,
                                           "before": event_values.encode(before),
                                           "after": event_values.encode(after)} | ({"at": at} if at else {}))
        if self._event_encoding_from() is None:
            # the first JSON event of this file: every event from here on is JSON (written in the
            # caller's transaction, so the boundary and this event commit together or not at all)
            self.set_setting(event_values.ENCODING_FROM, str(event_id))
            self._encoding_from = event_id  # forgotten again if the transaction rolls back

    # --- settings ---
    def set_setting(self, key: str, value: str) -> None:
        changed = self.conn.execute("UPDATE settings SET value = ? WHERE key = ?", [value, key]).rowcount
        if not changed:
            self.conn.execute("INSERT INTO settings (key, value) VALUES (?, ?)", [key, value])

    # --- processes ---
    # --- exchange rates ---
    def set_exchange_rate(self, currency: str, rate: float, set_on: date) -> None:
        # UPDATE, then INSERT: never REPLACE, which the guards refuse
        changed = self.conn.execute("UPDATE exchange_rates SET rate = ?, set_on = ? WHERE currency = ?",
                                    [rate, set_on.isoformat(), currency]).rowcount
        if not changed:
            self.conn.execute("INSERT INTO exchange_rates (currency, rate, set_on) VALUES (?, ?, ?)",
                              [currency, rate, set_on.isoformat()])

    def delete_exchange_rate(self, currency: str) -> bool:
        return bool(self.conn.execute("DELETE FROM exchange_rates WHERE currency = ?", [currency]).rowcount)

    # --- reason categories and adopted rates ---
    def insert_reason_category(self, name: str, position: int) -> int:
        return self._insert("reason_categories", {"name": name, "position": position})

    def update_reason_category(self, category_id: int, changes: dict[str, Any]) -> None:
        self._update("reason_categories", category_id, changes)

    def delete_reason_category(self, category_id: int) -> None:
        self._delete("reason_categories", category_id)

    def insert_rate_adoption(self, process_id: int, stage_id: int, old_rate: int, new_rate: int,
                             won: int, closed: int) -> int:
        """Recorded after the stage's rate is set, in the same transaction (the file checks it)."""
        return self._insert("rate_adoptions", {
            "process_id": process_id, "stage_id": stage_id, "old_rate": old_rate, "new_rate": new_rate,
            "won": won, "closed": closed})

    def set_process_archived(self, process_id: int, archived: bool) -> None:
        self._update("processes", process_id, {"archived": int(archived)})

    def set_win_rate(self, stage_id: int, rate: int) -> None:
        """A stage's win rate from now on; milestones and deals keep what they recorded."""
        self._update("stages", stage_id, {"win_rate": rate})

    def insert_process(self, p: Process) -> int:
        pid = self._insert(
            "processes", {"name": p.name, "description": p.description, "archived": int(p.archived)})
        for k, a in p.dropped.items():
            self.conn.execute("INSERT INTO process_answers (process_id, ref_key, answer) VALUES (?, ?, ?)",
                              [pid, k, str(a)])
        for i, s in enumerate(p.stages):
            self.insert_stage(pid, i, s)
        return pid

    def insert_stage(self, process_id: int, position: int, s: Stage) -> int:
        sid = self._insert("stages", {
            "process_id": process_id, "position": position, "name": s.name,
            "milestone": s.milestone, "description": s.description, "tools": s.tools,
            "win_rate": s.win_rate, "ref_key": s.ref_key,
            "answer": str(s.answer) if s.answer else None})
        self.replace_items(sid, s)
        return sid

    def replace_items(self, stage_id: int, s: Stage) -> None:
        """The stage's templates: its tasks and deliverables, and the roles it requires."""
        self.conn.execute("DELETE FROM stage_items WHERE stage_id = ?", [stage_id])
        self.conn.executemany(
            "INSERT INTO stage_items (stage_id, kind, position, text, required) VALUES (?, ?, ?, ?, ?)",
            [(stage_id, str(kind), i, t.text, int(t.required))
             for kind, items in ((ItemKind.TASK, s.tasks), (ItemKind.DELIVERABLE, s.deliverables))
             for i, t in enumerate(items)])
        self.conn.execute("DELETE FROM stage_roles WHERE stage_id = ?", [stage_id])
        self.conn.executemany("INSERT INTO stage_roles (stage_id, role) VALUES (?, ?)",
                              [(stage_id, str(role)) for role in dict.fromkeys(s.required_roles)])

    def update_process(self, p: Process) -> None:
        """Rewrite a process's stages; the triggers refuse any change to history."""
        assert p.id is not None
        self._update("processes", p.id, {"name": p.name, "description": p.description,
                                        "archived": int(p.archived)})
        keep = {s.id for s in p.stages if s.id is not None}
        own = {r["id"] for r in self.q("SELECT id FROM stages WHERE process_id = ?", [p.id])}
        if keep - own:  # another process's stage, or none at all: never rewrite it from here
            raise rule_violation(t.WRONG_PROCESS)
        removed_keys = {r["ref_key"] for r in self.q(
            "SELECT id, ref_key FROM stages WHERE process_id = ? AND ref_key IS NOT NULL", [p.id])
            if r["id"] not in keep}
        for stage_id in sorted(own):
            if stage_id not in keep:
                self.conn.execute("DELETE FROM stage_items WHERE stage_id = ?", [stage_id])
                self.conn.execute("DELETE FROM stage_roles WHERE stage_id = ?", [stage_id])
                self.conn.execute("DELETE FROM stages WHERE id = ?", [stage_id])
        # a reference stage taken out of the process is recorded as dropped, like in the wizard
        kept_keys = {s.ref_key for s in p.stages if s.ref_key}
        dropped = {k: str(Answer.DROP) for k in removed_keys - kept_keys}
        dropped |= {k: str(a) for k, a in p.dropped.items() if k not in kept_keys}
        self.conn.execute("DELETE FROM process_answers WHERE process_id = ?", [p.id])
        for key, answer in sorted(dropped.items()):
            self._insert("process_answers", {"process_id": p.id, "ref_key": key, "answer": answer})
        # park unused stages out of the way so UNIQUE(process_id, position) holds while moving;
        # after every stage, since nothing may ever stand before a stage deals have reached
        used = self.used_stage_ids(p.id)
        for s in p.stages:
            if s.id is not None and s.id not in used:
                self.conn.execute("UPDATE stages SET position = 1000000000 + id WHERE id = ?", [s.id])
        for i, s in enumerate(p.stages):
            if s.id is None:
                s.id = self.insert_stage(p.id, i, s)
                continue
            self._update("stages", s.id, {
                "position": i, "name": s.name, "milestone": s.milestone,
                "description": s.description, "tools": s.tools, "win_rate": s.win_rate})
            self.replace_items(s.id, s)
