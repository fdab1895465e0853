"""Rows of the planner file to and from domain objects.

Every value is checked on the way in: a file from an older version, or one rebuilt
around the rules, may hold anything in any column. A value no screen can show becomes
an ``Unreadable`` naming table, row and column, never a crash further up.
"""

from __future__ import annotations

import math
from datetime import date
from enum import StrEnum
from typing import Any

from planner.domain import event_values, rules
from planner.domain.buying import gaps_of_summary
from planner.domain.calibration import RateAdoption
from planner.domain.model import (
    Account,
    Answer,
    Attitude,
    BuyingRole,
    Card,
    Contact,
    Correction,
    Deal,
    DealContact,
    DealStatus,
    Deliverable,
    Event,
    Influence,
    ItemTemplate,
    Milestone,
    MilestonePerson,
    Outcome,
    Stage,
    Task,
)
from planner.domain.reasons import ReasonCategory
from planner.domain.winloss import ClosedDeal
from planner.store.errors import UNREADABLE, Unreadable

Row = dict[str, Any]


# a name is read cut (rules.shortened): whoever saves it so is told it is too long (check_name),
# and the file keeps it whole until then (exports of the file's tables too)
NAME_READ = rules.SHOWN
bounded = rules.shortened


class Reader:
    """Typed access to one row of ``table``; a value of the wrong kind names the row."""

    def __init__(self, table: str, row: Row, key: str = "id") -> None:
        self.table = table
        self.row = row
        self.key = key

    def bad(self, column: str) -> Unreadable:
        where = self.row.get(self.key)
        # the row's own id may be the odd value: shown on one line, briefly
        shown = str(where) if type(where) is int else ascii(where)[:40]
        return Unreadable(UNREADABLE, table=self.table, row=shown, column=column)

    def text(self, column: str) -> str:
        value = self.row.get(column)
        if not isinstance(value, str):
            raise self.bad(column)
        return value

    def name(self, column: str) -> str:
        """A name (a title, an account's, a stage's...): ``bounded``."""
        return bounded(self.text(column))


    def integer(self, column: str) -> int:
        value = self.row.get(column)
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.bad(column)
        return value

    def maybe_integer(self, column: str) -> int | None:
        return None if self.row.get(column) is None else self.integer(column)

    def number(self, column: str) -> float:
        value = self.row.get(column)
        if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value):
            raise self.bad(column)
        return value

    def flag(self, column: str) -> bool:
        value = self.row.get(column)
        if value not in (0, 1) or isinstance(value, float):
            raise self.bad(column)
        return bool(value)

    def day(self, column: str) -> date:
        try:
            return date.fromisoformat(self.text(column))
        except ValueError:
            raise self.bad(column) from None

    def maybe_day(self, column: str) -> date | None:
        return None if self.row.get(column) in (None, "") else self.day(column)

    def stamp(self, column: str) -> str:
        """A UTC timestamp; its date part must read as a date."""
        value = self.text(column)
        try:
            date.fromisoformat(value[:10])
        except ValueError:
            raise self.bad(column) from None
        return value

    def choice[E: StrEnum](self, column: str, kind: type[E]) -> E:
        try:
            return kind(self.text(column))
        except ValueError:
            raise self.bad(column) from None


def to_date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def from_date(value: date | None) -> str | None:
    return value.isoformat() if value else None


def stage(row: Row) -> Stage:
    r = Reader("stages", row)
    return Stage(
        id=r.integer("id"), process_id=r.integer("process_id"), position=r.integer("position"),
        name=r.name("name"), milestone=r.text("milestone"), description=r.text("description"),
        tools=r.text("tools"), win_rate=r.integer("win_rate"),
        ref_key=None if row["ref_key"] is None else r.text("ref_key"),
        answer=None if row["answer"] is None else r.choice("answer", Answer),
    )


def item_template(row: Row) -> tuple[int, str, ItemTemplate]:
    """(stage id, kind, template) of a stage_items row."""
    r = Reader("stage_items", row)
    kind = r.text("kind")
    if kind not in ("task", "deliverable"):
        raise r.bad("kind")
    return r.integer("stage_id"), kind, ItemTemplate(r.text("text"), r.flag("required"))


def answer(row: Row) -> tuple[str, Answer]:
    r = Reader("process_answers", row, key="ref_key")
    return r.text("ref_key"), r.choice("answer", Answer)


def process_fields(row: Row) -> dict[str, Any]:
    r = Reader("processes", row)
    return {"id": r.integer("id"), "name": r.name("name"), "description": r.text("description"),
            "archived": r.flag("archived")}


def account(row: Row) -> Account:
    r = Reader("accounts", row)
    return Account(
        id=r.integer("id"), name=r.name("name"), industry=r.text("industry"), size=r.text("size"),
        kind=r.text("kind"), relationship=r.text("relationship"), notes=r.text("notes"),
        archived=r.flag("archived"),
    )


def account_row(a: Account) -> Row:
    return {"name": a.name, "industry": a.industry, "size": a.size, "kind": a.kind,
            "relationship": a.relationship, "notes": a.notes, "archived": int(a.archived)}


def contact(row: Row) -> Contact:
    r = Reader("contacts", row)
    return Contact(
        id=r.integer("id"), account_id=r.integer("account_id"), name=r.name("name"),
        title=r.name("title"), role=r.choice("role", BuyingRole),
        attitude=r.choice("attitude", Attitude), influence=r.choice("influence", Influence),
        email=r.text("email"), phone=r.text("phone"), notes=r.text("notes"),
    )


def contact_row(c: Contact) -> Row:
    return {"account_id": c.account_id, "name": c.name, "title": c.title, "role": str(c.role),
            "attitude": str(c.attitude), "influence": str(c.influence), "email": c.email,
            "phone": c.phone, "notes": c.notes}


def deal_contact(row: Row) -> DealContact:
    """A member of a deal's buying group, with the contact's name and job title joined in."""
    r = Reader("deal_contacts", row)
    return DealContact(
        id=r.integer("id"), deal_id=r.integer("deal_id"), contact_id=r.integer("contact_id"),
        role=r.choice("role", BuyingRole), attitude=r.choice("attitude", Attitude),
        influence=r.choice("influence", Influence), wants=r.text("wants"),
        name=Reader("contacts", row, "contact_id").name("name"),
        title=Reader("contacts", row, "contact_id").text("title"))


def deal_contact_row(m: DealContact) -> Row:
    return {"deal_id": m.deal_id, "contact_id": m.contact_id, "role": str(m.role), "attitude": str(m.attitude),
            "influence": str(m.influence), "wants": m.wants}


def stage_role(row: Row) -> tuple[int, BuyingRole]:
    r = Reader("stage_roles", row, key="stage_id")
    return r.integer("stage_id"), r.choice("role", BuyingRole)


def milestone_person(row: Row) -> tuple[int, MilestonePerson]:
    """(milestone id, who confirmed it) of a milestone_contacts row with the contact's name."""
    r = Reader("milestone_contacts", row, key="milestone_id")
    return r.integer("milestone_id"), MilestonePerson(
        r.integer("contact_id"), Reader("contacts", row, "contact_id").name("name"), r.choice("role", BuyingRole))


def deal(row: Row) -> Deal:
    r = Reader("deals", row)
    return Deal(
        id=r.integer("id"), account_id=r.integer("account_id"), process_id=r.integer("process_id"),
        stage_id=r.integer("stage_id"), title=r.name("title"), value=r.number("value"),
        currency=r.text("currency"), expected_close=r.maybe_day("expected_close"),
        next_target=r.maybe_day("next_target"), status=r.choice("status", DealStatus),
        close_reason=r.text("close_reason"), follow_up_of=r.maybe_integer("follow_up_of"),
        notes=r.text("notes"), risks=r.text("risks"), archived=r.flag("archived"),
        created_at=r.stamp("created_at"), close_category=r.maybe_integer("close_category"),
        next_step=r.text("next_step"), next_step_due=r.maybe_day("next_step_due"),
    )


def reason_category(row: Row) -> ReasonCategory:
    r = Reader("reason_categories", row)
    return ReasonCategory(id=r.integer("id"), key=None if row["key"] is None else r.text("key"),
                          name=r.name("name"), position=r.integer("position"), archived=r.flag("archived"))


def rate_adoption(row: Row) -> RateAdoption:
    r = Reader("rate_adoptions", row)
    return RateAdoption(id=r.integer("id"), process_id=r.integer("process_id"), stage_id=r.integer("stage_id"),
                        old_rate=r.integer("old_rate"), new_rate=r.integer("new_rate"), won=r.integer("won"),
                        closed=r.integer("closed"), adopted_at=r.stamp("adopted_at"))


_CLOSED = {s.value: s for s in DealStatus if s != DealStatus.OPEN}


def closed_deal(row: Row) -> ClosedDeal:
    """A closed deal as the win/loss analysis reads it (id, process, stage, status, category,
    value, currency). A whole file's are read at once: the usual row is checked inline, and
    only one that fails goes through ``Reader`` to name the column."""
    deal_id, process_id, stage_id, category = row["id"], row["process_id"], row["stage_id"], row["close_category"]
    value, currency, status = row["value"], row["currency"], _CLOSED.get(row["status"])
    if (type(deal_id) is int and type(process_id) is int and type(stage_id) is int and status is not None
            and (category is None or type(category) is int) and type(currency) is str
            and type(value) in (int, float) and math.isfinite(value)):
        return ClosedDeal(deal_id, process_id, stage_id, status, category, value, currency)
    r = Reader("deals", row)
    for column in ("id", "process_id", "stage_id"):
        r.integer(column)
    r.maybe_integer("close_category"), r.number("value"), r.text("currency")
    raise r.bad("status")  # the only one left: open, or no status at all


# deal fields a user may edit, as stored
DEAL_FIELDS = ("account_id", "title", "value", "currency", "expected_close", "next_target",
               "notes", "risks", "next_step", "next_step_due")
DEAL_DATES = ("expected_close", "next_target", "next_step_due")


def deal_value(field: str, value: Any) -> Any:
    return from_date(value) if field in DEAL_DATES else value


def task(row: Row) -> Task:
    r = Reader("tasks", row)
    return Task(id=r.integer("id"), deal_id=r.integer("deal_id"), stage_id=r.integer("stage_id"),
                text=r.text("text"), done=r.flag("done"), required=r.flag("required"),
                position=r.integer("position"), due=r.maybe_day("due"))


def deliverable(row: Row) -> Deliverable:
    r = Reader("deliverables", row)
    return Deliverable(id=r.integer("id"), deal_id=r.integer("deal_id"),
                       stage_id=r.integer("stage_id"), text=r.text("text"), done=r.flag("done"),
                       required=r.flag("required"), link=r.text("link"),
                       position=r.integer("position"), due=r.maybe_day("due"))


def stage_note(row: Row) -> tuple[int, str]:
    r = Reader("stage_notes", row, key="stage_id")
    return r.integer("stage_id"), r.text("text")


def milestone(row: Row) -> Milestone:
    r = Reader("milestones", row)
    return Milestone(
        id=r.integer("id"), deal_id=r.integer("deal_id"), stage_id=r.integer("stage_id"),
        confirmed_on=r.day("confirmed_on"), evidence=r.text("evidence"),
        outcome=r.choice("outcome", Outcome), decision=r.text("decision"),
        evidence_link=r.text("evidence_link"), recorded_at=r.stamp("recorded_at"),
    )


def correction(row: Row) -> Correction:
    r = Reader("corrections", row)
    return Correction(id=r.integer("id"), milestone_id=r.integer("milestone_id"),
                      written_on=r.day("written_on"), text=r.text("text"))


def event(row: Row, encoding_from: int | None = None) -> Event:
    """One event; ``encoding_from`` is the first event id whose values are JSON (None: none are).

    before and after come back as the text the log has always shown, for old rows and new;
    a number written there by another tool is shown as such.
    """
    r = Reader("events", row)
    event_id = r.integer("id")
    json_row = event_values.is_json(event_id, encoding_from)
    return Event(id=event_id, deal_id=r.integer("deal_id"), kind=r.text("kind"),
                 at=r.stamp("at"), field=r.text("field"),
                 before=event_values.text_of(row["before"], json_row),
                 after=event_values.text_of(row["after"], json_row))


def _shown(value: Any) -> str:
    if isinstance(value, bytes):
        return value.hex()
    return "" if value is None else str(value)


def card(row: Row) -> Card:
    """A board card from the query of ``Store.cards`` (deal columns and a few aggregates).

    10,000 of them are built at start-up: the usual case is checked inline, and only a
    row that fails it goes through ``Reader`` to find the column to name.
    """
    try:
        title, status, value, currency = row["title"], row["status"], row["value"], row["currency"]
        account, expected, target = row["account"], row["expected_close"], row.get("next_target")
        if not (type(row["id"]) is int and type(row["stage_id"]) is int
                and type(row["account_id"]) is int and type(title) is str and type(account) is str
                and type(currency) is str and type(value) in (int, float) and math.isfinite(value)
                and row["archived"] in (0, 1) and type(row["archived"]) is int
                and (expected is None or type(expected) is str) and (target is None or type(target) is str)):
            raise ValueError
        created = date.fromisoformat(row["started_on"])  # local day of created_at; NULL if unreadable
        closes = date.fromisoformat(expected) if expected else None
        aims = date.fromisoformat(target) if target else None
        state = DealStatus(status)
    except (ValueError, TypeError):
        return _checked_card(row)
    return Card(
        deal_id=row["id"], title=bounded(title), account=bounded(account), stage_id=row["stage_id"], status=state,
        value=value, currency=currency, expected_close=closes,
        last_milestone_on=_day_or_none(row["last_ms"]), created_on=created,
        tasks_done=int(row["tasks_done"] or 0), tasks_total=int(row["tasks_total"] or 0),
        search_text=_shown(row["search_text"]), account_id=row["account_id"],
        archived=bool(row["archived"]), gaps=gaps_of_summary(row.get("people")), next_target=aims)


def _checked_card(row: Row) -> Card:
    """``card`` for a row that failed the quick test: names what is wrong."""
    r = Reader("deals", row)
    Reader("accounts", row, "account_id").text("account")
    for column in ("id", "stage_id", "account_id"):
        r.integer(column)
    r.text("title"), r.number("value"), r.text("currency"), r.flag("archived")
    r.maybe_day("expected_close"), r.maybe_day("next_target"), r.choice("status", DealStatus), r.stamp("created_at")
    raise r.bad("created_at")  # the only one left: a time SQLite cannot read (its local day is NULL)


def _day_or_none(value: Any) -> date | None:
    """A date shown for information (the last milestone): unreadable means none."""
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def setting(row: Row) -> tuple[str, str]:
    r = Reader("settings", row, key="key")
    return r.text("key"), r.text("value")
