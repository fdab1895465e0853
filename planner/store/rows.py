"""Rows of the planner file to and from domain objects."""

from __future__ import annotations

from datetime import date
from typing import Any

from planner.domain.model import (
    Account,
    Answer,
    Attitude,
    BuyingRole,
    Contact,
    Correction,
    Deal,
    DealStatus,
    Deliverable,
    Event,
    Influence,
    Milestone,
    Outcome,
    Stage,
    Task,
)

Row = dict[str, Any]


def to_date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def from_date(value: date | None) -> str | None:
    return value.isoformat() if value else None


def stage(row: Row) -> Stage:
    return Stage(
        id=row["id"], process_id=row["process_id"], position=row["position"], name=row["name"],
        milestone=row["milestone"], description=row["description"], tools=row["tools"],
        win_rate=row["win_rate"], ref_key=row["ref_key"],
        answer=Answer(row["answer"]) if row["answer"] else None,
    )


def account(row: Row) -> Account:
    return Account(
        id=row["id"], name=row["name"], industry=row["industry"], size=row["size"],
        kind=row["kind"], relationship=row["relationship"], notes=row["notes"],
        archived=bool(row["archived"]),
    )


def account_row(a: Account) -> Row:
    return {"name": a.name, "industry": a.industry, "size": a.size, "kind": a.kind,
            "relationship": a.relationship, "notes": a.notes, "archived": int(a.archived)}


def contact(row: Row) -> Contact:
    return Contact(
        id=row["id"], account_id=row["account_id"], name=row["name"], title=row["title"],
        role=BuyingRole(row["role"]), attitude=Attitude(row["attitude"]),
        influence=Influence(row["influence"]), email=row["email"], phone=row["phone"],
        notes=row["notes"],
    )


def contact_row(c: Contact) -> Row:
    return {"account_id": c.account_id, "name": c.name, "title": c.title, "role": str(c.role),
            "attitude": str(c.attitude), "influence": str(c.influence), "email": c.email,
            "phone": c.phone, "notes": c.notes}


def deal(row: Row) -> Deal:
    return Deal(
        id=row["id"], account_id=row["account_id"], process_id=row["process_id"],
        stage_id=row["stage_id"], title=row["title"], value=row["value"], currency=row["currency"],
        expected_close=to_date(row["expected_close"]), next_target=to_date(row["next_target"]),
        status=DealStatus(row["status"]), close_reason=row["close_reason"],
        follow_up_of=row["follow_up_of"], notes=row["notes"], risks=row["risks"],
        archived=bool(row["archived"]), created_at=row["created_at"],
    )


# deal fields a user may edit, as stored
DEAL_FIELDS = ("account_id", "title", "value", "currency", "expected_close", "next_target",
               "notes", "risks")


def deal_value(field: str, value: Any) -> Any:
    return from_date(value) if field in ("expected_close", "next_target") else value


def task(row: Row) -> Task:
    return Task(id=row["id"], deal_id=row["deal_id"], stage_id=row["stage_id"], text=row["text"],
                done=bool(row["done"]), required=bool(row["required"]), position=row["position"])


def deliverable(row: Row) -> Deliverable:
    return Deliverable(id=row["id"], deal_id=row["deal_id"], stage_id=row["stage_id"],
                       text=row["text"], done=bool(row["done"]), required=bool(row["required"]),
                       link=row["link"], position=row["position"])


def milestone(row: Row) -> Milestone:
    return Milestone(
        id=row["id"], deal_id=row["deal_id"], stage_id=row["stage_id"],
        confirmed_on=date.fromisoformat(row["confirmed_on"]), evidence=row["evidence"],
        outcome=Outcome(row["outcome"]), decision=row["decision"],
        evidence_link=row["evidence_link"], recorded_at=row["recorded_at"],
    )


def correction(row: Row) -> Correction:
    return Correction(id=row["id"], milestone_id=row["milestone_id"],
                      written_on=date.fromisoformat(row["written_on"]), text=row["text"])


def event(row: Row) -> Event:
    return Event(id=row["id"], deal_id=row["deal_id"], kind=row["kind"], at=row["at"],
                 field=row["field"], before=row["before"], after=row["after"])
