"""Deals: created, edited, archived, abandoned, followed up; their cards and their log."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from planner.domain import messages, rules
from planner.domain.calibration import StageCalibration
from planner.domain.errors import QT_TRANSLATE_NOOP, RuleViolation
from planner.domain.model import Account, Card, Deal, DealStatus, Event
from planner.services.accounts import clean_account
from planner.services.changes import Changes, Part
from planner.services.noun import Noun, not_found, unreadable
from planner.store import rows
from planner.store.board_reads import BoardScan, BoardTotals, CardQuery, Sums
from planner.store.list_reads import ListOrder

if TYPE_CHECKING:
    from planner.store.repository import Store

__all__ = ["BoardScan", "BoardTotals", "CardQuery", "Deals", "ListOrder", "Sums"]

_CHECKS: dict[str, Callable[[Any], Any]] = {
    "title": rules.check_name, "value": rules.check_value, "currency": rules.check_currency,
    "notes": rules.check_text, "risks": rules.check_text, "next_step": rules.check_step}


def _clean(row: dict[str, Any]) -> dict[str, Any]:
    return {f: _CHECKS[f](v) if f in _CHECKS else v for f, v in row.items()}


class Deals(Noun):
    def get(self, deal_id: int) -> Deal:
        d = self.store.deal(deal_id)
        if d is None:
            raise not_found("deal")
        return d

    def all(self, account_id: int | None = None) -> list[Deal]:
        return self.store.deals(account_id)

    def count(self, account_id: int) -> int:
        """How many deals an account has (of any status): an account with one cannot be deleted."""
        return self.store.deal_count(account_id)

    def events(self, deal_id: int) -> list[Event]:
        return self.store.events(deal_id)

    def cards(self, process_id: int, today: date | None = None, closed: bool | None = None) -> list[Card]:
        """A process's board cards: all, or only the closed (True) or open (False) ones."""
        return self.store.cards(process_id, today or date.today(), closed)

    def closed_count(self, process_id: int, archived: bool = False) -> int:
        """How many closed deals the process has, without reading them (archived ones on asking)."""
        return self.store.closed_count(process_id, archived)

    def card_accounts(self, process_id: int) -> tuple[dict[int, str], list[Account]]:
        """The names of the accounts that have deals in the process, by id; and those accounts
        with every other one of the same name (what tells two of one name apart)."""
        return self.store.card_accounts(process_id)

    def board_scan(self, query: CardQuery, order: str, closed: bool | None = False) -> BoardScan:
        """What ``query`` lets through of a process's open (``closed``; None: all) deals, in ``order``
        (planner.ui.board.query.SortOrder's values): each column's ids, counts and sums."""
        return self.store.board_scan(query, order, closed)

    def board_scan_beside(self, query: CardQuery, order: str, closed: bool | None,
                          done: Callable[[BoardScan | None, BaseException | None], None],
                          first: int = 0, listed: tuple[ListOrder, bool] | None = None) -> tuple[int, int] | None:
        """``board_scan`` on a connection of its own, in a thread, so that the caller's thread
        stays free (a search as it is typed): ``done(scan, None)`` or ``done(None, error)`` is
        called in that thread, and a scan still waiting when another is asked for is dropped.
        Returns the file's state it reads (compare ``board_state`` when the scan comes back:
        a change in between makes it stale), or None, with nothing run, for a file only this
        connection sees as it is (in memory, mid-transaction): scan it here. ``first``: the
        cards of each column's first ids are read too (``BoardScan.ready``); ``listed``: the
        list of deals' ids too, in that order, closed deals or not (``BoardScan.listed``)."""
        def read(store: Store) -> BoardScan:
            found = store.board_scan(query, order, closed, first)
            if listed is None:
                return found
            # a copy: the scan may be the one kept for the file as it is
            return dataclasses.replace(found, listed=(*listed, store.list_ids(query, *listed)))

        return self.store.read_beside(read, done)

    def board_state(self) -> tuple[int, int] | None:
        """The file's state as this connection sees it: a scan read beside it is current while
        this is what ``board_scan_beside`` returned."""
        return self.store.state()

    def board_cards(self, ids: list[int]) -> list[Card]:
        """The board cards of ``ids``, in that order: a page of a column."""
        return self.store.board_cards(ids)

    def list_ids(self, query: CardQuery, order: ListOrder, closed: bool = False) -> list[int]:
        """The ids of the deals ``query`` lets through (the closed ones too with ``closed``), in
        the order of the board's list of deals (planner/store/list_reads.py)."""
        return self.store.list_ids(query, order, closed)

    def board_count(self, process_id: int, archived: bool = False, closed: bool = False) -> int:
        """How many open (or ``closed``) deals a process has, whatever the filter."""
        return self.store.board_count(process_id, archived, closed)

    def stall_record(self, process_id: int) -> dict[int, StageCalibration]:
        """Each stage's time-in-stage record from the process's won deals alone, by stage id:
        what the board's stalled marks need (their p80 and sample count are those of
        ``Reports.calibration``; its counts of other deals are not read here)."""
        from planner.domain.calibration import calibrate

        process = self.planner.processes.get(process_id)
        known = {s.id for s in process.stages}
        paths = self.store.won_paths(process_id)
        for path in paths:
            if path.stage_id not in known:  # a file edited around its rules
                raise unreadable("deals", path.deal_id, "stage_id")
        return {s.stage_id: s for s in calibrate(process, paths).stages}

    def card(self, deal_id: int, today: date | None = None) -> Card:
        """One deal's board card, so the board refreshes only the card an edit touched."""
        found = self.store.card(deal_id, today or date.today())
        if found is None:
            raise not_found("deal")
        return found

    def create(self, deal: Deal, new_account: Account | None = None) -> int:
        """A new deal in its process's first stage; with ``new_account``, that account is
        created with it in the same transaction (and the deal's ``account_id`` ignored)."""
        process = self.planner.processes.get(deal.process_id)
        if process.archived:
            raise RuleViolation(QT_TRANSLATE_NOOP("errors", "An archived process takes no new deals."))
        row = _clean({f: rows.deal_value(f, getattr(deal, f)) for f in rows.DEAL_FIELDS})
        account = clean_account(new_account) if new_account is not None else None
        if account is None:
            self.planner.accounts.get(deal.account_id)
        with self.write() as changes:
            if account is not None:
                row["account_id"] = self.store.insert_account(account)
                changes.accounts.add(row["account_id"])
            row |= {"process_id": process.id, "stage_id": process.stages[0].id,
                    "follow_up_of": deal.follow_up_of}
            deal_id = self.store.insert_deal(row)
            # the deal's start as the sealed log keeps it (the check holds the two together)
            self.store.log(deal_id, "created", "title", "", row["title"], at=self.store.created_at(deal_id))
            changes.deal(deal_id, Part.CREATED, Part.FIELDS)
        return deal_id

    def update(self, deal_id: int, **fields: Any) -> Changes:
        """Edit the deal's own fields; each change is logged with before and after."""
        deal = self.get(deal_id)
        rules.require_open(deal)
        unknown = set(fields) - set(rows.DEAL_FIELDS)
        if unknown:
            raise ValueError(f"not editable: {sorted(unknown)}")
        new = _clean({f: rows.deal_value(f, v) for f, v in fields.items()})
        if "account_id" in new and new["account_id"] != deal.account_id:
            self.planner.accounts.get(new["account_id"])
            if self.store.deal_has_people(deal_id):  # people of its account: they stay with it
                raise RuleViolation(messages.GROUP_MOVES)
        old = {f: rows.deal_value(f, getattr(deal, f)) for f in new}
        rules.check_next_step(new.get("next_step", deal.next_step),
                              new.get("next_step_due", rows.deal_value("next_step_due", deal.next_step_due)))
        diff = {f: v for f, v in new.items() if v != old[f]}
        if not diff:
            return Changes()
        with self.write() as changes:
            self.store.update_deal(deal_id, diff)
            for f, v in diff.items():
                self.store.log(deal_id, "edited", f, old[f], v)
            changes.deal(deal_id, Part.FIELDS)
        return changes.frozen()

    def delete(self, deal_id: int) -> Changes:
        """Delete an open deal with no confirmed milestone (a mistake); the file refuses the
        others, which the win rates count."""
        deal = self.get(deal_id)
        if not deal.is_open:
            raise RuleViolation(messages.CLOSED_KEPT.says)
        with self.write() as changes:
            self.store.delete_deal(deal_id)
            self.store.log(deal_id, "deleted", "title", deal.title, "")
            changes.deal(deal_id, Part.DELETED)
        return changes.frozen()

    def archive(self, deal_id: int, archived: bool = True) -> Changes:
        self.get(deal_id)
        with self.write() as changes:
            self.store.update_deal(deal_id, {"archived": int(archived)})
            self.store.log(deal_id, "archived" if archived else "unarchived")
            changes.deal(deal_id, Part.FIELDS)
        return changes.frozen()

    def follow_up(self, deal_id: int, title: str | None = None) -> int:
        """A new deal for what comes after a closed one, linked to it (one transaction)."""
        old = self.get(deal_id)
        new = dataclasses.replace(old, id=None, title=title or old.title, follow_up_of=old.id,
                                  status=DealStatus.OPEN, close_reason="", close_category=None,
                                  expected_close=None, next_target=None, notes="", risks="",
                                  next_step="", next_step_due=None)
        with self.write() as changes:
            new_id = self.create(new)
            # the same customer's people: the follow-up starts with the buying group as it stood
            for member in self.store.deal_contacts(deal_id):
                self.store.insert_deal_contact(dataclasses.replace(member, id=None, deal_id=new_id))
                self.store.log(new_id, "person_added", str(member.contact_id), "", member.name)
            self.store.log(deal_id, "follow_up", "deal", "", new_id)
            changes.deal(deal_id, Part.FIELDS)
        return new_id

    def abandon(self, deal_id: int, reason: str, category: int | None = None) -> Changes:
        """Give the deal up with a reason, filed under the reason ``category`` if given."""
        deal = self.get(deal_id)
        rules.require_open(deal)
        reason = rules.check_reason(reason)
        category = self.planner.reasons.known(category)
        with self.write() as changes:
            self.store.update_deal(deal_id, {"status": "abandoned", "close_reason": reason,
                                             "close_category": category})
            self.store.log(deal_id, "abandoned", "status", "open", "abandoned")
            if category is not None:
                self.store.log(deal_id, "edited", "close_category", None, category)
            changes.deal(deal_id, Part.FIELDS)
        return changes.frozen()

    def set_next_step(self, deal_id: int, step: str, due: date | None) -> Changes:
        """What is done next on the deal, and by when (None: no date); "" plans nothing.
        Both in one write: a date needs its step, so a step and its date change together."""
        return self.update(deal_id, next_step=step, next_step_due=due)

    def complete_next_step(self, deal_id: int) -> Changes:
        """The next step is done: it leaves the deal (and the agenda), logged with its date,
        so that the deal waits for the step after it."""
        deal = self.get(deal_id)
        rules.require_open(deal)
        if not deal.next_step:
            return Changes()
        with self.write() as changes:
            self.store.update_deal(deal_id, {"next_step": "", "next_step_due": None})
            # as a task's tick is logged: the step as the field, its date before, done after
            self.store.log(deal_id, "next_step_done", deal.next_step, deal.next_step_due, True)
            changes.deal(deal_id, Part.FIELDS)
        return changes.frozen()

    def reopen_next_step(self, deal_id: int, step: str, due: date | None) -> Changes:
        """A step ticked by mistake comes back as it was (an undo of ``complete_next_step``),
        while the deal has no other next step."""
        deal = self.get(deal_id)
        rules.require_open(deal)
        step = rules.check_step(step)
        rules.check_next_step(step, due)
        if deal.next_step:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "errors", "The deal has another next step now; that step was not brought back."))
        if not step:
            return Changes()
        with self.write() as changes:
            self.store.update_deal(deal_id, {"next_step": step, "next_step_due": rows.from_date(due)})
            self.store.log(deal_id, "next_step_done", step, due, False)
            changes.deal(deal_id, Part.FIELDS)
        return changes.frozen()

    def set_close_category(self, deal_id: int, category: int | None) -> Changes:
        """File a lost or abandoned deal under another reason category (None: none), later
        than it closed; logged like an edit. The free-text reason stays as it is."""
        deal = self.get(deal_id)
        if deal.status not in (DealStatus.LOST, DealStatus.ABANDONED):
            raise RuleViolation(messages.CATEGORY_CLOSED.says)
        category = self.planner.reasons.known(category)
        if category == deal.close_category:
            return Changes()
        with self.write() as changes:
            self.store.update_deal(deal_id, {"close_category": category})
            self.store.log(deal_id, "edited", "close_category", deal.close_category, category)
            changes.deal(deal_id, Part.FIELDS)
        return changes.frozen()
