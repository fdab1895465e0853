"""The dates to come as a calendar file (.ics, RFC 5545, written with ``icalendar``): each open
deal's next-milestone target and expected close, its next step when it has a date, and the
work of its current stage that is due and not done yet (the agenda's lines), as all-day events
any calendar app shows.

An event's UID is made of the deal, what the date is, and the planner file's place, so a
calendar that imports the file again (or subscribes to it) updates its events rather
than doubling them; a deal closed since simply has no events any more.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event

from planner import APP_NAME, __version__, safe_write
from planner.domain import formats
from planner.domain.agenda import LineKind
from planner.domain.rules import clean_text, one_line
from planner.services import Planner

_NAMESPACE = uuid.UUID("6f1d2c3e-5a4b-4c8d-9e0f-1a2b3c4d5e6f")  # Deal Planner's own, for stable UIDs


def _texts() -> dict[str, str]:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate  # lupdate reads translate("transfer", "text")
    return {"next": translate("transfer", "Milestone due: {milestone} — {title} ({account})"),
            "close": translate("transfer", "Expected close: {title} ({account})"),
            "next_step": translate("transfer", "Next step: {step} — {title} ({account})"),
            "task": translate("transfer", "Task due: {item} — {title} ({account})"),
            "deliverable": translate("transfer", "Deliverable due: {item} — {title} ({account})"),
            "stage": translate("transfer", "Stage: {stage}"), "value": translate("transfer", "Value: {value}"),
            "name": translate("transfer", "Deal Planner: {file}")}


def calendar(planner: Planner, lang: str = "en", now: datetime | None = None) -> Calendar:
    """The calendar of ``planner``'s open, not archived deals."""
    texts = _texts()
    now = now or datetime.now(UTC)
    place = uuid.uuid5(_NAMESPACE, str(Path(planner.path).resolve()))
    cal = Calendar()
    cal.add("prodid", f"-//{APP_NAME}//{__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", one_line(texts["name"].format(file=Path(planner.path).stem)))
    accounts = {a.id: a.name for a in planner.accounts.all(include_archived=True)}
    processes = {s.id: planner.processes.get(s.id) for s in planner.processes.summaries()}
    details: dict[int, str] = {}
    for deal in planner.deals.all():
        if not deal.is_open or deal.archived:
            continue
        stage = next((s for s in processes[deal.process_id].stages if s.id == deal.stage_id), None)
        account = accounts.get(deal.account_id, "")
        assert deal.id is not None  # a stored deal
        detail = details[deal.id] = "\n".join((
            texts["stage"].format(stage=stage.name if stage else ""),
            texts["value"].format(value=formats.money(deal.value, deal.currency, lang, code=True))))
        if deal.next_target is not None and stage is not None:
            cal.add_component(_event(f"deal-{deal.id}-next-milestone-{place}", deal.next_target, texts["next"].format(
                milestone=stage.milestone, title=deal.title, account=account), detail, now))
        if deal.expected_close is not None:
            cal.add_component(_event(f"deal-{deal.id}-expected-close-{place}", deal.expected_close,
                                     texts["close"].format(title=deal.title, account=account), detail, now))
    # next steps and work due: one event each, its UID the step's own (a new next step of the
    # same deal moves the event rather than adding one)
    for line in planner.reports.agenda():
        if line.kind == LineKind.MILESTONE or line.due is None or line.deal_id not in details:
            continue
        if line.kind == LineKind.NEXT_STEP:
            uid, summary = f"deal-{line.deal_id}-next-step-{place}", texts["next_step"].format(
                step=line.text, title=line.title, account=line.account)
        else:
            uid, summary = f"{line.kind}-{line.item_id}-due-{place}", texts[line.kind].format(
                item=line.text, title=line.title, account=line.account)
        cal.add_component(_event(uid, line.due, summary, details[line.deal_id], now))
    return cal


def _event(uid: str, day: date, summary: str, description: str, now: datetime) -> Event:
    event = Event()
    event.add("uid", f"{uid}@deal-planner")
    event.add("dtstamp", now)
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    # a control character written into the file by another program: calendars refuse the file
    event.add("summary", clean_text(summary))
    event.add("description", clean_text(description))
    event.add("transp", "TRANSPARENT")  # a date to keep in mind, not time taken
    return event


def export(planner: Planner, target: Path, lang: str = "en", force: bool = False) -> int:
    """Write the calendar at ``target`` all at once; how many events it holds."""
    cal = calendar(planner, lang)
    data = cal.to_ical()
    safe_write.write_bytes(Path(target), data, source=planner.path, force=force)
    return len(cal.walk("VEVENT"))
